// Contract of the StarWind target and device routes: Add Target with `?validate=only` (every field
// rule, nothing changed), HA1 / HA1Partner created and synchronized, the device view, actions,
// writes and removal.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { HaDeviceView, StarWindDeviceView } from '../src/api/types';
import { BYTES_PER_TIB } from '../src/domain/units';
import { resetLab, server } from './node';
import { api, consoleWithBothStores, ha1Request, SIZE_1_GIB, STORE1, STORE2, type CreateDeviceBody } from './starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from './test-support';

const DEVICES_OF = (host: string) => `/api/v1/starwind/servers/${host}/devices`;
const VALIDATE_ON_STORE1 = `${DEVICES_OF(STORE1.name)}?validate=only`;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
  await consoleWithBothStores();
});

function asHa<T extends StarWindDeviceView>(answer: T): Extract<T, { kind: 'ha' }> {
  if (answer.kind !== 'ha') throw new Error(`expected an HA device, got ${answer.kind} ${answer.id}`);
  return answer as Extract<T, { kind: 'ha' }>;
}

async function createHa1(body: CreateDeviceBody = ha1Request()): Promise<HaDeviceView & { version: number }> {
  return asHa(await api.call('createStarWindDevice', { params: { host: STORE1.name }, body }));
}

async function getHa(id: string): Promise<HaDeviceView> {
  return asHa(await api.call('getStarWindDevice', { params: { id } }));
}

/** A refused `?validate=only` of this body: its problem, with nothing changed. */
async function refusedValidation(body: unknown, status: number, code: string) {
  return expectRefusedUnchanged(() => send('POST', VALIDATE_ON_STORE1, body), status, code);
}

