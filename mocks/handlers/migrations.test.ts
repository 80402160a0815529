// Contract of the migration routes: POST /clusters/{name}/roles/{role}/move (+ ?validate=only) →
// { migrationId }, GET /migrations and /migrations/{id}, GET|PUT /clusters/{name}/migration-settings
// (+ ?validate=only), POST /migrations/{id}/cancel. Answers are the engine's reads; every refusal
// changes nothing. The lab: Cluster1 on Demo1 and Demo2 with Hyper-V and Volume1 a CSV, the role
// VM1 (512 MB, idle) Online on Demo1 (through the host).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { VM_START_MS } from '../../src/domain/hyperv';
import { SETUP_MS, SWITCH_OVER_DEFAULT_MS } from '../../src/domain/migration';
import { labHost, server } from '../node';
import { api } from '../starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from '../test-support';
import { csvVmLab } from './clusters-test-support';

const MOVE = '/api/v1/clusters/Cluster1/roles/VM1/move';
const SETTINGS = '/api/v1/clusters/Cluster1/migration-settings';
/** An idle 512 MB machine over 1 GbE: setup, one pass, the switch-over. */
const IDLE_LIVE_MS = SETUP_MS + Math.ceil((512 * 2 ** 20 * 1000) / 125_000_000) + SWITCH_OVER_DEFAULT_MS;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await csvVmLab();
  await api.call('createClusterRole', { params: { name: 'Cluster1' }, body: { roleType: 'VirtualMachine', vms: [{ host: 'Demo1', vm: 'VM1' }] } });
  await api.call('clusterRoleAction', { params: { name: 'Cluster1', role: 'VM1' }, body: { action: 'start' } });
  await labHost.advance(VM_START_MS);
});

describe('move a role', () => {
  test('live: validate only changes nothing; the move answers 202 with the id; the migration ends Completed on Demo2', async () => {
    const before = await getLab();
    expect(await (await send('POST', `${MOVE}?validate=only`, { node: 'Demo2', migrationType: 'live' })).json()).toEqual({ valid: true, warnings: {} });
    expect(await getLab()).toEqual(before);
    const moved = await send('POST', MOVE, { node: 'Demo2', migrationType: 'live' });
    expect(moved.status).toBe(202);
    const { migrationId, migration } = (await moved.json()) as { migrationId: string; migration: { state: string } };
    expect(migration.state).toBe('Running');
    await labHost.advance(IDLE_LIVE_MS);
    const done = await api.call('getMigration', { params: { id: migrationId } });
    expect(done).toMatchObject({ state: 'Completed', phase: 'gratuitous-arp', totalMs: IDLE_LIVE_MS, downtimeMs: SWITCH_OVER_DEFAULT_MS, clientsKeptConnection: true, passes: [{ bytesDirtied: 0 }] });
    expect(await api.call('listMigrations', {})).toMatchObject({ migrations: [{ id: migrationId }] });
    expect(await api.call('getClusterRole', { params: { name: 'Cluster1', role: 'VM1' } })).toMatchObject({ ownerNode: 'Demo2', state: 'Online' });
  });

  test('quick to the best possible node; an unknown type, node or body, or a migration already running, are refused and change nothing', async () => {
    await expectRefusedUnchanged(() => send('POST', MOVE, { migrationType: 'teleport' }), 422, 'migration.invalid_type');
    await expectRefusedUnchanged(() => send('POST', MOVE, { node: 'Demo9', migrationType: 'live' }), 404, 'cluster.node_not_found');
    await expectRefusedUnchanged(() => send('POST', MOVE, { node: 'Demo2', migrationType: 'live', colour: 'blue' }), 400, 'request.invalid_body');
    const { migrationId } = await api.call('moveClusterRole', { params: { name: 'Cluster1', role: 'VM1' }, body: { migrationType: 'quick' } });
    expect(await api.call('getMigration', { params: { id: migrationId } })).toMatchObject({ type: 'quick', destination: 'Demo2', bestPossibleNode: true, phase: 'save-state' });
    await expectRefusedUnchanged(() => send('POST', MOVE, { node: 'Demo2', migrationType: 'live' }), 409, 'migration.in_progress');
    await expectRefusedUnchanged(() => send('GET', '/api/v1/migrations/mig-9999'), 404, 'migration.not_found');
  });

  test('cancel: a running live migration stops, the machine stays on Demo1', async () => {
    const { migrationId } = await api.call('moveClusterRole', { params: { name: 'Cluster1', role: 'VM1' }, body: { node: 'Demo2', migrationType: 'live' } });
    await labHost.advance(1_000);
    expect(await api.call('cancelMigration', { params: { id: migrationId } })).toMatchObject({ state: 'Cancelled', reason: expect.any(String) });
    await expectRefusedUnchanged(() => send('POST', `/api/v1/migrations/${migrationId}/cancel`), 409, 'migration.ended');
    expect(await api.call('getClusterRole', { params: { name: 'Cluster1', role: 'VM1' } })).toMatchObject({ ownerNode: 'Demo1', state: 'Online' });
  });
});

describe('migration settings', () => {
  test('defaults of 2008 R2; a change answers the settings; bad values name the field and change nothing', async () => {
    expect(await api.call('getMigrationSettings', { params: { name: 'Cluster1' } })).toMatchObject({
      downtimeTargetMs: 300,
      tcpTimeoutMs: 20_000,
      simultaneousLiveMigrations: 1,
      passLimit: 10,
      networkOrder: ['Cluster Network 1', 'Cluster Network 2', 'Cluster Network 3'],
      networkOrderIsDefault: true,
      simultaneousConfigurable: false,
    });
    const before = await getLab();
    expect(await (await send('PUT', `${SETTINGS}?validate=only`, { downtimeTargetMs: 100 })).json()).toEqual({ valid: true, warnings: {} });
    expect(await getLab()).toEqual(before);
    expect(await api.call('setMigrationSettings', { params: { name: 'Cluster1' }, body: { downtimeTargetMs: 100, networkOrder: ['Cluster Network 3'] } })).toMatchObject({ downtimeTargetMs: 100, networkOrder: ['Cluster Network 3'], networkOrderIsDefault: false });
    const bad = await expectRefusedUnchanged(() => send('PUT', SETTINGS, { tcpTimeoutMs: -1 }), 422, 'migration.invalid_tcp_timeout');
    expect(bad.errors).toHaveProperty('tcpTimeoutMs');
    await expectRefusedUnchanged(() => send('PUT', SETTINGS, { networkOrder: ['Nowhere'] }), 422, 'migration.unknown_network');
    await expectRefusedUnchanged(() => send('PUT', SETTINGS, { simultaneousLiveMigrations: 4 }), 422, 'migration.simultaneous_fixed');
  });
});
