import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ExtentMap } from './extent-map';
import { EXTENT_BLOCK_MAX } from './extent-map-tree';
import { decodeExtentText, encodeExtentText } from './extent-map-snapshot';

/** The naive model: one Map entry per block. */
function modelOf(map: ExtentMap): Map<number, number> {
  const model = new Map<number, number>();
  for (const [start, end, value] of map.extents()) for (let block = start; block < end; block++) model.set(block, value);
  return model;
}

type Op = { op: 'set'; start: number; length: number; value: number } | { op: 'delete'; start: number; length: number };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), start: fc.integer({ min: 0, max: 200 }), length: fc.integer({ min: 0, max: 40 }), value: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('delete' as const), start: fc.integer({ min: 0, max: 200 }), length: fc.integer({ min: 0, max: 40 }) }),
);

function play(ops: Op[]): { map: ExtentMap; model: Map<number, number> } {
  const map = new ExtentMap();
  const model = new Map<number, number>();
  for (const op of ops) {
    if (op.op === 'set') {
      map.set(op.start, op.start + op.length, op.value);
      for (let block = op.start; block < op.start + op.length; block++) model.set(block, op.value);
    } else {
      map.delete(op.start, op.start + op.length);
      for (let block = op.start; block < op.start + op.length; block++) model.delete(block);
    }
    map.assertValid();
  }
  return { map, model };
}

const sorted = (model: Map<number, number>) => [...model.entries()].sort((a, b) => a[0] - b[0]);

describe('ExtentMap', () => {
  test('insert, merge and split', () => {
    const map = new ExtentMap();
    map.set(0, 10, 1);
    map.set(10, 20, 1);
    expect(map.toJSON()).toEqual([0, 20, 1]);
    map.set(5, 8, 2);
    expect(map.toJSON()).toEqual([0, 5, 1, 5, 8, 2, 8, 20, 1]);
    map.delete(6, 12);
    expect(map.toJSON()).toEqual([0, 5, 1, 5, 6, 2, 12, 20, 1]);
    expect([map.count(), map.countIn(4, 13), map.valueAt(5), map.valueAt(7), map.lastBlock()]).toEqual([14, 3, 2, undefined, 19]);
    map.set(5, 12, 1);
    expect(map.toJSON()).toEqual([0, 20, 1]);
  });

  test('firstBlocks takes blocks in ascending order', () => {
    const map = ExtentMap.fromJSON([2, 4, 1, 10, 20, 1]);
    expect(map.firstBlocks(5).toJSON()).toEqual([2, 4, 1, 10, 13, 1]);
    expect(map.firstBlocks(0).count()).toBe(0);
    expect(map.firstBlocks(100).toJSON()).toEqual(map.toJSON());
  });

  test('a map combined with itself', () => {
    const map = ExtentMap.fromJSON([0, 4, 1, 6, 9, 2]);
    map.addAll(map, 3);
    expect(map.toJSON()).toEqual([0, 4, 3, 6, 9, 3]);
    map.copyRangeFrom(map, 2, 8);
    expect(map.toJSON()).toEqual([0, 4, 3, 6, 9, 3]);
    map.deleteAll(map);
    expect([map.count(), map.extentCount]).toEqual([0, 0]);
    map.assertValid();
  });

  test('a sequential stream of writes is one extent', () => {
    const map = new ExtentMap();
    for (let block = 0; block < 26_214_400; block += 1024) map.set(block, block + 1024, 7);
    expect([map.extentCount, map.count()]).toEqual([1, 26_214_400]);
  });

  test('matches a naive per-block model (set, delete, count, countIn)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 60 }), (ops, from, length) => {
        const { map, model } = play(ops);
        expect(sorted(modelOf(map))).toEqual(sorted(model));
        expect(map.count()).toBe(model.size);
        expect(map.countIn(from, from + length)).toBe([...model.keys()].filter((block) => block >= from && block < from + length).length);
        expect(map.valueAt(from)).toBe(model.get(from));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  test('union, subtraction, copyRangeFrom and firstBlocks match the model', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), fc.array(opArb, { maxLength: 30 }), fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 80 }), (opsA, opsB, from, length) => {
        const a = play(opsA);
        const b = play(opsB);
        const union = a.map.clone();
        union.addAll(b.map, 1);
        union.assertValid();
        expect(new Set(modelOf(union).keys())).toEqual(new Set([...a.model.keys(), ...b.model.keys()]));
        const difference = a.map.clone();
        difference.deleteAll(b.map);
        difference.assertValid();
        expect(sorted(modelOf(difference))).toEqual(sorted(a.model).filter(([block]) => !b.model.has(block)));
        const copy = a.map.clone();
        copy.copyRangeFrom(b.map, from, from + length);
        copy.assertValid();
        const expected = new Map(a.model);
        for (let block = from; block < from + length; block++) {
          if (b.model.has(block)) expected.set(block, b.model.get(block) as number);
          else expected.delete(block);
        }
        expect(sorted(modelOf(copy))).toEqual(sorted(expected));
        const first = a.map.firstBlocks(length);
        first.assertValid();
        expect(sorted(modelOf(first))).toEqual(sorted(a.model).slice(0, length));
        expect(ExtentMap.fromJSON(a.map.toJSON()).toJSON()).toEqual(a.map.toJSON());
        // The snapshot form reads back to the same blocks.
        const loaded = decodeExtentText(encodeExtentText(a.map), { blockCount: 240 });
        if (!loaded.ok) throw new Error(loaded.problem.message);
        expect(sorted(modelOf(loaded.map))).toEqual(sorted(a.model));
      }),
      { seed: 1337, numRuns: 300 },
    );
  });
});

