// A compact text form of an ExtentMap for snapshots. JSON triples cost about 24 characters an
// extent (28 MB for the 1.19 million extents of random 4 KiB writes on 100 GiB); this costs about
// 8, because it writes small differences instead of absolute numbers:
//
//   "x1:" then, for each extent in order, three unsigned numbers:
//     gap    = start − end of the previous extent (of block 0 for the first)
//     length − 1 (an extent holds at least one block)
//     zigzag(value − value of the previous extent (0 for the first))
//   each as a little-endian base-32 varint in the base64url alphabet: a character carries 5 bits,
//   and 32 is added when another character of the same number follows.
//
// The form is canonical: one map has one text (the decoder refuses overlong numbers and unmerged
// neighbours), so it can be hashed as is. Sorted and
// non-overlapping follow from unsigned gaps; the decoder checks the rest (merged, inside the
// device, values in range) and answers a problem that names the rule, the extent and the offset.

import { ExtentMap } from './extent-map';
import { EXTENT_BLOCK_MAX } from './extent-map-tree';

export const EXTENT_TEXT_PREFIX = 'x1:';
/** Blocks and values stay within ±2^52 so that differences and their zigzag stay exact doubles. */
export const EXTENT_CODEC_NUMBER_MAX = 2 ** 52 - 1;
/** 11 characters carry 55 bits, more than any safe integer needs. */
const CHARS_PER_NUMBER_MAX = 11;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CODES = Array.from(ALPHABET, (char) => char.charCodeAt(0));
const DIGIT_OF_CODE = new Int8Array(128).fill(-1);
CODES.forEach((code, digit) => (DIGIT_OF_CODE[code] = digit));

export interface ExtentDecodeLimits {
  /** Every extent must end at or before this block (the device's size in blocks); never past EXTENT_BLOCK_MAX, what a map holds. */
  blockCount: number;
  /** Values allowed, inclusive; 0 … EXTENT_CODEC_NUMBER_MAX when omitted. */
  valueMin?: number;
  valueMax?: number;
  /** At most this many extents (bounds the work a hostile text can ask for). */
  extentCountMax?: number;
}

export type ExtentDecodeRule = 'type' | 'prefix' | 'character' | 'truncated' | 'number' | 'beyond-device' | 'value-range' | 'not-merged' | 'too-many-extents';

export interface ExtentDecodeProblem {
  rule: ExtentDecodeRule;
  /** Index of the extent being read (0 for problems before the first). */
  extent: number;
  /** Character offset in the text where the problem was found. */
  offset: number;
  message: string;
}

export type ExtentDecodeResult = { ok: true; map: ExtentMap } | { ok: false; problem: ExtentDecodeProblem };

/** Encodes a map whose blocks and values are whole numbers in 0 … EXTENT_CODEC_NUMBER_MAX; throws RangeError otherwise (a bug upstream). */
export function encodeExtents(map: ExtentMap): string {
  const writer = new CharWriter();
  let previousEnd = 0;
  let previousValue = 0;
  map.forEach((start, end, value) => {
    if (!inCodecRange(start) || !inCodecRange(end) || !inCodecRange(value)) throw new RangeError(`extent [${start}, ${end}) → ${value} is outside 0 … 2^52 − 1`);
    writer.number(start - previousEnd);
    writer.number(end - start - 1);
    const delta = value - previousValue;
    writer.number(delta >= 0 ? delta * 2 : -delta * 2 - 1);
    previousEnd = end;
    previousValue = value;
  });
  return EXTENT_TEXT_PREFIX + writer.text();
}

