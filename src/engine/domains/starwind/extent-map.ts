// A map from block numbers to values, kept as sorted, non-overlapping extents [start, end) with
// adjacent extents of equal value merged. Memory follows what was written, not the device size:
// a 100 GB device written sequentially in one generation is one extent. As a set, use value 1.
//
// Invariants (checked by `assertValid` in tests): starts[i] < ends[i] ≤ starts[i + 1]; when
// ends[i] === starts[i + 1] the values differ; `total` is the sum of the lengths.

export type Extent = readonly [start: number, end: number, value: number];

export class ExtentMap {
  private starts: number[] = [];
  private ends: number[] = [];
  private values: number[] = [];
  private total = 0;

  /** Number of extents (the memory this map takes is proportional to it). */
  get extentCount(): number {
    return this.starts.length;
  }

  /** Number of blocks that have a value. */
  count(): number {
    return this.total;
  }

  isEmpty(): boolean {
    return this.total === 0;
  }

  /** Index of the first extent whose end is after `block`. */
  private firstEndingAfter(block: number): number {
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.ends[middle] as number) <= block) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  valueAt(block: number): number | undefined {
    const index = this.firstEndingAfter(block);
    return index < this.starts.length && (this.starts[index] as number) <= block ? this.values[index] : undefined;
  }

  /** Blocks with a value inside [start, end). */
  countIn(start: number, end: number): number {
    let covered = 0;
    for (let index = this.firstEndingAfter(start); index < this.starts.length; index++) {
      const from = this.starts[index] as number;
      if (from >= end) break;
      covered += Math.min(end, this.ends[index] as number) - Math.max(start, from);
    }
    return covered;
  }

  /** Removes [start, end). */
  delete(start: number, end: number): void {
    if (!(start < end)) return;
    const first = this.firstEndingAfter(start);
    let last = first;
    while (last < this.starts.length && (this.starts[last] as number) < end) last++;
    if (first === last) return;
    // Extents first..last-1 overlap [start, end); keep their parts outside it.
    const firstStart = this.starts[first] as number;
    const lastEnd = this.ends[last - 1] as number;
    const firstValue = this.values[first] as number;
    const lastValue = this.values[last - 1] as number;
    for (let index = first; index < last; index++) this.total -= (this.ends[index] as number) - (this.starts[index] as number);
    const keptStarts: number[] = [];
    const keptEnds: number[] = [];
    const keptValues: number[] = [];
    if (firstStart < start) {
      keptStarts.push(firstStart);
      keptEnds.push(start);
      keptValues.push(firstValue);
    }
    if (lastEnd > end) {
      keptStarts.push(end);
      keptEnds.push(lastEnd);
      keptValues.push(lastValue);
    }
    for (let index = 0; index < keptStarts.length; index++) this.total += (keptEnds[index] as number) - (keptStarts[index] as number);
    this.starts.splice(first, last - first, ...keptStarts);
    this.ends.splice(first, last - first, ...keptEnds);
    this.values.splice(first, last - first, ...keptValues);
  }

  /** Gives every block of [start, end) the value `value`. */
  set(start: number, end: number, value: number): void {
    if (!(start < end)) return;
    this.delete(start, end);
    let index = this.firstEndingAfter(start);
    // After the delete nothing overlaps; `index` is where [start, end) goes.
    let from = start;
    let to = end;
    const before = index - 1;
    if (before >= 0 && this.ends[before] === start && this.values[before] === value) {
      from = this.starts[before] as number;
      this.total -= start - from;
      this.starts.splice(before, 1);
      this.ends.splice(before, 1);
      this.values.splice(before, 1);
      index = before;
    }
    if (index < this.starts.length && this.starts[index] === end && this.values[index] === value) {
      to = this.ends[index] as number;
      this.total -= to - end;
      this.starts.splice(index, 1);
      this.ends.splice(index, 1);
      this.values.splice(index, 1);
    }
    this.starts.splice(index, 0, from);
    this.ends.splice(index, 0, to);
    this.values.splice(index, 0, value);
    this.total += to - from;
  }

  clear(): void {
    this.starts = [];
    this.ends = [];
    this.values = [];
    this.total = 0;
  }

  *extents(): IterableIterator<Extent> {
    for (let index = 0; index < this.starts.length; index++) yield [this.starts[index] as number, this.ends[index] as number, this.values[index] as number];
  }

  /** The extents overlapping [start, end), clipped to it. */
  extentsIn(start: number, end: number): Extent[] {
    const out: Extent[] = [];
    for (let index = this.firstEndingAfter(start); index < this.starts.length; index++) {
      const from = this.starts[index] as number;
      if (from >= end) break;
      out.push([Math.max(start, from), Math.min(end, this.ends[index] as number), this.values[index] as number]);
    }
    return out;
  }

  /** this[start, end) := source[start, end), blocks without a value in source included. */
  copyRangeFrom(source: ExtentMap, start: number, end: number): void {
    this.delete(start, end);
    for (const [from, to, value] of source.extentsIn(start, end)) this.set(from, to, value);
  }

  /** Adds every block of `other` with `value` (or its own value when omitted): a union. */
  addAll(other: ExtentMap, value?: number): void {
    for (const [from, to, own] of [...other.extents()]) this.set(from, to, value ?? own);
  }

  /** Removes every block of `other`: a subtraction. */
  deleteAll(other: ExtentMap): void {
    for (const [from, to] of [...other.extents()]) this.delete(from, to);
  }

  /** The first `blocks` blocks with a value, in ascending order, as a new map. */
  firstBlocks(blocks: number): ExtentMap {
    const out = new ExtentMap();
    let left = blocks;
    for (let index = 0; index < this.starts.length && left > 0; index++) {
      const from = this.starts[index] as number;
      const to = Math.min(this.ends[index] as number, from + left);
      out.set(from, to, this.values[index] as number);
      left -= to - from;
    }
    return out;
  }

  /** The largest block with a value, or -1. */
  lastBlock(): number {
    const last = this.ends.length - 1;
    return last < 0 ? -1 : (this.ends[last] as number) - 1;
  }

  clone(): ExtentMap {
    return ExtentMap.fromJSON(this.toJSON());
  }

  /** Flat [start, end, value, start, end, value, ...]: compact in snapshots and hashes. */
  toJSON(): number[] {
    const out: number[] = [];
    for (let index = 0; index < this.starts.length; index++) out.push(this.starts[index] as number, this.ends[index] as number, this.values[index] as number);
    return out;
  }

  static fromJSON(flat: readonly number[]): ExtentMap {
    const map = new ExtentMap();
    for (let index = 0; index + 2 < flat.length; index += 3) map.set(flat[index] as number, flat[index + 1] as number, flat[index + 2] as number);
    return map;
  }

  /** Problems with a serialized map (for the snapshot check); [] when fine. */
  static jsonProblems(flat: unknown): string[] {
    if (!Array.isArray(flat) || flat.length % 3 !== 0) return ['must be a list of [start, end, value] triples.'];
    let previousEnd = 0;
    for (let index = 0; index < flat.length; index += 3) {
      const [start, end, value] = [flat[index], flat[index + 1], flat[index + 2]] as unknown[];
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || !Number.isSafeInteger(value)) return [`extent ${index / 3} must hold whole numbers.`];
      if ((start as number) < previousEnd || (start as number) >= (end as number)) return [`extent ${index / 3} [${String(start)}, ${String(end)}) is empty, or overlaps or precedes the one before.`];
      previousEnd = end as number;
    }
    return [];
  }

  /** Throws when an invariant is broken (tests). */
  assertValid(): void {
    let sum = 0;
    for (let index = 0; index < this.starts.length; index++) {
      const start = this.starts[index] as number;
      const end = this.ends[index] as number;
      if (!(start < end)) throw new Error(`extent ${index} is empty`);
      if (index > 0) {
        const previousEnd = this.ends[index - 1] as number;
        if (previousEnd > start) throw new Error(`extent ${index} overlaps`);
        if (previousEnd === start && this.values[index - 1] === this.values[index]) throw new Error(`extent ${index} should be merged`);
      }
      sum += end - start;
    }
    if (sum !== this.total) throw new Error(`total ${this.total} ≠ ${sum}`);
  }
}
