import { describe, expect, test } from 'vitest';
import type { Cluster } from '../../../domain/cluster';
import type { Job } from '../../../domain/jobs';
import type { Host, Network } from '../../../domain/network';
import { emptyInput, erase, resolveValues, setValue, summaryRows, validatePage, visiblePages, type ChildWizard, type WizardInput } from '../../../wizard/model';
import {
  accessNetworkOf,
  addressProblem,
  clusterNameProblem,
  createClusterWizard,
  createReportText,
  toCreateClusterRequest,
  type CreateClusterContext,
  type CreateClusterValues,
} from './create-cluster.wizard';

const nic = (name: string, network: string, ip: string) => ({ name, network, ip, prefixLength: 24, linkUp: true, speedBitsPerS: 1e9, mac: '00-15-5D-00-00-01' });
const host = (name: string, octet: number, iscsi = true): Host =>
  ({
    id: name,
    name,
    role: iscsi ? 'cluster-node' : 'domain-controller',
    domain: 'SWS.com',
    nics: [nic('Public', 'Public', `192.168.100.${octet}`), nic('Private', 'Private', `10.10.10.${octet}`), ...(iscsi ? [nic('iSCSI', 'iSCSI', `172.30.100.${octet}`)] : [])],
  }) as unknown as Host;
const networks: Network[] = [
  { id: 'Private', name: 'Private', cidr: '10.10.10.0/24', purpose: 'Cluster heartbeat' },
  { id: 'Public', name: 'Public', cidr: '192.168.100.0/24', purpose: 'Client access' },
  { id: 'iSCSI', name: 'iSCSI', cidr: '172.30.100.0/24', purpose: 'iSCSI traffic' },
];
// The DC is on Public only (as in the seed lab): the access point goes there, not on Private (lower subnet).
const dc = { ...host('SWS-DC', 10, false), nics: [nic('Public', 'Public', '192.168.100.10')] } as Host;
const hosts = [host('Demo1', 13), host('Demo2', 14), dc];

const cluster = {
  id: 'CLUSTER1',
  name: 'Cluster1',
  address: '192.168.100.50',
  quorum: { mode: 'NodeAndDiskMajority', witnessDisk: 'Cluster Disk 1', fileShare: null },
  disks: [
    { name: 'Cluster Disk 1', sizeBytes: 1024 ** 3 },
    { name: 'Cluster Disk 2', sizeBytes: 20 * 1024 ** 3 },
  ],
  networks: [{ name: 'Cluster Network 1', subnet: '10.10.10.0/24' }],
} as unknown as Cluster;

const child = { definition: { id: 'child' } } as unknown as ChildWizard;
const ctx: CreateClusterContext = {
  computers: ['Demo1', 'Demo2', 'SWS-DC'],
  hosts,
  networks,
  startEpochMs: 0,
  validationOf: () => undefined,
  clusterOf: (id) => (id === 'CLUSTER1' ? cluster : undefined),
  validate: () => child,
};
const def = erase(createClusterWizard);
const valuesOf = (input: WizardInput) => resolveValues(def, input, ctx) as CreateClusterValues;
const filled = setValue(setValue(setValue(emptyInput(), 'servers', ['Demo1', 'Demo2']), 'clusterName', 'Cluster1'), 'address', '192.168.100.50');

