import { describe, expect, test } from 'vitest';
import { labContextOf, restoreLab } from '../../lab';
import { migrateSnapshot } from '../../migrations';
import { validateSnapshot } from '../../snapshot-check';
import { ok } from '../../testing/starwind-helpers';
import { hostOf } from '../../testing/lab-helpers';
import type { Command, DiskView, Lab, LabSnapshot } from '../../types';
import { reservationWriteRefusal, reservedByAnotherNode } from './queries';
import { KEY1, KEY2, reservationLab, reservationOf, reserveOut, T1, T2, ZERO_KEY } from '../../testing/reservation-helpers';

/** A refusal: its code and field errors, and the lab unchanged. */
function refused(lab: Lab, command: Command): { code: string; errors?: Record<string, string>; message: string } {
  const before = lab.hash();
  const result = lab.dispatch(command);
  if (result.ok) throw new Error(`${command.type} accepted`);
  expect(lab.hash()).toBe(before);
  return { code: result.error.code, errors: result.error.errors, message: result.error.message };
}
function disk1(lab: Lab, host: string): DiskView {
  const answer = lab.query({ type: 'hostDisks', host });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.disks[1]!;
}
const stateOf = (lab: Lab) => labContextOf(lab).state;
const hostId = (lab: Lab, name: string) => hostOf(lab, name).id;

/** Both nodes registered (Demo1 with KEY1, Demo2 with KEY2) and Demo1 holding the reservation. */
function reservedByDemo1(lab = reservationLab()): Lab {
  ok(lab, reserveOut('Demo1', 'register', KEY1));
  ok(lab, reserveOut('Demo2', 'register', KEY2));
  ok(lab, reserveOut('Demo1', 'reserve', KEY1));
  return lab;
}

