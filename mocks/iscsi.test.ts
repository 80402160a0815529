// Contract of the iSCSI Initiator routes: GET|PUT /hosts/{name}/iscsi, portals, targets (connect,
// disconnect, quick connect) and sessions, over the seed lab with HA1 on both storage servers.
import { describe, expect, test } from 'vitest';
import { RECONNECT_RETRY_INTERVAL_MS } from '../src/domain/iscsi';
import { labHost } from './node';
import { api, STORE1, STORE2, withHa1Lab } from './starwind-test-support';
import { expectProblem, expectRefusedUnchanged, getLab, send } from './test-support';

const T1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const T2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';
const ISCSI = '/api/v1/hosts/Demo1/iscsi';
const connectPath = (iqn: string, host = 'Demo1') => `/api/v1/hosts/${host}/iscsi/targets/${encodeURIComponent(iqn)}/connect`;

withHa1Lab();

async function started(host = 'Demo1'): Promise<void> {
  await api.call('setIscsi', { params: { name: host }, body: { startService: true } });
}

describe('GET|PUT /api/v1/hosts/{name}/iscsi', () => {
  test('stopped until the first open is answered Yes; the default name; a new name is checked by RFC 3720', async () => {
    expect(await api.call('getIscsi', { params: { name: 'Demo1' } })).toMatchObject({ host: 'Demo1', serviceStarted: false, serviceRunning: false, initiatorName: 'iqn.1991-05.com.microsoft:demo1.sws.com' });
    const problem = await expectRefusedUnchanged(() => send('PUT', ISCSI, { startService: true, initiatorName: 'iqn.1991-05.com.microsoft:' }), 422, 'iscsi.invalid_name');
    expect(problem.errors).toHaveProperty('initiatorName');
    const answer = await api.call('setIscsi', { params: { name: 'Demo1' }, body: { startService: true, initiatorName: 'iqn.1991-05.com.microsoft:node-a' } });
    expect(answer).toMatchObject({ serviceStarted: true, serviceRunning: true, initiatorName: 'iqn.1991-05.com.microsoft:node-a' });
    await expectRefusedUnchanged(() => send('PUT', ISCSI, { initiatorName: 'IQN.1991-05.com.microsoft:Upper' }), 422, 'iscsi.invalid_name');
  });

  test('an unknown server is a 404', async () => {
    await expectRefusedUnchanged(() => send('GET', '/api/v1/hosts/Nowhere/iscsi'), 404, 'host.not_found');
  });
});

describe('portals', () => {
  test('discovery is refused while the service is stopped, and when no target answers; a StarWind server returns its targets', async () => {
    await expectRefusedUnchanged(() => send('POST', `${ISCSI}/portals`, { address: STORE1.iscsiIp }), 409, 'iscsi.service_stopped');
    await started();
    const unreachable = await expectRefusedUnchanged(() => send('POST', `${ISCSI}/portals`, { address: '172.30.100.99' }), 409, 'iscsi.unreachable');
    expect(unreachable.errors?.address).toMatch(/^Connection Failed\./);
    await expectRefusedUnchanged(() => send('POST', `${ISCSI}/portals`, { address: '172.30.100.32' }), 409, 'iscsi.no_target_service');
    const answer = await api.call('addIscsiPortal', { params: { name: 'Demo1' }, body: { address: STORE1.iscsiIp } });
    expect(answer.portals).toEqual([{ address: STORE1.iscsiIp, port: 3260, initiatorAddress: null, chap: null, server: 'SWS-Store1' }]);
    expect(answer.targets.map((target) => [target.iqn, target.status])).toEqual([[T1, 'inactive']]);
    await expectRefusedUnchanged(() => send('POST', `${ISCSI}/portals`, { address: STORE1.iscsiIp }), 409, 'iscsi.portal_exists');
    await api.call('removeIscsiPortal', { params: { name: 'Demo1' }, body: { address: STORE1.iscsiIp } });
    expect((await api.call('listIscsiPortals', { params: { name: 'Demo1' } })).portals).toEqual([]);
  });

  test('?validate=only checks without adding; CHAP secrets are checked, and never logged or exported in clear', async () => {
    await started();
    const before = await getLab();
    const valid = await send('POST', `${ISCSI}/portals?validate=only`, { address: STORE2.iscsiIp });
    expect(await valid.json()).toMatchObject({ valid: true });
    expect(await getLab()).toEqual(before);
    const short = await expectRefusedUnchanged(() => send('POST', `${ISCSI}/portals`, { address: STORE2.iscsiIp, chap: { name: 'demo1', secret: 'short' } }), 422, 'iscsi.invalid_chap');
    expect(short.errors).toHaveProperty(['chap.secret']);
    await expectRefusedUnchanged(() => send('POST', `${ISCSI}/portals?validate=only`, { address: STORE2.iscsiIp, chap: { name: 'demo1', secret: 'twelve-chars', mutualSecret: 'twelve-chars' } }), 422, 'iscsi.invalid_chap');
    const answer = await api.call('addIscsiPortal', { params: { name: 'Demo1' }, body: { address: STORE2.iscsiIp, chap: { name: 'demo1', secret: 'twelve-chars' } } });
    expect(answer.portals[0]!.chap).toEqual({ name: 'demo1', mutual: false });
    expect(JSON.stringify(await labHost.commandLog())).not.toContain('twelve-chars');
    expect(JSON.stringify(await (await send('GET', '/api/v1/lab/export')).json())).not.toContain('twelve-chars');
  });
});