export function decodeExtents(text: unknown, limits: ExtentDecodeLimits): ExtentDecodeResult {
  const valueMin = limits.valueMin ?? 0;
  const valueMax = limits.valueMax ?? EXTENT_CODEC_NUMBER_MAX;
  const extentCountMax = limits.extentCountMax ?? Number.MAX_SAFE_INTEGER;
  const blockCount = Math.min(limits.blockCount, EXTENT_BLOCK_MAX);
  let extent = 0;
  let offset = 0;
  /** A problem about extent `extent`, found at character `at`. */
  const fail = (rule: ExtentDecodeRule, at: number, message: string): ExtentDecodeResult => ({ ok: false, problem: { rule, extent, offset: at, message } });
  if (typeof text !== 'string') return fail('type', 0, `must be a text starting with "${EXTENT_TEXT_PREFIX}".`);
  if (!text.startsWith(EXTENT_TEXT_PREFIX)) return fail('prefix', 0, `must start with "${EXTENT_TEXT_PREFIX}" (extent text, version 1).`);
  offset = EXTENT_TEXT_PREFIX.length;

  // Reads one varint at `offset` and moves past it; a problem leaves `offset` on the bad character.
  const readNumber = (): number | ExtentDecodeResult => {
    let result = 0;
    let scale = 1;
    for (let chars = 0; chars < CHARS_PER_NUMBER_MAX; chars++) {
      if (offset >= text.length) return fail('truncated', offset, `ends inside extent ${extent}.`);
      const code = text.charCodeAt(offset);
      const digit = code < 128 ? (DIGIT_OF_CODE[code] as number) : -1;
      if (digit < 0) return fail('character', offset, `holds "${text[offset] ?? ''}" at offset ${offset}, outside base64url.`);
      offset++;
      result += (digit & 31) * scale;
      scale *= 32;
      if (digit >= 32) continue;
      // A last character 0 after others adds nothing: only the shortest form is canonical.
      if (digit === 0 && chars > 0) return fail('number', offset - 1, `extent ${extent} holds a number not written in its shortest form.`);
      return result > Number.MAX_SAFE_INTEGER ? fail('number', offset - 1, `extent ${extent} holds a number past 2^53 − 1.`) : result;
    }
    return fail('number', offset, `extent ${extent} holds a number longer than ${CHARS_PER_NUMBER_MAX} characters.`);
  };

  const starts: number[] = [];
  const ends: number[] = [];
  const values: number[] = [];
  let previousEnd = 0;
  let previousValue = 0;
  while (offset < text.length) {
    const extentOffset = offset;
    if (extent >= extentCountMax) return fail('too-many-extents', extentOffset, `holds more than ${extentCountMax} extents.`);
    const gap = readNumber();
    if (typeof gap !== 'number') return gap;
    const lengthLess = readNumber();
    if (typeof lengthLess !== 'number') return lengthLess;
    const zigzag = readNumber();
    if (typeof zigzag !== 'number') return zigzag;
    const start = previousEnd + gap;
    const end = start + lengthLess + 1;
    const value = previousValue + (zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2);
    if (!(end <= blockCount)) return fail('beyond-device', extentOffset, `extent ${extent} [${start}, ${end}) ends beyond the ${blockCount} blocks of its device.`);
    if (!(value >= valueMin && value <= valueMax)) return fail('value-range', extentOffset, `extent ${extent} holds the value ${value}, outside ${valueMin} … ${valueMax}.`);
    if (extent > 0 && gap === 0 && value === previousValue) return fail('not-merged', extentOffset, `extent ${extent} continues the one before with the same value: they should be one extent.`);
    starts.push(start);
    ends.push(end);
    values.push(value);
    previousEnd = end;
    previousValue = value;
    extent++;
  }
  return { ok: true, map: ExtentMap.fromSorted(starts, ends, values) };
}

function inCodecRange(number: number): boolean {
  return Number.isInteger(number) && number >= 0 && number <= EXTENT_CODEC_NUMBER_MAX;
}

/** Collects character codes and turns them into strings a chunk at a time (fast for millions). */
class CharWriter {
  private chunks: string[] = [];
  private buffer = new Uint8Array(16_384);
  private length = 0;

  number(value: number): void {
    // Room for the longest number, so the loop below needs no bound check.
    if (this.length + CHARS_PER_NUMBER_MAX > this.buffer.length) this.flush();
    let rest = value;
    // Whole doubles above 2^31 cannot use bit operations; they are rare (huge values or deltas).
    while (rest >= 2 ** 31) {
      this.buffer[this.length++] = CODES[(rest % 32) + 32] as number;
      rest = Math.floor(rest / 32);
    }
    while (rest >= 32) {
      this.buffer[this.length++] = CODES[(rest & 31) + 32] as number;
      rest >>>= 5;
    }
    this.buffer[this.length++] = CODES[rest] as number;
  }

  text(): string {
    this.flush();
    return this.chunks.join('');
  }

  private flush(): void {
    // apply takes the typed array as an array-like; a spread would go through its iterator.
    this.chunks.push(String.fromCharCode.apply(null, this.buffer.subarray(0, this.length) as unknown as number[]));
    this.length = 0;
  }
}
