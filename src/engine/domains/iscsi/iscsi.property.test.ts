// Random sequences of iSCSI commands, cables and power on the seed lab with HA1: every state
// passes the snapshot checks, splitting advances changes nothing (the reconnect timers fire at
// the same instants), and a lab restored midway goes on exactly as the live one.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createLab, restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import type { Command, Lab } from '../../types';

const T1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const T2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';
const NODES = ['Demo1', 'Demo2'] as const;
const STORES = ['SWS-Store1', 'SWS-Store2'] as const;
const PORTALS = ['172.30.100.21', '172.30.100.22', 'SWS-Store1'] as const;

const HA1 = {
  targetAlias: 'HA1', targetName: T1, targetType: 'hard-disk', deviceType: 'ha', sizeBytes: 2 ** 30,
  sectorSizeBytes: 512, cacheMode: 'write-back', cacheSizeMb: 128, image: { folder: 'My Computer\\D\\HA', fileName: 'HA1.img', createNew: true },
  ha: {
    partnerAddress: 'SWS-Store2', partnerPort: 3261, partnerLogin: 'root', partnerPassword: 'starwind', partnerTargetAlias: 'HA1Partner',
    partnerTargetName: T2, partnerImage: { folder: 'My Computer\\D\\HA', fileName: 'HA1Partner.img', createNew: true },
    syncLocalIp: '172.30.100.21', syncPartnerIp: '172.30.100.22', heartbeatLocalIp: '192.168.100.21', heartbeatPartnerIp: '192.168.100.22',
    localPriority: 'primary', failoverStrategy: 'heartbeat', initMethod: 'clear',
  },
} as const;

function storageLab(seed: number): Lab {
  const lab = createLab({ seed });
  const run = (command: unknown) => {
    const result = lab.dispatch(command as Command);
    if (!result.ok) throw new Error(result.error.message);
  };
  for (const server of STORES) {
    run({ type: 'starwindAddServer', address: server, port: 3261 });
    run({ type: 'starwindConnect', server, login: 'root', password: 'starwind' });
  }
  run({ type: 'starwindCreateDevice', server: 'SWS-Store1', request: HA1 });
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