describe('targets and sessions', () => {
  test('Connect logs on (a favorite by default), the StarWind target lists the initiator, Disconnect logs off', async () => {
    await started();
    await api.call('addIscsiPortal', { params: { name: 'Demo1' }, body: { address: STORE1.iscsiIp } });
    await expectRefusedUnchanged(() => send('POST', connectPath('iqn.2008-08.com.example:none'), {}), 404, 'iscsi.target_not_found');
    const connected = await api.call('connectIscsiTarget', { params: { name: 'Demo1', iqn: T1 }, body: { multipath: true } });
    expect(connected.target).toMatchObject({ iqn: T1, status: 'connected', favorite: true, sessions: 1 });
    expect(connected.sessions).toMatchObject([{ iqn: T1, initiatorAddress: '172.30.100.31', portal: '172.30.100.21:3260', state: 'connected' }]);
    await expectRefusedUnchanged(() => send('POST', connectPath(T1), {}), 409, 'iscsi.already_logged_in');
    const targets = await api.call('listStarWindTargets', { params: { host: STORE1.name } });
    expect(targets.targets[0]!.initiators).toEqual([{ initiator: 'iqn.1991-05.com.microsoft:demo1.sws.com', sessions: 1 }]);
    const sessions = await api.call('listIscsiSessions', { params: { name: 'Demo1' } });
    expect(sessions.sessions).toHaveLength(1);
    const off = await api.call('disconnectIscsiTarget', { params: { name: 'Demo1', iqn: T1 } });
    expect(off.target.status).toBe('inactive');
    await expectRefusedUnchanged(() => send('POST', `/api/v1/hosts/Demo1/iscsi/targets/${encodeURIComponent(T1)}/disconnect`), 409, 'iscsi.not_connected');
  });

  test('a pulled cable shows the target Reconnecting; it is Connected again at the retry after the cable returns', async () => {
    await started();
    await api.call('addIscsiPortal', { params: { name: 'Demo1' }, body: { address: STORE2.iscsiIp } });
    await api.call('connectIscsiTarget', { params: { name: 'Demo1', iqn: T2 }, body: {} });
    await api.call('setNic', { params: { name: STORE2.name, nic: 'iSCSI' }, body: { linkUp: false } });
    const cut = await api.call('listIscsiTargets', { params: { name: 'Demo1' } });
    expect(cut.targets[0]).toMatchObject({ iqn: T2, status: 'reconnecting' });
    await api.call('setNic', { params: { name: STORE2.name, nic: 'iSCSI' }, body: { linkUp: true } });
    await api.call('advanceClock', { body: { ms: RECONNECT_RETRY_INTERVAL_MS } });
    const back = await api.call('listIscsiSessions', { params: { name: 'Demo1' } });
    expect(back.sessions).toMatchObject([{ iqn: T2, state: 'connected' }]);
  });

  test('Connect ?validate=only changes nothing; a bad body is a 400', async () => {
    await started();
    await api.call('addIscsiPortal', { params: { name: 'Demo1' }, body: { address: STORE1.iscsiIp } });
    const before = await getLab();
    expect(await (await send('POST', `${connectPath(T1)}?validate=only`, { multipath: true })).json()).toMatchObject({ valid: true });
    expect(await getLab()).toEqual(before);
    await expectProblem(await send('POST', connectPath(T1), { multipath: 'yes' }), 400, 'request.invalid_body');
  });

  test('Quick Connect discovers and logs on; it refuses a target that needs CHAP', async () => {
    await started();
    const answer = await api.call('quickConnectIscsi', { params: { name: 'Demo1' }, body: { address: STORE1.iscsiIp } });
    expect(answer.targets).toMatchObject([{ iqn: T1, status: 'connected', favorite: true }]);
    await started('Demo2');
    await api.call('addIscsiPortal', { params: { name: 'Demo2' }, body: { address: STORE2.iscsiIp, chap: { name: 'demo2', secret: 'twelve-chars' } } });
    await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Demo2/iscsi/quick-connect', { address: STORE2.iscsiIp }), 409, 'iscsi.chap_required');
    await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Demo2/iscsi/quick-connect?validate=only', { address: STORE2.iscsiIp }), 409, 'iscsi.chap_required');
    const withChap = await api.call('connectIscsiTarget', { params: { name: 'Demo2', iqn: T2 }, body: { chap: { name: 'demo2', secret: 'twelve-chars' } } });
    expect(withChap.target).toMatchObject({ iqn: T2, status: 'connected', chapRequired: true });
  });
});
