import { describe, expect, test } from 'vitest';
import { BYTES_PER_GIB, BYTES_PER_MIB, BYTES_PER_TIB } from '../../../domain/units';
import { createLab } from '../../lab';
import { hostOf } from '../../testing/lab-helpers';
import { consoleLab, createHa, haRequest, haView, ok, STORE1, STORE2, starwindEvents, type RequestOverrides } from '../../testing/starwind-helpers';
import type { Lab } from '../../types';

const create = (lab: Lab, overrides: RequestOverrides = {}, server: string = STORE1.name) => lab.dispatch({ type: 'starwindCreateDevice', server, request: haRequest(overrides) });

function refusal(lab: Lab, overrides: RequestOverrides) {
  const before = [lab.hash(), lab.version()];
  const result = create(lab, overrides);
  expect([lab.hash(), lab.version()]).toEqual(before);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

const IQN1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const IQN2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';

describe('starwindCreateDevice: HA1 / HA1Partner (seed document steps 4–16)', () => {
  test('creates both sides, logs ID_274 / ID_269 / ID_777, and starts the initial sync', () => {
    const lab = consoleLab({ seed: 5 });
    lab.advance(1_000);
    const freeBefore = hostOf(lab, STORE1.name).volumes[1]!.freeBytes;
    const id = createHa(lab);
    expect(id).toBe('ha-0001');
    const view = haView(lab, id);
    expect(view.sides.map((side) => [side.host, side.targetAlias, side.iqn, side.deviceName, side.priority, side.syncState, side.partnerAlive])).toEqual([
      [STORE1.name, 'HA1', IQN1, 'HAImage1', 'primary', 'synchronized', true],
      [STORE2.name, 'HA1Partner', IQN2, 'HAImage1', 'secondary', 'synchronizing', true],
    ]);
    expect(view.sides[0].syncChannels).toEqual([{ localIp: STORE1.iscsiIp, partnerIp: STORE2.iscsiIp, up: true }]);
    expect(view.sides[1].heartbeatChannels).toEqual([{ localIp: STORE2.publicIp, partnerIp: STORE1.publicIp, up: true }]);
    expect(view.sync).toMatchObject({ type: 'initial', sourceSide: 0, targetSide: 1, startedMs: 1_000, totalBytes: BYTES_PER_GIB, rateBytesPerS: 125_000_000 });
    expect(view.syncProgress).toMatchObject({ percent: 0, bytesLeftBytes: BYTES_PER_GIB });
    expect(hostOf(lab, STORE1.name).volumes[1]!.freeBytes).toBe(freeBefore - BYTES_PER_GIB);
    const targets = lab.query({ type: 'starwindTargets', host: STORE1.name });
    expect(targets.ok && targets.value.targets).toEqual([{ id: 'target-0001', host: STORE1.name, alias: 'HA1', iqn: IQN1, deviceIds: ['device-0001'], clustered: true, portals: ['172.30.100.21:3260'], initiators: [] }]);
    expect(starwindEvents(lab, STORE1.name).slice(1).map((event) => `${event.eventId} ${event.message}`)).toEqual([
      '274 Device added HAImage1.',
      `269 Target added ${IQN1}, attached devices HAImage1.`,
      `777 HA Device ${IQN1}: synchronization connection IP ${STORE2.iscsiIp} with partner node ${IQN2} established.`,
      `777 HA Device ${IQN1}: heartbeat connection IP ${STORE2.publicIp} with partner node ${IQN2} established.`,
      `769 HA Device ${IQN1}: partner node ${IQN2} state has changed to "Synchronizing".`,
    ]);
    lab.advance(4_295);
    expect(haView(lab, id).syncProgress).toMatchObject({ percent: 50, timeLeftMs: 4_295 });
    lab.advance(4_295);
    const done = haView(lab, id);
    expect(done.sides.map((side) => side.syncState)).toEqual(['synchronized', 'synchronized']);
    expect(done.lastSync).toEqual({ type: 'initial', sourceSide: 0, bytesMoved: BYTES_PER_GIB, startedMs: 1_000, finishedMs: 1_000 + 8_590, completed: true });
    expect(starwindEvents(lab, STORE1.name).at(-1)!.message).toBe(`HA Device ${IQN1}: partner node ${IQN2} state has changed to "Synchronized".`);
  });

  test.each([
    ['do-not-synchronize', ['synchronized', 'synchronized'], null],
    ['sync-from-partner', ['synchronizing', 'synchronized'], 1],
    ['sync-from-local', ['synchronized', 'synchronizing'], 0],
  ] as const)('initMethod %s', (initMethod, states, source) => {
    const lab = consoleLab();
    const id = createHa(lab, { ha: { initMethod } });
    const view = haView(lab, id);
    expect(view.sides.map((side) => side.syncState)).toEqual(states);
    expect(view.sync?.sourceSide ?? null).toBe(source);
  });

  test('the quorum device (1024 MB) and a VM storage device: numbered HAImage1, HAImage2', () => {
    const lab = consoleLab();
    createHa(lab, { targetAlias: 'Quorum', sizeBytes: 1024 * BYTES_PER_MIB });
    const id = createHa(lab, { targetAlias: 'VMStorage', sizeBytes: 500 * BYTES_PER_GIB });
    expect(haView(lab, id).sides.map((side) => side.deviceName)).toEqual(['HAImage2', 'HAImage2']);
  });

  test('a plain image-file device: a target, no partner; removal keeps the image file', () => {
    const lab = consoleLab();
    ok(lab, { type: 'starwindCreateDevice', server: STORE1.name, request: haRequest({ targetAlias: 'img1', deviceType: 'image-file', ha: null }) });
    const devices = lab.query({ type: 'starwindDevices', host: STORE1.name });
    const device = devices.ok ? devices.value.devices[0]! : undefined;
    expect(device).toMatchObject({ name: 'ImageFile1', kind: 'image-file', haDeviceId: null, imageFileName: 'img1.img' });
    expect(lab.dispatch({ type: 'starwindWriteBlocks', device: device!.id, side: 0, offsetBytes: 0, lengthBytes: 8192, count: 2 })).toMatchObject({ ok: true });
    const view = lab.query({ type: 'starwindDevice', id: device!.id });
    expect(view.ok && view.value.kind === 'image-file' && view.value.writtenBytes).toBe(16_384);
    ok(lab, { type: 'starwindRemoveDevice', device: device!.id });
    expect(starwindEvents(lab, STORE1.name).slice(-2).map((event) => event.message)).toEqual(['Target removed iqn.2008-08.com.starwindsoftware:sws-store1-img1.', 'Device removed ImageFile1.']);
    const files = lab.query({ type: 'starwindImageFiles', host: STORE1.name });
    expect(files.ok && files.value.files).toEqual([{ folder: 'My Computer\\D\\HA', fileName: 'img1.img', volume: 'D', sizeBytes: BYTES_PER_GIB }]);
    // The file stays: Create new is refused, using it works.
    expect(refusal(lab, { targetAlias: 'img1', deviceType: 'image-file', ha: null }).errors).toEqual({ 'image.fileName': expect.stringContaining('already exists on SWS-Store1') });
    ok(lab, { type: 'starwindCreateDevice', server: STORE1.name, request: haRequest({ targetAlias: 'img1', deviceType: 'image-file', ha: null, image: { createNew: false } }) });
  });

  test('Remove device removes both sides (HA pair) and its timers; image files stay', () => {
    const lab = consoleLab();
    const id = createHa(lab);
    ok(lab, { type: 'starwindRemoveDevice', device: id });
    expect(lab.nextDueMs()).toBeNull();
    for (const host of [STORE1.name, STORE2.name]) {
      const targets = lab.query({ type: 'starwindTargets', host });
      expect(targets.ok && targets.value.targets).toEqual([]);
    }
    expect(lab.query({ type: 'starwindDevice', id })).toMatchObject({ ok: false, error: { code: 'starwind.device_not_found' } });
    expect(refusal(lab, {}).code).toBe('starwind.image_exists');
    expect(create(lab, { image: { createNew: false }, ha: { partnerImage: { folder: 'My Computer\\D\\HA', fileName: 'ha1.img', createNew: false } } })).toMatchObject({ ok: true });
  });
});

describe('starwindCreateDevice: every check', () => {
  test('the server must be in the console and connected', () => {
    const lab = createLab();
    expect(create(lab)).toMatchObject({ ok: false, error: { code: 'starwind.server_not_found', kind: 'not_found', errors: { server: expect.any(String) } } });
    ok(lab, { type: 'starwindAddServer', address: STORE1.name, port: 3261 });
    expect(create(lab)).toMatchObject({ ok: false, error: { code: 'starwind.not_connected', kind: 'conflict' } });
  });

  test.each<[string, RequestOverrides, string, string, RegExp]>([
    ['empty alias', { targetAlias: '' }, 'starwind.invalid_alias', 'targetAlias', /Enter a target alias/],
    ['bad alias', { targetAlias: '-x' }, 'starwind.invalid_alias', 'targetAlias', /starts with a letter or digit/],
    ['bad IQN', { targetName: 'iqn.2008-08.com.Starwind:x' }, 'starwind.invalid_target_name', 'targetName', /lower case/],
    ['IQN with spaces', { targetName: 'iqn.2008-08.com.starwind:a b' }, 'starwind.invalid_target_name', 'targetName', /spaces/],
    ['size zero', { sizeBytes: 0 }, 'starwind.invalid_size', 'sizeBytes', /greater than zero/],
    ['size not whole sectors', { sizeBytes: 1000 }, 'starwind.invalid_size', 'sizeBytes', /512-byte sectors/],
    ['size not whole 4K sectors', { sizeBytes: 512 * 3, sectorSizeBytes: 4096 }, 'starwind.invalid_size', 'sizeBytes', /4096-byte sectors/],
    ['larger than the volume', { sizeBytes: 3 * BYTES_PER_TIB }, 'starwind.insufficient_space', 'sizeBytes', /Drive D: of SWS-Store1 has only/],
    // 2^32 blocks of 4 KiB: one more than the block state holds (extent-map-tree.ts).
    ['past the largest device', { sizeBytes: 16 * BYTES_PER_TIB }, 'starwind.invalid_size', 'sizeBytes', /at most 17592186040320 bytes/],
    ['bad sector size', { sectorSizeBytes: 1024 as 512 }, 'starwind.invalid_sector_size', 'sectorSizeBytes', /512 or 4096/],
    ['bad cache mode', { cacheMode: 'fast' as 'none' }, 'starwind.invalid_cache_mode', 'cacheMode', /write-back/],
    ['cache without size', { cacheMode: 'write-back', cacheSizeMb: 0 }, 'starwind.invalid_cache_size', 'cacheSizeMb', /at least 1 MB/],
    ['other target type', { targetType: 'tape' as 'hard-disk' }, 'starwind.unsupported_target_type', 'targetType', /Hard Disk/],
    ['bad folder', { image: { folder: 'D:\\HA' } }, 'starwind.invalid_folder', 'image.folder', /My Computer/],
    ['missing drive', { image: { folder: 'My Computer\\E\\HA' } }, 'starwind.no_such_drive', 'image.folder', /SWS-Store1 has no drive E:/],
    ['bad file name', { image: { fileName: 'a:b.img' } }, 'starwind.invalid_file_name', 'image.fileName', /cannot contain/],
    ['existing file missing', { image: { createNew: false } }, 'starwind.image_not_found', 'image.fileName', /There is no file My Computer\\D\\HA\\ha1.img on SWS-Store1/],
    ['partner is the local server', { ha: { partnerAddress: STORE1.publicIp } }, 'starwind.partner_is_local', 'ha.partnerAddress', /^The partner must be another server.$/],
    ['partner unknown', { ha: { partnerAddress: 'SWS-Store7' } }, 'starwind.partner_unreachable', 'ha.partnerAddress', /cannot connect to the server/],
    ['partner without StarWind', { ha: { partnerAddress: 'Demo1' } }, 'starwind.no_service', 'ha.partnerAddress', /not a StarWind server/],
    ['partner wrong port', { ha: { partnerPort: 3262 } }, 'starwind.no_service', 'ha.partnerPort', /3261/],
    ['partner wrong password', { ha: { partnerPassword: 'x' } }, 'starwind.bad_credentials', 'ha.partnerPassword', /SWS-Store2: The user name or password is incorrect/],
    ['partner alias', { ha: { partnerTargetAlias: '' } }, 'starwind.invalid_alias', 'ha.partnerTargetAlias', /Enter a target alias/],
    ['partner IQN', { ha: { partnerTargetName: 'eui.12' } }, 'starwind.invalid_target_name', 'ha.partnerTargetName', /EUI/],
    ['partner IQN same as local', { ha: { partnerTargetName: IQN1 } }, 'starwind.target_name_taken', 'ha.partnerTargetName', /name of its own/],
    ['partner file missing', { ha: { partnerImage: { folder: 'My Computer\\D\\HA', fileName: 'x.img', createNew: false } } }, 'starwind.image_not_found', 'ha.partnerImage.fileName', /SWS-Store2/],
    ['partner drive', { ha: { partnerImage: { folder: 'My Computer\\Q', fileName: 'x.img', createNew: true } } }, 'starwind.no_such_drive', 'ha.partnerImage.folder', /SWS-Store2 has no drive Q:/],
    ['sync address not local', { ha: { syncLocalIp: STORE2.iscsiIp } }, 'starwind.not_local_address', 'ha.syncLocalIp', /172.30.100.22 is not an address of SWS-Store1/],
    ['sync address not the partner', { ha: { syncPartnerIp: '172.30.100.31' } }, 'starwind.not_partner_address', 'ha.syncPartnerIp', /not an address of SWS-Store2/],
    ['sync across networks', { ha: { syncPartnerIp: STORE2.publicIp } }, 'starwind.address_unreachable', 'ha.syncPartnerIp', /^192.168.100.22 cannot be reached from 172.30.100.21.$/],
    ['heartbeat across networks', { ha: { heartbeatLocalIp: STORE1.iscsiIp } }, 'starwind.address_unreachable', 'ha.heartbeatPartnerIp', /192.168.100.22 cannot be reached from 172.30.100.21/],
    ['heartbeat not an address', { ha: { heartbeatLocalIp: 'nope' } }, 'starwind.invalid_address', 'ha.heartbeatLocalIp', /heartbeat address of SWS-Store1/],
    ['priority', { ha: { localPriority: 'first' as 'primary' } }, 'starwind.invalid_priority', 'ha.localPriority', /Primary or Secondary/],
    ['node majority', { ha: { failoverStrategy: 'node-majority' } }, 'starwind.no_witness', 'ha.failoverStrategy', /^Node Majority needs a third vote: a witness node or a file share witness. This lab has none.$/],
    ['init method', { ha: { initMethod: 'magic' as 'clear' } }, 'starwind.invalid_init_method', 'ha.initMethod', /initial synchronization/],
  ])('%s', (_name, overrides, code, field, message) => {
    const lab = consoleLab();
    const error = refusal(lab, overrides);
    expect(error.code).toBe(code);
    expect(error.errors?.[field]).toMatch(message);
    expect(lab.validate({ type: 'starwindCreateDevice', server: STORE1.name, request: haRequest(overrides) })).toEqual({ ok: false, error });
  });

  test('duplicates: alias per server (any case), target name across the lab, image file in use', () => {
    const lab = consoleLab();
    createHa(lab);
    const error = refusal(lab, { targetAlias: 'ha1', targetName: 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1', image: { fileName: 'other.img' } });
    expect(error.errors).toMatchObject({
      targetAlias: 'SWS-Store1 already has a target with the alias ha1.',
      targetName: 'The target name iqn.2008-08.com.starwindsoftware:sws-store1-ha1 is already used on SWS-Store1.',
      'ha.partnerTargetAlias': 'SWS-Store2 already has a target with the alias ha1Partner.',
      'ha.partnerImage.fileName': expect.stringContaining('already exists on SWS-Store2'),
    });
    expect(error.code).toBe('starwind.alias_taken');
    expect(refusal(lab, { targetAlias: 'HA2', image: { fileName: 'ha1.img', createNew: false } }).errors).toMatchObject({ 'image.fileName': 'The file My Computer\\D\\HA\\ha1.img is in use by the device HAImage1 on SWS-Store1.' });
  });

  test('an existing image file must match the size', () => {
    const lab = consoleLab();
    const id = createHa(lab);
    ok(lab, { type: 'starwindRemoveDevice', device: id });
    const error = refusal(lab, { sizeBytes: 2 * BYTES_PER_GIB, image: { createNew: false }, ha: { partnerImage: { folder: 'My Computer\\D\\HA', fileName: 'ha1.img', createNew: false } } });
    expect(error.errors).toEqual({
      sizeBytes: `The file My Computer\\D\\HA\\ha1.img on SWS-Store1 holds ${BYTES_PER_GIB} bytes; the device size must match it.`,
      'ha.partnerImage.folder': `The file My Computer\\D\\HA\\ha1.img on SWS-Store2 holds ${BYTES_PER_GIB} bytes; the device size must match it.`,
    });
  });

  test('a partner the local server cannot reach; a cut sync link', () => {
    const lab = consoleLab();
    lab.dispatch({ type: 'setNicLink', host: STORE2.name, nic: 'iSCSI', linkUp: false });
    expect(refusal(lab, {}).errors).toEqual({ 'ha.syncPartnerIp': '172.30.100.22 cannot be reached from 172.30.100.21.' });
    lab.dispatch({ type: 'setNicLink', host: STORE2.name, nic: 'Public', linkUp: false });
    expect(refusal(lab, {}).errors).toMatchObject({ 'ha.partnerAddress': expect.stringContaining('SWS-Store1 cannot reach SWS-Store2') });
  });

  test('sync and heartbeat on one link: allowed, with a warning from validate', () => {
    const lab = consoleLab();
    const request = haRequest({ ha: { heartbeatLocalIp: STORE1.iscsiIp, heartbeatPartnerIp: STORE2.iscsiIp } });
    const version = lab.version();
    expect(lab.validate({ type: 'starwindCreateDevice', server: STORE1.name, request })).toEqual({
      ok: true,
      warnings: { 'ha.heartbeatLocalIp': 'Synchronization and heartbeat use the same link: a single point of failure.' },
    });
    expect(lab.version()).toBe(version);
    expect(lab.validate({ type: 'starwindCreateDevice', server: STORE1.name, request: haRequest() })).toEqual({ ok: true, warnings: {} });
    expect(lab.dispatch({ type: 'starwindCreateDevice', server: STORE1.name, request })).toMatchObject({ ok: true });
  });

  test('validate runs any command without applying it', () => {
    const lab = createLab();
    const hash = lab.hash();
    expect(lab.validate({ type: 'setPower', host: 'Demo1', action: 'off' })).toEqual({ ok: true, warnings: {} });
    expect(lab.validate({ type: 'setPower', host: 'Nope', action: 'off' })).toMatchObject({ ok: false, error: { code: 'host.not_found' } });
    expect([lab.hash(), lab.version()]).toEqual([hash, 0]);
  });
});
