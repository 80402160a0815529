// Live migration against the pre-copy model (facts Part B §9) with exact simulated times: pass 1
// sends M at B (1 GbE on the Private network: 125,000,000 B/s); each pass dirties min(D·t, WWS);
// switch-over when the dirty bytes fit B × 300 ms or at the OS's pass limit. Expected pass counts
// come from the formula V_k = M·(D/B)^(k−1), not from the engine's code.
import { describe, expect, test } from 'vitest';
import { PAGE_SIZE_BYTES, SETUP_MS, SWITCH_OVER_DEFAULT_MS } from '../../../domain/migration';
import { BYTES_PER_MIB } from '../../../domain/units';
import { ok } from '../../testing/cluster-helpers';
import { eventsOf, refused } from '../../testing/lab-helpers';
import { migrate, migrationOf, setWorkload } from '../../testing/migration-helpers';
import { roleLab, roleOf } from '../../testing/roles-helpers';
import { vmOf } from '../hyperv/hyperv-testing';

const B = 125_000_000;
const M = 512 * BYTES_PER_MIB;
const TARGET_MS = 300;
const msFor = (bytes: number) => Math.ceil((bytes * 1000) / B);

/** Passes the model gives: the first k ≥ 1 with M·(D/B)^k ≤ B·target, at most `limit`. */
function modelPasses(dirtyBytesPerS: number, limit: number): number {
  for (let k = 1; k < limit; k += 1) if (M * (dirtyBytesPerS / B) ** k <= B * (TARGET_MS / 1000)) return k;
  return limit;
}

