import { describe, expect, test } from 'vitest';
import { nicConnectedMessage, nicDisconnectedMessage } from '../../../domain/event-log';
import { createLab, labContextOf } from '../../lab';
import { eventsOf, hostOf } from '../../testing/lab-helpers';
import type { Lab } from '../../types';
import { canReach, resolveName } from './reachability';

const link = (lab: Lab, host: string, nic: string, linkUp: boolean) => lab.dispatch({ type: 'setNicLink', host, nic, linkUp });
const stateOf = (lab: Lab) => labContextOf(lab).state;
const finishPower = (lab: Lab, host: string) => lab.advance(hostOf(lab, host).powerTransition!.dueMs - lab.nowMs());

describe('setNicLink', () => {
  test('unplug and plug log Tcpip 4202 (Warning) and 4201 (Information) while the host is on', () => {
    const lab = createLab({ seed: 7 });
    lab.advance(2_000);
    expect(link(lab, 'Demo1', 'iSCSI', false)).toEqual({ ok: true, version: 1, changed: true, jobIds: [] });
    expect(hostOf(lab, 'Demo1').nics.find((nic) => nic.name === 'iSCSI')!.linkUp).toBe(false);
    lab.advance(3_000);
    expect(link(lab, 'demo1', 'iscsi', true)).toEqual({ ok: true, version: 2, changed: true, jobIds: [] });
    expect(eventsOf(lab, 'Demo1').slice(1)).toEqual([
      { seq: 8, timeMs: 2_000, host: 'Demo1', log: 'System', source: 'Tcpip', eventId: 4202, level: 'Warning', message: nicDisconnectedMessage('iSCSI') },
      { seq: 9, timeMs: 5_000, host: 'Demo1', log: 'System', source: 'Tcpip', eventId: 4201, level: 'Information', message: nicConnectedMessage('iSCSI') },
    ]);
  });

  test('the same value again is accepted without a change', () => {
    const lab = createLab({ seed: 7 });
    const hash = lab.hash();
    expect(link(lab, 'Demo1', 'Public', true)).toEqual({ ok: true, version: 0, changed: false, jobIds: [] });
    expect([lab.hash(), lab.version()]).toEqual([hash, 0]);
  });

  test('allowed while off, without an event', () => {
    const lab = createLab({ seed: 7 });
    lab.dispatch({ type: 'setPower', host: 'Demo2', action: 'off' });
    expect(link(lab, 'Demo2', 'Public', false).ok).toBe(true);
    expect(hostOf(lab, 'Demo2').nics[0]!.linkUp).toBe(false);
    expect(eventsOf(lab, 'Demo2').map((event) => event.eventId)).toEqual([6005]);
  });

  test('unknown host or NIC is refused and changes nothing', () => {
    const lab = createLab({ seed: 7 });
    const hash = lab.hash();
    expect(link(lab, 'Nope', 'Public', false)).toMatchObject({ ok: false, error: { code: 'host.not_found', kind: 'not_found' } });
    expect(link(lab, 'SWS-DC', 'iSCSI', false)).toEqual({
      ok: false,
      error: { code: 'nic.not_found', kind: 'not_found', message: 'SWS-DC has no network connection named "iSCSI".', errors: { nic: 'SWS-DC has no network connection named "iSCSI".' } },
    });
    expect([lab.hash(), lab.version()]).toEqual([hash, 0]);
  });
});

