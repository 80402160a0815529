// A seeded random schedule of cable cuts, power cuts (hard and clean), heals and writes on a
// synchronized HA1, in both StarWind versions. After every step:
//   1. no acknowledged write is lost from a replica that serves (running, synchronized, not
//      blocked) while the two replicas have not both failed — except the blocks a split-brain
//      resolution reports as discarded, which must be exactly the acknowledgements it voided;
//   2. a blocked replica serves nothing (a write to it is refused);
//   3. the lab never stays with both replicas blocked when one is known to be the newest: both
//      blocked only after a total blackout (the last service stopped uncleanly while both were
//      synchronized);
//   4. a replica that takes writes is never held up by a silent partner for longer than the
//      detection time (once, writes were refused for ever after a split brain).
// Pin a failing seed in PINNED; `SEED=<n> npx vitest run <this file>` replays one.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PARTNER_LOSS_DETECTION_MS_DEFAULT, type StarWindVersion } from '../../../domain/starwind';
import { BYTES_PER_MIB } from '../../../domain/units';
import { seeds } from '../../testing/seeds';
import { consoleLab, createHa, finishSync, haView, STORE1, STORE2 } from '../../testing/starwind-helpers';
import type { Command, HaDeviceView, Lab } from '../../types';
import type { ExtentMap } from './extent-map';
import { ackedBlocks, lostAcknowledgedBlocks } from './inspect';

// 1: a split brain still open when both services stopped (its discards went unreported); 14: the
// accounting of a write and a resolution in one step.
const PINNED = [1, 14];
const RUNS = 40;
const STEPS = 60;
const DEVICE_BLOCKS = (16 * BYTES_PER_MIB) / 4096;

const replay = process.env.SEED;
const SEEDS = replay === undefined ? seeds({ pinned: PINNED, random: 1 }) : [Number(replay)];

const HOSTS = [STORE1.name, STORE2.name] as const;
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('setNicLink' as const), host: fc.constantFrom(...HOSTS), nic: fc.constantFrom('Public', 'iSCSI'), linkUp: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('setPower' as const), host: fc.constantFrom(...HOSTS), action: fc.constantFrom('on' as const, 'off' as const, 'shutdown' as const) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('starwindWriteBlocks' as const),
      device: fc.constant('ha-0001'),
      side: fc.constantFrom(0 as const, 1 as const),
      offsetBytes: fc.integer({ min: 0, max: DEVICE_BLOCKS - 16 }).map((block) => block * 4096),
      lengthBytes: fc.constantFrom(4096, 16_384),
      count: fc.integer({ min: 1, max: 4 }),
    }),
  },
);
const stepArb = fc.record({ command: commandArb, advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 8_000 }), fc.integer({ min: 0, max: 200_000 })) });
const scheduleArb = fc.array(stepArb, { minLength: STEPS, maxLength: STEPS });

function view(lab: Lab): HaDeviceView {
  return haView(lab, 'ha-0001');
}

function running(lab: Lab): boolean[] {
  const answer = lab.query({ type: 'starwindServices' });
  if (!answer.ok) throw new Error(answer.error.message);
  return HOSTS.map((host) => answer.value.services.find((service) => service.host === host)?.running === true);
}

/** Blocks whose acknowledged generation went down or vanished between two acked maps. */
function voidedAcks(before: ExtentMap, after: ExtentMap): number {
  let voided = 0;
  for (const [from, to, gen] of before.extents()) {
    let kept = 0;
    for (const [start, end, now] of after.extentsIn(from, to)) if (now >= gen) kept += end - start;
    voided += to - from - kept;
  }
  return voided;
}

function start(version: StarWindVersion, seed: number): Lab {
  const lab = consoleLab({ seed, options: { starwindVersion: version } });
  createHa(lab, { sizeBytes: 16 * BYTES_PER_MIB });
  finishSync(lab, 'ha-0001');
  return lab;
}

/**
 * The blocks the device's split-brain warning reports, when the warning is new. It is kept even
 * when no service could log the event (the last one lost power). One step resolves at most one
 * split brain: a new one needs a cable cut, which is a command of its own.
 */
function reportedDiscards(lab: Lab, previous: string): number {
  const warning = view(lab).splitBrainWarning;
  return warning && warningKey(warning) !== previous ? warning.discardedBlocks : 0;
}

