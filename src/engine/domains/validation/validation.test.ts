import { describe, expect, test } from 'vitest';
import { SERVER_VALIDATION_TEST_NAMES, VALIDATION_TESTS, type ValidationReportView, type ValidationTestReport } from '../../../domain/validation';
import { restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import { consoleLab, createHa, ok, T1, T2 } from '../../testing/starwind-helpers';
import { KEY1, KEY2, reservationLab, reservationOf, reserveOut } from '../../testing/reservation-helpers';
import type { Command, Lab, LabSnapshot } from '../../types';

const ALL_MS = VALIDATION_TESTS.reduce((sum, test) => sum + test.durationMs, 0);
const run = (lab: Lab, command: unknown) => ok(lab, command as Command);

function validate(lab: Lab, servers: string[], tests?: string[]): ValidationReportView {
  run(lab, tests ? { type: 'validationRun', servers, tests } : { type: 'validationRun', servers });
  lab.advance(ALL_MS);
  const list = lab.query({ type: 'clusterValidations' });
  if (!list.ok) throw new Error(list.error.message);
  return list.value.validations.at(-1)!;
}
function testOf(report: ValidationReportView, name: string): ValidationTestReport {
  const found = report.categories.flatMap((group) => group.tests).find((entry) => entry.name === name);
  if (!found) throw new Error(`${name} is not in the report`);
  return found;
}
const resultOf = (report: ValidationReportView, name: string) => testOf(report, name).result;

/** Both nodes with Multipath I/O claiming, connected to both HA targets, and Failover Clustering installed. */
function readyLab(targets?: Record<string, readonly string[]>): Lab {
  const lab = reservationLab(targets);
  for (const host of ['Demo1', 'Demo2']) run(lab, { type: 'featuresInstall', host, features: ['Failover-Clustering'] });
  return lab;
}

/** HA1 on both storage servers, each node connected to both targets, without MPIO claiming them. */
function withoutMpio(): Lab {
  const lab = consoleLab({ seed: 7 });
  createHa(lab);
  for (const host of ['Demo1', 'Demo2']) {
    run(lab, { type: 'featuresInstall', host, features: ['Failover-Clustering'] });
    run(lab, { type: 'iscsiStartService', host });
    run(lab, { type: 'iscsiAddPortal', host, address: '172.30.100.21' });
    run(lab, { type: 'iscsiAddPortal', host, address: '172.30.100.22' });
    for (const iqn of [T1, T2]) run(lab, { type: 'iscsiConnect', host, iqn });
  }
  return lab;
}

function refused(lab: Lab, command: unknown): { code: string; errors?: Record<string, string> } {
  const before = lab.hash();
  const result = lab.dispatch(command as Command);
  if (result.ok) throw new Error('accepted');
  expect(lab.hash()).toBe(before);
  return { code: result.error.code, errors: result.error.errors };
}

describe('Validate a Configuration (domain-facts Part A §2.1)', () => {
  test('a ready pair passes every test; the run is a job with one step per test, one test at a time', () => {
    const lab = readyLab();
    run(lab, { type: 'validationRun', servers: ['demo1', 'Demo2'] });
    const jobs = lab.query({ type: 'jobs' } as never) as { ok: true; value: { jobs: { kind: string; state: string; steps: { name: string; state: string }[] }[] } };
    const job = jobs.value.jobs.find((candidate) => candidate.kind === 'cluster.validate')!;
    expect(job.steps.map((step) => step.name)).toEqual(SERVER_VALIDATION_TEST_NAMES);
    expect(job.steps.map((step) => step.state).slice(0, 2)).toEqual(['running', 'pending']);
    lab.advance(VALIDATION_TESTS[0]!.durationMs);
    const partial = lab.query({ type: 'clusterValidations' });
    if (!partial.ok) throw new Error(partial.error.message);
    expect(partial.value.validations[0]).toMatchObject({ state: 'running', servers: ['Demo1', 'Demo2'], categories: [{ category: 'Inventory', tests: [{ result: 'Passed' }] }] });
    lab.advance(ALL_MS);
    const report = lab.query({ type: 'clusterValidation', id: partial.value.validations[0]!.id });
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.state).toBe('completed');
    expect(report.value.categories.map((group) => group.category)).toEqual(['Inventory', 'Network', 'Storage', 'System Configuration']);
    for (const group of report.value.categories) for (const entry of group.tests) expect([entry.name, entry.result]).toEqual([entry.name, 'Passed']);
    expect(report.value.overall).toBe('Passed');
    const after = lab.query({ type: 'jobs' } as never) as typeof jobs;
    expect(after.value.jobs.find((candidate) => candidate.kind === 'cluster.validate')!.state).toBe('succeeded');
  });

  test('unknown servers and tests, none, or twice the same server are refused and change nothing', () => {
    const lab = readyLab();
    expect(refused(lab, { type: 'validationRun', servers: ['Nowhere'] }).code).toBe('host.not_found');
    expect(refused(lab, { type: 'validationRun', servers: [] })).toMatchObject({ code: 'validation.no_servers', errors: { servers: expect.any(String) } });
    expect(refused(lab, { type: 'validationRun', servers: ['Demo1', 'DEMO1'] }).code).toBe('validation.duplicate_server');
    expect(refused(lab, { type: 'validationRun', servers: ['Demo1'], tests: ['Validate Disk Failover'] })).toMatchObject({ code: 'validation.unknown_test', errors: { tests: expect.stringContaining('Validate Disk Failover') } });
    // Cluster Configuration runs only on an existing cluster.
    expect(refused(lab, { type: 'validationRun', servers: ['Demo1'], tests: ['Validate Quorum Configuration'] })).toMatchObject({ code: 'validation.needs_cluster', errors: { tests: 'Validate Quorum Configuration runs only on an existing cluster: name the cluster to validate.' } });
  });

  test('Inventory: a server that is off fails it and the other tests are not run', () => {
    const lab = readyLab();
    run(lab, { type: 'setPower', host: 'Demo2', action: 'off' });
    lab.advance(300_000);
    const report = validate(lab, ['Demo1', 'Demo2']);
    expect(testOf(report, 'List Operating System Information').servers.map((entry) => entry.result)).toEqual(['Passed', 'Failed']);
    expect(resultOf(report, 'Validate IP Configuration')).toBe('Not run');
    expect(report.overall).toBe('Failed');
  });

  test('Inventory: a server whose only route to the console is down fails it', () => {
    const lab = readyLab();
    run(lab, { type: 'setNicLink', host: 'Demo2', nic: 'Public', linkUp: false });
    const report = validate(lab, ['Demo1', 'Demo2'], ['List Operating System Information']);
    expect(testOf(report, 'List Operating System Information').explanation).toContain('Demo2 could not be reached');
  });

  test('Validate IP Configuration: one connected adapter warns about single points of failure', () => {
    const lab = readyLab();
    run(lab, { type: 'setNicLink', host: 'Demo1', nic: 'Private', linkUp: false });
    run(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: false });
    const report = validate(lab, ['Demo1', 'Demo2'], ['Validate IP Configuration']);
    expect(testOf(report, 'Validate IP Configuration')).toMatchObject({ result: 'Warning', explanation: expect.stringContaining('avoid single points of failure') });
  });

  test('List Potential Cluster Disks: storage one node cannot see fails; the reservation test then has nothing to run on', () => {
    const lab = readyLab({ Demo1: [T1, T2], Demo2: [] });
    const report = validate(lab, ['Demo1', 'Demo2']);
    expect(testOf(report, 'List Potential Cluster Disks').servers.map((entry) => entry.result)).toEqual(['Passed', 'Failed']);
    expect(testOf(report, 'List Potential Cluster Disks').explanation).toContain('Demo2 cannot see LUN');
    expect(resultOf(report, 'Validate SCSI-3 Persistent Reservation')).toBe('Not run');
  });

  test('Validate Microsoft MPIO-Based Disks: one LUN seen twice without MPIO fails', () => {
    const report = validate(withoutMpio(), ['Demo1', 'Demo2'], ['Validate Microsoft MPIO-Based Disks']);
    expect(testOf(report, 'Validate Microsoft MPIO-Based Disks')).toMatchObject({ result: 'Failed', explanation: expect.stringContaining('Disks 1 and 2 are the same LUN') });
  });

  test('Validate SCSI-3 Persistent Reservation: passes through the real commands and leaves the table as it was', () => {
    const lab = readyLab();
    run(lab, reserveOut('Demo1', 'register', KEY1));
    const before = reservationOf(lab, 'Demo1');
    const report = validate(lab, ['Demo1', 'Demo2'], ['Validate SCSI-3 Persistent Reservation']);
    expect(resultOf(report, 'Validate SCSI-3 Persistent Reservation')).toBe('Passed');
    const after = reservationOf(lab, 'Demo1');
    expect(after.registrations).toEqual(before.registrations);
    expect(after.reservation).toEqual(before.reservation);
    // Each node registered, unregistered: the generation counts what the test did.
    expect(after.generation).toBeGreaterThan(before.generation);
  });

  test('Validate SCSI-3 Persistent Reservation: a disk another node holds fails with the conflict; the table stays', () => {
    const lab = readyLab();
    run(lab, reserveOut('Demo1', 'register', KEY1));
    run(lab, reserveOut('Demo2', 'register', KEY2));
    run(lab, reserveOut('Demo1', 'reserve', KEY1));
    const before = reservationOf(lab, 'Demo2');
    const report = validate(lab, ['Demo1', 'Demo2'], ['Validate SCSI-3 Persistent Reservation']);
    const probe = testOf(report, 'Validate SCSI-3 Persistent Reservation');
    expect(probe.servers.map((entry) => entry.result)).toEqual(['Passed', 'Failed']);
    expect(probe.explanation).toContain('reserve failed: Reservation conflict');
    const after = reservationOf(lab, 'Demo2');
    expect([after.registrations, after.reservation]).toEqual([before.registrations, before.reservation]);
  });

  test('Validate Active Directory Configuration: a domain controller with member servers fails', () => {
    const lab = readyLab();
    const report = validate(lab, ['SWS-DC', 'Demo1'], ['Validate Active Directory Configuration']);
    expect(testOf(report, 'Validate Active Directory Configuration')).toMatchObject({ result: 'Failed', explanation: expect.stringContaining('all domain controllers or all member servers') });
  });

  test('Validate Cluster Service and Driver Settings: a node without Failover Clustering fails', () => {
    const lab = reservationLab();
    run(lab, { type: 'featuresInstall', host: 'Demo1', features: ['Failover-Clustering'] });
    const report = validate(lab, ['Demo1', 'Demo2'], ['Validate Cluster Service and Driver Settings']);
    expect(testOf(report, 'Validate Cluster Service and Driver Settings').servers.map((entry) => entry.result)).toEqual(['Passed', 'Failed']);
  });

  test('a run in progress and its report survive a snapshot restore', () => {
    const lab = readyLab();
    run(lab, { type: 'validationRun', servers: ['Demo1', 'Demo2'] });
    lab.advance(7_000);
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    expect(validateSnapshot(snapshot)).toEqual([]);
    const broken = JSON.parse(JSON.stringify(snapshot)) as LabSnapshot & { kernel: { timers: { kind: string }[] } };
    broken.kernel.timers = broken.kernel.timers.filter((timer) => timer.kind !== 'validation.test');
    expect(JSON.stringify(validateSnapshot(broken))).toContain('no timer runs its next test');
    const copy = restoreLab(snapshot);
    expect(copy.hash()).toBe(lab.hash());
    lab.advance(ALL_MS);
    copy.advance(ALL_MS);
    expect(copy.hash()).toBe(lab.hash());
  });
});
