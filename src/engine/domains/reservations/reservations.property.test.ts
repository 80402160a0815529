// Random PERSISTENT RESERVE OUT commands from both nodes, mixed with disconnects, cables, power
// and Disk Management's Online, on the seed lab with HA1: after every step the holder is
// registered, keys and nodes appear once per table, generations only grow, a refused command
// changes nothing, Disconnect and Online pass only when the reservation rules allow; every state
// passes the snapshot checks and a lab restored midway goes on as the live one.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { labContextOf, restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import type { Command, Lab, LabSnapshot } from '../../types';
import { reservedByAnotherNode } from './queries';
import { KEY1, KEY2, reservationLab, T1, T2, ZERO_KEY } from '../../testing/reservation-helpers';

const NODES = ['Demo1', 'Demo2'] as const;
const KEYS = [KEY1, KEY2, 'a1a1a1a1a1a1a1a1', ZERO_KEY, 'not-a-key'] as const;
const node = fc.constantFrom(...NODES);

const OWN_KEY = { Demo1: KEY1, Demo2: KEY2 } as const;
const OTHER = { Demo1: 'Demo2', Demo2: 'Demo1' } as const;
/** A node mostly uses its own key and preempts the other's, as a cluster does; sometimes anything. */
const reserveOutArb: fc.Arbitrary<Command> = node.chain((host) =>
  fc.record({
    type: fc.constant('persistentReserveOut' as const), host: fc.constant(host), number: fc.constantFrom(1, 1, 1, 2),
    action: fc.constantFrom('register', 'register', 'reserve', 'reserve', 'preempt', 'preempt', 'release', 'clear', 'bogus'),
    key: fc.oneof({ weight: 5, arbitrary: fc.constant(OWN_KEY[host]) }, { weight: 2, arbitrary: fc.constantFrom(...KEYS) }),
    preemptKey: fc.oneof({ weight: 4, arbitrary: fc.constant(OWN_KEY[OTHER[host]]) }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.constant(undefined) }),
  }),
);
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 12, arbitrary: reserveOutArb },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('iscsiDisconnect' as const), host: node, iqn: fc.constantFrom(T1, T2) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('iscsiConnect' as const), host: node, iqn: fc.constantFrom(T1, T2), multipath: fc.constant(true) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('diskSet' as const), host: node, number: fc.constant(1), online: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('setNicLink' as const), host: fc.constantFrom(...NODES, 'SWS-Store1'), nic: fc.constant('iSCSI'), linkUp: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('setPower' as const), host: node, action: fc.constantFrom('on', 'off') }) },
);
const stepsArb = fc.array(fc.record({ command: commandArb, advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 200_000 })) }), { minLength: 15, maxLength: 40 });

/** Accepted commands by type (service action for PERSISTENT RESERVE OUT), refusals by code. */
type Seen = { accepted: Record<string, number>; refused: Record<string, number> };

function checkTables(lab: Lab, generations: Map<string, number>): void {
  for (const table of labContextOf(lab).state.reservations.tables.values()) {
    const keys = table.registrations.map((registration) => registration.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(table.registrations.map((registration) => registration.hostId)).size).toBe(keys.length);
    expect(keys).not.toContain(ZERO_KEY);
    if (table.reservation) expect(keys).toContain(table.reservation.holderKey);
    expect(table.generation).toBeGreaterThanOrEqual(generations.get(table.id) ?? 0);
    generations.set(table.id, table.generation);
  }
}

function play(lab: Lab, steps: { command: Command; advanceMs: number }[], seen: Seen, generations = new Map<string, number>()): Lab {
  const state = labContextOf(lab).state;
  for (const { command, advanceMs } of steps) {
    const before = { hash: lab.hash(), version: lab.version() };
    // What the rules allow, judged before the command.
    const hostId = [...state.network.hosts.values()].find((host) => host.name === (command as { host?: string }).host)?.id ?? '';
    const disk = [...state.disks.disks.values()].find((candidate) => candidate.hostId === hostId && candidate.present && candidate.number === 1);
    const reservedElsewhere = disk ? reservedByAnotherNode(state, disk.lun, hostId) : undefined;
    const registered = [...state.reservations.tables.values()].some((table) => table.registrations.some((registration) => registration.hostId === hostId));
    const wasOffline = disk?.state === 'Offline';
    const result = lab.dispatch(command);
    if (!result.ok) {
      seen.refused[result.error.code] = (seen.refused[result.error.code] ?? 0) + 1;
      expect(lab.hash()).toBe(before.hash);
      expect(lab.version()).toBe(before.version);
    } else {
      const kind = command.type === 'persistentReserveOut' ? `${command.type}:${command.action}` : command.type;
      seen.accepted[kind] = (seen.accepted[kind] ?? 0) + 1;
      // The one LUN of the lab: a registered node keeps its sessions; a reserved disk stays Offline on the other node.
      if (command.type === 'iscsiDisconnect') expect(registered).toBe(false);
      if (command.type === 'diskSet' && command.online && wasOffline) expect(reservedElsewhere).toBeUndefined();
    }
    checkTables(lab, generations);
    lab.advance(advanceMs);
  }
  return lab;
}

describe('persistent reservations under random commands', () => {
  test('invariants hold after every step; every state is valid; a restore midway changes nothing', () => {
    const start = JSON.parse(JSON.stringify(reservationLab().snapshot())) as LabSnapshot;
    const seen: Seen = { accepted: {}, refused: {} };
    fc.assert(
      fc.property(stepsArb, stepsArb, (first, second) => {
        const lab = play(restoreLab(start), first, seen);
        const middle = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
        expect(validateSnapshot(middle)).toEqual([]);
        const restored = restoreLab(middle);
        play(lab, second, seen);
        play(restored, second, { accepted: {}, refused: {} });
        expect(restored.hash()).toBe(lab.hash());
        expect(validateSnapshot(JSON.parse(JSON.stringify(lab.snapshot())))).toEqual([]);
      }),
      { seed: 20_261_202, numRuns: 40 },
    );
    // Not vacuous: every service action was carried out at least once, and the refusals were exercised.
    for (const action of ['register', 'reserve', 'preempt', 'release', 'clear']) expect(seen.accepted[`persistentReserveOut:${action}`] ?? 0).toBeGreaterThan(0);
    expect(seen.accepted.iscsiDisconnect ?? 0).toBeGreaterThan(0);
    for (const code of ['reservation.conflict', 'reservation.not_registered', 'iscsi.device_in_use', 'disk.reserved']) expect(seen.refused[code] ?? 0).toBeGreaterThan(0);
  });
});
