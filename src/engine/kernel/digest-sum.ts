// Order-free digests for the incremental hash. A collection's digest is the sum (two 32-bit lanes,
// each mod 2^32) of its members' 64-bit digests: adding or removing one member is O(1) and the
// result does not depend on the order members were added in, so the digest kept up to date change
// by change equals the digest recomputed from scratch.
import { StableHasher } from './stable-hash';

export type Lanes = readonly [high: number, low: number];

/** The 64-bit digest of a JSON value (canonical: object keys sorted). */
export function digestJson(value: unknown): Lanes {
  const hasher = new StableHasher();
  hasher.updateJson(value);
  return hasher.lanes();
}

export class DigestSum {
  high = 0;
  low = 0;
  count = 0;

  add(lanes: Lanes): void {
    this.high = (this.high + lanes[0]) >>> 0;
    this.low = (this.low + lanes[1]) >>> 0;
    this.count++;
  }

  subtract(lanes: Lanes): void {
    this.high = (this.high - lanes[0]) >>> 0;
    this.low = (this.low - lanes[1]) >>> 0;
    this.count--;
  }

  /** What the lab's hash takes of it: count and both lanes. */
  toJSON(): [count: number, high: number, low: number] {
    return [this.count, this.high, this.low];
  }
}

/** One 32-bit word into a murmur3-style lane (for digests of fixed-shape records: extents, events). */
export function mixWord(lane: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = lane ^ k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

const TWO_32 = 2 ** 32;

/** Both 32-bit halves of a safe integer (blocks, generations and times go past 2^32). */
export function mixNumber(lane: number, value: number): number {
  return mixWord(mixWord(lane, value | 0), Math.floor(value / TWO_32) | 0);
}

/** The final avalanche of a lane, as an unsigned 32-bit number. */
export function finishLane(lane: number): number {
  let h = lane ^ (lane >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Seeds of the two lanes of a fixed-shape record's digest. */
export const LANE_SEEDS: readonly [high: number, low: number] = [0x9e3779b9 | 0, 0x7f4a7c15];

// Event texts repeat (a host name, "The network link is down."): their digests are remembered.
// A pure cache, bounded and dropped whole when full, so it changes no result.
const STRING_CACHE_MAX = 4096;
const stringDigests = new Map<string, Lanes>();

/** The 64-bit digest of a string, remembered for strings seen before. */
export function digestString(text: string): Lanes {
  let lanes = stringDigests.get(text);
  if (lanes === undefined) {
    const hasher = new StableHasher();
    hasher.update(text);
    lanes = hasher.lanes();
    if (stringDigests.size >= STRING_CACHE_MAX) stringDigests.clear();
    stringDigests.set(text, lanes);
  }
  return lanes;
}