describe('POST /api/v1/starwind/servers/{host}/devices?validate=only', () => {
  test('a good HA request is valid, without warnings, and changes nothing', async () => {
    const before = await getLab();
    expect(await api.call('validateStarWindDevice', { params: { host: STORE1.name }, body: ha1Request() })).toEqual({ valid: true, warnings: {} });
    expect(await getLab()).toEqual(before);
    expect((await api.call('listStarWindTargets', { params: { host: STORE1.name } })).targets).toEqual([]);
  });

  test('sync and heartbeat on one address are allowed, with a warning', async () => {
    const body = ha1Request({}, { heartbeatLocalIp: STORE1.iscsiIp, heartbeatPartnerIp: STORE2.iscsiIp });
    const before = await getLab();
    const answer = await api.call('validateStarWindDevice', { params: { host: STORE1.name }, body });
    expect(answer.valid).toBe(true);
    expect(answer.warnings).toEqual({ 'ha.heartbeatLocalIp': expect.stringContaining('single point of failure') });
    expect(await getLab()).toEqual(before);
  });

  test('a bad IQN is refused on its field', async () => {
    const upper = await refusedValidation(ha1Request({ targetName: 'iqn.2008-08.com.starwindsoftware:SWS-Store1-HA1' }), 422, 'starwind.invalid_target_name');
    expect(upper.errors?.targetName).toMatch(/lower case/);
    const partner = await refusedValidation(ha1Request({}, { partnerTargetName: 'starwind:ha1partner' }), 422, 'starwind.invalid_target_name');
    expect(partner.errors?.['ha.partnerTargetName']).toBeTruthy();
  });

  test('a duplicate alias or target name is refused on its field', async () => {
    await createHa1();
    const alias = await refusedValidation(ha1Request({ targetName: 'iqn.2008-08.com.starwindsoftware:sws-store1-ha2' }, { partnerTargetAlias: 'HA2Partner', partnerTargetName: 'iqn.2008-08.com.starwindsoftware:sws-store2-ha2partner' }), 409, 'starwind.alias_taken');
    expect(Object.keys(alias.errors ?? {})).toContain('targetAlias');
    const name = await refusedValidation(ha1Request({ targetAlias: 'HA2' }, { partnerTargetAlias: 'HA2Partner', partnerTargetName: 'iqn.2008-08.com.starwindsoftware:sws-store2-ha2partner' }), 409, 'starwind.target_name_taken');
    expect(Object.keys(name.errors ?? {})).toContain('targetName');
  });

  test('a size of zero, or larger than the free space of the volume, is refused on sizeBytes', async () => {
    expect(Object.keys((await refusedValidation(ha1Request({ sizeBytes: 0 }), 422, 'starwind.invalid_size')).errors ?? {})).toContain('sizeBytes');
    expect(Object.keys((await refusedValidation(ha1Request({ sizeBytes: 3 * BYTES_PER_TIB }), 422, 'starwind.insufficient_space')).errors ?? {})).toContain('sizeBytes');
  });

  test('the partner equal to the local server is refused on the partner address', async () => {
    for (const partnerAddress of [STORE1.name, STORE1.publicIp]) {
      const problem = await refusedValidation(ha1Request({}, { partnerAddress }), 422, 'starwind.partner_is_local');
      expect(Object.keys(problem.errors ?? {})).toContain('ha.partnerAddress');
    }
  });

  test('wrong partner credentials are refused on the partner login fields', async () => {
    const problem = await refusedValidation(ha1Request({}, { partnerPassword: 'wrong' }), 422, 'starwind.bad_credentials');
    expect(Object.keys(problem.errors ?? {})).toEqual(['ha.partnerPassword']);
  });

  test('an unreachable partner is refused on the partner address', async () => {
    await api.call('powerHost', { params: { name: STORE2.name }, body: { action: 'off' } });
    await api.call('advanceClock', { body: { ms: 60_000 } });
    const problem = await refusedValidation(ha1Request(), 409, 'starwind.partner_unreachable');
    expect(Object.keys(problem.errors ?? {})).toContain('ha.partnerAddress');
  });

  test('a sync address the partner cannot reach is refused on its field', async () => {
    await api.call('setNic', { params: { name: STORE2.name, nic: 'iSCSI' }, body: { linkUp: false } });
    const problem = await refusedValidation(ha1Request(), 409, 'starwind.address_unreachable');
    expect(Object.keys(problem.errors ?? {})).toContain('ha.syncPartnerIp');
  });

  test('an image file that does not exist, without Create new, is refused on the image', async () => {
    const problem = await refusedValidation(ha1Request({ image: { folder: 'My Computer\\D\\HA', fileName: 'HA1.img', createNew: false } }), 409, 'starwind.image_not_found');
    expect(problem.errors?.['image.fileName']).toContain('Create new');
  });

  test('a body of the wrong shape is a 400 naming each field', async () => {
    const body = { ...ha1Request(), sizeBytes: 1.5, sectorSizeBytes: 1024, cacheMode: 'fast', colour: 'red' };
    const problem = await expectRefusedUnchanged(() => send('POST', VALIDATE_ON_STORE1, body), 400, 'request.invalid_body');
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(['cacheMode', 'colour', 'sectorSizeBytes', 'sizeBytes']);
    const nested = ha1Request({}, { partnerPort: 0, initMethod: 'sometimes' as never });
    const nestedProblem = await expectRefusedUnchanged(() => send('POST', DEVICES_OF(STORE1.name), nested), 400, 'request.invalid_body');
    expect(Object.keys(nestedProblem.errors ?? {}).sort()).toEqual(['ha.initMethod', 'ha.partnerPort']);
    const { ha: _ha, ...withoutHa } = ha1Request();
    const missing = await expectRefusedUnchanged(() => send('POST', VALIDATE_ON_STORE1, withoutHa), 400, 'request.invalid_body');
    expect(Object.keys(missing.errors ?? {})).toEqual(['ha']);
    const plainWithHa = { ...ha1Request(), deviceType: 'image-file' };
    expect(Object.keys((await expectRefusedUnchanged(() => send('POST', VALIDATE_ON_STORE1, plainWithHa), 400, 'request.invalid_body')).errors ?? {})).toEqual(['ha']);
    await expectRefusedUnchanged(() => send('POST', `${DEVICES_OF(STORE1.name)}?validate=yes`, ha1Request()), 400, 'request.invalid_query');
  });

  test('a server not in the console is a 404; one not logged in to a 409', async () => {
    await api.call('disconnectStarWindServer', { params: { host: STORE1.name } });
    await expectRefusedUnchanged(() => send('POST', VALIDATE_ON_STORE1, ha1Request()), 409, 'starwind.not_connected');
    await expectRefusedUnchanged(() => send('POST', `${DEVICES_OF('Demo1')}?validate=only`, ha1Request()), 404, 'starwind.server_not_found');
  });
});

