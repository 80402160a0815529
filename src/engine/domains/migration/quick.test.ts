// Quick migration is the roles' quick move recorded with its three phases: saved on the owner at
// the state file's rate, the disk and the role moved, restored on the target. Offline all along:
// downtime = total, linear in memory (2 GB ≈ 30 s, facts Part B §3.4).
import { describe, expect, test } from 'vitest';
import { stateFileTransferMs } from '../../../domain/hyperv';
import { BYTES_PER_GIB } from '../../../domain/units';
import { ok } from '../../testing/cluster-helpers';
import { migrate, migrationOf, migrationsOf } from '../../testing/migration-helpers';
import { roleActionCommand, roleLab, roleOf } from '../../testing/roles-helpers';
import { vmOf } from '../hyperv/hyperv-testing';

function quickDowntimeMs(memoryBytes: number): number {
  const lab = roleLab({ online: true, memoryBytes });
  const started = lab.nowMs();
  const migration = migrate(lab, 'VM1', 'quick', 'Demo2');
  lab.advance(120_000);
  const done = migrationOf(lab, migration.id);
  expect(done).toMatchObject({ state: 'Completed', type: 'quick', destination: 'Demo2' });
  expect(done.timeline.map((entry) => [entry.phase, entry.atMs - started])).toEqual([
    ['save-state', 0],
    ['move-disk', stateFileTransferMs(memoryBytes)],
    ['restore', stateFileTransferMs(memoryBytes)],
  ]);
  expect(done.downtimeMs).toBe(done.totalMs);
  expect(vmOf(lab, 'Demo2', 'VM1').state).toBe('Running');
  expect(roleOf(lab, 'VM1')).toMatchObject({ ownerNode: 'Demo2', state: 'Online' });
  return done.downtimeMs!;
}

describe('quick migration', () => {
  test('downtime is the save plus the restore, linear in memory: 2 GB ≈ 30 s', () => {
    const twoGb = quickDowntimeMs(2 * BYTES_PER_GIB);
    expect(twoGb).toBe(2 * stateFileTransferMs(2 * BYTES_PER_GIB));
    expect(twoGb).toBeGreaterThan(28_000);
    expect(twoGb).toBeLessThan(31_000);
    const oneGb = quickDowntimeMs(BYTES_PER_GIB);
    const fourGb = quickDowntimeMs(4 * BYTES_PER_GIB);
    expect(Math.abs(2 * oneGb - twoGb)).toBeLessThanOrEqual(2);
    expect(Math.abs(2 * twoGb - fourGb)).toBeLessThanOrEqual(2);
  });

  test("Failover Cluster Manager's move of an online role is the same quick migration, recorded", () => {
    const lab = roleLab({ online: true });
    ok(lab, roleActionCommand('VM1', 'move'));
    const [migration] = migrationsOf(lab);
    expect(migration).toMatchObject({ type: 'quick', state: 'Running', phase: 'save-state', destination: 'Demo2', bestPossibleNode: true });
    lab.advance(60_000);
    expect(migrationOf(lab, migration!.id).state).toBe('Completed');
  });

  test('a role being migrated takes no other action until it ends', () => {
    const lab = roleLab({ online: true });
    migrate(lab, 'VM1', 'live', 'Demo2');
    const result = lab.dispatch(roleActionCommand('VM1', 'stop'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('migration.in_progress');
  });
});
