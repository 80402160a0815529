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
