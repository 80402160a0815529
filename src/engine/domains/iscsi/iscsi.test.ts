import { describe, expect, test } from 'vitest';
import { RECONNECT_RETRY_INTERVAL_MS, type IscsiTargetView } from '../../../domain/iscsi';
import { iscsiNameProblem } from '../../../domain/iqn';
import { isSealedSecret } from '../../secrets';
import { createLab, restoreLab } from '../../lab';
import { migrateSnapshot } from '../../migrations';
import { validateSnapshot } from '../../snapshot-check';
import { consoleLab, createHa, T1, T2 } from '../../testing/starwind-helpers';
import { eventsOf, hostOf, okSealed as ok, refusedSealed as refused } from '../../testing/lab-helpers';
import type { Lab, LabSnapshot } from '../../types';

function targets(lab: Lab, host = 'Demo1'): IscsiTargetView[] {
  const answer = lab.query({ type: 'iscsiTargets', host });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.targets;
}
const statusOf = (lab: Lab, iqn: string, host = 'Demo1') => targets(lab, host).find((target) => target.iqn === iqn)?.status;

/** The seed lab with the HA pair HA1 on both storage servers (a target on each). */
function storageLab(): Lab {
  // The seed document's HA1 / HA1Partner on both storage servers (a target on each).
  const lab = consoleLab({ seed: 7 });
  createHa(lab);
  lab.advance(1_000);
  return lab;
}
function discovered(): Lab {
  const lab = storageLab();
  ok(lab, { type: 'iscsiStartService', host: 'Demo1' });
  ok(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.21' });
  ok(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.22' });
  return lab;
}

describe('iSCSI names and CHAP (domain-facts Part B §5)', () => {
  test.each([
    'iqn.1991-05.com.microsoft:demo1.sws.com',
    'iqn.2014-15.com.example',
    'iqn.2008-08.com.starwindsoftware:sws-store1-ha1',
    'eui.02004567a425678d',
    `iqn.2001-04.com.example:${'a'.repeat(223 - 'iqn.2001-04.com.example:'.length)}`,
  ])('accepts %s', (name) => expect(iscsiNameProblem(name)).toBeUndefined());

  test.each([
    ['', 'empty'],
    ['iqn.2001-04.com.example:', 'trailing colon'],
    ['iqn.2001-04.com.example.', 'trailing dot'],
    ['iqn.2001-04.-com.example', 'label starting with -'],
    ['iqn.2001-04.com-.example', 'label ending with -'],
    ['iqn.2001-04.com.ex&ample', '&'],
    ['iqn.2001-04.com.example:a b', 'whitespace'],
    ['abciqn.2001-04.com.example', 'prefix'],
    ['eui.02004567a425678', '15 hex digits'],
    [`iqn.2001-04.com.example:${'a'.repeat(224 - 'iqn.2001-04.com.example:'.length)}`, '224 bytes'],
  ])('refuses %s (%s)', (name) => expect(iscsiNameProblem(name)).toBeDefined());

  test('the default name is Microsoft\'s prefix and the FQDN in lower case; a valid name can replace it, an invalid one is refused with its field', () => {
    const lab = createLab({ seed: 7 });
    const view = lab.query({ type: 'iscsiInitiator', host: 'Demo1' });
    expect(view.ok && view.value).toMatchObject({ initiatorName: 'iqn.1991-05.com.microsoft:demo1.sws.com', serviceStarted: false, serviceRunning: false });
    ok(lab, { type: 'iscsiStartService', host: 'Demo1' });
    expect(eventsOf(lab, 'Demo1').at(-1)).toMatchObject({ eventId: 7036, source: 'Service Control Manager' });
    expect(refused(lab, { type: 'iscsiSetInitiatorName', host: 'Demo1', name: 'iqn.1991-05.com.microsoft:Demo1' }).errors).toHaveProperty('name');
    ok(lab, { type: 'iscsiSetInitiatorName', host: 'Demo1', name: 'iqn.1991-05.com.microsoft:node-a' });
    const after = lab.query({ type: 'iscsiInitiator', host: 'Demo1' });
    expect(after.ok && after.value.initiatorName).toBe('iqn.1991-05.com.microsoft:node-a');
  });

  test('a CHAP secret has 12 to 16 characters, mutual CHAP\'s two differ, and only the sealed form is stored', () => {
    const lab = discovered();
    const portal = (chap: unknown) => ({ type: 'iscsiAddPortal', host: 'Demo1', address: 'SWS-Store1', chap });
    expect(refused(lab, portal({ name: 'demo1', secret: 'elevenchars' })).errors).toHaveProperty(['chap.secret']);
    expect(refused(lab, portal({ name: 'demo1', secret: 'seventeen-chars!!' })).errors).toHaveProperty(['chap.secret']);
    expect(refused(lab, portal({ name: 'demo1', secret: 'twelve-chars', mutualSecret: 'twelve-chars' })).errors).toHaveProperty(['chap.mutualSecret']);
    expect(refused(lab, portal({ name: '', secret: 'twelve-chars' })).errors).toHaveProperty(['chap.name']);
    ok(lab, portal({ name: 'demo1', secret: 'twelve-chars', mutualSecret: 'sixteen-chars-ok' }));
    const text = JSON.stringify(lab.snapshot());
    expect(text).not.toContain('twelve-chars');
    expect(text).not.toContain('sixteen-chars-ok');
    const initiator = (lab.snapshot().entities as unknown as { iscsiInitiators: { host: string; portals: { chap: { secret: string } | null }[] }[] }).iscsiInitiators.find((entry) => entry.host === 'Demo1')!;
    expect(isSealedSecret(initiator.portals[2]!.chap!.secret)).toBe(true);
  });
});

describe('discovery (SendTargets over the lab network)', () => {
  test('a reachable StarWind server returns its targets, Inactive', () => {
    const lab = discovered();
    expect(targets(lab).map((target) => [target.iqn, target.server, target.status, target.portals])).toEqual([
      [T1, 'SWS-Store1', 'inactive', ['172.30.100.21:3260']],
      [T2, 'SWS-Store2', 'inactive', ['172.30.100.22:3260']],
    ]);
  });

  test('refused while the initiator service is stopped, with the reason', () => {
    const lab = storageLab();
    const error = refused(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.21' });
    expect(error.code).toBe('iscsi.service_stopped');
    expect(error.message).toContain('Microsoft iSCSI Initiator Service is not running');
  });

  test('refused when the address cannot be reached, or no target service answers there', () => {
    const lab = storageLab();
    ok(lab, { type: 'iscsiStartService', host: 'Demo1' });
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: false });
    expect(refused(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.21' })).toMatchObject({ code: 'iscsi.unreachable', errors: { address: 'Connection Failed. Demo1 cannot reach 172.30.100.21.' } });
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: true });
    expect(refused(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.32' }).code).toBe('iscsi.no_target_service');
    expect(refused(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.21', port: 3261 }).code).toBe('iscsi.no_target_service');
    ok(lab, { type: 'setPower', host: 'SWS-Store1', action: 'off' });
    expect(refused(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: '172.30.100.21' }).code).toBe('iscsi.unreachable');
  });
});

describe('sessions', () => {
  test('Connect logs on (Connected, a favorite by default); a second Connect without multi-path is refused', () => {
    const lab = discovered();
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1, multipath: true });
    expect(targets(lab).find((target) => target.iqn === T1)).toMatchObject({ status: 'connected', favorite: true, sessions: 1 });
    const sessions = lab.query({ type: 'iscsiSessions', host: 'Demo1' });
    expect(sessions.ok && sessions.value.sessions).toMatchObject([{ iqn: T1, initiatorAddress: '172.30.100.31', portal: '172.30.100.21:3260', state: 'connected' }]);
    expect(refused(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1 }).code).toBe('iscsi.already_logged_in');
    expect(refused(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1, multipath: true }).code).toBe('iscsi.already_logged_in');
    ok(lab, { type: 'iscsiDisconnect', host: 'Demo1', iqn: T1 });
    expect(statusOf(lab, T1)).toBe('inactive');
  });

  test('the StarWind target view lists the connected initiators', () => {
    const lab = discovered();
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1, multipath: true });
    const answer = lab.query({ type: 'starwindTargets', host: 'SWS-Store1' });
    expect(answer.ok && answer.value.targets[0]!.initiators).toEqual([{ initiator: 'iqn.1991-05.com.microsoft:demo1.sws.com', sessions: 1 }]);
    const device = lab.query({ type: 'starwindDevice', id: 'ha-0001' });
    expect(device.ok && device.value.kind === 'ha' && device.value.sides.map((side) => side.connectedInitiators)).toEqual([['iqn.1991-05.com.microsoft:demo1.sws.com'], []]);
  });

  test('a pulled cable makes the session Reconnecting (iScsiPrt 20); it is Connected again at the first retry after the cable returns (iScsiPrt 34)', () => {
    const lab = discovered();
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1, multipath: true });
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T2, multipath: true });
    const pulledMs = lab.nowMs();
    ok(lab, { type: 'setNicLink', host: 'SWS-Store1', nic: 'iSCSI', linkUp: false });
    expect(statusOf(lab, T1)).toBe('reconnecting');
    expect(statusOf(lab, T2)).toBe('connected');
    expect(eventsOf(lab, 'Demo1').at(-1)).toMatchObject({ eventId: 20, source: 'iScsiPrt', level: 'Error', timeMs: pulledMs });
    lab.advance(7_000);
    ok(lab, { type: 'setNicLink', host: 'SWS-Store1', nic: 'iSCSI', linkUp: true });
    // Retries at +5 s (still down) and +10 s (back).
    lab.advance(2 * RECONNECT_RETRY_INTERVAL_MS - 7_000 - 1);
    expect(statusOf(lab, T1)).toBe('reconnecting');
    lab.advance(1);
    expect(statusOf(lab, T1)).toBe('connected');
    expect(eventsOf(lab, 'Demo1').at(-1)).toMatchObject({ eventId: 34, source: 'iScsiPrt', timeMs: pulledMs + 2 * RECONNECT_RETRY_INTERVAL_MS });
  });

  test('a target server off, then on: Reconnecting, then Connected once its StarWind service runs', () => {
    const lab = discovered();
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T2 });
    ok(lab, { type: 'setPower', host: 'SWS-Store2', action: 'off' });
    expect(statusOf(lab, T2)).toBe('reconnecting');
    ok(lab, { type: 'setPower', host: 'SWS-Store2', action: 'on' });
    lab.advance(hostOf(lab, 'SWS-Store2').powerTransition!.dueMs - lab.nowMs());
    expect(hostOf(lab, 'SWS-Store2').powerState).toBe('on');
    lab.advance(RECONNECT_RETRY_INTERVAL_MS);
    expect(statusOf(lab, T2)).toBe('connected');
  });

  test('favorite targets are logged on again when the host finishes a restart; a non-favorite is not', () => {
    const lab = discovered();
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1 });
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T2, favorite: false });
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'restart' });
    lab.advance(hostOf(lab, 'Demo1').powerTransition!.dueMs - lab.nowMs());
    expect(targets(lab).map((target) => target.status)).toEqual(['inactive', 'inactive']);
    const bootMs = hostOf(lab, 'Demo1').powerTransition!.dueMs;
    lab.advance(bootMs - lab.nowMs());
    expect(hostOf(lab, 'Demo1').powerState).toBe('on');
    expect(statusOf(lab, T1)).toBe('connected');
    expect(statusOf(lab, T2)).toBe('inactive');
  });

  test('Advanced: an initiator IP that cannot reach the portal is refused; the iSCSI one is used', () => {
    const lab = discovered();
    expect(refused(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1, initiatorAddress: '192.168.100.31' })).toMatchObject({ code: 'iscsi.unreachable', errors: { initiatorAddress: expect.stringContaining('from 192.168.100.31') } });
    expect(refused(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1, initiatorAddress: '10.9.9.9' }).code).toBe('iscsi.invalid_initiator_address');
    expect(refused(lab, { type: 'iscsiAddPortal', host: 'Demo1', address: 'SWS-Store1', initiatorAddress: '10.10.10.31' }).code).toBe('iscsi.unreachable');
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1, initiatorAddress: '172.30.100.31', portalAddress: '172.30.100.21' });
    expect(statusOf(lab, T1)).toBe('connected');
  });

  test('removing the StarWind device ends the sessions to its targets (iScsiPrt 20) and the lab stays valid', () => {
    const lab = discovered();
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1 });
    ok(lab, { type: 'starwindRemoveDevice', device: 'ha-0001' });
    expect(targets(lab)).toEqual([]);
    const sessions = lab.query({ type: 'iscsiSessions', host: 'Demo1' });
    expect(sessions.ok && sessions.value.sessions).toEqual([]);
    expect(eventsOf(lab, 'Demo1').at(-1)).toMatchObject({ eventId: 20, source: 'iScsiPrt' });
    expect(validateSnapshot(JSON.parse(JSON.stringify(lab.snapshot())))).toEqual([]);
  });

  test('Quick Connect discovers, logs on and keeps a favorite; it refuses a target that needs CHAP', () => {
    const lab = storageLab();
    ok(lab, { type: 'iscsiStartService', host: 'Demo1' });
    ok(lab, { type: 'iscsiQuickConnect', host: 'Demo1', address: '172.30.100.21' });
    expect(targets(lab)).toMatchObject([{ iqn: T1, status: 'connected', favorite: true }]);
    ok(lab, { type: 'iscsiStartService', host: 'Demo2' });
    ok(lab, { type: 'iscsiAddPortal', host: 'Demo2', address: '172.30.100.22', chap: { name: 'demo2', secret: 'twelve-chars' } });
    expect(refused(lab, { type: 'iscsiQuickConnect', host: 'Demo2', address: '172.30.100.22' })).toMatchObject({ code: 'iscsi.chap_required' });
    expect(refused(lab, { type: 'iscsiConnect', host: 'Demo2', iqn: T2 }).code).toBe('iscsi.chap_required');
    ok(lab, { type: 'iscsiConnect', host: 'Demo2', iqn: T2, chap: { name: 'demo2', secret: 'twelve-chars' } });
    expect(statusOf(lab, T2, 'Demo2')).toBe('connected');
  });
});

