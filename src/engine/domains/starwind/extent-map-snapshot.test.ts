// The snapshot form of an extent map: extent text in chunks a lab file accepts. A fragmented map
// spans several chunks and reads back exactly; a problem names its rule, chunk and offset.
import { describe, expect, test } from 'vitest';
import { EXTENT_TEXT_CHUNK_CHARS } from '../../../domain/starwind/schemas';
import { encodeExtents, ExtentMap } from './extent-map';
import { decodeExtentText, encodeExtentText } from './extent-map-snapshot';

const BLOCK_COUNT = 26_214_400;

/** 30,000 single-block writes at scattered blocks, each its own generation: about 240 KB of text. */
function fragmented(): ExtentMap {
  const map = new ExtentMap();
  let state = 5;
  for (let write = 1; write <= 30_000; write++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const start = state % BLOCK_COUNT;
    map.set(start, start + 1, write);
  }
  return map;
}

describe('extent text in chunks', () => {
  test('a fragmented map spans several full chunks and reads back exactly', () => {
    const map = fragmented();
    const chunks = encodeExtentText(map);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.slice(0, -1).every((chunk) => chunk.length === EXTENT_TEXT_CHUNK_CHARS)).toBe(true);
    expect(chunks.at(-1)!.length).toBeLessThanOrEqual(EXTENT_TEXT_CHUNK_CHARS);
    expect(chunks.join('')).toBe(encodeExtents(map));
    const back = decodeExtentText(chunks, { blockCount: BLOCK_COUNT });
    if (!back.ok) throw new Error(back.problem.message);
    back.map.assertValid();
    expect(back.map.toJSON()).toEqual(map.toJSON());
    expect(encodeExtentText(new ExtentMap())).toEqual(['x1:']);
  });

  test('a problem is located in its chunk', () => {
    const chunks = encodeExtentText(fragmented());
    const broken = [...chunks];
    broken[1] = `${broken[1]!.slice(0, 100)}!${broken[1]!.slice(101)}`;
    expect(decodeExtentText(broken, { blockCount: BLOCK_COUNT })).toMatchObject({ ok: false, problem: { rule: 'character', chunk: 1, offset: 100 } });
    // The last extent ends past a smaller device: found in the last chunk.
    const small = decodeExtentText(chunks, { blockCount: fragmented().lastBlock() });
    expect(small).toMatchObject({ ok: false, problem: { rule: 'beyond-device', chunk: chunks.length - 1 } });
  });

  test('anything but a non-empty list of short texts is refused by the chunks rule', () => {
    const limits = { blockCount: 10 };
    for (const [value, chunk] of [[undefined, 0], ['x1:AJC', 0], [[], 0], [['x1:', 5], 1], [['x1:', 'A'.repeat(EXTENT_TEXT_CHUNK_CHARS + 1)], 1]] as const) {
      expect(decodeExtentText(value, limits)).toMatchObject({ ok: false, problem: { rule: 'chunks', chunk } });
    }
    // Cut anywhere, even inside a number, the chunks read as their joined text.
    expect(decodeExtentText(['x1:A', '', 'JC'], limits)).toMatchObject({ ok: true });
  });
});