/** A resolution's identity: not whether its event is written yet (`logged` flips later). */
function warningKey(warning: HaDeviceView['splitBrainWarning']): string {
  return warning ? JSON.stringify({ ...warning, logged: undefined }) : 'none';
}

interface Before {
  /** The acknowledged map before the step's command, and after it (before time moved). */
  acked: ExtentMap;
  ackedAfterCommand: ExtentMap;
  /** The split-brain warning before the step, as JSON. */
  warning: string;
}

function check(lab: Lab, before: Before, blackout: boolean): void {
  const ha = view(lab);
  const up = running(lab);
  // 1. Acknowledged writes: voided only by a split-brain resolution, exactly as many as it reports.
  const voided = voidedAcks(before.acked, before.ackedAfterCommand) + voidedAcks(before.ackedAfterCommand, ackedBlocks(lab, 'ha-0001'));
  expect(voided).toBe(reportedDiscards(lab, before.warning));
  if (!ha.splitBrainRisk && !blackout) {
    ha.sides.forEach((side, index) => {
      if (up[index] && side.syncState === 'synchronized' && !side.blocked) expect(lostAcknowledgedBlocks(lab, 'ha-0001', index as 0 | 1)).toBe(0);
    });
  }
  // 2. A blocked replica serves nothing.
  ha.sides.forEach((side, index) => {
    if (!side.blocked) return;
    const refused = lab.validate({ type: 'starwindWriteBlocks', device: 'ha-0001', side: index as 0 | 1, offsetBytes: 0, lengthBytes: 4096, count: 1 });
    expect(refused.ok).toBe(false);
  });
  // 3. Both blocked only after a total blackout.
  if (ha.sides.every((side) => side.blocked)) expect(blackout).toBe(true);
}

/** 4. Since when each side's writes wait for a silent partner (updated in place); fails past the detection time. */
function checkStall(lab: Lab, stalledSinceMs: (number | undefined)[]): void {
  for (const index of [0, 1] as const) {
    const answer = lab.validate({ type: 'starwindWriteBlocks', device: 'ha-0001', side: index, offsetBytes: 0, lengthBytes: 4096, count: 1 });
    const stalled = !answer.ok && answer.error.code === 'starwind.partner_not_responding';
    if (!stalled) stalledSinceMs[index] = undefined;
    else if (stalledSinceMs[index] === undefined) stalledSinceMs[index] = lab.nowMs();
    else expect(lab.nowMs() - stalledSinceMs[index]).toBeLessThanOrEqual(PARTNER_LOSS_DETECTION_MS_DEFAULT);
  }
}

describe.each([5, 8] as const)('a random failure schedule, StarWind %i', (version) => {
  test.each(SEEDS)('seed %i: acknowledged writes kept, blocked replicas silent, no needless blackout', (seed) => {
    fc.assert(
      fc.property(scheduleArb, (steps) => {
        const lab = start(version, seed);
        // A total blackout lasts until someone marks a replica as synchronized (not in this schedule).
        let blackout = false;
        const stalledSinceMs: (number | undefined)[] = [undefined, undefined];
        for (const step of steps) {
          const acked = ackedBlocks(lab, 'ha-0001');
          const ha = view(lab);
          const wasRunning = running(lab);
          lab.dispatch(step.command);
          const before: Before = { acked, ackedAfterCommand: ackedBlocks(lab, 'ha-0001'), warning: warningKey(ha.splitBrainWarning) };
          const afterStop = running(lab);
          // The last service stopping uncleanly while both replicas were synchronized and unblocked.
          const lastStopped = wasRunning.filter(Boolean).length === 1 && afterStop.every((value) => !value);
          const unclean = step.command.type === 'setPower' && step.command.action === 'off';
          // (A split brain still open is decided first, so it never ends in a blackout.)
          if (lastStopped && unclean && !ha.splitBrainRisk && ha.sides.every((side) => side.syncState === 'synchronized' && !side.blocked)) blackout = true;
          lab.advance(step.advanceMs);
          check(lab, before, blackout);
          checkStall(lab, stalledSinceMs);
        }
      }),
      { seed, numRuns: RUNS },
    );
  });
});
