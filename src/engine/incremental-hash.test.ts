// The incremental hash (issue: whole-state work leaves the request path): hash() keeps per-entity,
// per-event, per-timer and per-node block digests up to date from the changes, and must always
// equal fullHashOf(lab), which recomputes every digest from scratch. Random steps of cables,
// power, StarWind creation, writes, device actions, removal and advances, with the hash read
// after some steps only (changes pile up between reads), and snapshot → restore in the middle.
// Each seed names both fast-check's seed; pin failures in `pinned`.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BYTES_PER_MIB } from '../domain/units';
import { fullHashOf, restoreLab } from './lab';
import { seeds } from './testing/seeds';
import { consoleLab, haRequest, STORE1, STORE2 } from './testing/starwind-helpers';
import type { Command, Lab } from './types';

const HOSTS = [STORE1.name, STORE2.name, 'Demo1', 'SWS-DC'] as const;
const ALIASES = ['HA1', 'HA2', 'PL1'] as const;
const DEVICES = ['ha-0001', 'ha-0002', 'device-0001', 'device-0002', 'device-0003', 'device-0005'] as const;

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ type: fc.constant('setPower' as const), host: fc.constantFrom(...HOSTS), action: fc.constantFrom('on' as const, 'off' as const, 'shutdown' as const) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('setNicLink' as const), host: fc.constantFrom(...HOSTS), nic: fc.constantFrom('Public', 'iSCSI'), linkUp: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...ALIASES).map(
      (alias): Command => ({ type: 'starwindCreateDevice', server: STORE1.name, request: haRequest({ targetAlias: alias, sizeBytes: 16 * BYTES_PER_MIB, ...(alias.startsWith('PL') ? { ha: null, deviceType: 'image-file' as const } : {}) }) }),
    ),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('starwindWriteBlocks' as const),
      device: fc.constantFrom(...DEVICES),
      side: fc.constantFrom(0 as const, 1 as const),
      offsetBytes: fc.integer({ min: 0, max: 4000 }).map((block) => block * 4096),
      lengthBytes: fc.constantFrom(4096, 65_536),
      count: fc.integer({ min: 1, max: 8 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('starwindDeviceAction' as const),
      device: fc.constantFrom('ha-0001', 'ha-0002'),
      action: fc.constantFrom('synchronize' as const, 'mark-synchronized' as const, 'maintenance-on' as const, 'maintenance-off' as const),
      side: fc.constantFrom(0 as const, 1 as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('starwindRemoveDevice' as const), device: fc.constantFrom(...DEVICES) }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('starwindDeviceAction' as const), device: fc.constant('ha-0001'), action: fc.constant('set-split-brain-policy' as const), side: fc.constant(0 as const), policy: fc.constantFrom('priority' as const, 'most-recent-writes' as const) }),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.record({ type: fc.constant('starwindDisconnect' as const), server: fc.constantFrom(STORE1.name, STORE2.name) }),
      fc.record({ type: fc.constant('starwindConnect' as const), server: fc.constantFrom(STORE1.name, STORE2.name), login: fc.constant('root'), password: fc.constant('starwind') }),
      fc.record({ type: fc.constant('starwindRemoveServer' as const), server: fc.constantFrom(STORE1.name, STORE2.name) }),
      fc.record({ type: fc.constant('starwindAddServer' as const), address: fc.constantFrom(STORE1.name, STORE2.name), port: fc.constant(3261) }),
      fc.record({
        type: fc.constant('starwindChangeCredentials' as const),
        server: fc.constantFrom(STORE1.name, STORE2.name),
        login: fc.constant('root'),
        password: fc.constant('starwind'),
        newLogin: fc.constant('root'),
        newPassword: fc.constantFrom('starwind', 'Secret-2'),
      }),
    ),
  },
);

interface Step {
  command: Command;
  advanceMs: number;
  /** Read hash() after this step (else the changes pile up for a later read). */
  read: boolean;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  command: commandArb,
  advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 200_000 })),
  read: fc.boolean(),
});

function expectSelfConsistent(lab: Lab): string {
  const hash = lab.hash();
  expect(fullHashOf(lab)).toBe(hash);
  // Reading again, with nothing changed, answers the same.
  expect(lab.hash()).toBe(hash);
  return hash;
}

function play(lab: Lab, steps: Step[]): void {
  for (const step of steps) {
    lab.dispatch(step.command);
    lab.advance(step.advanceMs);
    if (step.read) expectSelfConsistent(lab);
  }
}

describe.each(seeds({ pinned: [7, 1337], random: 2 }))('seed %i', (seed) => {
  test('hash() always equals its full recomputation, before and after a restore', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), fc.array(stepArb, { maxLength: 30 }), fc.boolean(), (before, after, readBeforeSnapshot) => {
        const lab = consoleLab({ seed });
        play(lab, before);
        const hash = readBeforeSnapshot ? expectSelfConsistent(lab) : undefined;
        const restored = restoreLab(JSON.parse(JSON.stringify(lab.snapshot())));
        // The same state hashes the same, from digests kept since the start or computed at once.
        expect(expectSelfConsistent(restored)).toBe(hash ?? expectSelfConsistent(lab));
        play(restored, after);
        play(lab, after);
        expect(expectSelfConsistent(restored)).toBe(expectSelfConsistent(lab));
      }),
      { seed, numRuns: 20 },
    );
  });
});

describe('the incremental hash sees every part', () => {
  test('a write changes it; a refused command does not', () => {
    const lab = consoleLab({ seed: 3 });
    lab.dispatch({ type: 'starwindCreateDevice', server: STORE1.name, request: haRequest({ sizeBytes: 16 * BYTES_PER_MIB }) });
    const before = expectSelfConsistent(lab);
    expect(lab.dispatch({ type: 'starwindWriteBlocks', device: 'ha-0001', side: 0, offsetBytes: -1, lengthBytes: 4096, count: 1 }).ok).toBe(false);
    expect(expectSelfConsistent(lab)).toBe(before);
    expect(lab.dispatch({ type: 'starwindWriteBlocks', device: 'ha-0001', side: 0, offsetBytes: 0, lengthBytes: 4096, count: 1 }).ok).toBe(true);
    expect(expectSelfConsistent(lab)).not.toBe(before);
  });

  test('moving time alone changes it (nowMs), and fullHashOf changes nothing hash() keeps', () => {
    const lab = consoleLab({ seed: 4 });
    const before = lab.hash();
    lab.advance(1);
    lab.dispatch({ type: 'setNicLink', host: 'Demo1', nic: 'Public', linkUp: false });
    const full = fullHashOf(lab);
    expect(full).not.toBe(before);
    expect(lab.hash()).toBe(full);
  });
});
