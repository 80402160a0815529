// A lab for the reservation tests: HA1 on both storage servers and each cluster node connected
// to the targets it is given (T1 on SWS-Store1, T2 on SWS-Store2), with Multipath I/O claiming
// iSCSI devices, so each node's Disk 1 is the HA LUN with one path per connected target.
import { consoleLab, createHa, ok, T1, T2 } from './starwind-helpers';
import type { Command, DiskReservationView, Lab } from '../types';

export { T1, T2 };
export const KEY1 = '0123456789abcdef';
export const KEY2 = 'fedcba9876543210';
export const ZERO_KEY = '0000000000000000';
/** Long enough for every restart of the seed lab to complete (boot about 90 s ±20 %). */
const BOOTS_DONE_MS = 300_000;

export function reservationLab(targets: Record<string, readonly string[]> = { Demo1: [T1, T2], Demo2: [T1, T2] }, seed = 7): Lab {
  const lab = consoleLab({ seed });
  createHa(lab);
  const nodes = Object.keys(targets);
  const run = (command: unknown) => ok(lab, command as Command);
  for (const host of nodes) {
    run({ type: 'featuresInstall', host, features: ['Multipath-IO'] });
    run({ type: 'setPower', host, action: 'restart' });
  }
  lab.advance(BOOTS_DONE_MS);
  for (const host of nodes) {
    run({ type: 'mpioSetClaim', host, iscsiClaimed: true });
    run({ type: 'setPower', host, action: 'restart' });
  }
  lab.advance(BOOTS_DONE_MS);
  for (const host of nodes) {
    run({ type: 'iscsiStartService', host });
    run({ type: 'iscsiAddPortal', host, address: '172.30.100.21' });
    run({ type: 'iscsiAddPortal', host, address: '172.30.100.22' });
    for (const iqn of targets[host]!) run({ type: 'iscsiConnect', host, iqn, multipath: true });
  }
  return lab;
}

export function reserveOut(host: string, action: string, key: string, extra: { preemptKey?: string; reservationType?: string; number?: number } = {}): Command {
  const { number = 1, ...rest } = extra;
  return { type: 'persistentReserveOut', host, number, action, key, ...rest };
}

export function reservationOf(lab: Lab, host: string, number = 1): DiskReservationView {
  const answer = lab.query({ type: 'diskReservation', host, number });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}
