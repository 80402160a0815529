// Virtual Machine Manager's reads: a migration's percent from its phases and passes (never
// backwards), the Jobs' status words, the steps from the timeline, the host groups, and Select
// Host's rows (best first, a 0-star node greyed with its reasons).
import { expect, test } from 'vitest';
import type { Cluster } from '../../domain/cluster';
import type { Host } from '../../domain/network';
import { migrationFixture } from '../../ui/migration/fixtures';
import { hostRows, starText } from './migrate.wizard';
import { groupHostIds, hostGroups, jobStatus, migrationPercent, stepLines } from './model';

test('percent: each of the six live steps an equal share; the memory copy in passes against the limit; never backwards', () => {
  const setup = migrationFixture({ phase: 'setup', current: { phase: 'setup', bytes: 0, startedMs: 1_000, dueMs: 1_500 } });
  expect(migrationPercent(setup, 1_000)).toBe(0);
  expect(migrationPercent(setup, 1_250)).toBe(8); // half of 1/6
  const copy = (passesDone: number) =>
    migrationFixture({ phase: 'memory-copy', passes: Array.from({ length: passesDone }, () => ({ bytesSent: 1, bytesDirtied: 1, durationMs: 1 })), current: { phase: 'memory-copy', bytes: 1, startedMs: 2_000, dueMs: 3_000 } });
  const seen = [migrationPercent(copy(0), 2_000), migrationPercent(copy(0), 2_500), migrationPercent(copy(1), 2_000), migrationPercent(copy(1), 3_000)];
  expect(seen).toEqual([16, 17, 18, 20]);
  expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  expect(migrationPercent(migrationFixture({ state: 'Queued', phase: null }), 5_000)).toBe(0);
  expect(migrationPercent(migrationFixture({ state: 'Completed', phase: 'gratuitous-arp' }), 5_000)).toBe(100);
  // A quick migration has three steps.
  expect(migrationPercent(migrationFixture({ type: 'quick', phase: 'move-disk', current: { phase: 'move-disk', bytes: 0, startedMs: 0, dueMs: 10 } }), 0)).toBe(33);
});

test('status words: Running with its percent, the others as the engine names them', () => {
  expect(jobStatus(migrationFixture({ phase: 'online' }), 0)).toBe('Running (66 %)');
  for (const state of ['Queued', 'Completed', 'Failed', 'Cancelled'] as const) expect(jobStatus(migrationFixture({ state }), 0)).toBe(state);
});

test('steps: each timeline entry ends when the next begins; the last is Running or how the job ended', () => {
  const timeline = [
    { phase: 'setup', atMs: 1_000 },
    { phase: 'memory-copy', atMs: 1_500 },
  ] as const;
  expect(stepLines(migrationFixture({ timeline: [...timeline] })).map((line) => [line.phase, line.endedMs, line.state])).toEqual([
    ['setup', 1_500, 'Completed'],
    ['memory-copy', null, 'Running'],
  ]);
  expect(stepLines(migrationFixture({ state: 'Cancelled', endedMs: 1_800, timeline: [...timeline] })).at(-1)).toEqual({ phase: 'memory-copy', startedMs: 1_500, endedMs: 1_800, state: 'Cancelled' });
});

test('host groups: each cluster with its nodes, Hyper-V hosts of no cluster after; a group or host resolves to its host ids', () => {
  const host = (id: string, name: string) => ({ id, name }) as Host;
  const cluster = { id: 'CLUSTER1', name: 'Cluster1', nodes: [{ name: 'Demo1', hostId: 'h1' }, { name: 'Demo2', hostId: 'h2' }] } as unknown as Cluster;
  const lab = {
    hosts: { h1: host('h1', 'Demo1'), h2: host('h2', 'Demo2'), h3: host('h3', 'Lone'), h4: host('h4', 'SWS-DC') },
    serverFeatures: { h3: { installed: ['Hyper-V'] }, h4: { installed: [] } } as never,
    clusters: { CLUSTER1: cluster },
  };
  const groups = hostGroups(lab);
  expect(groups.clusters.map((group) => [group.cluster.name, group.hosts.map((each) => each.name)])).toEqual([['Cluster1', ['Demo1', 'Demo2']]]);
  expect(groups.standalone.map((each) => each.name)).toEqual(['Lone']);
  expect(groupHostIds(lab, undefined, undefined)).toBeNull();
  expect([...groupHostIds(lab, 'cluster1', undefined)!]).toEqual(['h1', 'h2']);
  expect([...groupHostIds(lab, 'Cluster1', 'demo2')!]).toEqual(['h2']);
  expect([...groupHostIds(lab, 'Lone', undefined)!]).toEqual(['h3']);
  expect(groupHostIds(lab, 'Cluster9', undefined)).toBeUndefined();
  expect(groupHostIds(lab, 'Cluster1', 'Demo9')).toBeUndefined();
});

test('Select Host: best rating first, ties in node order; 0 stars greyed with every reason', () => {
  expect(starText(4.5)).toBe('★★★★½');
  expect(starText(0)).toBe('☆☆☆☆☆');
  const rows = hostRows(
    [
      { node: 'Demo2', stars: 0, reasons: ['Demo2 is Down.', 'Demo2 has no path to the storage.'] },
      { node: 'Demo3', stars: 3, reasons: ['x'] },
      { node: 'Demo4', stars: 4.5, reasons: ['y'] },
      { node: 'Demo5', stars: 3, reasons: ['z'] },
    ],
    'live',
  );
  expect(rows.map((row) => row.id)).toEqual(['Demo4', 'Demo3', 'Demo5', 'Demo2']);
  expect(rows[3]).toMatchObject({ unavailable: 'Demo2 is Down. Demo2 has no path to the storage.', cells: { rating: '☆☆☆☆☆ (0)', transfer: 'Live' } });
  expect(rows[0]!.unavailable).toBeUndefined();
});