describe('blocks a map holds: whole numbers 0 … EXTENT_BLOCK_MAX (Uint32 columns)', () => {
  test('the last blocks are kept exactly, values stay doubles', () => {
    const map = new ExtentMap();
    map.set(EXTENT_BLOCK_MAX - 2, EXTENT_BLOCK_MAX, 2 ** 40);
    map.set(0, 1, 0.5);
    map.assertValid();
    expect(map.toJSON()).toEqual([0, 1, 0.5, EXTENT_BLOCK_MAX - 2, EXTENT_BLOCK_MAX, 2 ** 40]);
    expect(map.valueAt(EXTENT_BLOCK_MAX - 1)).toBe(2 ** 40);
    expect(map.lastBlock()).toBe(EXTENT_BLOCK_MAX - 1);
    expect(ExtentMap.fromJSON(map.toJSON()).toJSON()).toEqual(map.toJSON());
  });

  test('a block it cannot hold is a RangeError, never a block wrapped around', () => {
    const map = new ExtentMap();
    map.set(10, 20, 1);
    expect(() => map.set(EXTENT_BLOCK_MAX, EXTENT_BLOCK_MAX + 1, 1)).toThrow(RangeError);
    expect(() => map.set(-1, 3, 1)).toThrow(RangeError);
    expect(() => map.set(1.5, 3, 1)).toThrow(RangeError);
    expect(() => ExtentMap.fromJSON([0, 2 ** 32, 1])).toThrow(RangeError);
    expect(() => ExtentMap.fromSorted([2 ** 33], [2 ** 33 + 1], [1])).toThrow(RangeError);
    expect(() => map.delete(11.5, 12)).toThrow(RangeError);
    // Nothing changed, and a delete wider than the blocks removes what lies inside them.
    expect(map.toJSON()).toEqual([10, 20, 1]);
    map.delete(-Infinity, 15);
    expect(map.toJSON()).toEqual([15, 20, 1]);
    map.delete(18, 2 ** 40);
    expect(map.toJSON()).toEqual([15, 18, 1]);
    map.assertValid();
  });
});
