import { describe, expect, test } from 'vitest';
import type { Cluster, ClusterDisk } from '../../../domain/cluster';
import { emptyInput, erase, resolveValues, setValue, tableRows, validatePage, visiblePages, type TableFieldDef, type WizardInput, type WizardValues } from '../../../wizard/model';
import { fileShareProblem, quorumLine, quorumWizard, toQuorumRequest, type QuorumContext, type QuorumValues } from './quorum.wizard';

const GB = 1024 ** 3;
const disk = (name: string, sizeBytes: number, usage: ClusterDisk['usage']): ClusterDisk => ({ name, lun: name, sizeBytes, state: 'Online', ownerNode: 'Demo1', usage, csvPath: usage === 'csv' ? 'C:\\ClusterStorage\\Volume1' : null });
const cluster = {
  id: 'CLUSTER1',
  name: 'Cluster1',
  nodes: [{ name: 'Demo1' }, { name: 'Demo2' }],
  quorum: { mode: 'NodeMajority', witnessDisk: null, fileShare: null },
  disks: [disk('Cluster Disk 1', 20 * GB, 'csv'), disk('Cluster Disk 2', 256 * 1024 ** 2, 'available'), disk('Cluster Disk 3', GB, 'available'), disk('Cluster Disk 4', 5 * GB, 'available')],
} as unknown as Cluster;
const ctx: QuorumContext = { cluster, recommendedMode: 'NodeAndDiskMajority', clusterOf: () => cluster };
const def = erase(quorumWizard);
const valuesOf = (input: WizardInput) => resolveValues(def, input, ctx) as QuorumValues;
const titles = (input: WizardInput) => visiblePages(def, valuesOf(input), ctx).map((page) => page.title);

describe('Configure Cluster Quorum Wizard', () => {
  test('the four legacy modes; the witness page follows the mode', () => {
    expect(valuesOf(emptyInput()).mode).toBe('NodeMajority');
    expect(titles(emptyInput())).toEqual(['Before You Begin', 'Select Quorum Configuration', 'Confirmation', 'Configure Cluster Quorum Settings', 'Summary']);
    expect(titles(setValue(emptyInput(), 'mode', 'NodeAndDiskMajority'))).toContain('Configure Storage Witness');
    expect(titles(setValue(emptyInput(), 'mode', 'DiskOnly'))).toContain('Configure Storage Witness');
    expect(titles(setValue(emptyInput(), 'mode', 'NodeAndFileShareMajority'))).toContain('Configure File Share Witness');
    const page = quorumWizard.pages.find((candidate) => candidate.id === 'select')!;
    const field = page.kind === 'form' ? page.fields[0]! : undefined;
    expect(field?.kind === 'radio' && typeof field.options !== 'function' ? field.options.map((option) => option.label) : []).toEqual([
      'Node Majority',
      'Node and Disk Majority',
      'Node and File Share Majority',
      'No Majority: Disk Only',
    ]);
    expect(field?.kind === 'radio' && typeof field.explanation === 'function' ? field.explanation(valuesOf(emptyInput()), ctx) : '').toBe('Recommended for your current number of nodes (2): Node and Disk Majority.');
  });

  test('the storage witness: CSVs and disks under 512 MB listed but unavailable; the smallest eligible preselected', () => {
    const values = valuesOf(setValue(emptyInput(), 'mode', 'NodeAndDiskMajority'));
    const page = quorumWizard.pages.find((candidate) => candidate.id === 'storage')!;
    const table = (page.kind === 'form' ? page.fields[0] : undefined) as unknown as TableFieldDef<WizardValues, unknown>;
    expect(tableRows(table, values, ctx).map((row) => [row.id, row.cells.usage, row.unavailable ?? null])).toEqual([
      ['Cluster Disk 1', 'Cluster Shared Volume', 'Cluster Shared Volume'],
      ['Cluster Disk 2', 'Available Storage', 'Smaller than 512 MB'],
      ['Cluster Disk 3', 'Available Storage', null],
      ['Cluster Disk 4', 'Available Storage', null],
    ]);
    expect(values.witnessDisk).toEqual(['Cluster Disk 3']);
    expect(validatePage(def, 'storage', values, ctx)).toEqual({});
    expect(toQuorumRequest(values)).toEqual({ mode: 'NodeAndDiskMajority', witnessDisk: 'Cluster Disk 3' });
  });

  test('the file share witness: a \\\\server\\share path', () => {
    expect(fileShareProblem('\\\\SWS-DC\\Witness')).toBeUndefined();
    expect(fileShareProblem('')).toMatch(/Type the path/);
    expect(fileShareProblem('C:\\Witness')).toMatch(/not a shared folder path/);
    const values = valuesOf(setValue(setValue(emptyInput(), 'mode', 'NodeAndFileShareMajority'), 'fileShare', '\\\\SWS-DC\\Witness'));
    expect(toQuorumRequest(values)).toEqual({ mode: 'NodeAndFileShareMajority', fileShare: '\\\\SWS-DC\\Witness' });
    expect(toQuorumRequest(valuesOf(emptyInput()))).toEqual({ mode: 'NodeMajority' });
  });

  test('the quorum line as the cluster summary writes it', () => {
    expect(quorumLine(cluster)).toBe('Node Majority');
    expect(quorumLine({ ...cluster, quorum: { mode: 'NodeAndDiskMajority', witnessDisk: 'Cluster Disk 3', fileShare: null } })).toBe('Node and Disk Majority (Cluster Disk 3)');
  });
});
