// Contract of GET|POST|DELETE /api/v1/hosts/{name}/features (Server Manager's roles and features).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createApiClient } from '../src/api/client';
import { resetLab, server } from './node';
import { expectRefusedUnchanged, getLab, ORIGIN, send } from './test-support';

const api = createApiClient({ baseUrl: ORIGIN });
const FEATURES = '/api/v1/hosts/Demo1/features';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
});

const stateOf = (view: { features: { id: string; state: string }[] }, id: string) => view.features.find((feature) => feature.id === id)?.state;

describe('GET /api/v1/hosts/{name}/features', () => {
  test('lists the catalogue with what each server has: AD DS and DNS on the DC', async () => {
    const dc = await api.call('getHostFeatures', { params: { name: 'SWS-DC' } });
    expect(dc.features.filter((feature) => feature.state === 'installed').map((feature) => feature.name)).toEqual(['Active Directory Domain Services', 'DNS Server']);
    const demo1 = await api.call('getHostFeatures', { params: { name: 'demo1' } });
    expect(demo1).toMatchObject({ host: 'Demo1', hyperVSuitable: true, restartPending: false });
    expect(demo1.features.find((feature) => feature.id === 'Multipath-IO')).toMatchObject({ name: 'Multipath I/O', kind: 'feature', state: 'available', restartRequired: true });
  });

  test('an unknown server is a 404', async () => {
    await expectRefusedUnchanged(() => send('GET', '/api/v1/hosts/Nowhere/features'), 404, 'host.not_found');
  });
});

describe('POST /api/v1/hosts/{name}/features', () => {
  test('installs; Multipath I/O stays restart pending until a restart through the power route', async () => {
    const before = await getLab();
    const answer = await api.call('installHostFeatures', { params: { name: 'Demo1' }, body: { features: ['Failover-Clustering', 'Multipath-IO'] } });
    expect(answer).toMatchObject({ host: 'Demo1', restartRequired: true, restartPending: true });
    expect(answer.version).toBe(before.version + 1);
    expect(stateOf(answer, 'Failover-Clustering')).toBe('installed');
    expect(stateOf(answer, 'Multipath-IO')).toBe('install-pending');

    await api.call('powerHost', { params: { name: 'Demo1' }, body: { action: 'restart' } });
    await api.call('advanceClock', { body: { ms: 200_000 } });
    const after = await api.call('getHostFeatures', { params: { name: 'Demo1' } });
    expect(stateOf(after, 'Multipath-IO')).toBe('installed');
    expect(after.restartPending).toBe(false);
  });

  test('?validate=only checks without installing', async () => {
    const before = await getLab();
    expect(await api.call('validateHostFeatures', { params: { name: 'Demo1' }, body: { features: ['Hyper-V'] } })).toEqual({ valid: true, warnings: {} });
    expect(await getLab()).toEqual(before);
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/SWS-Store1/features?validate=only', { features: ['Hyper-V'] }), 409, 'features.hyperv_unsuitable');
    expect(Object.keys(problem.errors ?? {})).toEqual(['features.0']);
  });

  test('every refusal is a problem with its field, and leaves the lab unchanged', async () => {
    await api.call('installHostFeatures', { params: { name: 'Demo1' }, body: { features: ['Failover-Clustering'] } });
    const already = await expectRefusedUnchanged(() => send('POST', FEATURES, { features: ['Hyper-V', 'Failover-Clustering'] }), 409, 'features.already_installed');
    expect(already.errors).toEqual({ 'features.1': 'Failover Clustering is already installed on Demo1.' });
    await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/SWS-DC/features', { features: ['Hyper-V'] }), 409, 'features.hyperv_unsuitable');
    await expectRefusedUnchanged(() => send('POST', FEATURES, { features: [] }), 422, 'features.none_selected');
    await expectRefusedUnchanged(() => send('POST', FEATURES, { features: ['Telnet-Client'] }), 422, 'features.unknown');
    await expectRefusedUnchanged(() => send('POST', FEATURES, { features: 'Hyper-V' }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('POST', `${FEATURES}?validate=maybe`, { features: ['Hyper-V'] }), 400, 'request.invalid_query');
    await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Nowhere/features', { features: ['Hyper-V'] }), 404, 'host.not_found');
    await api.call('powerHost', { params: { name: 'Demo2' }, body: { action: 'off' } });
    const off = await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Demo2/features', { features: ['Hyper-V'] }), 409, 'features.host_not_running');
    expect(off.errors).toEqual({ host: 'Demo2 is off; roles and features can be changed only while it is running.' });
  });
});

describe('DELETE /api/v1/hosts/{name}/features', () => {
  test('removes at once what needs no restart; refuses what is not installed or holds the domain', async () => {
    await api.call('installHostFeatures', { params: { name: 'Demo1' }, body: { features: ['Failover-Clustering'] } });
    expect(await api.call('validateRemoveHostFeatures', { params: { name: 'Demo1' }, body: { features: ['Failover-Clustering'] } })).toEqual({ valid: true, warnings: {} });
    const removed = await api.call('removeHostFeatures', { params: { name: 'Demo1' }, body: { features: ['Failover-Clustering'] } });
    expect(removed).toMatchObject({ restartRequired: false, restartPending: false });
    expect(stateOf(removed, 'Failover-Clustering')).toBe('available');
    await expectRefusedUnchanged(() => send('DELETE', FEATURES, { features: ['Failover-Clustering'] }), 409, 'features.not_installed');
    await expectRefusedUnchanged(() => send('DELETE', '/api/v1/hosts/SWS-DC/features', { features: ['AD-Domain-Services'] }), 409, 'features.required');
  });
});
