// Random sequences of iSCSI commands, cables and power on the seed lab with HA1: every state
// passes the snapshot checks, splitting advances changes nothing (the reconnect timers fire at
// the same instants), and a lab restored midway goes on exactly as the live one.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import { consoleLab, createHa } from '../../testing/starwind-helpers';
import type { Command, Lab } from '../../types';

const T1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const T2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';
const NODES = ['Demo1', 'Demo2'] as const;
const STORES = ['SWS-Store1', 'SWS-Store2'] as const;
const PORTALS = ['172.30.100.21', '172.30.100.22', 'SWS-Store1'] as const;


function storageLab(seed: number): Lab {
  // The seed document's HA1 / HA1Partner on both storage servers (a target on each).
  const lab = consoleLab({ seed });
  const run = (command: unknown) => {
    const result = lab.dispatch(command as Command);
    if (!result.ok) throw new Error(result.error.message);
  };
  createHa(lab);
  // Both initiators opened once (Yes): the random part then discovers, connects and breaks paths.
  for (const host of NODES) run({ type: 'iscsiStartService', host });
  return lab;
}

const node = fc.constantFrom(...NODES);
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('iscsiQuickConnect' as const), host: node, address: fc.constantFrom(...PORTALS) }),
  fc.record({ type: fc.constant('iscsiAddPortal' as const), host: node, address: fc.constantFrom(...PORTALS) }),
  fc.record({ type: fc.constant('iscsiRemovePortal' as const), host: node, address: fc.constantFrom(...PORTALS) }),
  fc.record({ type: fc.constant('iscsiConnect' as const), host: node, iqn: fc.constantFrom(T1, T2), multipath: fc.boolean(), favorite: fc.boolean() }),
  fc.record({ type: fc.constant('iscsiDisconnect' as const), host: node, iqn: fc.constantFrom(T1, T2) }),
  fc.record({ type: fc.constant('iscsiQuickConnect' as const), host: node, address: fc.constantFrom(...PORTALS) }),
  fc.record({ type: fc.constant('setNicLink' as const), host: fc.constantFrom(...NODES, ...STORES), nic: fc.constant('iSCSI'), linkUp: fc.boolean() }),
  fc.record({ type: fc.constant('setPower' as const), host: fc.constantFrom(...NODES, ...STORES), action: fc.constantFrom('on', 'off', 'restart') }),
);
const stepsArb = fc.array(fc.record({ command: commandArb, advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12_000 }), fc.integer({ min: 0, max: 200_000 })) }), { maxLength: 30 });

function play(lab: Lab, steps: { command: Command; advanceMs: number }[], split = false): Lab {
  for (const step of steps) {
    lab.dispatch(step.command);
    if (split && step.advanceMs > 1) {
      lab.advance(Math.floor(step.advanceMs / 3));
      lab.advance(step.advanceMs - Math.floor(step.advanceMs / 3));
    } else lab.advance(step.advanceMs);
  }
  return lab;
}

describe('iSCSI under random commands, cables and power', () => {
  test('every state is valid; split advances and a restore midway change nothing', () => {
    let withSessions = 0;
    let reconnecting = 0;
    fc.assert(
      fc.property(stepsArb, stepsArb, (first, second) => {
        const lab = play(storageLab(5), first);
        expect(validateSnapshot(JSON.parse(JSON.stringify(lab.snapshot())))).toEqual([]);
        const restored = restoreLab(JSON.parse(JSON.stringify(lab.snapshot())));
        play(lab, second);
        play(restored, second, true);
        expect(restored.hash()).toBe(lab.hash());
        expect(validateSnapshot(JSON.parse(JSON.stringify(lab.snapshot())))).toEqual([]);
        const sessions = NODES.flatMap((host) => {
          const answer = lab.query({ type: 'iscsiSessions', host });
          return answer.ok ? answer.value.sessions : [];
        });
        if (sessions.length > 0) withSessions++;
        if (sessions.some((session) => session.state === 'reconnecting')) reconnecting++;
      }),
      { seed: 20_261_202, numRuns: 40 },
    );
    // Not vacuous: sessions were made, and some were cut and waiting.
    expect(withSessions).toBeGreaterThan(0);
    expect(reconnecting).toBeGreaterThan(0);
  });
});
