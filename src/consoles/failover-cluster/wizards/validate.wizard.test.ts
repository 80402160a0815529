import { describe, expect, test } from 'vitest';
import type { Job } from '../../../domain/jobs';
import type { ClusterValidation } from '../../../domain/validation';
import { emptyInput, erase, resolveValues, setValue, summaryRows, validatePage, visiblePages, type WizardInput } from '../../../wizard/model';
import { validationFullText, validationSummaryText } from './report';
import { SERVER_VALIDATION_TEST_NAMES, VALIDATION_TESTS } from '../../../domain/validation';
import { clusterNamed, toValidationRequest, validateWizard, validationIdOf, validationTree, type ValidateContext, type ValidateValues } from './validate.wizard';

const EPOCH = Date.UTC(2010, 5, 1, 8, 0, 0);

const run: ClusterValidation = {
  id: 'validation-0001',
  servers: ['Demo1', 'Demo2'],
  tests: ['List Operating System Information', 'Validate IP Configuration', 'Validate Cluster Service and Driver Settings'],
  job: 'job-0004',
  startedMs: 60_000,
  endedMs: 67_000,
  results: [
    { name: 'List Operating System Information', category: 'Inventory', result: 'Passed', explanation: 'Both servers answered.', servers: [{ server: 'Demo1', result: 'Passed', explanation: 'Windows Server 2008 R2 Enterprise.' }] },
    { name: 'Validate IP Configuration', category: 'Network', result: 'Passed', explanation: 'Every address is unique.', servers: [] },
    {
      name: 'Validate Cluster Service and Driver Settings',
      category: 'System Configuration',
      result: 'Failed',
      explanation: 'The Failover Clustering feature is not installed on Demo2.',
      servers: [
        { server: 'Demo1', result: 'Passed', explanation: 'The Cluster service is installed.' },
        { server: 'Demo2', result: 'Failed', explanation: 'The Failover Clustering feature is not installed.' },
      ],
    },
  ],
};

const ctx: ValidateContext = { computers: ['Demo1', 'Demo2', 'SWS-DC'], clusters: ['Cluster1'], startEpochMs: EPOCH, validationOf: (id) => (id === run.id ? run : undefined) };
const def = erase(validateWizard);
const valuesOf = (input: WizardInput, context: ValidateContext = ctx) => resolveValues(def, input, context) as ValidateValues;
const titles = (input: WizardInput, context: ValidateContext = ctx) => visiblePages(def, valuesOf(input, context), context).map((page) => page.title);

