// The initiator's settings kept by the lab: RADIUS servers and the initiator CHAP secret (sealed,
// never shown), and the bound volumes and devices (Auto Configure, Add, Remove, Clear) over the
// devices of connected targets.
import { describe, expect, test } from 'vitest';
import { boundVolumePath, deviceAddress, type IscsiDeviceView } from '../../../domain/iscsi';
import { createLab, restoreLab } from '../../lab';
import { migrateSnapshot } from '../../migrations';
import { isSealedSecret } from '../../secrets';
import { validateSnapshot } from '../../snapshot-check';
import { consoleLab, createHa, T1, T2 } from '../../testing/starwind-helpers';
import { okSealed as ok, refusedSealed as refused } from '../../testing/lab-helpers';
import type { Lab, LabSnapshot } from '../../types';

function read<T>(lab: Lab, type: string, host = 'Demo1'): T {
  const answer = lab.query({ type, host } as never);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as T;
}
const initiatorEntity = (lab: Lab, host = 'Demo1') =>
  (lab.snapshot().entities as unknown as { iscsiInitiators: { host: string; chapSecret: string | null; radiusServers: { secret: string }[]; boundVolumes: string[] }[] }).iscsiInitiators.find((entry) => entry.host === host)!;
const devices = (lab: Lab) => read<{ devices: IscsiDeviceView[] }>(lab, 'iscsiDevices').devices;
const bound = (lab: Lab) => read<{ volumes: string[] }>(lab, 'iscsiBoundVolumes').volumes;

function started(): Lab {
  const lab = consoleLab({ seed: 7 });
  createHa(lab);
  lab.advance(1_000);
  ok(lab, { type: 'iscsiStartService', host: 'Demo1' });
  return lab;
}
/** Demo1 logged on to both HA1 targets (before the MPIO claim: a disk per path); Disk 1 has volume E:. */
function connected(): Lab {
  const lab = started();
  ok(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.21' });
  ok(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.22' });
  ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1, multipath: true });
  ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T2, multipath: true });
  ok(lab, { type: 'diskSet', host: 'Demo1', number: 1, online: true, partitionStyle: 'MBR', volume: { driveLetter: 'E', label: 'Quorum' } });
  return lab;
}

describe('RADIUS servers', () => {
  test('added with its port (1812 by default) and a sealed shared secret; the view never carries the secret', () => {
    const lab = started();
    ok(lab, { type: 'iscsiAddRadiusServer', host: 'Demo1', address: '10.10.10.5', secret: 'radius-secret' });
    ok(lab, { type: 'iscsiAddRadiusServer', host: 'Demo1', address: 'nps.sws.com', port: 1645, secret: 'another' });
    expect(read(lab, 'iscsiRadiusServers')).toEqual({ host: 'Demo1', servers: [{ address: '10.10.10.5', port: 1812 }, { address: 'nps.sws.com', port: 1645 }] });
    const stored = initiatorEntity(lab).radiusServers;
    expect(stored.every((server) => isSealedSecret(server.secret))).toBe(true);
    expect(JSON.stringify(lab.snapshot())).not.toContain('radius-secret');
    ok(lab, { type: 'iscsiRemoveRadiusServer', host: 'Demo1', address: 'NPS.sws.com', port: 1645 });
    expect(read<{ servers: unknown[] }>(lab, 'iscsiRadiusServers').servers).toEqual([{ address: '10.10.10.5', port: 1812 }]);
  });

  test('the address, port and secret are checked, a server is listed once, and removing an unknown one is refused', () => {
    const lab = started();
    expect(refused(lab, { type: 'iscsiAddRadiusServer', host: 'Demo1', address: '10.10.10.256', secret: 's' })).toMatchObject({ code: 'iscsi.invalid_radius_address', errors: { address: '10.10.10.256 is not a valid IP address.' } });
    expect(refused(lab, { type: 'iscsiAddRadiusServer', host: 'Demo1', address: 'bad_name', secret: 's' }).code).toBe('iscsi.invalid_radius_address');
    expect(refused(lab, { type: 'iscsiAddRadiusServer', host: 'Demo1', address: '10.10.10.5', port: 0, secret: 's' }).code).toBe('iscsi.invalid_port');
    expect(refused(lab, { type: 'iscsiAddRadiusServer', host: 'Demo1', address: '10.10.10.5', secret: '' })).toMatchObject({ code: 'iscsi.invalid_radius_secret', errors: { secret: 'Enter the RADIUS shared secret.' } });
    ok(lab, { type: 'iscsiAddRadiusServer', host: 'Demo1', address: '10.10.10.5', secret: 's' });
    expect(refused(lab, { type: 'iscsiAddRadiusServer', host: 'Demo1', address: '10.10.10.5', secret: 't' }).code).toBe('iscsi.radius_exists');
    expect(refused(lab, { type: 'iscsiRemoveRadiusServer', host: 'Demo1', address: '10.10.10.6' }).code).toBe('iscsi.radius_not_found');
    expect(refused(lab, { type: 'iscsiAddRadiusServer', host: 'Demo2', address: '10.10.10.5', secret: 's' }).code).toBe('iscsi.service_stopped');
  });
});

