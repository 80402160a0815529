// Random sessions, cables, power, claims and disk changes on the seed lab with HA1 and Multipath
// I/O on both nodes: every disk's paths are live sessions (Failed exactly when the session is
// Reconnecting), numbers are unique per server, a claimed server shows each LUN once, every state
// passes the snapshot checks, and a lab restored midway (advances split) goes on as the live one.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import { consoleLab, createHa } from '../../testing/starwind-helpers';
import { hostOf } from '../../testing/lab-helpers';
import type { Command, Lab } from '../../types';

const T1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const T2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';
const NODES = ['Demo1', 'Demo2'] as const;
const STORES = ['SWS-Store1', 'SWS-Store2'] as const;


function storageLab(seed: number): Lab {
  // The seed document's HA1 / HA1Partner on both storage servers (a target on each).
  const lab = consoleLab({ seed });
  const run = (command: unknown) => {
    const result = lab.dispatch(command as Command);
    if (!result.ok) throw new Error(result.error.message);
  };
  createHa(lab);
  for (const host of NODES) {
    run({ type: 'featuresInstall', host, features: ['Multipath-IO'] });
    run({ type: 'setPower', host, action: 'restart' });
  }
  lab.advance(300_000);
  // Demo1 starts claimed (one disk per LUN), Demo2 not (one per path); the random part may toggle both.
  run({ type: 'mpioSetClaim', host: 'Demo1', iscsiClaimed: true });
  run({ type: 'setPower', host: 'Demo1', action: 'restart' });
  lab.advance(300_000);
  for (const host of NODES) {
    expect(hostOf(lab, host).powerState).toBe('on');
    run({ type: 'iscsiStartService', host });
    for (const address of ['172.30.100.21', '172.30.100.22']) run({ type: 'iscsiAddPortal', host, address });
  }
  return lab;
}

const node = fc.constantFrom(...NODES);
const diskNumber = fc.integer({ min: 1, max: 4 });
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('iscsiConnect' as const), host: node, iqn: fc.constantFrom(T1, T2), multipath: fc.constant(true), favorite: fc.boolean() }),
  fc.record({ type: fc.constant('iscsiDisconnect' as const), host: node, iqn: fc.constantFrom(T1, T2) }),
  fc.record({ type: fc.constant('mpioSetClaim' as const), host: node, iscsiClaimed: fc.boolean() }),
  fc.record({ type: fc.constant('diskSet' as const), host: node, number: diskNumber, online: fc.boolean(), partitionStyle: fc.constantFrom('MBR', 'GPT') }),
  fc.record({ type: fc.constant('diskSetMpio' as const), host: node, number: diskNumber, policy: fc.constantFrom('fail-over-only', 'round-robin', 'least-blocks') }),
  fc.record({ type: fc.constant('setNicLink' as const), host: fc.constantFrom(...NODES, ...STORES), nic: fc.constant('iSCSI'), linkUp: fc.boolean() }),
  fc.record({ type: fc.constant('setPower' as const), host: fc.constantFrom(...NODES, ...STORES), action: fc.constantFrom('on', 'off', 'restart') }),
);
const stepsArb = fc.array(fc.record({ command: commandArb, advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 25_000 }), fc.integer({ min: 0, max: 200_000 })) }), { maxLength: 30 });

function play(lab: Lab, steps: { command: Command; advanceMs: number }[], split = false, observe?: (lab: Lab) => void): Lab {
  for (const step of steps) {
    lab.dispatch(step.command);
    observe?.(lab);
    if (split && step.advanceMs > 1) {
      lab.advance(Math.floor(step.advanceMs / 3));
      lab.advance(step.advanceMs - Math.floor(step.advanceMs / 3));
    } else lab.advance(step.advanceMs);
  }
  return lab;
}

/** The invariants of one server's disks against its sessions; answers how many paths were Failed. */
function checkHost(lab: Lab, host: string): { disks: number; failed: number; multipath: boolean } {
  const disks = lab.query({ type: 'hostDisks', host });
  const sessions = lab.query({ type: 'iscsiSessions', host });
  const mpio = lab.query({ type: 'hostMpio', host });
  if (!disks.ok || !sessions.ok || !mpio.ok) throw new Error('query refused');
  const live = new Map(sessions.value.sessions.map((session) => [session.id, session]));
  const list = disks.value.disks;
  expect(new Set(list.map((disk) => disk.number)).size).toBe(list.length);
  expect(list[0]).toMatchObject({ number: 0, kind: 'system', state: 'Online' });
  let failed = 0;
  for (const disk of list.slice(1)) {
    expect(disk.paths.length).toBeGreaterThan(0);
    expect(disk.multipath).toBe(mpio.value.iscsiClaimed);
    if (!disk.multipath) expect(disk.paths).toHaveLength(1);
    for (const path of disk.paths) {
      const session = live.get(path.session);
      expect(session).toBeDefined();
      expect(path.state === 'Failed').toBe(session!.state === 'reconnecting');
      if (path.state === 'Failed') failed++;
    }
  }
  if (mpio.value.iscsiClaimed) expect(new Set(list.slice(1).map((disk) => disk.lun)).size).toBe(list.length - 1);
  return { disks: list.length - 1, failed, multipath: list.some((disk) => disk.multipath) };
}

describe('disks under random sessions, cables, power and claims', () => {
  test('paths are live sessions; every state is valid; a restore midway changes nothing', () => {
    let withDisks = 0;
    let withFailed = 0;
    let multipath = 0;
    fc.assert(
      fc.property(stepsArb, stepsArb, (first, second) => {
        // The invariants hold after every command, before its time passes.
        const observe = (live: Lab) => {
          for (const host of NODES) {
            const seen = checkHost(live, host);
            if (seen.disks > 0) withDisks++;
            if (seen.failed > 0) withFailed++;
            if (seen.multipath) multipath++;
          }
        };
        const lab = play(storageLab(5), first, false, observe);
        expect(validateSnapshot(JSON.parse(JSON.stringify(lab.snapshot())))).toEqual([]);
        const restored = restoreLab(JSON.parse(JSON.stringify(lab.snapshot())));
        play(lab, second, false, observe);
        play(restored, second, true);
        expect(restored.hash()).toBe(lab.hash());
        expect(validateSnapshot(JSON.parse(JSON.stringify(lab.snapshot())))).toEqual([]);
        for (const host of NODES) checkHost(lab, host);
      }),
      { seed: 20_261_202, numRuns: 50 },
    );
    // Not vacuous: disks appeared, some paths were Failed, some servers had claimed disks.
    expect(withDisks).toBeGreaterThan(0);
    expect(withFailed).toBeGreaterThan(0);
    expect(multipath).toBeGreaterThan(0);
  });
});
