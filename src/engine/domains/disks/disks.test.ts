import { describe, expect, test } from 'vitest';
import type { DiskView, MpioView } from '../../../domain/disks';
import { createLab, restoreLab } from '../../lab';
import { migrateSnapshot } from '../../migrations';
import { validateSnapshot } from '../../snapshot-check';
import { consoleLab, createHa } from '../../testing/starwind-helpers';
import { hostOf, refused } from '../../testing/lab-helpers';
import type { Lab, LabSnapshot } from '../../types';
import { ok, T1, T2 } from './io-testing';

function disks(lab: Lab, host = 'Demo1'): DiskView[] {
  const answer = lab.query({ type: 'hostDisks', host });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.disks;
}
function mpio(lab: Lab, host = 'Demo1'): MpioView {
  const answer = lab.query({ type: 'hostMpio', host });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}
/** Restarts through the power route and returns when the boot has completed. */
function restart(lab: Lab, host = 'Demo1'): void {
  ok(lab, { type: 'setPower', host, action: 'restart' });
  lab.advance(hostOf(lab, host).powerTransition!.dueMs - lab.nowMs());
  lab.advance(hostOf(lab, host).powerTransition!.dueMs - lab.nowMs());
  expect(hostOf(lab, host).powerState).toBe('on');
}

/** HA1 on both storage servers, Multipath I/O installed on Demo1 (restarted), both portals discovered. */
function mpioLab(): Lab {
  // The seed document's HA1 / HA1Partner on both storage servers (a target on each).
  const lab = consoleLab({ seed: 7 });
  createHa(lab);
  ok(lab, { type: 'featuresInstall', host: 'Demo1', features: ['Multipath-IO'] });
  restart(lab);
  ok(lab, { type: 'iscsiStartService', host: 'Demo1' });
  ok(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.21' });
  ok(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.22' });
  return lab;
}
function connectedBoth(): Lab {
  const lab = mpioLab();
  ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1, multipath: true });
  ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T2, multipath: true });
  return lab;
}
function claimed(): Lab {
  const lab = connectedBoth();
  ok(lab, { type: 'mpioSetClaim', host: 'Demo1', iscsiClaimed: true });
  restart(lab);
  return lab;
}

