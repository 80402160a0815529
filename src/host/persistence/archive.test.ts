// The archive's plan: the newest checkpoints stay dense, older ones are thinned by age, and past
// the size limit the archive starts at a checkpoint close enough to its end.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planArchive } from './archive';

const every200 = (count: number) => Array.from({ length: count }, (_, index) => (index + 1) * 200);

describe('planArchive', () => {
  test('within the limit: every newest checkpoint kept, older ones spaced by at least 1/dense of their age', () => {
    const checkpoints = every200(100);
    const plan = planArchive(checkpoints, 0, 20_200, { commandsMax: 1_000_000, denseCheckpoints: 4 });
    expect(plan.baseCount).toBe(0);
    expect(plan.keep.slice(-4)).toEqual([19_400, 19_600, 19_800, 20_000]);
    expect(plan.keep.length).toBeLessThan(30);
    for (let index = 0; index < plan.keep.length - 4; index++) {
      const [older, newer] = [plan.keep[index]!, plan.keep[index + 1]!];
      expect(newer - older).toBeGreaterThanOrEqual((20_200 - older) / 4);
    }
  });

  test('over the limit: the archive starts at the oldest checkpoint within it', () => {
    const plan = planArchive(every200(20), 0, 4_200, { commandsMax: 1_000, denseCheckpoints: 4 });
    expect(plan).toEqual({ baseCount: 3_200, keep: [3_200, 3_400, 3_600, 3_800, 4_000] });
  });

  test('invariants for any archive', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 1, max: 10 }),
        (raw, commandsMax, denseCheckpoints) => {
          const checkpoints = [...raw].sort((a, b) => a - b);
          const endCount = (checkpoints.at(-1) ?? 0) + 1;
          const plan = planArchive(checkpoints, 0, endCount, { commandsMax, denseCheckpoints });
          // Kept ones are checkpoints, ascending, from the base on; the base is the start or a kept checkpoint.
          expect(plan.keep.every((count) => checkpoints.includes(count) && count >= plan.baseCount)).toBe(true);
          expect(plan.keep).toEqual([...plan.keep].sort((a, b) => a - b));
          expect(plan.baseCount === 0 || plan.keep[0] === plan.baseCount).toBe(true);
          // Within the limit, unless even the newest checkpoint is farther from the end.
          if (endCount - plan.baseCount > commandsMax) expect(plan.baseCount).toBe(checkpoints.at(-1) ?? 0);
          // The newest ones are all kept.
          const newest = checkpoints.filter((count) => count >= plan.baseCount).slice(-denseCheckpoints);
          expect(plan.keep.slice(-newest.length)).toEqual(newest);
        },
      ),
    );
  });
});
