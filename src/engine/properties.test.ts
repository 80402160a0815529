// Determinism properties of the whole engine (same seed and log, same hash). Each seed names both the lab's
// seed and fast-check's, so a failing seed replays exactly; pin it in `pinned`.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createLab, restoreLab } from './lab';
import { hostOf, SEED_LAB_HOSTS, stepArb } from './testing/lab-helpers';
import { seeds } from './testing/seeds';
import type { Command, Lab } from './types';

interface Step {
  command: Command;
  advanceMs: number;
}

function play(lab: Lab, steps: Step[], split: (ms: number) => number[] = (ms) => [ms]): Lab {
  for (const step of steps) {
    lab.dispatch(step.command);
    for (const part of split(step.advanceMs)) lab.advance(part);
  }
  return lab;
}

/** The boot and shutdown durations of every host, power-cycled twice. */
function powerCycleDurations(seed: number): number[] {
  const lab = createLab({ seed });
  const durations: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const action of ['shutdown', 'on'] as const) {
      for (const host of SEED_LAB_HOSTS) {
        lab.dispatch({ type: 'setPower', host, action });
        const { startedMs, dueMs } = hostOf(lab, host).powerTransition!;
        durations.push(dueMs - startedMs);
      }
      lab.advance(200_000);
    }
  }
  return durations;
}

const stepsArb = fc.array(stepArb, { maxLength: 40 });

describe.each(seeds({ pinned: [7, 1337], random: 3 }))('seed %i', (seed) => {
  const run = { seed, numRuns: 25 };

  test('the same seed and command sequence give the same hash', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const first = play(createLab({ seed }), steps);
        const second = play(createLab({ seed }), steps);
        expect(second.hash()).toBe(first.hash());
        expect(second.snapshot()).toEqual(first.snapshot());
      }),
      run,
    );
  });

  test('splitting advances anywhere changes nothing', () => {
    fc.assert(
      fc.property(stepsArb, fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 5 }), (steps, cutPercents) => {
        const whole = play(createLab({ seed }), steps);
        const pieces = play(createLab({ seed }), steps, (ms) => {
          const cuts = [...new Set(cutPercents.map((percent) => Math.floor((ms * percent) / 100)))].sort((a, b) => a - b);
          return [...cuts, ms].map((cut, index) => cut - (index === 0 ? 0 : cuts[index - 1]!));
        });
        expect(pieces.hash()).toBe(whole.hash());
        expect(pieces.nowMs()).toBe(whole.nowMs());
      }),
      run,
    );
  });

  test('a restored snapshot continues exactly like the original', () => {
    fc.assert(
      fc.property(stepsArb, stepsArb, (before, after) => {
        const original = play(createLab({ seed }), before);
        const restored = restoreLab(JSON.parse(JSON.stringify(original.snapshot())));
        expect(play(restored, after).hash()).toBe(play(original, after).hash());
      }),
      { ...run, numRuns: 10 },
    );
  });

  test('boot and shutdown timings are reproducible from the seed', () => {
    expect(powerCycleDurations(seed)).toEqual(powerCycleDurations(seed));
  });
});

describe('different seeds', () => {
  test('give different boot timings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (a, b) => {
        fc.pre(a !== b);
        expect(powerCycleDurations(a)).not.toEqual(powerCycleDurations(b));
      }),
      { numRuns: 50, examples: [[7, 1337], [0, 1], [1, 2]] },
    );
  });
});