describe('snapshots', () => {
  test('a lab with sessions and a reconnect timer restores to the same hash and passes its checks', () => {
    const lab = discovered();
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1 });
    ok(lab, { type: 'setNicLink', host: 'SWS-Store1', nic: 'iSCSI', linkUp: false });
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    expect(validateSnapshot(snapshot)).toEqual([]);
    const restored = restoreLab(snapshot);
    expect(restored.hash()).toBe(lab.hash());
    // Both go on the same way: the cable back, the retry, Demo2 connecting too.
    for (const copy of [lab, restored]) {
      ok(copy, { type: 'setNicLink', host: 'SWS-Store1', nic: 'iSCSI', linkUp: true });
      copy.advance(RECONNECT_RETRY_INTERVAL_MS);
      ok(copy, { type: 'iscsiStartService', host: 'Demo2' });
      ok(copy, { type: 'iscsiQuickConnect', host: 'Demo2', address: '172.30.100.21' });
      ok(copy, { type: 'setPower', host: 'SWS-Store1', action: 'off' });
    }
    expect(statusOf(restored, T1)).toBe('reconnecting');
    expect(restored.hash()).toBe(lab.hash());
  });

  test('a session on a missing target or with an id the kernel never issued is reported', () => {
    const lab = discovered();
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1 });
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    const initiator = (snapshot.entities as unknown as { iscsiInitiators: { host: string; sessions: { id: string; target: string }[] }[] }).iscsiInitiators.find((entry) => entry.host === 'Demo1')!;
    initiator.sessions[0]!.target = 'target-9999';
    initiator.sessions.push({ ...initiator.sessions[0]!, id: 'iscsi-session-0042' });
    const messages = validateSnapshot(snapshot).map((problem) => problem.message).join('\n');
    expect(messages).toContain('does not exist');
    expect(messages).toContain('was not issued by the kernel');
  });

  test('a lab saved before the domain gets every host\'s initiator as installed', () => {
    const older = JSON.parse(JSON.stringify(createLab({ seed: 7 }).snapshot())) as LabSnapshot;
    delete (older.entities as unknown as Record<string, unknown>).iscsiInitiators;
    delete (older.domainVersions as Record<string, number>).iscsi;
    const migrated = migrateSnapshot(older) as LabSnapshot;
    expect(migrated.domainVersions.iscsi).toBe(2);
    const restored = restoreLab(older);
    const view = restored.query({ type: 'iscsiInitiator', host: 'Demo2' });
    expect(view.ok && view.value).toMatchObject({ initiatorName: 'iqn.1991-05.com.microsoft:demo2.sws.com', serviceStarted: false });
  });
});