describe('the initiator CHAP secret (Configuration → CHAP…)', () => {
  test('12–16 characters, kept sealed, shown only as set; "" removes it; a target CHAP secret cannot be reused', () => {
    const lab = started();
    expect(refused(lab, { type: 'iscsiSetChapSecret', host: 'Demo1', secret: 'short' })).toMatchObject({ code: 'iscsi.invalid_chap', errors: { chapSecret: expect.stringContaining('12 to 16') } });
    ok(lab, { type: 'iscsiSetChapSecret', host: 'Demo1', secret: 'initiator-secret' });
    expect(read(lab, 'iscsiInitiator')).toMatchObject({ chapSecretSet: true });
    expect(isSealedSecret(initiatorEntity(lab).chapSecret)).toBe(true);
    expect(JSON.stringify(lab.snapshot())).not.toContain('initiator-secret');
    ok(lab, { type: 'iscsiSetChapSecret', host: 'Demo1', secret: '' });
    expect(read(lab, 'iscsiInitiator')).toMatchObject({ chapSecretSet: false });
    ok(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.21', chap: { name: 'demo1', secret: 'target-secret-1' } });
    expect(refused(lab, { type: 'iscsiSetChapSecret', host: 'Demo1', secret: 'target-secret-1' }).errors).toEqual({ chapSecret: 'The initiator CHAP secret must be different from the target CHAP secret.' });
  });
});

describe('Volumes and Devices', () => {
  test('each connected session to a LUN that is a disk is a device: disk number, address, target, volumes', () => {
    const lab = connected();
    const list = devices(lab);
    expect(list.map((device) => [device.name, device.address, device.target, device.volumes])).toEqual([
      ['Disk 1', deviceAddress(0), T1, ['E:\\']],
      ['Disk 2', deviceAddress(1), T2, []],
    ]);
    expect(list[1]!.devicePath).toMatch(/^\\\\\?\\scsi#disk&ven_starwind&prod_starwind#sw-.*#\{53f56307-b6bf-11d0-94f2-00a0c91efb8b\}$/);
    // A broken path's device goes away until the session is back.
    ok(lab, { type: 'setNicLink', host: 'SWS-Store2', nic: 'iSCSI', linkUp: false });
    expect(devices(lab).map((device) => device.name)).toEqual(['Disk 1']);
  });

  test('Auto Configure binds every volume, or the device when it has none; Add and Remove check the path; Clear empties the list', () => {
    const lab = connected();
    ok(lab, { type: 'iscsiAutoConfigure', host: 'Demo1' });
    const device2 = devices(lab)[1]!.devicePath;
    expect(bound(lab)).toEqual(['E:\\', device2]);
    const version = lab.snapshot().version;
    ok(lab, { type: 'iscsiAutoConfigure', host: 'Demo1' });
    expect(lab.snapshot().version).toBe(version);
    expect(refused(lab, { type: 'iscsiBindVolume', host: 'Demo1', path: 'e:' })).toMatchObject({ code: 'iscsi.volume_bound', errors: { path: 'E:\\ is already in the volume list.' } });
    expect(refused(lab, { type: 'iscsiBindVolume', host: 'Demo1', path: 'Q:' }).code).toBe('iscsi.volume_not_found');
    expect(refused(lab, { type: 'iscsiBindVolume', host: 'Demo1', path: 'not a path' }).code).toBe('iscsi.invalid_volume_path');
    ok(lab, { type: 'iscsiBindVolume', host: 'Demo1', path: 'e:\\Cluster' });
    expect(bound(lab)).toEqual(['E:\\', device2, 'E:\\Cluster\\']);
    ok(lab, { type: 'iscsiUnbindVolume', host: 'Demo1', path: 'E:' });
    expect(refused(lab, { type: 'iscsiUnbindVolume', host: 'Demo1', path: 'E:' }).code).toBe('iscsi.volume_not_bound');
    ok(lab, { type: 'iscsiClearBoundVolumes', host: 'Demo1' });
    expect(bound(lab)).toEqual([]);
  });

  test('Auto Configure with no connected target is refused with the reason', () => {
    const lab = started();
    expect(refused(lab, { type: 'iscsiAutoConfigure', host: 'Demo1' }).code).toBe('iscsi.no_devices');
  });

  test.each([
    ['e:', 'E:\\'],
    ['E:\\', 'E:\\'],
    ['f:\\Mount\\Data', 'F:\\Mount\\Data\\'],
    ['\\\\?\\mpio#disk&ven_starwind#x', '\\\\?\\mpio#disk&ven_starwind#x'],
  ])('the path %s is kept as %s', (typed, kept) => expect(boundVolumePath(typed)).toEqual({ ok: true, path: kept }));
  test.each(['', 'E', 'EE:', 'E:/x', 'C:\\a|b'])('%j is not a volume path', (typed) => expect(boundVolumePath(typed).ok).toBe(false));
});

describe('snapshots', () => {
  test('the settings restore to the same hash and pass the checks; an unsealed secret or a bad path is reported', () => {
    const lab = connected();
    ok(lab, { type: 'iscsiAddRadiusServer', host: 'Demo1', address: '10.10.10.5', secret: 'radius-secret' });
    ok(lab, { type: 'iscsiSetChapSecret', host: 'Demo1', secret: 'initiator-secret' });
    ok(lab, { type: 'iscsiAutoConfigure', host: 'Demo1' });
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    expect(validateSnapshot(snapshot)).toEqual([]);
    expect(restoreLab(snapshot).hash()).toBe(lab.hash());
    const initiator = (snapshot.entities as unknown as { iscsiInitiators: Record<string, unknown>[] }).iscsiInitiators.find((entry) => entry.host === 'Demo1')!;
    initiator.chapSecret = 'initiator-secret';
    (initiator.radiusServers as { secret: string }[])[0]!.secret = 'radius-secret';
    (initiator.boundVolumes as string[]).push('e:', 'E:\\');
    const messages = validateSnapshot(snapshot).map((problem) => problem.message).join('\n');
    expect(messages).toContain('the initiator CHAP secret is stored unsealed');
    expect(messages).toContain('RADIUS server "10.10.10.5" is stored unsealed');
    expect(messages).toContain('is not a volume, mount point or device path');
    expect(messages).toContain('is in the volume list twice');
  });

  test('a lab saved at version 1 gets empty settings', () => {
    const older = JSON.parse(JSON.stringify(createLab({ seed: 7 }).snapshot())) as LabSnapshot;
    for (const initiator of (older.entities as unknown as { iscsiInitiators: Record<string, unknown>[] }).iscsiInitiators) {
      delete initiator.radiusServers;
      delete initiator.chapSecret;
      delete initiator.boundVolumes;
    }
    (older.domainVersions as Record<string, number>).iscsi = 1;
    const migrated = migrateSnapshot(older) as LabSnapshot;
    expect(migrated.domainVersions.iscsi).toBe(2);
    expect(validateSnapshot(migrated)).toEqual([]);
    const restored = restoreLab(older);
    expect(read(restored, 'iscsiRadiusServers', 'Demo2')).toEqual({ host: 'Demo2', servers: [] });
    expect(read(restored, 'iscsiInitiator', 'Demo2')).toMatchObject({ chapSecretSet: false });
  });
});
