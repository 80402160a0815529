import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeExtents, encodeExtents, ExtentMap, type ExtentDecodeResult } from './extent-map';
import { EXTENT_CODEC_NUMBER_MAX } from './extent-map-codec';
import { EXTENT_BLOCK_MAX } from './extent-map-tree';

const BLOCK_COUNT = 26_214_400;

/** A canonical map from arbitrary (start, length, value) writes: what the engine can hold. */
const mapArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: BLOCK_COUNT - 1 }), fc.integer({ min: 1, max: 5_000 }), fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: EXTENT_CODEC_NUMBER_MAX }))), { maxLength: 200 })
  .map((writes) => {
    const map = new ExtentMap();
    for (const [start, length, value] of writes) map.set(start, Math.min(BLOCK_COUNT, start + length), value);
    return map;
  });

function decoded(result: ExtentDecodeResult): ExtentMap {
  if (!result.ok) throw new Error(`${result.problem.rule}: ${result.problem.message}`);
  return result.map;
}

function problemOf(text: unknown, limits = { blockCount: BLOCK_COUNT }) {
  const result = decodeExtents(text, limits);
  if (result.ok) throw new Error(`decoded ${String(text)}`);
  return result.problem;
}

describe('extent text', () => {
  test('round trips any map exactly, and one map has one text', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const text = encodeExtents(map);
        const back = decoded(decodeExtents(text, { blockCount: BLOCK_COUNT }));
        back.assertValid();
        expect(back.toJSON()).toEqual(map.toJSON());
        expect(encodeExtents(back)).toBe(text);
        expect(encodeExtents(ExtentMap.fromJSON(map.toJSON()))).toBe(text);
      }),
      { seed: 36, numRuns: 300 },
    );
  });

  test('small worked example', () => {
    // [0, 1) → 1, [3, 5) → 1, [5, 6) → 2: gaps 0, 2, 0; lengths − 1: 0, 1, 0; value deltas +1, 0, +1 (zigzag 2, 0, 2).
    const map = ExtentMap.fromJSON([0, 1, 1, 3, 5, 1, 5, 6, 2]);
    expect(encodeExtents(map)).toBe('x1:AACCBAAAC');
    expect(encodeExtents(new ExtentMap())).toBe('x1:');
    expect(decoded(decodeExtents('x1:', { blockCount: 0 })).count()).toBe(0);
    // 32 and up take a second character: 40 = 8 + 1·32 → "o" (8 + 32 continues) then "B".
    expect(encodeExtents(ExtentMap.fromJSON([40, 41, 0]))).toBe('x1:oBAA');
  });

  test('a fragmented map costs a few characters an extent', () => {
    const map = new ExtentMap();
    let state = 1;
    for (let write = 1; write <= 20_000; write++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      const start = state % BLOCK_COUNT;
      map.set(start, start + 1, write);
    }
    const text = encodeExtents(map);
    expect(text.length / map.extentCount).toBeLessThan(10);
    expect(text.length).toBeLessThan(JSON.stringify(map.toJSON()).length / 2);
    expect(decoded(decodeExtents(text, { blockCount: BLOCK_COUNT })).toJSON()).toEqual(map.toJSON());
  });

  test('refuses what it cannot honour with the rule, the extent and the offset', () => {
    expect(problemOf(42)).toMatchObject({ rule: 'type', offset: 0 });
    expect(problemOf('[0,1,1]')).toMatchObject({ rule: 'prefix', offset: 0 });
    expect(problemOf('x1:AA*')).toMatchObject({ rule: 'character', extent: 0, offset: 5 });
    expect(problemOf('x1:AAC' + 'é')).toMatchObject({ rule: 'character', extent: 1, offset: 6 });
    expect(problemOf('x1:AACA')).toMatchObject({ rule: 'truncated', extent: 1, offset: 7 });
    expect(problemOf('x1:AAg')).toMatchObject({ rule: 'truncated', extent: 0, offset: 6 });
    expect(problemOf(`x1:${'_'.repeat(11)}B`)).toMatchObject({ rule: 'number', extent: 0 });
    expect(problemOf(`x1:${'_'.repeat(10)}fAA`)).toMatchObject({ rule: 'number', extent: 0 });
    expect(problemOf('x1:A0AC')).toMatchObject({ rule: 'number', extent: 0, offset: 5 });
    // [0, 10) then [10, 20) with the same value: must have been one extent.
    expect(problemOf('x1:AJCAJA')).toMatchObject({ rule: 'not-merged', extent: 1, offset: 6 });
    // An extent ending past the device: [0, 10) on a 9-block device.
    expect(problemOf('x1:AJC', { blockCount: 9 })).toMatchObject({ rule: 'beyond-device', extent: 0, offset: 3 });
    expect(decoded(decodeExtents('x1:AJC', { blockCount: 10 })).toJSON()).toEqual([0, 10, 1]);
    // A value of −1 (zigzag 1) is below the default minimum 0; a limit can narrow the range.
    expect(problemOf('x1:AAB')).toMatchObject({ rule: 'value-range', extent: 0 });
    expect(decodeExtents('x1:AAE', { blockCount: 10, valueMax: 1 })).toMatchObject({ ok: false, problem: { rule: 'value-range' } });
    expect(decodeExtents('x1:AACAAA', { blockCount: 10, extentCountMax: 1 })).toMatchObject({ ok: false, problem: { rule: 'too-many-extents', extent: 1, offset: 6 } });
  });

  test('never throws: any text, or a valid one cut or altered, decodes to a valid map or a problem', () => {
    const alphabet = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_*:x1é'.split(''));
    const textArb = fc.oneof(
      fc.string(),
      fc.array(alphabet, { maxLength: 60 }).map((chars) => `x1:${chars.join('')}`),
      fc.tuple(mapArb, fc.nat(), fc.nat(), alphabet).map(([map, cut, at, char]) => {
        const text = encodeExtents(map);
        const position = 3 + (at % Math.max(1, text.length - 3));
        return (text.slice(0, position) + char + text.slice(position + 1)).slice(0, 3 + (cut % (text.length + 1)));
      }),
    );
    fc.assert(
      fc.property(textArb, fc.integer({ min: 0, max: BLOCK_COUNT }), (text, blockCount) => {
        const result = decodeExtents(text, { blockCount });
        if (result.ok) {
          result.map.assertValid();
          expect(result.map.lastBlock()).toBeLessThan(blockCount);
          expect(encodeExtents(result.map)).toBe(text);
        } else {
          expect(result.problem.message.length).toBeGreaterThan(0);
          expect(result.problem.offset).toBeGreaterThanOrEqual(0);
          expect(result.problem.offset).toBeLessThanOrEqual(typeof text === 'string' ? text.length : 0);
        }
      }),
      { seed: 99, numRuns: 2_000 },
    );
  });

  test('the decoder refuses a block past what a map holds, whatever the device size given', () => {
    const last = new ExtentMap();
    last.set(EXTENT_BLOCK_MAX - 1, EXTENT_BLOCK_MAX, 7);
    const lastText = encodeExtents(last);
    const kept = decodeExtents(lastText, { blockCount: 2 ** 40 });
    expect(kept.ok && kept.map.toJSON()).toEqual([EXTENT_BLOCK_MAX - 1, EXTENT_BLOCK_MAX, 7]);
    // The same extent one block further, [2^32 − 1, 2^32) → 7, written out (no map can hold it).
    const pastText = 'x1:______DAO';
    expect(lastText).toBe('x1:-_____DAO');
    const past = decodeExtents(pastText, { blockCount: 2 ** 40 });
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.problem).toMatchObject({ rule: 'beyond-device', extent: 0 });
  });

  test('the encoder refuses numbers it could not write exactly', () => {
    expect(() => encodeExtents(ExtentMap.fromJSON([0, 1, 2 ** 53]))).toThrow(RangeError);
    expect(() => encodeExtents(ExtentMap.fromJSON([-5, 1, 1]))).toThrow(RangeError);
  });
});
