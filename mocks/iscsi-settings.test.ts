// Contract of the iSCSI Initiator's settings: PUT /iscsi with the initiator CHAP secret and
// `?validate=only`, the RADIUS servers, the devices of connected targets and the Volume List.
import { describe, expect, test } from 'vitest';
import { labHost } from './node';
import { api, STORE1, STORE2, withHa1Lab } from './starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from './test-support';

const T1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const T2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';
const ISCSI = '/api/v1/hosts/Demo1/iscsi';
const params = { name: 'Demo1' };

withHa1Lab();

const started = () => api.call('setIscsi', { params, body: { startService: true } });

/** Demo1 logged on to both HA1 targets (a disk per path before the MPIO claim); Disk 1 has volume E:. */
async function connected(): Promise<void> {
  await started();
  await api.call('addIscsiPortal', { params, body: { address: STORE1.iscsiIp } });
  await api.call('addIscsiPortal', { params, body: { address: STORE2.iscsiIp } });
  await api.call('connectIscsiTarget', { params: { name: 'Demo1', iqn: T1 }, body: { multipath: true } });
  await api.call('connectIscsiTarget', { params: { name: 'Demo1', iqn: T2 }, body: { multipath: true } });
  await api.call('setDisk', { params: { name: 'Demo1', number: '1' }, body: { online: true, partitionStyle: 'MBR', volume: { driveLetter: 'E', label: 'Quorum' } } });
}

describe('PUT /api/v1/hosts/{name}/iscsi', () => {
  test('?validate=only asks the engine for the initiator name and changes nothing', async () => {
    await started();
    const valid = await send('PUT', `${ISCSI}?validate=only`, { initiatorName: 'iqn.1991-05.com.microsoft:node-a' });
    expect(await valid.json()).toMatchObject({ valid: true });
    const bad = await expectRefusedUnchanged(() => send('PUT', `${ISCSI}?validate=only`, { initiatorName: 'IQN.1991-05.com.microsoft:Upper' }), 422, 'iscsi.invalid_name');
    expect(bad.errors).toHaveProperty('initiatorName');
    expect((await api.call('getIscsi', { params })).initiatorName).toBe('iqn.1991-05.com.microsoft:demo1.sws.com');
    // The engine's own rules, not only the name's syntax: no rename while sessions are open.
    await api.call('addIscsiPortal', { params, body: { address: STORE1.iscsiIp } });
    await api.call('connectIscsiTarget', { params: { name: 'Demo1', iqn: T1 }, body: {} });
    await expectRefusedUnchanged(() => send('PUT', `${ISCSI}?validate=only`, { initiatorName: 'iqn.1991-05.com.microsoft:node-a' }), 409, 'iscsi.sessions_open');
  });

  test('the initiator CHAP secret: 12–16 characters, sealed, never answered; a refused part changes nothing', async () => {
    await started();
    const short = await expectRefusedUnchanged(() => send('PUT', ISCSI, { chapSecret: 'short' }), 422, 'iscsi.invalid_chap');
    expect(short.errors).toHaveProperty('chapSecret');
    await expectRefusedUnchanged(() => send('PUT', ISCSI, { initiatorName: 'iqn.1991-05.com.microsoft:node-a', chapSecret: 'short' }), 422, 'iscsi.invalid_chap');
    const answer = await api.call('setIscsi', { params, body: { chapSecret: 'initiator-1234' } });
    expect(answer).toMatchObject({ chapSecretSet: true });
    expect(JSON.stringify(answer)).not.toContain('initiator-1234');
    expect(JSON.stringify(await labHost.commandLog())).not.toContain('initiator-1234');
    expect(JSON.stringify(await (await send('GET', '/api/v1/lab/export')).json())).not.toContain('initiator-1234');
    expect(await api.call('setIscsi', { params, body: { chapSecret: '' } })).toMatchObject({ chapSecretSet: false });
  });

  test('the service stopped: the name and the secret are refused unless the same request starts it', async () => {
    await expectRefusedUnchanged(() => send('PUT', ISCSI, { chapSecret: 'initiator-1234' }), 409, 'iscsi.service_stopped');
    await expectRefusedUnchanged(() => send('PUT', ISCSI, { startService: true, chapSecret: 'short' }), 422, 'iscsi.invalid_chap');
    expect(await api.call('setIscsi', { params, body: { startService: true, chapSecret: 'initiator-1234' } })).toMatchObject({ serviceRunning: true, chapSecretSet: true });
  });
});

