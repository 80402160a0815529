// Contract of the role routes: GET|POST /clusters/{name}/roles (+ ?validate=only), GET
// /clusters/{name}/role-candidates, GET|PUT /clusters/{name}/roles/{role} and POST
// .../roles/{role}/actions. Answers are the engine's reads; every refusal changes nothing. The lab:
// Cluster1 on Demo1 and Demo2 with Hyper-V and Volume1 a CSV, VM1 stored on it (through the host).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { VM_START_MS } from '../../src/domain/hyperv';
import { labHost, server } from '../node';
import { api } from '../starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from '../test-support';
import { csvVmLab } from './clusters-test-support';

const ROLES = '/api/v1/clusters/Cluster1/roles';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await csvVmLab();
  await api.call('createVm', { params: { name: 'Demo2' }, body: { name: 'Local' } });
});

describe('Configure a Service or Application', () => {
  test('candidates with their reasons; validate only changes nothing; create answers the Offline role (201); the list shows it', async () => {
    const { candidates } = await api.call('listClusterRoleCandidates', { params: { name: 'cluster1' } });
    expect(candidates.map((each) => [each.vm, each.notEligible === null])).toEqual([
      ['VM1', true],
      ['Local', false],
    ]);
    const before = await getLab();
    const body = { roleType: 'VirtualMachine', vms: [{ host: 'Demo1', vm: 'VM1' }] };
    expect(await (await send('POST', `${ROLES}?validate=only`, body)).json()).toEqual({ valid: true, warnings: {} });
    expect(await getLab()).toEqual(before);
    const created = await send('POST', ROLES, body);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ roles: [{ name: 'VM1', state: 'Offline', ownerNode: 'Demo1' }], version: before.version + 1 });
    expect(await api.call('listClusterRoles', { params: { name: 'Cluster1' } })).toEqual({ roles: [{ name: 'VM1', type: 'VirtualMachine', state: 'Offline', ownerNode: 'Demo1' }] });
  });

  test('a machine not on cluster storage, a bad body, an unknown cluster or role are refused and change nothing', async () => {
    const local = await expectRefusedUnchanged(() => send('POST', ROLES, { roleType: 'VirtualMachine', vms: [{ host: 'Demo2', vm: 'Local' }] }), 409, 'cluster.vm_not_eligible');
    expect(local.errors?.vms).toContain("'Local'");
    await expectRefusedUnchanged(() => send('POST', `${ROLES}?validate=only`, { roleType: 'VirtualMachine', vms: [{ host: 'Demo2', vm: 'Local' }] }), 409, 'cluster.vm_not_eligible');
    await expectRefusedUnchanged(() => send('POST', ROLES, { roleType: 'VirtualMachine', vms: [], colour: 'blue' }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('GET', '/api/v1/clusters/Nowhere/roles'), 404, 'cluster.not_found');
    await expectRefusedUnchanged(() => send('GET', `${ROLES}/Ghost`), 404, 'cluster.role_not_found');
  });
});

describe('a role: properties and actions', () => {
  beforeEach(() => api.call('createClusterRole', { params: { name: 'Cluster1' }, body: { roleType: 'VirtualMachine', vms: [{ host: 'Demo1', vm: 'VM1' }] } }));

  test('Bring online: Pending, then Online once the machine runs; Move: to Demo2; Take offline', async () => {
    const started = await api.call('clusterRoleAction', { params: { name: 'Cluster1', role: 'vm1' }, body: { action: 'start' } });
    expect(started).toMatchObject({ state: 'Pending', pending: { action: 'start' } });
    await labHost.advance(VM_START_MS);
    expect(await api.call('getClusterRole', { params: { name: 'Cluster1', role: 'VM1' } })).toMatchObject({ state: 'Online', ownerNode: 'Demo1' });
    const checked = await send('POST', `${ROLES}/VM1/actions?validate=only`, { action: 'move', node: 'Demo2' });
    expect(await checked.json()).toEqual({ valid: true, warnings: {} });
    expect(await api.call('clusterRoleAction', { params: { name: 'Cluster1', role: 'VM1' }, body: { action: 'move', node: 'Demo2' } })).toMatchObject({ state: 'Pending', pending: { action: 'move', targetNode: 'Demo2' } });
    await labHost.advance(60_000);
    expect(await api.call('getClusterRole', { params: { name: 'Cluster1', role: 'VM1' } })).toMatchObject({ state: 'Online', ownerNode: 'Demo2' });
    await expectRefusedUnchanged(() => send('POST', `${ROLES}/VM1/actions`, { action: 'move', node: 'Demo2' }), 409, 'cluster.already_owner');
    await api.call('clusterRoleAction', { params: { name: 'Cluster1', role: 'VM1' }, body: { action: 'stop' } });
    await labHost.advance(60_000);
    expect(await api.call('getClusterRole', { params: { name: 'Cluster1', role: 'VM1' } })).toMatchObject({ state: 'Offline' });
  });

  test('properties: preferred owners, failover and failback; out-of-range values name their field and change nothing', async () => {
    const set = await api.call('setClusterRole', {
      params: { name: 'Cluster1', role: 'VM1' },
      body: { preferredOwners: ['demo2', 'Demo1'], failoverThreshold: 2, failoverPeriodHours: 1, failback: { mode: 'allow', window: { startHour: 22, endHour: 6 } } },
    });
    expect(set).toMatchObject({ preferredOwners: ['Demo2', 'Demo1'], failoverThreshold: 2, failoverPeriodHours: 1, failback: { mode: 'allow', window: { startHour: 22, endHour: 6 } } });
    const twice = await expectRefusedUnchanged(() => send('PUT', `${ROLES}/VM1`, { preferredOwners: ['Demo1', 'demo1'] }), 422, 'cluster.duplicate_preferred_owner');
    expect(twice.errors).toHaveProperty('preferredOwners');
    await expectRefusedUnchanged(() => send('PUT', `${ROLES}/VM1?validate=only`, { failoverPeriodHours: 1194 }), 422, 'cluster.invalid_failover_period');
    const hour = await expectRefusedUnchanged(() => send('PUT', `${ROLES}/VM1`, { failback: { mode: 'allow', window: { startHour: 24, endHour: 1 } } }), 422, 'cluster.invalid_failback_window');
    expect(hour.errors).toHaveProperty(['failback.window.startHour']);
    await expectRefusedUnchanged(() => send('POST', `${ROLES}/VM1/actions`, { action: 'dance' }), 422, 'cluster.invalid_role_action');
  });
});
