// Contract of the MPIO and Disk Management routes: GET|PUT /hosts/{name}/mpio, GET /hosts/{name}/disks,
// PUT /hosts/{name}/disks/{number}, GET|PUT /hosts/{name}/disks/{number}/mpio, over the seed lab
// with HA1 on both storage servers and Demo1 connected to both of its targets.
import { describe, expect, test } from 'vitest';
import { api, STORE1, STORE2, withHa1Lab } from './starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from './test-support';

const T1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const T2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';
const DEMO1 = '/api/v1/hosts/Demo1';

withHa1Lab();

/** Restart through the power route and let the boot complete (simulated time). */
async function restart(): Promise<void> {
  await api.call('powerHost', { params: { name: 'Demo1' }, body: { action: 'restart' } });
  await api.call('advanceClock', { body: { ms: 300_000 } });
  expect((await api.call('getHost', { params: { name: 'Demo1' } })).powerState).toBe('on');
}

async function connectBoth(): Promise<void> {
  await api.call('setIscsi', { params: { name: 'Demo1' }, body: { startService: true } });
  await api.call('addIscsiPortal', { params: { name: 'Demo1' }, body: { address: STORE1.iscsiIp } });
  await api.call('addIscsiPortal', { params: { name: 'Demo1' }, body: { address: STORE2.iscsiIp } });
  await api.call('connectIscsiTarget', { params: { name: 'Demo1', iqn: T1 }, body: { multipath: true } });
  await api.call('connectIscsiTarget', { params: { name: 'Demo1', iqn: T2 }, body: { multipath: true } });
}

describe('GET|PUT /api/v1/hosts/{name}/mpio', () => {
  test('the claim needs Multipath I/O; it answers restart required and one disk per LUN after the restart', async () => {
    expect(await api.call('getMpio', { params: { name: 'Demo1' } })).toEqual({ host: 'Demo1', iscsiClaimed: false, claimPending: false, featureInstalled: false, deviceIds: [], pendingDeviceIds: null, hardwareIds: [] });
    const missing = await expectRefusedUnchanged(() => send('PUT', `${DEMO1}/mpio`, { iscsiClaimed: true }), 409, 'mpio.feature_missing');
    expect(missing.errors).toHaveProperty('iscsiClaimed');
    await expectRefusedUnchanged(() => send('PUT', `${DEMO1}/mpio`, { iscsiClaimed: 'yes' }), 400, /./);
    await api.call('installHostFeatures', { params: { name: 'Demo1' }, body: { features: ['Multipath-IO'] } });
    await restart();
    await connectBoth();
    const before = (await api.call('listDisks', { params: { name: 'Demo1' } })).disks;
    expect(before.map((disk) => [disk.name, disk.state, disk.paths.length])).toEqual([['Disk 0', 'Online', 0], ['Disk 1', 'Offline', 1], ['Disk 2', 'Offline', 1]]);
    const valid = await send('PUT', `${DEMO1}/mpio?validate=only`, { iscsiClaimed: true });
    expect(await valid.json()).toMatchObject({ valid: true });
    const answer = await api.call('setMpio', { params: { name: 'Demo1' }, body: { iscsiClaimed: true } });
    expect(answer).toMatchObject({ iscsiClaimed: false, claimPending: true, restartRequired: true, featureInstalled: true });
    const badId = await expectRefusedUnchanged(() => send('PUT', `${DEMO1}/mpio`, { deviceIds: ['DELL'] }), 422, 'mpio.device_id');
    expect(badId.errors).toHaveProperty(['deviceIds.0']);
    expect(await api.call('setMpio', { params: { name: 'Demo1' }, body: { deviceIds: ['DELL    MD32xxi'] } })).toMatchObject({ pendingDeviceIds: ['DELL    MD32xxi'], restartRequired: true });
    await restart();
    const after = (await api.call('listDisks', { params: { name: 'Demo1' } })).disks;
    expect(after.map((disk) => [disk.name, disk.multipath, disk.policy, disk.paths.map((path) => path.state)])).toEqual([
      ['Disk 0', false, null, []],
      ['Disk 1', true, 'round-robin', ['Active/Optimized', 'Active/Optimized']],
    ]);
  });

  test('an unknown server is a 404', async () => {
    await expectRefusedUnchanged(() => send('GET', '/api/v1/hosts/Nowhere/disks'), 404, 'host.not_found');
    await expectRefusedUnchanged(() => send('PUT', '/api/v1/hosts/Nowhere/mpio', { iscsiClaimed: true }), 404, 'host.not_found');
  });
});

describe('PUT /api/v1/hosts/{name}/disks/{number} and its MPIO tab', () => {
  test('Online, Initialize Disk, New Simple Volume; refusals name the field and change nothing', async () => {
    await api.call('installHostFeatures', { params: { name: 'Demo1' }, body: { features: ['Multipath-IO'] } });
    await restart();
    await connectBoth();
    await api.call('setMpio', { params: { name: 'Demo1' }, body: { iscsiClaimed: true } });
    await restart();
    const offline = await expectRefusedUnchanged(() => send('PUT', `${DEMO1}/disks/1`, { partitionStyle: 'GPT' }), 409, 'disk.offline');
    expect(offline.errors).toHaveProperty('partitionStyle');
    await expectRefusedUnchanged(() => send('PUT', `${DEMO1}/disks/9`, { online: true }), 404, 'disk.not_found');
    await expectRefusedUnchanged(() => send('PUT', `${DEMO1}/disks/one`, { online: true }), 404, 'disk.not_found');
    const before = await getLab();
    const disk = await api.call('setDisk', { params: { name: 'Demo1', number: '1' }, body: { online: true, partitionStyle: 'GPT', volume: { driveLetter: 'Q', label: 'Quorum' } } });
    expect(disk).toMatchObject({ number: 1, state: 'Online', partitionStyle: 'GPT', volumes: [{ driveLetter: 'Q', label: 'Quorum', fileSystem: 'NTFS', sizeBytes: disk.sizeBytes, quickFormat: true }] });
    expect(disk.version).toBe(before.version + 1);
    const full = await expectRefusedUnchanged(() => send('PUT', `${DEMO1}/disks/1`, { volume: { sizeBytes: 1 } }), 422, 'volume.size');
    expect(full.errors).toHaveProperty(['volume.sizeBytes']);

    const tab = await api.call('getDiskMpio', { params: { name: 'Demo1', number: '1' } });
    expect(tab.policy).toBe('round-robin');
    const [p1, p2] = tab.paths.map((path) => `${path.initiatorAddress}->${path.portal}`) as [string, string];
    await expectRefusedUnchanged(() => send('PUT', `${DEMO1}/disks/1/mpio`, { policy: 'fail-over-only', paths: [{ path: p1, standby: true }, { path: p2, standby: true }] }), 409, 'mpio.no_active_path');
    const weight = await expectRefusedUnchanged(() => send('PUT', `${DEMO1}/disks/1/mpio`, { policy: 'weighted-paths', paths: [{ path: p1, weight: 1.5 }] }), 422, 'mpio.weight');
    expect(weight.errors).toHaveProperty(['paths.0.weight']);
    const set = await api.call('setDiskMpio', { params: { name: 'Demo1', number: '1' }, body: { policy: 'fail-over-only', paths: [{ path: p2, standby: true }] } });
    expect(set.paths.map((path) => path.state)).toEqual(['Active/Optimized', 'Standby']);
  });
});