describe('RADIUS servers', () => {
  test('added (port 1812 by default) with a sealed secret, listed without it, removed', async () => {
    await started();
    const valid = await send('POST', `${ISCSI}/radius?validate=only`, { address: '10.10.10.5', secret: 'radius-shared' });
    expect(await valid.json()).toMatchObject({ valid: true });
    const added = await api.call('addIscsiRadius', { params, body: { address: '10.10.10.5', secret: 'radius-shared' } });
    expect(added.servers).toEqual([{ address: '10.10.10.5', port: 1812 }]);
    expect(JSON.stringify(await labHost.commandLog())).not.toContain('radius-shared');
    expect(JSON.stringify(await (await send('GET', '/api/v1/lab/export')).json())).not.toContain('radius-shared');
    expect((await api.call('listIscsiRadius', { params })).servers).toEqual([{ address: '10.10.10.5', port: 1812 }]);
    await expectRefusedUnchanged(() => send('POST', `${ISCSI}/radius`, { address: '10.10.10.5', secret: 'x' }), 409, 'iscsi.radius_exists');
    const bad = await expectRefusedUnchanged(() => send('POST', `${ISCSI}/radius?validate=only`, { address: '300.1.1.1', secret: '' }), 422, 'iscsi.invalid_radius_secret');
    expect(bad.errors).toHaveProperty('secret');
    await expectRefusedUnchanged(() => send('POST', `${ISCSI}/radius`, { address: '300.1.1.1', secret: 'x' }), 422, 'iscsi.invalid_radius_address');
    await expectRefusedUnchanged(() => send('POST', `${ISCSI}/radius`, { address: '10.10.10.6', port: 70000, secret: 'x' }), 400, /./);
    expect((await api.call('removeIscsiRadius', { params, body: { address: '10.10.10.5' } })).servers).toEqual([]);
    await expectRefusedUnchanged(() => send('DELETE', `${ISCSI}/radius`, { address: '10.10.10.5' }), 404, 'iscsi.radius_not_found');
  });
});

describe('devices and the Volume List', () => {
  test('the devices of connected targets, with their disk numbers and addresses', async () => {
    await connected();
    const { devices } = await api.call('listIscsiDevices', { params });
    expect(devices.map((device) => [device.name, device.address, device.target, device.volumes])).toEqual([
      ['Disk 1', 'Port 2: Bus 0: Target 0: LUN 0', T1, ['E:\\']],
      ['Disk 2', 'Port 2: Bus 0: Target 1: LUN 0', T2, []],
    ]);
    const disks = await api.call('listDisks', { params });
    expect(disks.disks.filter((disk) => disk.kind === 'iscsi').map((disk) => disk.number)).toEqual(devices.map((device) => device.diskNumber));
  });

  test('Auto Configure binds them; Add checks the path, Remove and Clear take entries out; refusals change nothing', async () => {
    await expectRefusedUnchanged(() => send('POST', `${ISCSI}/volumes/auto-configure`), 409, 'iscsi.service_stopped');
    await connected();
    const { devices } = await api.call('listIscsiDevices', { params });
    const auto = await api.call('autoConfigureIscsiVolumes', { params });
    expect(auto.volumes).toEqual(['E:\\', devices[1]!.devicePath]);
    await expectRefusedUnchanged(() => send('POST', `${ISCSI}/volumes?validate=only`, { path: 'E:' }), 409, 'iscsi.volume_bound');
    const bad = await expectRefusedUnchanged(() => send('POST', `${ISCSI}/volumes`, { path: 'E' }), 422, 'iscsi.invalid_volume_path');
    expect(bad.errors).toHaveProperty('path');
    await expectRefusedUnchanged(() => send('POST', `${ISCSI}/volumes`, { path: 'Z:' }), 409, 'iscsi.volume_not_found');
    const before = await getLab();
    expect(await (await send('POST', `${ISCSI}/volumes?validate=only`, { path: 'E:\\Cluster' })).json()).toMatchObject({ valid: true });
    expect(await getLab()).toEqual(before);
    expect((await api.call('bindIscsiVolume', { params, body: { path: 'E:\\Cluster' } })).volumes).toContain('E:\\Cluster\\');
    expect((await api.call('unbindIscsiVolume', { params, body: { path: 'e:' } })).volumes).toEqual([devices[1]!.devicePath, 'E:\\Cluster\\']);
    await expectRefusedUnchanged(() => send('DELETE', `${ISCSI}/volumes`, { path: 'E:' }), 404, 'iscsi.volume_not_bound');
    expect((await api.call('clearIscsiVolumes', { params })).volumes).toEqual([]);
    expect((await api.call('listIscsiVolumes', { params })).volumes).toEqual([]);
  });
});