describe('Create Cluster Wizard', () => {
  test('pages in the seed document order, Validation Warning runs Validate as a child', () => {
    expect(visiblePages(def, valuesOf(emptyInput()), ctx).map((page) => page.title)).toEqual([
      'Before You Begin',
      'Select Servers',
      'Validation Warning',
      'Access Point for Administering the Cluster',
      'Confirmation',
      'Creating New Cluster',
      'Summary',
    ]);
    const warning = createClusterWizard.pages.find((page) => page.id === 'warning')!;
    expect(warning.kind === 'form' && warning.child?.when(valuesOf(filled), ctx)).toBe(true);
    expect(warning.kind === 'form' && warning.child?.when(valuesOf(setValue(filled, 'runValidation', 'no')), ctx)).toBe(false);
    expect(warning.kind === 'form' && warning.child?.open(valuesOf(filled), ctx)).toBe(child);
    const job = { subject: { collection: 'clusterValidations', id: 'validation-0002' } } as Job;
    expect(warning.kind === 'form' && warning.child?.result({ values: {}, answer: {}, job })).toBe('validation-0002');
  });

  test('the access point goes on the client-access network every selected server shares', () => {
    expect(accessNetworkOf(['Demo1', 'demo2'], ctx)?.cidr).toBe('192.168.100.0/24');
    expect(accessNetworkOf(['Demo1', 'Nowhere'], ctx)).toBeUndefined();
    expect(accessNetworkOf([], ctx)).toBeUndefined();
  });

  test('Cluster Name follows the NetBIOS rules; the address is IPv4 on that network', () => {
    expect(clusterNameProblem('Cluster1')).toBeUndefined();
    expect(clusterNameProblem('')).toMatch(/Type a name/);
    expect(clusterNameProblem('ClusterNameTooLong')).toMatch(/at most 15/);
    expect(clusterNameProblem('Cluster_1')).toMatch(/"_"/);
    expect(clusterNameProblem('12345')).toMatch(/digits only/);
    const publicNet = networks[1]!;
    expect(addressProblem('192.168.100.50', publicNet)).toBeUndefined();
    expect(addressProblem('192.168.100', publicNet)).toMatch(/not an IPv4/);
    expect(addressProblem('10.10.10.50', publicNet)).toMatch(/192\.168\.100\.0\/24/);
    expect(validatePage(def, 'access', valuesOf(filled), ctx)).toEqual({});
    expect(Object.keys(validatePage(def, 'access', valuesOf(setValue(filled, 'address', '10.10.10.50')), ctx))).toEqual(['address']);
  });

  test('Confirmation lists the settings and carries "Add all eligible storage", checked', () => {
    expect(valuesOf(filled).addStorage).toBe(true);
    expect(summaryRows(def, valuesOf(filled), ctx).map((row) => `${row.label}: ${row.value}`)).toEqual([
      'Selected servers: Demo1, Demo2',
      'Cluster Name: Cluster1',
      'Network: 192.168.100.0/24',
      'Address: 192.168.100.50',
      'Validation: Not run',
    ]);
    expect(toCreateClusterRequest(valuesOf(filled))).toEqual({ name: 'Cluster1', nodes: ['Demo1', 'Demo2'], address: '192.168.100.50', addStorage: true });
    expect(toCreateClusterRequest(valuesOf(setValue(setValue(filled, 'validation', 'validation-0002'), 'addStorage', false)))).toEqual({
      name: 'Cluster1',
      nodes: ['Demo1', 'Demo2'],
      address: '192.168.100.50',
      addStorage: false,
      validation: 'validation-0002',
    });
  });

  test("Summary: what the lab made, from its cluster and the creation job's steps", () => {
    const job = {
      state: 'succeeded',
      subject: { collection: 'clusters', id: 'CLUSTER1' },
      steps: [{ name: 'Forming the cluster', state: 'succeeded', result: 'Done' }],
      result: { message: 'Cluster1 was created.', details: {} },
    } as unknown as Job;
    expect(createReportText(valuesOf(filled), ctx, job).split('\n')).toEqual([
      'You have successfully completed the Create Cluster Wizard.',
      '',
      'Cluster: Cluster1',
      'Node: Demo1.SWS.com',
      'Node: Demo2.SWS.com',
      'IP Address: 192.168.100.50',
      'Quorum: Node and Disk Majority (Cluster Disk 1)',
      'Storage: Cluster Disk 1 (1.0 GB), Cluster Disk 2 (20 GB)',
      'Cluster Network 1: 10.10.10.0/24',
      '',
      '  Forming the cluster: Done',
      '',
      'Cluster1 was created.',
    ]);
  });
});