describe('Validate a Configuration Wizard', () => {
  test('pages as 2008 R2 shows them; Test Selection only for "Run only tests I select"', () => {
    expect(titles(emptyInput())).toEqual(['Before You Begin', 'Select Servers or a Cluster', 'Testing Options', 'Confirmation', 'Validating', 'Summary']);
    expect(titles(setValue(emptyInput(), 'testing', 'selected'))).toEqual(['Before You Begin', 'Select Servers or a Cluster', 'Testing Options', 'Test Selection', 'Confirmation', 'Validating', 'Summary']);
  });

  test('opened by Create Cluster: its servers are given and Select Servers is skipped', () => {
    const child: ValidateContext = { ...ctx, fixedServers: ['Demo1', 'Demo2'] };
    expect(titles(emptyInput(), child)).not.toContain('Select Servers or a Cluster');
    expect(valuesOf(emptyInput(), child).servers).toEqual(['Demo1', 'Demo2']);
  });

  test('Select Servers needs a server, refuses a name Windows would not take, and Browse offers the lab computers', () => {
    expect(validatePage(def, 'servers', valuesOf(emptyInput()), ctx)).toHaveProperty('servers');
    expect(validatePage(def, 'servers', valuesOf(setValue(emptyInput(), 'servers', ['Demo1'])), ctx)).toEqual({});
    const page = validateWizard.pages.find((candidate) => candidate.id === 'servers')!;
    const list = page.kind === 'form' ? page.fields[0]! : undefined;
    expect(list?.kind === 'list' && list.validateEntry?.('Demo 1', valuesOf(emptyInput()), ctx)).toMatch(/letters, digits and hyphens/);
    expect(list?.kind === 'list' && typeof list.browse === 'function' ? list.browse(valuesOf(emptyInput()), ctx).map((option) => option.id) : []).toEqual(['Demo1', 'Demo2', 'SWS-DC', 'Cluster1']);
  });

  test('Test Selection: categories in report order with the lab tests under them, all checked at first; Cluster Configuration only for a cluster', () => {
    expect(validationTree(false).map((node) => [node.label, node.children?.map((child) => child.id)])).toEqual([
      ['Inventory', ['List Operating System Information']],
      ['Network', ['Validate IP Configuration']],
      ['Storage', ['List Potential Cluster Disks', 'Validate Microsoft MPIO-Based Disks', 'Validate SCSI-3 Persistent Reservation']],
      ['System Configuration', ['Validate Active Directory Configuration', 'Validate Cluster Service and Driver Settings']],
    ]);
    expect(validationTree(true).at(-1)?.label).toBe('Cluster Configuration');
    expect(valuesOf(emptyInput()).tests).toEqual(SERVER_VALIDATION_TEST_NAMES);
    const onCluster = valuesOf(setValue(emptyInput(), 'servers', ['cluster1']));
    const clusterTests = VALIDATION_TESTS.filter((test) => test.category === 'Cluster Configuration').map((test) => test.name);
    expect(clusterTests).toContain('Validate Quorum Configuration');
    expect(onCluster.tests).toEqual([...SERVER_VALIDATION_TEST_NAMES, ...clusterTests]);
    const none = setValue(setValue(emptyInput(), 'testing', 'selected'), 'tests', []);
    expect(validatePage(def, 'selection', valuesOf(none), ctx)).toHaveProperty('tests');
  });

  test('the request: all tests leave the list out; chosen tests are sent by name; a cluster stands for its nodes', () => {
    const servers = setValue(emptyInput(), 'servers', ['Demo1', 'Demo2']);
    expect(toValidationRequest(valuesOf(servers), ctx)).toEqual({ servers: ['Demo1', 'Demo2'] });
    const chosen = setValue(setValue(servers, 'testing', 'selected'), 'tests', ['Validate IP Configuration']);
    expect(toValidationRequest(valuesOf(chosen), ctx)).toEqual({ servers: ['Demo1', 'Demo2'], tests: ['Validate IP Configuration'] });
    const cluster = valuesOf(setValue(emptyInput(), 'servers', ['CLUSTER1']));
    expect(clusterNamed(cluster, ctx)).toBe('Cluster1');
    expect(toValidationRequest(cluster, ctx)).toEqual({ servers: [], cluster: 'Cluster1' });
  });

  test('Confirmation lists the servers and the tests', () => {
    const servers = setValue(emptyInput(), 'servers', ['Demo1', 'Demo2']);
    const rows = (input: WizardInput) => summaryRows(def, valuesOf(input), ctx).map((row) => `${row.label}: ${row.value}`);
    expect(rows(servers)).toEqual(['Selected servers: Demo1, Demo2', 'Tests: All tests']);
    expect(rows(setValue(setValue(servers, 'testing', 'selected'), 'tests', ['Validate IP Configuration']))).toEqual(['Selected servers: Demo1, Demo2', 'Tests: Validate IP Configuration']);
  });

  test("Summary: the lab's report grouped by category, what failed with its reason; View Report adds each server's part", () => {
    const job = { subject: { collection: 'clusterValidations', id: run.id } } as Job;
    expect(validationIdOf(job)).toBe('validation-0001');
    const summary = validationSummaryText(run, EPOCH).split('\n');
    expect(summary.slice(0, 5)).toEqual(['Failover Cluster Validation Report', 'Servers: Demo1, Demo2', 'Started: 6/1/2010 8:01:00 AM', 'Completed: 6/1/2010 8:01:07 AM', '']);
    expect(summary).toContain('Testing has completed, but one or more tests indicate that the configuration is not suitable for clustering.');
    expect(summary.slice(6).map((line) => line.trimEnd().replace(/\s{2,}/g, ' | '))).toEqual([
      '',
      'Inventory',
      ' | List Operating System Information | Passed',
      '',
      'Network',
      ' | Validate IP Configuration | Passed',
      '',
      'System Configuration',
      ' | Validate Cluster Service and Driver Settings | Failed',
      ' | The Failover Clustering feature is not installed on Demo2.',
    ]);
    const full = validationFullText(run, EPOCH);
    expect(full).toContain('Overall result: Failed.');
    expect(full).toMatch(/Demo2: +Failed\. The Failover Clustering feature is not installed\./);
  });

  test('a run still going: tests not yet run are Pending and the sentence says so', () => {
    const going: ClusterValidation = { ...run, endedMs: null, results: run.results.slice(0, 1) };
    const text = validationSummaryText(going, EPOCH);
    expect(text).toContain('The tests are still running.');
    expect(text).toMatch(/Validate IP Configuration +Pending/);
    expect(validationSummaryText(undefined, EPOCH)).toBe('The tests are still running.');
  });
});