describe('disks and the MPIO claim (domain-facts Part A §4–§5, Part B §6)', () => {
  test('before the claim the HA LUN appears once per path, both Offline (OfflineShared); Disk 0 is the system disk', () => {
    const lab = connectedBoth();
    const list = disks(lab);
    expect(list.map((disk) => [disk.name, disk.kind, disk.state, disk.multipath, disk.paths.length])).toEqual([
      ['Disk 0', 'system', 'Online', false, 0],
      ['Disk 1', 'iscsi', 'Offline', false, 1],
      ['Disk 2', 'iscsi', 'Offline', false, 1],
    ]);
    expect(list[1]!.lun).toBe(list[2]!.lun);
    expect(list[1]!.sizeBytes).toBe(2 ** 30);
    expect(list[1]!.paths[0]).toMatchObject({ portal: '172.30.100.21:3260', target: T1, state: 'Active/Optimized' });
    expect(list[2]!.paths[0]).toMatchObject({ portal: '172.30.100.22:3260', target: T2 });
  });

  test('the claim waits for the restart; after it the LUN is one disk with two paths, Round Robin by default', () => {
    const lab = connectedBoth();
    ok(lab, { type: 'mpioSetClaim', host: 'Demo1', iscsiClaimed: true });
    expect(mpio(lab)).toEqual({ host: 'Demo1', iscsiClaimed: false, claimPending: true, featureInstalled: true, deviceIds: [], pendingDeviceIds: null, hardwareIds: [] });
    expect(disks(lab)).toHaveLength(3);
    restart(lab);
    expect(mpio(lab)).toMatchObject({ iscsiClaimed: true, claimPending: false });
    const list = disks(lab);
    expect(list).toHaveLength(2);
    expect(list[1]).toMatchObject({ number: 1, state: 'Offline', multipath: true, policy: 'round-robin' });
    expect(list[1]!.paths.map((path) => [path.portal, path.state])).toEqual([
      ['172.30.100.21:3260', 'Active/Optimized'],
      ['172.30.100.22:3260', 'Active/Optimized'],
    ]);
  });

  test('the claim needs Multipath I/O installed and in effect', () => {
    const lab = createLab({ seed: 7 });
    expect(refused(lab, { type: 'mpioSetClaim', host: 'Demo2', iscsiClaimed: true }).code).toBe('mpio.feature_missing');
    ok(lab, { type: 'featuresInstall', host: 'Demo2', features: ['Multipath-IO'] });
    expect(refused(lab, { type: 'mpioSetClaim', host: 'Demo2', iscsiClaimed: true })).toMatchObject({ code: 'mpio.feature_pending', errors: { iscsiClaimed: expect.stringContaining('restart') } });
    expect(refused(lab, { type: 'mpioSetClaim', host: 'Nowhere', iscsiClaimed: true }).code).toBe('host.not_found');
  });

  test('a Reconnecting session marks its path Failed while the disk stays; it comes back Active', () => {
    const lab = claimed();
    ok(lab, { type: 'setNicLink', host: 'SWS-Store1', nic: 'iSCSI', linkUp: false });
    expect(disks(lab)[1]!.paths.map((path) => path.state)).toEqual(['Failed', 'Active/Optimized']);
    ok(lab, { type: 'setNicLink', host: 'SWS-Store1', nic: 'iSCSI', linkUp: true });
    lab.advance(10_000);
    expect(disks(lab)[1]!.paths.map((path) => path.state)).toEqual(['Active/Optimized', 'Active/Optimized']);
  });

  test('all paths down: the disk stays through PDORemovePeriod (20 s) and is gone after it; it returns with its number and state', () => {
    const lab = claimed();
    ok(lab, { type: 'diskSet', host: 'Demo1', number: 1, online: true });
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: false });
    const downMs = lab.nowMs();
    lab.advance(15_000);
    expect(disks(lab)[1]!.paths.map((path) => path.state)).toEqual(['Failed', 'Failed']);
    lab.advance(downMs + 19_999 - lab.nowMs());
    expect(disks(lab)).toHaveLength(2);
    lab.advance(1);
    expect(disks(lab)).toHaveLength(1);
    lab.advance(5_000); // 25 s
    expect(disks(lab)).toHaveLength(1);
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: true });
    lab.advance(10_000);
    expect(disks(lab)[1]).toMatchObject({ number: 1, state: 'Online' });
  });

  test('a path back within 20 s keeps the disk', () => {
    const lab = claimed();
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: false });
    lab.advance(12_000);
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: true });
    lab.advance(30_000);
    expect(disks(lab)[1]!.paths.map((path) => path.state)).toEqual(['Active/Optimized', 'Active/Optimized']);
  });

  test('Offline → Online → Initialize Disk → New Simple Volume, each with its refusals', () => {
    const lab = claimed();
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 1, partitionStyle: 'GPT' })).toMatchObject({ code: 'disk.offline', errors: { partitionStyle: expect.any(String) } });
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 1, online: true, volume: { label: 'Quorum' } }).code).toBe('disk.not_initialized');
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 7, online: true }).code).toBe('disk.not_found');
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 0, online: false }).code).toBe('disk.system');
    ok(lab, { type: 'diskSet', host: 'Demo1', number: 1, online: true });
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 1, partitionStyle: 'APM' }).errors).toEqual({ partitionStyle: 'The partition style is MBR (Master Boot Record) or GPT (GUID Partition Table).' });
    ok(lab, { type: 'diskSet', host: 'Demo1', number: 1, partitionStyle: 'MBR' });
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 1, partitionStyle: 'GPT' }).code).toBe('disk.initialized');
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 1, volume: { sizeBytes: 2 ** 30 + 1 } }).errors).toHaveProperty(['volume.sizeBytes']);
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 1, volume: { driveLetter: 'C' } })).toMatchObject({ code: 'volume.drive_letter_in_use', errors: { 'volume.driveLetter': 'Drive letter C: is already in use on Demo1.' } });
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 1, volume: { driveLetter: 'QQ' } }).code).toBe('volume.drive_letter');
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 1, volume: { fileSystem: 'FAT32' } }).code).toBe('volume.file_system');
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 1, volume: { label: 'x'.repeat(33) } }).code).toBe('volume.label');
    ok(lab, { type: 'diskSet', host: 'Demo1', number: 1, volume: { driveLetter: 'q', label: 'Quorum', sizeBytes: 2 ** 29 } });
    expect(disks(lab)[1]).toMatchObject({ state: 'Online', partitionStyle: 'MBR', volumes: [{ driveLetter: 'Q', label: 'Quorum', fileSystem: 'NTFS', sizeBytes: 2 ** 29, quickFormat: true }] });
    expect(refused(lab, { type: 'diskSet', host: 'Demo1', number: 1, volume: { driveLetter: 'Q' } }).code).toBe('volume.drive_letter_in_use');
    ok(lab, { type: 'diskSet', host: 'Demo1', number: 1, volume: { driveLetter: null } });
    expect(disks(lab)[1]!.volumes[1]).toMatchObject({ driveLetter: null, sizeBytes: 2 ** 29 });
  });

  test('MPIO policy: stored with standby paths and weights; invalid combinations refused', () => {
    const lab = claimed();
    const [p1, p2] = disks(lab)[1]!.paths.map((path) => `${path.initiatorAddress}->${path.portal}`);
    expect(refused(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'fastest' }).code).toBe('mpio.policy');
    expect(refused(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'fail-over-only' }).code).toBe('mpio.one_active');
    expect(refused(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'fail-over-only', paths: [{ path: p1, standby: true }, { path: p2, standby: true }] }).code).toBe('mpio.no_active_path');
    expect(refused(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'weighted-paths', paths: [{ path: p1, weight: -1 }] }).errors).toHaveProperty(['paths.0.weight']);
    expect(refused(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'round-robin', paths: [{ path: p1, weight: 3 }] }).code).toBe('mpio.weight_unused');
    expect(refused(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'round-robin', paths: [{ path: 'nowhere' }] }).code).toBe('mpio.path');
    ok(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'fail-over-only', paths: [{ path: p2, standby: true }] });
    expect(disks(lab)[1]).toMatchObject({ policy: 'fail-over-only' });
    expect(disks(lab)[1]!.paths.map((path) => path.state)).toEqual(['Active/Optimized', 'Standby']);
    // The active path down: the standby must not be the only choice left for a new Fail Over Only setting.
    ok(lab, { type: 'setNicLink', host: 'SWS-Store1', nic: 'iSCSI', linkUp: false });
    expect(refused(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'fail-over-only' }).code).toBe('mpio.no_active_path');
    ok(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'weighted-paths', paths: [{ path: p1, weight: 10 }, { path: p2, weight: 1 }] });
    expect(disks(lab)[1]!.paths.map((path) => path.weight)).toEqual([10, 1]);
  });

  test('per-path disks have no MPIO tab; the claim carries the disk state to the LUN', () => {
    const lab = connectedBoth();
    expect(refused(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'round-robin' }).code).toBe('mpio.not_claimed');
    ok(lab, { type: 'diskSet', host: 'Demo1', number: 1, online: true, partitionStyle: 'GPT' });
    ok(lab, { type: 'mpioSetClaim', host: 'Demo1', iscsiClaimed: true });
    restart(lab);
    expect(disks(lab)[1]).toMatchObject({ number: 1, state: 'Online', partitionStyle: 'GPT' });
  });

  test("a restart keeps the disk's number, state and volume (favorites log on again); Disconnect removes it at once", () => {
    const lab = claimed();
    ok(lab, { type: 'diskSet', host: 'Demo1', number: 1, online: true, partitionStyle: 'GPT', volume: { driveLetter: 'Q', label: 'Quorum' } });
    restart(lab);
    expect(disks(lab)[1]).toMatchObject({ number: 1, state: 'Online', partitionStyle: 'GPT', volumes: [{ driveLetter: 'Q', label: 'Quorum' }] });
    ok(lab, { type: 'iscsiDisconnect', host: 'Demo1', iqn: T1 });
    expect(disks(lab)[1]!.paths.map((path) => path.portal)).toEqual(['172.30.100.22:3260']);
    ok(lab, { type: 'iscsiDisconnect', host: 'Demo1', iqn: T2 });
    expect(disks(lab)).toHaveLength(1);
  });

  test('a snapshot restores to the same hash, and its check finds a broken disk', () => {
    const lab = claimed();
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: false });
    lab.advance(5_000);
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    const restored = restoreLab(snapshot);
    expect(restored.hash()).toBe(lab.hash());
    restored.advance(20_000);
    lab.advance(20_000);
    expect(restored.hash()).toBe(lab.hash());
    const broken = JSON.parse(JSON.stringify(snapshot)) as LabSnapshot & { entities: { hostDisks: { number: number }[] } };
    broken.entities.hostDisks[0]!.number = 0;
    const problems = validateSnapshot(migrateSnapshot(broken as never) as never);
    expect(JSON.stringify(problems)).toContain('Disk 0 is the system disk');
  });
});