describe('canReach', () => {
  test('the seed lab matrix: shared networks only', () => {
    const state = stateOf(createLab({ seed: 7 }));
    expect(canReach(state, 'Demo1', '192.168.100.10')).toBe(true); // Public → DC
    expect(canReach(state, 'Demo1', '172.30.100.21')).toBe(true); // iSCSI → Store1
    expect(canReach(state, 'Demo1', '10.10.10.32')).toBe(true); // Private → Demo2
    expect(canReach(state, 'SWS-DC', '172.30.100.21')).toBe(false); // the DC has no iSCSI NIC
    expect(canReach(state, 'SWS-Store1', '10.10.10.31')).toBe(false); // storage has no Private NIC
    expect(canReach(state, 'SWS-DC', '192.168.100.10')).toBe(true); // its own address
    expect(canReach(state, 'Demo1', '192.168.100.99')).toBe(false); // nobody holds it
    expect(canReach(state, 'Ghost', '192.168.100.10')).toBe(false);
  });

  test('an unplugged NIC cuts that network only, on either end', () => {
    const lab = createLab({ seed: 7 });
    link(lab, 'Demo2', 'iSCSI', false);
    const state = stateOf(lab);
    expect(canReach(state, 'Demo1', '172.30.100.32')).toBe(false);
    expect(canReach(state, 'Demo2', '172.30.100.21')).toBe(false);
    expect(canReach(state, 'Demo1', '10.10.10.32')).toBe(true);
    expect(canReach(state, 'Demo2', '172.30.100.32')).toBe(true); // own address, while on
    link(lab, 'Demo2', 'iSCSI', true);
    expect(canReach(state, 'Demo1', '172.30.100.32')).toBe(true);
  });

  test('a host that is off, stopping or starting is not reachable and reaches nothing', () => {
    const lab = createLab({ seed: 7 });
    const state = stateOf(lab);
    lab.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' });
    expect(canReach(state, 'Demo1', '10.10.10.32')).toBe(false);
    expect(canReach(state, 'Demo2', '10.10.10.31')).toBe(false);
    finishPower(lab, 'Demo2');
    expect(canReach(state, 'Demo1', '10.10.10.32')).toBe(false);
    lab.dispatch({ type: 'setPower', host: 'Demo2', action: 'on' });
    expect(canReach(state, 'Demo1', '10.10.10.32')).toBe(false);
    expect(canReach(state, 'Demo2', '10.10.10.32')).toBe(false);
    finishPower(lab, 'Demo2');
    expect(canReach(state, 'Demo1', '10.10.10.32')).toBe(true);
  });
});

describe('resolveName', () => {
  test('an address passes through; names and FQDNs resolve to every NIC address', () => {
    const state = stateOf(createLab({ seed: 7 }));
    expect(resolveName(state, 'Demo1', '10.1.2.3')).toEqual(['10.1.2.3']);
    expect(resolveName(state, 'Demo1', 'SWS-Store1')).toEqual(['192.168.100.21', '172.30.100.21']);
    expect(resolveName(state, 'Demo1', 'sws-store1.sws.com')).toEqual(['192.168.100.21', '172.30.100.21']);
    expect(resolveName(state, 'Demo1', 'SWS-Store1.SWS.com.')).toEqual(['192.168.100.21', '172.30.100.21']);
    expect(resolveName(state, 'SWS-DC', 'demo2')).toEqual(['192.168.100.32', '10.10.10.32', '172.30.100.32']);
    expect(resolveName(state, 'Demo1', 'SWS-Store1.other.com')).toEqual([]);
    expect(resolveName(state, 'Demo1', 'Nobody')).toEqual([]);
    expect(resolveName(state, 'Demo1', '')).toEqual([]);
  });

  test('needs SWS-DC on and reachable from the asking host', () => {
    const lab = createLab({ seed: 7 });
    const state = stateOf(lab);
    link(lab, 'Demo1', 'Public', false);
    expect(resolveName(state, 'Demo1', 'SWS-Store1')).toEqual([]); // Demo1 cannot reach the DC
    expect(resolveName(state, 'Demo2', 'Demo1')).toEqual(['192.168.100.31', '10.10.10.31', '172.30.100.31']);
    lab.dispatch({ type: 'setPower', host: 'SWS-DC', action: 'off' });
    expect(resolveName(state, 'Demo2', 'Demo1')).toEqual([]);
    expect(resolveName(state, 'Demo2', '192.168.100.31')).toEqual(['192.168.100.31']);
  });
});
