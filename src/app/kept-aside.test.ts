import { beforeAll, describe, expect, test } from 'vitest';
import type { LabSnapshot } from '../api/types';
import { createInProcessHost } from '../host/in-process';
import type { KeptAsideLab } from '../host/types';
import { keptLabFile, keptLabFileName } from './kept-aside';

describe('keptLabFile', () => {
  // A real saved lab, made by the host as the page's session starts one (src/app reaches the engine only through it).
  let snapshot: LabSnapshot;
  beforeAll(async () => {
    const host = createInProcessHost();
    await host.newLab({ seed: 9, options: { clusterNodes: 3 } });
    snapshot = (await host.exportLab()).snapshot;
  });
  const commandLog = [{ atMs: 0, command: { type: 'setPower' as const, host: 'Demo2', action: 'off' as const } }];

  test('shaped like an exported lab, with the reason and what only the saved copy knows', () => {
    const { params } = snapshot;
    const kept: KeptAsideLab = { reason: 'refused on replay', lab: { params, snapshot: { commandCount: 0, snapshot }, commandLog, nowMs: 1234, speed: 10 } };
    const file = keptLabFile(kept);
    expect(file).toMatchObject({ kind: 'ha-lab/lab', schemaVersion: 1, seed: 9, scenario: params.scenario, options: params.options, commandLog });
    expect(file.snapshot).toEqual(snapshot);
    expect(file.keptAside).toEqual({ reason: 'refused on replay', snapshotCommandCount: 0, nowMs: 1234, speed: 10 });
    expect(keptLabFileName(kept)).toBe('ha-lab-kept-seed-9-1-commands.json');
  });

  test('a lab saved before its first snapshot has none', () => {
    const file = keptLabFile({ reason: 'x', lab: { params: snapshot.params, snapshot: null, commandLog: [], nowMs: 0, speed: 1 } });
    expect(file.snapshot).toBeNull();
    expect(file.keptAside.snapshotCommandCount).toBeNull();
  });
});