describe('POST /api/v1/starwind/servers/{host}/devices: HA1 / HA1Partner', () => {
  test('creates both sides; the view shows the initial sync in progress, then Synchronized', async () => {
    const before = await getLab();
    const created = await createHa1();
    expect(created.version).toBeGreaterThan(before.version);
    expect(created.version).toBe((await getLab()).version);
    expect(created).toMatchObject({ kind: 'ha', sizeBytes: SIZE_1_GIB, failoverStrategy: 'heartbeat', cacheMode: 'write-back' });
    expect(created.sides.map((side) => [side.host, side.targetAlias, side.iqn, side.priority])).toEqual([
      [STORE1.name, 'HA1', 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1', 'primary'],
      [STORE2.name, 'HA1Partner', 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner', 'secondary'],
    ]);
    expect(created.sides[0].syncChannels).toEqual([expect.objectContaining({ localIp: STORE1.iscsiIp, partnerIp: STORE2.iscsiIp })]);
    expect(created.sides[1].heartbeatChannels).toEqual([expect.objectContaining({ localIp: STORE2.publicIp, partnerIp: STORE1.publicIp })]);

    // 1 GiB over 1 GbE takes about 8.6 s: after 4 s the receiving side is part way.
    await api.call('advanceClock', { body: { ms: 4000 } });
    const syncing = await getHa(created.id);
    const receiving = syncing.sides.find((side) => side.syncState === 'synchronizing');
    expect(receiving).toBeDefined();
    expect(receiving!.percent).toBeGreaterThan(0);
    expect(receiving!.percent).toBeLessThan(100);
    expect(receiving!.bytesLeftBytes).toBeGreaterThan(0);
    expect(receiving!.bytesLeftBytes).toBeLessThan(SIZE_1_GIB);
    expect(syncing.syncProgress).toMatchObject({ percent: receiving!.percent, bytesLeftBytes: receiving!.bytesLeftBytes });

    await api.call('advanceClock', { body: { ms: 10_000 } });
    const synced = await getHa(created.id);
    expect(synced.sides.map((side) => [side.syncState, side.percent, side.bytesLeftBytes])).toEqual([
      ['synchronized', 100, 0],
      ['synchronized', 100, 0],
    ]);
    expect(synced.sync).toBeNull();
    expect(synced.syncProgress).toBeNull();
    expect(synced.lastSync).toMatchObject({ bytesMoved: SIZE_1_GIB, completed: true });
  });

  test("each server lists its own target and device; a replica's device id answers the pair", async () => {
    const created = await createHa1();
    const { targets } = await api.call('listStarWindTargets', { params: { host: STORE1.name } });
    expect(targets.map((target) => [target.alias, target.iqn])).toEqual([['HA1', 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1']]);
    const partnerTargets = (await api.call('listStarWindTargets', { params: { host: STORE2.name } })).targets;
    expect(partnerTargets.map((target) => target.alias)).toEqual(['HA1Partner']);
    const { devices } = await api.call('listStarWindDevices', { params: { host: STORE2.name } });
    expect(devices).toHaveLength(1);
    expect(devices[0]).toMatchObject({ host: STORE2.name, kind: 'ha', haDeviceId: created.id, sizeBytes: SIZE_1_GIB });
    const pair = await api.call('getStarWindDevice', { params: { id: devices[0]!.id } });
    expect(pair).toMatchObject({ kind: 'ha', id: created.id });
  });

  test('a plain image file device is created on its own server', async () => {
    const { ha: _ha, ...body } = ha1Request({ targetAlias: 'Img1', targetName: 'iqn.2008-08.com.starwindsoftware:sws-store1-img1', deviceType: 'image-file', image: { folder: 'My Computer\\D\\Images', fileName: 'Img1.img', createNew: true } });
    const created = await api.call('createStarWindDevice', { params: { host: STORE1.name }, body });
    expect(created).toMatchObject({ kind: 'image-file', device: { host: STORE1.name, kind: 'image-file', haDeviceId: null }, target: { alias: 'Img1' } });
    expect(created.version).toBe((await getLab()).version);
    expect(await api.call('getStarWindDevice', { params: { id: created.id } })).toMatchObject({ kind: 'image-file', id: created.id });
    expect((await api.call('listStarWindDevices', { params: { host: STORE2.name } })).devices).toEqual([]);
  });

  test('a refused create changes nothing', async () => {
    await expectRefusedUnchanged(() => send('POST', DEVICES_OF(STORE1.name), ha1Request({ sizeBytes: 0 })), 422, 'starwind.invalid_size');
    await expectRefusedUnchanged(() => send('POST', DEVICES_OF(STORE1.name), { targetAlias: 'HA1' }), 400, 'request.invalid_body');
  });
});

describe('GET|DELETE /api/v1/starwind/devices/{id}, actions and writes', () => {
  test('an unknown device is a 404 on every route', async () => {
    await expectRefusedUnchanged(() => send('GET', '/api/v1/starwind/devices/ha-9999'), 404, 'starwind.device_not_found');
    await expectRefusedUnchanged(() => send('DELETE', '/api/v1/starwind/devices/ha-9999'), 404, 'starwind.device_not_found');
    await expectRefusedUnchanged(() => send('POST', '/api/v1/starwind/devices/ha-9999/actions', { action: 'synchronize', side: 1 }), 404, 'starwind.device_not_found');
    await expectRefusedUnchanged(() => send('POST', '/api/v1/starwind/devices/ha-9999/writes', { side: 0, offsetBytes: 0, lengthBytes: 4096, count: 1 }), 404, 'starwind.device_not_found');
  });

  test('maintenance mode on and off', async () => {
    const { id } = await createHa1();
    await api.call('advanceClock', { body: { ms: 10_000 } });
    const on = await api.call('starwindDeviceAction', { params: { id }, body: { action: 'maintenance-on', side: 0 } });
    expect(asHa(on).sides[0].maintenance).toBe(true);
    expect(on.version).toBe((await getLab()).version);
    const off = await api.call('starwindDeviceAction', { params: { id }, body: { action: 'maintenance-off', side: 0 } });
    expect(asHa(off).sides[0].maintenance).toBe(false);
    // Nothing to synchronize on a synchronized pair: the lab's state forbids it now.
    await expectRefusedUnchanged(() => send('POST', `/api/v1/starwind/devices/${id}/actions`, { action: 'synchronize', side: 1 }), 409, 'starwind.already_synchronized');
  });

  test('the split-brain policy: priority by default, set at creation or by the set-split-brain-policy action', async () => {
    const { id } = await createHa1();
    expect((await getHa(id)).splitBrainWinner).toBe('priority');
    const set = asHa(await api.call('starwindDeviceAction', { params: { id }, body: { action: 'set-split-brain-policy', side: 0, policy: 'most-recent-writes' } }));
    expect(set).toMatchObject({ splitBrainWinner: 'most-recent-writes', splitBrainWarning: null });
    await expectRefusedUnchanged(() => send('POST', `/api/v1/starwind/devices/${id}/actions`, { action: 'set-split-brain-policy', side: 0, policy: 'newest' }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('POST', `/api/v1/starwind/devices/${id}/actions`, { action: 'set-split-brain-policy', side: 0 }), 422, 'starwind.invalid_split_brain_policy');
    const request = ha1Request();
    const second = await api.call('createStarWindDevice', {
      params: { host: STORE1.name },
      body: { ...request, targetAlias: 'HA2', targetName: `${request.targetName}2`, image: { ...request.image, fileName: 'ha2.img' }, ha: { ...request.ha!, partnerTargetAlias: 'HA2Partner', partnerTargetName: `${request.ha!.partnerTargetName}2`, partnerImage: { ...request.ha!.partnerImage, fileName: 'ha2.img' }, splitBrainWinner: 'most-recent-writes' } },
    });
    expect(asHa(second).splitBrainWinner).toBe('most-recent-writes');
  });

  test('a partner shut down: writes go to the survivor; the fast sync then copies only what changed', async () => {
    const { id } = await createHa1();
    await api.call('advanceClock', { body: { ms: 10_000 } });
    await api.call('powerHost', { params: { name: STORE2.name }, body: { action: 'shutdown' } });
    await api.call('advanceClock', { body: { ms: 120_000 } });
    const written = await api.call('writeStarWindDevice', { params: { id }, body: { side: 0, offsetBytes: 0, lengthBytes: 4096, count: 10 } });
    expect(written.version).toBe((await getLab()).version);
    const alone = asHa(written);
    expect(alone.sides[1].syncState).toBe('not-synchronized');
    expect(alone.sides[1].bytesLeftBytes).toBeGreaterThanOrEqual(10 * 4096);
    await api.call('powerHost', { params: { name: STORE2.name }, body: { action: 'on' } });
    await api.call('advanceClock', { body: { ms: 300_000 } });
    let device = await getHa(id);
    if (device.sides[1].syncState === 'not-synchronized') {
      await api.call('starwindDeviceAction', { params: { id }, body: { action: 'synchronize', side: 1 } });
      await api.call('advanceClock', { body: { ms: 60_000 } });
      device = await getHa(id);
    }
    expect(device.sides.map((side) => side.syncState)).toEqual(['synchronized', 'synchronized']);
    expect(device.lastSync).toMatchObject({ type: 'fast', bytesMoved: 10 * 4096, completed: true });
  });

  test('after a blackout: Mark as synchronized on one side, then Synchronize copies the whole device to the other', async () => {
    const { id } = await createHa1(ha1Request({}, { initMethod: 'do-not-synchronize' }));
    expect((await getHa(id)).sides.map((side) => side.syncState)).toEqual(['synchronized', 'synchronized']);
    const synced = `/api/v1/starwind/devices/${id}/actions`;
    await expectRefusedUnchanged(() => send('POST', synced, { action: 'mark-synchronized', side: 0 }), 409, 'starwind.already_synchronized');
    for (const name of [STORE1.name, STORE2.name]) await api.call('powerHost', { params: { name }, body: { action: 'off' } });
    await api.call('advanceClock', { body: { ms: 10_000 } });
    for (const name of [STORE1.name, STORE2.name]) await api.call('powerHost', { params: { name }, body: { action: 'on' } });
    await api.call('advanceClock', { body: { ms: 300_000 } });
    expect((await getHa(id)).sides.map((side) => side.syncState)).toEqual(['not-synchronized', 'not-synchronized']);
    const marked = asHa(await api.call('starwindDeviceAction', { params: { id }, body: { action: 'mark-synchronized', side: 0 } }));
    expect(marked.sides[0].syncState).toBe('synchronized');
    expect(marked.version).toBe((await getLab()).version);
    let device = await getHa(id);
    if (device.sync === null && device.sides[1].syncState !== 'synchronized') {
      await api.call('starwindDeviceAction', { params: { id }, body: { action: 'synchronize', side: 1 } });
    }
    await api.call('advanceClock', { body: { ms: 60_000 } });
    device = await getHa(id);
    expect(device.sides.map((side) => side.syncState)).toEqual(['synchronized', 'synchronized']);
    expect(device.lastSync).toMatchObject({ type: 'full', sourceSide: 0, bytesMoved: SIZE_1_GIB, completed: true });
  });

  test('a wrong action or write body is a 400 naming each field', async () => {
    const { id } = await createHa1();
    const action = await expectRefusedUnchanged(() => send('POST', `/api/v1/starwind/devices/${id}/actions`, { action: 'defragment', side: 2 }), 400, 'request.invalid_body');
    expect(Object.keys(action.errors ?? {}).sort()).toEqual(['action', 'side']);
    const write = await expectRefusedUnchanged(
      () => send('POST', `/api/v1/starwind/devices/${id}/writes`, { side: 0, offsetBytes: -1, lengthBytes: 0, count: 1.5 }),
      400,
      'request.invalid_body',
    );
    expect(Object.keys(write.errors ?? {}).sort()).toEqual(['count', 'lengthBytes', 'offsetBytes']);
  });

  test('a write past the end of the device is refused', async () => {
    const { id } = await createHa1();
    await expectRefusedUnchanged(
      () => send('POST', `/api/v1/starwind/devices/${id}/writes`, { side: 0, offsetBytes: SIZE_1_GIB, lengthBytes: 4096, count: 1 }),
      422,
      'starwind.write_out_of_range',
    );
  });

  test('DELETE removes both sides and their targets', async () => {
    const { id } = await createHa1();
    const removed = await api.call('removeStarWindDevice', { params: { id } });
    expect(removed).toEqual({ id, version: (await getLab()).version });
    await expectRefusedUnchanged(() => send('GET', `/api/v1/starwind/devices/${id}`), 404, 'starwind.device_not_found');
    for (const host of [STORE1.name, STORE2.name]) {
      expect((await api.call('listStarWindTargets', { params: { host } })).targets).toEqual([]);
      expect((await api.call('listStarWindDevices', { params: { host } })).devices).toEqual([]);
    }
  });
});
