// The MPIO Devices list: hardware IDs added with "Add MPIO Support" (vendor ID in 8 characters,
// product ID in at most 16), in effect after the next restart like the iSCSI claim; the iSCSI
// bus's ID is listed once the claim is in effect. Saved labs of schema 1 gain an empty list.
import { describe, expect, test } from 'vitest';
import type { MpioView } from '../../../domain/disks';
import { hardwareIdProblem, ISCSI_HARDWARE_ID } from '../../../domain/disks';
import { createLab, restoreLab } from '../../lab';
import { migrateSnapshot } from '../../migrations';
import { validateSnapshot } from '../../snapshot-check';
import { hostOf, refused } from '../../testing/lab-helpers';
import type { Lab, LabSnapshot } from '../../types';
import { ok } from './io-testing';

function mpio(lab: Lab): MpioView {
  const answer = lab.query({ type: 'hostMpio', host: 'Demo1' });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}
function restart(lab: Lab): void {
  ok(lab, { type: 'setPower', host: 'Demo1', action: 'restart' });
  lab.advance(hostOf(lab, 'Demo1').powerTransition!.dueMs - lab.nowMs());
  lab.advance(hostOf(lab, 'Demo1').powerTransition!.dueMs - lab.nowMs());
  expect(hostOf(lab, 'Demo1').powerState).toBe('on');
}
function mpioLab(): Lab {
  const lab = createLab({ seed: 7 });
  ok(lab, { type: 'featuresInstall', host: 'Demo1', features: ['Multipath-IO'] });
  restart(lab);
  return lab;
}

describe('hardware IDs (vendor 8 + product ≤ 16)', () => {
  test('the iSCSI bus ID and padded vendor IDs pass; the rest is refused with the rule', () => {
    expect(ISCSI_HARDWARE_ID).toHaveLength(24);
    expect(hardwareIdProblem(ISCSI_HARDWARE_ID)).toBeUndefined();
    expect(hardwareIdProblem('DELL    MD32xxi')).toBeUndefined();
    expect(hardwareIdProblem('')).toMatch(/Enter/);
    expect(hardwareIdProblem('DELL')).toMatch(/8 characters/);
    expect(hardwareIdProblem('VENDORIDPRODUCTID-TOO-LONG')).toMatch(/at most 16/);
    expect(hardwareIdProblem(' DELL   MD32xxi')).toMatch(/starts with the vendor/);
    expect(hardwareIdProblem('DELL    MD3\u00e9')).toMatch(/ASCII/);
  });
});

describe('MPIO Devices: Add MPIO Support', () => {
  test('an added ID waits for the restart, then is listed after the iSCSI bus once that is claimed', () => {
    const lab = mpioLab();
    ok(lab, { type: 'mpioSetClaim', host: 'Demo1', iscsiClaimed: true, deviceIds: ['DELL    MD32xxi   '] });
    expect(mpio(lab)).toMatchObject({ claimPending: true, deviceIds: [], pendingDeviceIds: ['DELL    MD32xxi'], hardwareIds: [] });
    restart(lab);
    expect(mpio(lab)).toMatchObject({ iscsiClaimed: true, claimPending: false, deviceIds: ['DELL    MD32xxi'], pendingDeviceIds: null, hardwareIds: [ISCSI_HARDWARE_ID, 'DELL    MD32xxi'] });
    // Asking back for what is in effect cancels the pending change.
    ok(lab, { type: 'mpioSetClaim', host: 'Demo1', deviceIds: [] });
    expect(mpio(lab).pendingDeviceIds).toEqual([]);
    ok(lab, { type: 'mpioSetClaim', host: 'Demo1', deviceIds: ['DELL    MD32xxi'] });
    expect(mpio(lab).pendingDeviceIds).toBeNull();
  });

  test('refusals name the field and change nothing', () => {
    const lab = mpioLab();
    expect(refused(lab, { type: 'mpioSetClaim', host: 'Demo1', deviceIds: ['DELL'] })).toMatchObject({ code: 'mpio.device_id', errors: { 'deviceIds.0': expect.stringContaining('8 characters') } });
    expect(refused(lab, { type: 'mpioSetClaim', host: 'Demo1', deviceIds: ['HP      HSV300', 'hp      hsv300'] })).toMatchObject({ code: 'mpio.device_id_twice', errors: { 'deviceIds.1': expect.any(String) } });
    expect(refused(lab, { type: 'mpioSetClaim', host: 'Demo1', deviceIds: [ISCSI_HARDWARE_ID] })).toMatchObject({ code: 'mpio.device_id_iscsi', errors: { 'deviceIds.0': expect.stringContaining('Add support for iSCSI devices') } });
    expect(refused(lab, { type: 'mpioSetClaim', host: 'Demo1' }).code).toBe('mpio.invalid');
    expect(refused(createLab({ seed: 7 }), { type: 'mpioSetClaim', host: 'Demo1', deviceIds: ['HP      HSV300'] })).toMatchObject({ code: 'mpio.feature_missing', errors: { deviceIds: expect.any(String) } });
  });

  test('a snapshot keeps the lists; a schema-1 lab gains empty ones; the check finds a bad ID', () => {
    const lab = mpioLab();
    ok(lab, { type: 'mpioSetClaim', host: 'Demo1', deviceIds: ['HP      HSV300'] });
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot & { domainVersions: Record<string, number>; entities: { mpioSettings: Partial<Record<string, unknown>>[] } };
    expect(restoreLab(snapshot).hash()).toBe(lab.hash());
    const old = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot;
    old.domainVersions.disks = 1;
    for (const settings of old.entities.mpioSettings as { deviceIds?: unknown; pendingDeviceIds?: unknown }[]) {
      delete settings.deviceIds;
      delete settings.pendingDeviceIds;
    }
    const migrated = migrateSnapshot(old as never) as typeof snapshot;
    expect(migrated.entities.mpioSettings.every((settings) => Array.isArray(settings.deviceIds) && settings.pendingDeviceIds === null)).toBe(true);
    const broken = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot;
    broken.entities.mpioSettings.find((settings) => settings.host === 'Demo1')!.pendingDeviceIds = ['HP'];
    expect(validateSnapshot(broken as never)).toEqual([expect.objectContaining({ message: expect.stringContaining('hardware ID "HP": A device hardware ID is the vendor ID in 8 characters') })]);
  });
});
