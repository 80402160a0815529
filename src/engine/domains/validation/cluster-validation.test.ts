import { describe, expect, test } from 'vitest';
import { VALIDATION_TESTS, type ValidationReportView, type ValidationTestReport } from '../../../domain/validation';
import { clusterLab, ok } from '../../testing/cluster-helpers';
import { refused } from '../../testing/lab-helpers';
import type { Lab } from '../../types';

const CLUSTER_TESTS = ['List Cluster Core Groups', 'Validate Quorum Configuration', 'Validate Resource Status'];
const durationOf = (name: string) => VALIDATION_TESTS.find((entry) => entry.name === name)!.durationMs;

function validateCluster(lab: Lab, tests: string[] = CLUSTER_TESTS, servers: string[] = []): ValidationReportView {
  ok(lab, { type: 'validationRun', servers, tests, cluster: 'Cluster1' });
  lab.advance(tests.reduce((sum, name) => sum + durationOf(name), 0));
  const list = lab.query({ type: 'clusterValidations' });
  if (!list.ok) throw new Error(list.error.message);
  const report = list.value.validations.at(-1)!;
  expect(report.state).toBe('completed');
  return report;
}

function testOf(report: ValidationReportView, name: string): ValidationTestReport {
  const found = report.categories.flatMap((group) => group.tests).find((entry) => entry.name === name);
  if (!found) throw new Error(`${name} is not in the report`);
  return found;
}

describe('Cluster Configuration (facts Part A §2.1: only on an existing cluster)', () => {
  test('naming the cluster validates its nodes and adds the category, last; a healthy two-node cluster passes', () => {
    const lab = clusterLab();
    const startMs = lab.nowMs();
    const report = validateCluster(lab);
    expect(report).toMatchObject({ servers: ['Demo1', 'Demo2'], overall: 'Passed', endedMs: startMs + 5_000 });
    expect(report.categories.map((group) => group.category)).toEqual(['Cluster Configuration']);
    expect(testOf(report, 'List Cluster Core Groups').explanation).toBe('Cluster Group (Name: Cluster1, IP Address: 192.168.100.50) is online on Demo1.');
    expect(testOf(report, 'Validate Quorum Configuration').explanation).toBe('The quorum is Node and Disk Majority with Cluster Disk 1 as witness; 3 of 3 votes are up, 2 needed.');
    expect(testOf(report, 'Validate Resource Status').explanation).toBe('Every cluster resource is online (Cluster Disk 1, Cluster Disk 2).');
    // A full run of the cluster: every test, Cluster Configuration after System Configuration.
    const all = validateCluster(lab, VALIDATION_TESTS.map((entry) => entry.name));
    expect(all.categories.map((group) => group.category)).toEqual(['Inventory', 'Network', 'Storage', 'System Configuration', 'Cluster Configuration']);
  });

  test('Validate Quorum Configuration warns when the mode is not the one recommended for the node count', () => {
    const lab = clusterLab();
    ok(lab, { type: 'clusterSetQuorum', cluster: 'Cluster1', mode: 'NodeMajority' });
    const report = validateCluster(lab, ['Validate Quorum Configuration']);
    expect(testOf(report, 'Validate Quorum Configuration')).toMatchObject({ result: 'Warning', explanation: 'The quorum is Node Majority; 2 of 2 votes are up, 2 needed. For 2 nodes the recommended quorum is Node and Disk Majority.' });
    ok(lab, { type: 'clusterSetQuorum', cluster: 'Cluster1', mode: 'DiskOnly', witnessDisk: 'Cluster Disk 1' });
    expect(testOf(validateCluster(lab, ['Validate Quorum Configuration']), 'Validate Quorum Configuration').explanation).toContain('No Majority: Disk Only makes the witness disk a single point of failure');
    // Three nodes: Node Majority is the recommendation.
    expect(validateCluster(clusterLab({ nodes: 3 }), ['Validate Quorum Configuration']).overall).toBe('Passed');
  });

  test('a node whose Cluster service stopped fails List Cluster Core Groups when it was the only one Up', () => {
    const lab = clusterLab({ nodes: 3 });
    ok(lab, { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo1', action: 'stop-service' });
    expect(testOf(validateCluster(lab, ['List Cluster Core Groups']), 'List Cluster Core Groups')).toMatchObject({ result: 'Passed', explanation: expect.stringContaining('online on Demo2') });
    ok(lab, { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo2', action: 'pause' });
    // Demo2 paused alone holds 1 of 3 votes: the cluster loses quorum and Demo2's service stops too.
    ok(lab, { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo3', action: 'stop-service' });
    const report = validateCluster(lab, ['List Cluster Core Groups', 'Validate Quorum Configuration'], ['Demo1', 'Demo2', 'Demo3']);
    expect(testOf(report, 'List Cluster Core Groups')).toMatchObject({ result: 'Failed', explanation: expect.stringContaining('no node that is Up') });
    expect(testOf(report, 'Validate Quorum Configuration')).toMatchObject({ result: 'Failed', explanation: expect.stringContaining('The cluster does not have quorum.') });
  });

  test('Validate Resource Status fails on a disk that could not be brought online', () => {
    const lab = clusterLab();
    ok(lab, { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo1', action: 'stop-service' });
    // Node Majority of 3: Demo2 lost its iSCSI paths before the disks came to it, so they fail there.
    const lab2 = clusterLab({ nodes: 3 });
    ok(lab2, { type: 'setNicLink', host: 'Demo2', nic: 'iSCSI', linkUp: false });
    lab2.advance(30_000);
    ok(lab2, { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo1', action: 'stop-service' });
    const report = validateCluster(lab2, ['Validate Resource Status'], ['Demo1', 'Demo2', 'Demo3']);
    expect(testOf(report, 'Validate Resource Status')).toMatchObject({ result: 'Failed', explanation: 'Cluster Disk 1, Cluster Disk 2 are Failed.' });
    expect(validateCluster(lab, ['Validate Resource Status'], ['Demo1', 'Demo2']).overall).toBe('Passed');
  });

  test('the storage tests leave Online cluster disks alone and warn', () => {
    const lab = clusterLab();
    const report = validateCluster(lab, ['Validate SCSI-3 Persistent Reservation']);
    expect(testOf(report, 'Validate SCSI-3 Persistent Reservation')).toMatchObject({ result: 'Warning', explanation: 'The storage tests did not run on Cluster Disk 1 of Cluster1, Cluster Disk 2 of Cluster1: they are Online in a cluster (take them offline to test).' });
  });

  test('an unknown cluster, a server that is not its node, or a cluster being created are refused', () => {
    const lab = clusterLab({ nodes: 3 });
    expect(refused(lab, { type: 'validationRun', servers: [], cluster: 'Nowhere' })).toMatchObject({ code: 'cluster.not_found', errors: { cluster: 'There is no cluster named "Nowhere".' } });
    expect(refused(lab, { type: 'validationRun', servers: ['Demo1', 'SWS-DC'], cluster: 'Cluster1' })).toMatchObject({ code: 'validation.not_cluster_node', errors: { servers: 'SWS-DC is not a node of cluster Cluster1; validating a cluster tests its nodes.' } });
  });
});