describe('live migration: the pre-copy model', () => {
  test('an idle machine migrates in one pass and a stop-and-copy of nothing; the six steps in order', () => {
    const lab = roleLab({ online: true });
    const started = lab.nowMs();
    const migration = migrate(lab, 'VM1', 'live', 'Demo2');
    expect(migration).toMatchObject({ state: 'Running', phase: 'setup', source: 'Demo1', destination: 'Demo2', network: 'Cluster Network 1', bandwidthBytesPerS: B, passLimit: 10 });
    const totalMs = SETUP_MS + msFor(M) + SWITCH_OVER_DEFAULT_MS;
    lab.advance(totalMs - 1);
    expect(migrationOf(lab, migration.id).state).toBe('Running');
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Running');
    lab.advance(1);
    const done = migrationOf(lab, migration.id);
    expect(done).toMatchObject({ state: 'Completed', totalMs, downtimeMs: SWITCH_OVER_DEFAULT_MS, clientsKeptConnection: true, passes: [{ bytesSent: M, bytesDirtied: 0, durationMs: msFor(M) }] });
    expect(done.timeline.map((entry) => [entry.phase, entry.atMs - started])).toEqual([
      ['setup', 0],
      ['memory-copy', SETUP_MS],
      ['state-transfer', SETUP_MS + msFor(M)],
      ['storage-handles', SETUP_MS + msFor(M)],
      ['online', totalMs],
      ['gratuitous-arp', totalMs],
    ]);
    expect(vmOf(lab, 'Demo2', 'VM1')).toMatchObject({ state: 'Running', host: 'Demo2' });
    expect(roleOf(lab, 'VM1')).toMatchObject({ ownerNode: 'Demo2', state: 'Online' });
  });

  test('a machine dirtying slower than the link converges in the passes the model gives', () => {
    const lab = roleLab({ online: true });
    const D = B / 2;
    setWorkload(lab, 'Demo1', 'VM1', { dirtyBytesPerS: D });
    const migration = migrate(lab, 'VM1', 'live', 'Demo2');
    lab.advance(60_000);
    const done = migrationOf(lab, migration.id);
    const passes = modelPasses(D, 10);
    expect(passes).toBe(4);
    expect(done.passes).toHaveLength(passes);
    // Each pass sends what the one before dirtied, ≈ M·(D/B)^(k−1) (whole pages, whole ms).
    done.passes.forEach((pass, k) => {
      expect(Math.abs(pass.bytesSent - M * (D / B) ** k * (k === 0 ? 1 : 1))).toBeLessThanOrEqual(k === 0 ? 0 : k * PAGE_SIZE_BYTES + B / 1000);
      expect(pass.durationMs).toBe(msFor(pass.bytesSent));
      expect(pass.bytesDirtied).toBe(Math.ceil((D * pass.durationMs) / 1000 / PAGE_SIZE_BYTES) * PAGE_SIZE_BYTES);
      if (k > 0) expect(pass.bytesSent).toBe(done.passes[k - 1]!.bytesDirtied);
    });
    const remaining = done.passes[passes - 1]!.bytesDirtied;
    expect(remaining).toBeLessThanOrEqual(B * (TARGET_MS / 1000));
    expect(done.downtimeMs).toBe(msFor(remaining) + SWITCH_OVER_DEFAULT_MS);
    expect(done.totalMs).toBe(SETUP_MS + done.passes.reduce((sum, pass) => sum + pass.durationMs, 0) + msFor(remaining) + SWITCH_OVER_DEFAULT_MS);
  });

  test.each([
    ['2008R2', 10],
    ['2016', 5],
  ] as const)('on %s a machine dirtying faster than the link stops at %i passes, its whole working set the downtime', (osVersion, limit) => {
    const lab = roleLab({ online: true, osVersion });
    setWorkload(lab, 'Demo1', 'VM1', { dirtyBytesPerS: 2 * B });
    const migration = migrate(lab, 'VM1', 'live', 'Demo2');
    lab.advance(120_000);
    const done = migrationOf(lab, migration.id);
    expect(modelPasses(2 * B, limit)).toBe(limit);
    expect(done.passes).toHaveLength(limit);
    expect(done.passes.every((pass) => pass.bytesSent === M && pass.bytesDirtied === M)).toBe(true);
    expect(done.downtimeMs).toBe(msFor(M) + SWITCH_OVER_DEFAULT_MS);
    expect(done.totalMs).toBe(SETUP_MS + (limit + 1) * msFor(M) + SWITCH_OVER_DEFAULT_MS);
    expect(done.clientsKeptConnection).toBe(true);
  });

  test('a downtime above the TCP timeout drops the clients, and the event log says so', () => {
    const lab = roleLab({ online: true });
    ok(lab, { type: 'migrationSetSettings', cluster: 'Cluster1', tcpTimeoutMs: 1_000 });
    setWorkload(lab, 'Demo1', 'VM1', { dirtyBytesPerS: 2 * B });
    const migration = migrate(lab, 'VM1', 'live', 'Demo2');
    lab.advance(120_000);
    expect(migrationOf(lab, migration.id)).toMatchObject({ state: 'Completed', clientsKeptConnection: false, tcpTimeoutMs: 1_000 });
    expect(eventsOf(lab, 'Demo2').some((event) => /client connections were dropped/.test(event.message))).toBe(true);
  });

  test('a cable pulled mid-migration cancels it: the machine keeps running on the source, the destination keeps no memory', () => {
    const lab = roleLab({ online: true });
    const migration = migrate(lab, 'VM1', 'live', 'Demo2');
    lab.advance(SETUP_MS + 1_000);
    const demo2Before = lab.query({ type: 'hostVms', host: 'Demo2' });
    ok(lab, { type: 'setNicLink', host: 'Demo2', nic: 'Private', linkUp: false });
    const ended = migrationOf(lab, migration.id);
    expect(ended).toMatchObject({ state: 'Cancelled', phase: 'memory-copy', current: null });
    expect(ended.reason).toMatch(/Cluster Network 1/);
    lab.advance(60_000);
    expect(vmOf(lab, 'Demo1', 'VM1')).toMatchObject({ state: 'Running', host: 'Demo1' });
    expect(roleOf(lab, 'VM1')).toMatchObject({ ownerNode: 'Demo1', state: 'Online' });
    expect(lab.query({ type: 'hostVms', host: 'Demo2' })).toEqual(demo2Before);
    expect(eventsOf(lab, 'Demo1').some((event) => event.eventId === 21501)).toBe(true);
  });

  test('preconditions name the field and the rule, and change nothing', () => {
    const lab = roleLab({ online: false });
    expect(refused(lab, { type: 'migrationStart', cluster: 'Cluster1', role: 'VM1', migrationType: 'live', node: 'Demo2' })).toMatchObject({ code: 'migration.not_running', errors: { role: expect.any(String) } });
    ok(lab, { type: 'clusterRoleAction', cluster: 'Cluster1', role: 'VM1', action: 'start' });
    lab.advance(10_000);
    expect(refused(lab, { type: 'migrationStart', cluster: 'Cluster1', role: 'VM1', migrationType: 'teleport' })).toMatchObject({ errors: { migrationType: expect.any(String) } });
    expect(refused(lab, { type: 'migrationStart', cluster: 'Cluster1', role: 'VM1', migrationType: 'live', node: 'Demo1' })).toMatchObject({ code: 'cluster.already_owner' });
    ok(lab, { type: 'setNicLink', host: 'Demo2', nic: 'Private', linkUp: false });
    ok(lab, { type: 'setNicLink', host: 'Demo2', nic: 'Public', linkUp: false });
    ok(lab, { type: 'setNicLink', host: 'Demo2', nic: 'iSCSI', linkUp: false });
    expect(refused(lab, { type: 'migrationStart', cluster: 'Cluster1', role: 'VM1', migrationType: 'live', node: 'Demo2' }).errors).toHaveProperty('node');
  });
});
