// The I/O generator meets the LUN's SCSI-3 persistent reservation: under Write Exclusive -
// Registrants Only a node that is not registered is refused with a reservation conflict and
// nothing is written; once registered it writes; preempted, it is refused again.
import { describe, expect, test } from 'vitest';
import { KEY1, KEY2, reservationLab, reserveOut } from '../../testing/reservation-helpers';
import { ok } from '../../testing/starwind-helpers';
import type { Command, Lab } from '../../types';
import { ackedBlocks } from '../starwind/inspect';

const write = (host: string): Command => ({ type: 'diskIo', host, number: 1, op: 'write', pattern: 'sequential', blockBytes: 65_536, count: 16 });

function haId(lab: Lab): string {
  const answer = lab.query({ type: 'haDevices' });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.devices[0]!.id;
}

describe('writes under a persistent reservation', () => {
  test('an unregistered node is refused, a registered one writes, a preempted one is refused again', () => {
    const lab = reservationLab();
    for (const host of ['Demo1', 'Demo2']) ok(lab, { type: 'diskSet', host, number: 1, online: true });
    ok(lab, reserveOut('Demo1', 'register', KEY1));
    ok(lab, reserveOut('Demo1', 'reserve', KEY1));
    const ha = haId(lab);
    const before = ackedBlocks(lab, ha).count();

    const refused = lab.dispatch(write('Demo2'));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('disk.reservation_conflict');
    expect(refused.error.errors?.op).toMatch(/^Reservation conflict: .* reserved .* by Demo1, and Demo2 is not registered\.$/);
    expect(ackedBlocks(lab, ha).count()).toBe(before);

    ok(lab, write('Demo1'));
    ok(lab, reserveOut('Demo2', 'register', KEY2));
    ok(lab, write('Demo2'));
    lab.advance(1_000);

    ok(lab, reserveOut('Demo1', 'preempt', KEY1, { preemptKey: KEY2 }));
    const fenced = lab.dispatch(write('Demo2'));
    expect(fenced.ok ? 'accepted' : fenced.error.code).toBe('disk.reservation_conflict');
  });
});
