import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ExtentMap } from './extent-map';
import { LEAF_MAX } from './extent-map-tree';
import { decodeExtentText, encodeExtentText } from './extent-map-snapshot';

// Large random sequences: thousands of extents, so the B+tree has 2-3 levels and every write or
// delete may split, merge or borrow leaves and branches. The model is one slot per block (0 = no
// value), compared in full at checkpoints; assertValid checks the tree's structure there too.

const BLOCKS = 100_000;

/** mulberry32: a small seeded stream, so each fast-check seed replays the same sequence. */
function streamOf(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Model {
  readonly blocks = new Int32Array(BLOCKS);
  set(start: number, end: number, value: number): void {
    this.blocks.fill(value, start, end);
  }
  delete(start: number, end: number): void {
    this.blocks.fill(0, start, end);
  }
  /** Canonical extents of the model: what the map must hold exactly. */
  toJSON(): number[] {
    const out: number[] = [];
    for (let block = 0; block < BLOCKS; ) {
      const value = this.blocks[block] as number;
      let end = block + 1;
      while (end < BLOCKS && this.blocks[end] === value) end++;
      if (value !== 0) out.push(block, end, value);
      block = end;
    }
    return out;
  }
  clone(): Model {
    const copy = new Model();
    copy.blocks.set(this.blocks);
    return copy;
  }
}

interface Pair {
  map: ExtentMap;
  model: Model;
}

/** One random step: mostly short writes (fragmenting), some equal-value writes (merging), some wide deletes. */
function step(pair: Pair, next: () => number, valueSeq: { next: number }): void {
  const roll = next();
  const start = Math.floor(next() * BLOCKS);
  if (roll < 0.8) {
    const end = Math.min(BLOCKS, start + 1 + Math.floor(next() * 8));
    const value = next() < 0.3 ? 1 + Math.floor(next() * 3) : 10 + valueSeq.next++;
    pair.map.set(start, end, value);
    pair.model.set(start, end, value);
  } else if (roll < 0.997) {
    const end = Math.min(BLOCKS, start + 1 + Math.floor(next() * 16));
    pair.map.delete(start, end);
    pair.model.delete(start, end);
  } else {
    // A wide range: removes or overwrites whole leaves at once.
    const end = Math.min(BLOCKS, start + 1 + Math.floor(next() * 6_000));
    if (next() < 0.5) {
      pair.map.delete(start, end);
      pair.model.delete(start, end);
    } else {
      pair.map.set(start, end, 1);
      pair.model.set(start, end, 1);
    }
  }
}

function expectSame(pair: Pair): void {
  pair.map.assertValid();
  const expected = pair.model.toJSON();
  expect(pair.map.toJSON()).toEqual(expected);
  expect(pair.map.extentCount).toBe(expected.length / 3);
  // Its snapshot form (extent text in chunks) reads back to the model too, as a valid tree.
  const loaded = decodeExtentText(encodeExtentText(pair.map), { blockCount: BLOCKS });
  if (!loaded.ok) throw new Error(loaded.problem.message);
  loaded.map.assertValid();
  expect(loaded.map.toJSON()).toEqual(expected);
}

describe('ExtentMap on a many-level tree', () => {
  test('long random sequences match the per-block model through splits, merges and borrows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const next = streamOf(seed);
        const valueSeq = { next: 0 };
        const pair = { map: new ExtentMap(), model: new Model() };
        let most = 0;
        for (let index = 1; index <= 16_000; index++) {
          step(pair, next, valueSeq);
          most = Math.max(most, pair.map.extentCount);
          if (index % 4_000 === 0) expectSame(pair);
        }
        // More extents than two full levels hold: the tree reached three.
        expect(most).toBeGreaterThan(LEAF_MAX * LEAF_MAX);
        // Empty it in wide strides: the tree shrinks level by level back to one leaf.
        for (let start = 0; start < BLOCKS; start += 7_919) {
          pair.map.delete(start, start + 7_919);
          pair.model.delete(start, start + 7_919);
          expectSame(pair);
        }
        expect([pair.map.extentCount, pair.map.count(), pair.map.lastBlock()]).toEqual([0, 0, -1]);
      }),
      { seed: 8, numRuns: 6 },
    );
  });

  test('queries match the model on a large map', () => {
    const next = streamOf(42);
    const valueSeq = { next: 0 };
    const pair = { map: new ExtentMap(), model: new Model() };
    for (let index = 0; index < 8_000; index++) step(pair, next, valueSeq);
    expectSame(pair);
    for (let probe = 0; probe < 300; probe++) {
      const from = Math.floor(next() * BLOCKS);
      const to = Math.min(BLOCKS, from + Math.floor(next() * 5_000));
      const value = pair.model.blocks[from] as number;
      expect(pair.map.valueAt(from)).toBe(value === 0 ? undefined : value);
      let covered = 0;
      for (let block = from; block < to; block++) if (pair.model.blocks[block] !== 0) covered++;
      expect(pair.map.countIn(from, to)).toBe(covered);
      // The clipped extents, painted back block by block, are the model's slice.
      const painted = new Int32Array(to - from);
      for (const [start, end, held] of pair.map.extentsIn(from, to)) painted.fill(held, start - from, end - from);
      expect(painted.findIndex((held, offset) => held !== pair.model.blocks[from + offset])).toBe(-1);
    }
    const firstTenThousand = pair.map.firstBlocks(10_000);
    firstTenThousand.assertValid();
    expect(firstTenThousand.count()).toBe(Math.min(10_000, pair.map.count()));
    expect([...pair.map.extents()].flat()).toEqual(pair.map.toJSON());
    let lastBlock = BLOCKS - 1;
    while (lastBlock >= 0 && pair.model.blocks[lastBlock] === 0) lastBlock--;
    expect(pair.map.lastBlock()).toBe(lastBlock);
  });

  test('clones share nodes copy-on-write: each side changes alone, at every depth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const next = streamOf(seed);
        const valueSeq = { next: 0 };
        const original = { map: new ExtentMap(), model: new Model() };
        for (let index = 0; index < 6_000; index++) step(original, next, valueSeq);
        const copy = { map: original.map.clone(), model: original.model.clone() };
        const grandchild = { map: copy.map.clone(), model: copy.model.clone() };
        for (let index = 0; index < 3_000; index++) {
          step(original, next, valueSeq);
          step(copy, next, valueSeq);
          if (index % 7 === 0) step(grandchild, next, valueSeq);
        }
        for (const pair of [original, copy, grandchild]) expectSame(pair);
      }),
      { seed: 21, numRuns: 4 },
    );
  });

  test('union, subtraction and range copies between large maps match the model', () => {
    const next = streamOf(7);
    const valueSeq = { next: 0 };
    const a = { map: new ExtentMap(), model: new Model() };
    const b = { map: new ExtentMap(), model: new Model() };
    for (let index = 0; index < 6_000; index++) {
      step(a, next, valueSeq);
      step(b, next, valueSeq);
    }
    const union = { map: a.map.clone(), model: a.model.clone() };
    union.map.addAll(b.map, 1);
    for (let block = 0; block < BLOCKS; block++) if (b.model.blocks[block] !== 0) union.model.blocks[block] = 1;
    expectSame(union);
    const difference = { map: a.map.clone(), model: a.model.clone() };
    difference.map.deleteAll(b.map);
    for (let block = 0; block < BLOCKS; block++) if (b.model.blocks[block] !== 0) difference.model.blocks[block] = 0;
    expectSame(difference);
    const copied = { map: a.map.clone(), model: a.model.clone() };
    copied.map.copyRangeFrom(b.map, 5_000, 45_000);
    copied.model.blocks.set(b.model.blocks.subarray(5_000, 45_000), 5_000);
    expectSame(copied);
    // The sources are untouched by all of that.
    expectSame(a);
    expectSame(b);
  });

  test('fromJSON loads a canonical list in bulk and any other list through set()', () => {
    const next = streamOf(99);
    const valueSeq = { next: 0 };
    const pair = { map: new ExtentMap(), model: new Model() };
    for (let index = 0; index < 8_000; index++) step(pair, next, valueSeq);
    const loaded = ExtentMap.fromJSON(pair.map.toJSON());
    loaded.assertValid();
    expect(loaded.toJSON()).toEqual(pair.map.toJSON());
    // Unsorted, overlapping and unmerged triples: the later one wins, as set() does.
    const messy = ExtentMap.fromJSON([10, 20, 1, 0, 5, 2, 15, 30, 3, 30, 31, 3, 40, 41, 4, 41, 45, 4]);
    messy.assertValid();
    expect(messy.toJSON()).toEqual([0, 5, 2, 10, 15, 1, 15, 31, 3, 40, 45, 4]);
  });
});
