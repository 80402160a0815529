// How many live migrations run at once: 2008 R2 one per node (the others Queued, started in order
// as the node frees, exact times); 2016 the setting, default 2; Pause → Drain Roles on 2016 moves a
// node's roles off by the same rules.
import { describe, expect, test } from 'vitest';
import { SETUP_MS, SWITCH_OVER_DEFAULT_MS } from '../../../domain/migration';
import { BYTES_PER_MIB } from '../../../domain/units';
import { ok } from '../../testing/cluster-helpers';
import { refused } from '../../testing/lab-helpers';
import { migrate, migrationOf, migrationsOf } from '../../testing/migration-helpers';
import { roleLab, roleOf } from '../../testing/roles-helpers';

const B = 125_000_000;
const M = 512 * BYTES_PER_MIB;
/** An idle 512 MB machine: setup, one pass, switch-over. */
const IDLE_MS = SETUP_MS + Math.ceil((M * 1000) / B) + SWITCH_OVER_DEFAULT_MS;

describe('live migrations at once', () => {
  test('2008 R2: one per node; the second waits Queued and starts when the first completes', () => {
    const lab = roleLab({ online: true, vms: ['VM1', 'VM2'], nodes: 3 });
    const t0 = lab.nowMs();
    const first = migrate(lab, 'VM1', 'live', 'Demo2');
    const second = migrate(lab, 'VM2', 'live', 'Demo3');
    expect(second).toMatchObject({ state: 'Queued', phase: null, startedMs: null });
    lab.advance(IDLE_MS);
    expect(migrationOf(lab, first.id)).toMatchObject({ state: 'Completed', endedMs: t0 + IDLE_MS });
    expect(migrationOf(lab, second.id)).toMatchObject({ state: 'Running', startedMs: t0 + IDLE_MS });
    lab.advance(IDLE_MS);
    expect(migrationOf(lab, second.id)).toMatchObject({ state: 'Completed', endedMs: t0 + 2 * IDLE_MS, totalMs: IDLE_MS });
    expect(roleOf(lab, 'VM2').ownerNode).toBe('Demo3');
  });

  test('2016: two at a time by default, a third queued; the setting raises it', () => {
    const lab = roleLab({ online: true, vms: ['VM1', 'VM2', 'VM3'], nodes: 3, osVersion: '2016' });
    const t0 = lab.nowMs();
    const [a, b, c] = ['VM1', 'VM2', 'VM3'].map((vm) => migrate(lab, vm, 'live', 'Demo2'));
    expect([a, b, c].map((m) => m!.state)).toEqual(['Running', 'Running', 'Queued']);
    lab.advance(IDLE_MS);
    expect(migrationOf(lab, c!.id)).toMatchObject({ state: 'Running', startedMs: t0 + IDLE_MS });
    lab.advance(IDLE_MS);
    expect(migrationsOf(lab).every((m) => m.state === 'Completed')).toBe(true);
    expect(refused(roleLab({ online: true }), { type: 'migrationSetSettings', cluster: 'Cluster1', simultaneousLiveMigrations: 2 })).toMatchObject({ errors: { simultaneousLiveMigrations: expect.any(String) } });
  });

  test('2016: Pause → Drain Roles live migrates every online role off the node, two at a time', () => {
    const vms = ['VM1', 'VM2', 'VM3', 'VM4'];
    const lab = roleLab({ online: true, vms, nodes: 3, osVersion: '2016' });
    ok(lab, { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo1', action: 'pause', drain: true });
    expect(migrationsOf(lab).map((m) => m.state).sort()).toEqual(['Queued', 'Queued', 'Running', 'Running']);
    lab.advance(2 * IDLE_MS);
    for (const vm of vms) expect(roleOf(lab, vm).ownerNode).not.toBe('Demo1');
    expect(new Set(vms.map((vm) => roleOf(lab, vm).ownerNode))).toEqual(new Set(['Demo2', 'Demo3']));
    expect(refused(roleLab(), { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo1', action: 'pause', drain: true })).toMatchObject({ errors: { drain: expect.any(String) } });
  });
});
