// The extent map's digest: a function of the content (not of the tree's shape or history), and
// different for different content; the cached digest equals the recomputed one after every change.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ExtentMap } from './extent-map';
import { EXTENT_BLOCK_MAX } from './extent-map-tree';

const opArb = fc.record({ start: fc.integer({ min: 0, max: 5000 }), length: fc.integer({ min: 1, max: 40 }), value: fc.integer({ min: 0, max: 3 }) });

describe('ExtentMap.digest', () => {
  test('cached = recomputed after every change, clones included; equal content, equal digest', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 400 }), (ops) => {
        const map = new ExtentMap();
        let clone: ExtentMap | undefined;
        ops.forEach((op, index) => {
          if (op.value === 0) map.delete(op.start, op.start + op.length);
          else map.set(op.start, op.start + op.length, op.value);
          if (index % 7 === 0) expect(map.digest()).toEqual(map.digest(true));
          if (index === 50) clone = map.clone();
          if (clone && index % 3 === 0) clone.set(op.start, op.start + 1, 9);
        });
        expect(map.digest()).toEqual(map.digest(true));
        if (clone) expect(clone.digest()).toEqual(clone.digest(true));
        // The same content built at once (another tree shape) digests the same.
        expect(ExtentMap.fromJSON(map.toJSON()).digest()).toEqual(map.digest());
      }),
      { numRuns: 200 },
    );
  });

  test('different content, different digest', () => {
    const digestOf = (flat: number[]) => JSON.stringify(ExtentMap.fromJSON(flat).digest());
    const variants = [digestOf([]), digestOf([0, 1, 1]), digestOf([0, 2, 1]), digestOf([1, 2, 1]), digestOf([0, 1, 2]), digestOf([0, 1, 1, 2, 3, 1]), digestOf([EXTENT_BLOCK_MAX - 1, EXTENT_BLOCK_MAX, 1]), digestOf([0, 1, 2 ** 40])];
    expect(new Set(variants).size).toBe(variants.length);
  });
});