describe('SCSI-3 persistent reservations (domain-facts Part B §5)', () => {
  test('register on every path, then reserve Write Exclusive - Registrants Only; the generation counts registrations only', () => {
    const lab = reservationLab();
    const paths = disk1(lab, 'Demo1').paths.map((path) => `${path.initiatorAddress}->${path.portal}`).sort();
    expect(paths).toHaveLength(2);
    ok(lab, reserveOut('Demo1', 'register', `0x${KEY1.toUpperCase()}`));
    expect(reservationOf(lab, 'Demo1')).toMatchObject({ host: 'Demo1', number: 1, generation: 1, registrations: [{ key: KEY1, host: 'Demo1', paths }], reservation: null });
    ok(lab, reserveOut('Demo2', 'register', KEY2));
    ok(lab, reserveOut('Demo1', 'reserve', KEY1));
    const view = reservationOf(lab, 'Demo2');
    expect(view.generation).toBe(2);
    expect(view.registrations.map((entry) => [entry.key, entry.host])).toEqual([[KEY1, 'Demo1'], [KEY2, 'Demo2']]);
    expect(view.reservation).toEqual({ holderKey: KEY1, holder: 'Demo1', type: 'write-exclusive-registrants-only', typeName: 'Write Exclusive - Registrants Only' });
    // Reserving again what one holds changes nothing.
    const version = lab.version();
    ok(lab, reserveOut('Demo1', 'reserve', KEY1));
    expect(lab.version()).toBe(version);
  });

  test('both HA storage servers see one table: Demo1 through SWS-Store1 only, Demo2 through SWS-Store2 only', () => {
    const lab = reservedByDemo1(reservationLab({ Demo1: [T1], Demo2: [T2] }));
    expect(disk1(lab, 'Demo1').paths.map((path) => path.target)).toEqual([T1]);
    expect(disk1(lab, 'Demo2').paths.map((path) => path.target)).toEqual([T2]);
    const one = reservationOf(lab, 'Demo1');
    const two = reservationOf(lab, 'Demo2');
    expect(two.lun).toBe(one.lun);
    expect(two).toEqual({ ...one, host: 'Demo2' });
    expect(stateOf(lab).reservations.tables.size).toBe(1);
    expect(refused(lab, reserveOut('Demo2', 'reserve', KEY2)).code).toBe('reservation.conflict');
  });

  test('a node without registration is refused writes while another holds WERO; every registrant may write', () => {
    const lab = reservationLab();
    const lun = disk1(lab, 'Demo1').lun!;
    expect(reservationWriteRefusal(stateOf(lab), lun, hostId(lab, 'Demo2'))).toBeUndefined();
    ok(lab, reserveOut('Demo1', 'register', KEY1));
    ok(lab, reserveOut('Demo1', 'reserve', KEY1));
    expect(reservationWriteRefusal(stateOf(lab), lun, hostId(lab, 'Demo1'))).toBeUndefined();
    expect(reservationWriteRefusal(stateOf(lab), lun, hostId(lab, 'Demo2'))).toBe(`Reservation conflict: LUN ${lun} is reserved (Write Exclusive - Registrants Only) by Demo1, and Demo2 is not registered.`);
    expect(reservedByAnotherNode(stateOf(lab), lun, hostId(lab, 'Demo2'))).toBe('Demo1');
    expect(reservedByAnotherNode(stateOf(lab), lun, hostId(lab, 'Demo1'))).toBeUndefined();
    // Registered, Demo2 writes too (as CSV lets every node write), though Demo1 still holds the reservation.
    ok(lab, reserveOut('Demo2', 'register', KEY2));
    expect(reservationWriteRefusal(stateOf(lab), lun, hostId(lab, 'Demo2'))).toBeUndefined();
    expect(reservedByAnotherNode(stateOf(lab), lun, hostId(lab, 'Demo2'))).toBe('Demo1');
  });

  test('preempt fences a node: its key goes, the reservation moves to the preemptor, its writes are refused', () => {
    const lab = reservedByDemo1();
    const lun = disk1(lab, 'Demo1').lun!;
    ok(lab, reserveOut('Demo2', 'preempt', KEY2, { preemptKey: KEY1 }));
    const view = reservationOf(lab, 'Demo2');
    expect(view.generation).toBe(3);
    expect(view.registrations.map((entry) => entry.host)).toEqual(['Demo2']);
    expect(view.reservation).toMatchObject({ holderKey: KEY2, holder: 'Demo2' });
    expect(reservationWriteRefusal(stateOf(lab), lun, hostId(lab, 'Demo1'))).toContain('Reservation conflict');
    // The fenced node cannot act with its old key until it registers again.
    expect(refused(lab, reserveOut('Demo1', 'reserve', KEY1)).code).toBe('reservation.not_registered');
    expect(refused(lab, reserveOut('Demo1', 'preempt', KEY1, { preemptKey: KEY2 })).code).toBe('reservation.not_registered');
    ok(lab, reserveOut('Demo1', 'register', KEY1));
    expect(reservationWriteRefusal(stateOf(lab), lun, hostId(lab, 'Demo1'))).toBeUndefined();
  });

  test('release and clear; the holder unregistering releases its reservation', () => {
    const lab = reservedByDemo1();
    expect(refused(lab, reserveOut('Demo2', 'release', KEY2))).toMatchObject({ code: 'reservation.not_holder', errors: { key: expect.stringContaining('Demo1') } });
    ok(lab, reserveOut('Demo1', 'release', KEY1));
    expect(reservationOf(lab, 'Demo1')).toMatchObject({ reservation: null, generation: 2 });
    ok(lab, reserveOut('Demo2', 'reserve', KEY2));
    ok(lab, reserveOut('Demo2', 'register', ZERO_KEY));
    expect(reservationOf(lab, 'Demo1')).toMatchObject({ reservation: null, generation: 3, registrations: [{ key: KEY1 }] });
    // Re-registering with a new key moves the holder's reservation with it.
    ok(lab, reserveOut('Demo1', 'reserve', KEY1));
    ok(lab, reserveOut('Demo1', 'register', KEY2));
    expect(reservationOf(lab, 'Demo1').reservation).toMatchObject({ holderKey: KEY2, holder: 'Demo1' });
    ok(lab, reserveOut('Demo1', 'clear', KEY2));
    expect(reservationOf(lab, 'Demo2')).toMatchObject({ registrations: [], reservation: null, generation: 5 });
  });

  test('every rule has its refusal, with its field', () => {
    const lab = reservedByDemo1();
    expect(refused(lab, reserveOut('Demo2', 'reserve', KEY2))).toMatchObject({ code: 'reservation.conflict', errors: { key: expect.stringContaining('reserved by Demo1') } });
    expect(refused(lab, reserveOut('Demo2', 'steal', KEY2))).toMatchObject({ code: 'reservation.invalid_action', errors: { action: expect.any(String) } });
    expect(refused(lab, reserveOut('Demo2', 'register', '12345'))).toMatchObject({ code: 'reservation.invalid_key', errors: { key: expect.stringContaining('16 hexadecimal digits') } });
    expect(refused(lab, reserveOut('Demo2', 'register', 'zz23456789abcdef')).code).toBe('reservation.invalid_key');
    expect(refused(lab, reserveOut('Demo2', 'register', KEY1))).toMatchObject({ code: 'reservation.key_in_use', errors: { key: expect.stringContaining('Demo1') } });
    expect(refused(lab, reserveOut('Demo2', 'reserve', ZERO_KEY)).code).toBe('reservation.key_zero');
    expect(refused(lab, reserveOut('Demo2', 'reserve', 'aaaaaaaaaaaaaaaa')).code).toBe('reservation.key_mismatch');
    expect(refused(lab, reserveOut('Demo2', 'reserve', KEY2, { reservationType: 'exclusive-access' }))).toMatchObject({ code: 'reservation.invalid_type', errors: { reservationType: expect.any(String) } });
    expect(refused(lab, reserveOut('Demo2', 'preempt', KEY2))).toMatchObject({ code: 'reservation.invalid_preempt_key', errors: { preemptKey: expect.any(String) } });
    expect(refused(lab, reserveOut('Demo2', 'preempt', KEY2, { preemptKey: KEY2 })).code).toBe('reservation.invalid_preempt_key');
    expect(refused(lab, reserveOut('Demo2', 'preempt', KEY2, { preemptKey: 'aaaaaaaaaaaaaaaa' }))).toMatchObject({ code: 'reservation.preempt_key_not_registered', errors: { preemptKey: expect.any(String) } });
    expect(refused(lab, reserveOut('Demo2', 'register', KEY2, { number: 0 })).code).toBe('disk.system');
    expect(refused(lab, reserveOut('Demo2', 'register', KEY2, { number: 5 })).code).toBe('disk.not_found');
    expect(refused(lab, reserveOut('Nowhere', 'register', KEY2)).code).toBe('host.not_found');
  });

  test("a node's iSCSI down, or no connected path: refused with the reason; the table outlives the node's restart", () => {
    const lab = reservationLab({ Demo1: [T1, T2] });
    expect(refused(lab, reserveOut('Demo2', 'register', KEY2))).toMatchObject({ code: 'reservation.iscsi_down', errors: { host: expect.stringContaining('Demo2') } });
    ok(lab, reserveOut('Demo1', 'register', KEY1));
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: false });
    const downMs = lab.nowMs();
    lab.advance(19_999);
    // Within PDORemovePeriod the disk is still there, but no path carries a command.
    expect(disk1(lab, 'Demo1').paths.map((path) => path.state)).toEqual(['Failed', 'Failed']);
    expect(refused(lab, reserveOut('Demo1', 'reserve', KEY1))).toMatchObject({ code: 'reservation.no_path', errors: { number: expect.stringContaining('no connected path') } });
    lab.advance(1);
    expect(lab.nowMs() - downMs).toBe(20_000);
    expect(refused(lab, reserveOut('Demo1', 'reserve', KEY1)).code).toBe('disk.not_found');
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: true });
    lab.advance(10_000);
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'off' });
    expect(refused(lab, reserveOut('Demo1', 'reserve', KEY1)).code).toBe('reservation.host_not_running');
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'on' });
    lab.advance(300_000);
    // The registration is the storage's: it is there when the node comes back.
    expect(reservationOf(lab, 'Demo1').registrations.map((entry) => entry.key)).toEqual([KEY1]);
  });

  test('Disconnect is refused while the node is registered on the LUN; after unregistering it logs off', () => {
    const lab = reservationLab({ Demo1: [T1, T2] });
    ok(lab, reserveOut('Demo1', 'register', KEY1));
    const busy = refused(lab, { type: 'iscsiDisconnect', host: 'Demo1', iqn: T1 });
    expect(busy).toMatchObject({ code: 'iscsi.device_in_use', errors: { iqn: expect.stringContaining('The session cannot be logged out since a device on that session is currently being used.') } });
    ok(lab, reserveOut('Demo1', 'register', ZERO_KEY));
    ok(lab, { type: 'iscsiDisconnect', host: 'Demo1', iqn: T1 });
    expect(disk1(lab, 'Demo1').paths.map((path) => path.target)).toEqual([T2]);
  });

  test('Disk Management: Online is refused on a disk another node has reserved, naming the holder', () => {
    const lab = reservedByDemo1();
    expect(refused(lab, { type: 'diskSet', host: 'Demo2', number: 1, online: true })).toMatchObject({ code: 'disk.reserved', errors: { online: expect.stringContaining('reserved by Demo1') } });
    ok(lab, { type: 'diskSet', host: 'Demo1', number: 1, online: true });
    ok(lab, reserveOut('Demo1', 'release', KEY1));
    ok(lab, { type: 'diskSet', host: 'Demo2', number: 1, online: true });
    expect(disk1(lab, 'Demo2').state).toBe('Online');
  });

  test('a snapshot restores to the same hash; its check finds a holder that is not registered; a lab saved before the domain opens without tables', () => {
    const lab = reservedByDemo1();
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    expect(validateSnapshot(snapshot)).toEqual([]);
    expect(restoreLab(snapshot).hash()).toBe(lab.hash());
    const broken = JSON.parse(JSON.stringify(snapshot)) as LabSnapshot & { entities: { lunReservations: { reservation: { holderKey: string } }[] } };
    broken.entities.lunReservations[0]!.reservation.holderKey = 'aaaaaaaaaaaaaaaa';
    expect(JSON.stringify(validateSnapshot(migrateSnapshot(broken as never) as never))).toContain('is not registered');
    const older = JSON.parse(JSON.stringify(snapshot)) as { domainVersions: Record<string, number>; entities: Record<string, unknown> };
    delete older.domainVersions.reservations;
    delete older.entities.lunReservations;
    const reopened = restoreLab(older as unknown as LabSnapshot);
    expect(reopened.query({ type: 'diskReservation', host: 'Demo1', number: 1 })).toMatchObject({ ok: true, value: { registrations: [], reservation: null, generation: 0 } });
  });
});
