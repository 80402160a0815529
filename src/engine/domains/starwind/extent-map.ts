// A map from block numbers to values, kept as sorted, non-overlapping extents [start, end) with
// adjacent extents of equal value merged. Memory follows what was written, not the device size:
// a 100 GB device written sequentially in one generation is one extent. As a set, use value 1.
//
// The extents live in a copy-on-write B+tree (extent-map-tree.ts), so a write costs O(log n)
// whatever the fragmentation: random 4 KiB writes on a large device make millions of extents, and
// the flat arrays this replaced spliced all of them on every write. clone() is O(1).
//
// Invariants (checked by `assertValid` in tests): start < end ≤ next start; touching extents hold
// different values; `total` is the sum of the lengths and `extentsHeld` their number.

import { nodeDigest, type ExtentDigest } from './extent-map-digest';
import { buildTree, checkTree, descendOwned, emptyLeaf, EXTENT_BLOCK_MAX, firstAbove, isExtentBlock, lastLeaf, leafFor, leavesFrom, putExtent, repair, spliceLeaf, type Branch, type Owner, type Path, type TreeNode } from './extent-map-tree';

export type Extent = readonly [start: number, end: number, value: number];

// The compact snapshot text (extent-map-codec.ts), importable from here with the class.
export { decodeExtents, encodeExtents, EXTENT_TEXT_PREFIX, type ExtentDecodeLimits, type ExtentDecodeProblem, type ExtentDecodeResult, type ExtentDecodeRule } from './extent-map-codec';

export class ExtentMap {
  /** This map's token: it mutates in place only the nodes carrying it (see extent-map-tree.ts). */
  private owner: Owner = {};
  private root: TreeNode = emptyLeaf(this.owner);
  private total = 0;
  private extentsHeld = 0;

  /** Number of extents (the memory this map takes is proportional to it). */
  get extentCount(): number {
    return this.extentsHeld;
  }

  /** Number of blocks that have a value. */
  count(): number {
    return this.total;
  }

  isEmpty(): boolean {
    return this.total === 0;
  }

  valueAt(block: number): number | undefined {
    const leaf = leafFor(this.root, block);
    const index = firstAbove(leaf.ends, leaf.size, block);
    return index < leaf.size && (leaf.starts[index] as number) <= block ? leaf.values[index] : undefined;
  }

  /** Blocks with a value inside [start, end). */
  countIn(start: number, end: number): number {
    let covered = 0;
    this.forEachIn(start, end, (from, to) => {
      covered += to - from;
    });
    return covered;
  }

  /** Removes [start, end). */
  delete(start: number, end: number): void {
    // No block lies outside 0 … EXTENT_BLOCK_MAX, so a wider range removes what this one does; a
    // fraction would be cut by the Uint32 columns, so it is refused.
    start = Math.max(start, 0);
    end = Math.min(end, EXTENT_BLOCK_MAX);
    if (!(start < end)) return;
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw new RangeError(`[${start}, ${end}) is not a range of whole blocks`);
    // Each round edits one leaf: it trims the extent reaching in from the left, or removes the
    // extents of this leaf lying inside [start, end) and trims the one reaching out to the right.
    // A round that does not finish removed at least one extent, so this ends.
    for (;;) {
      const path = descendOwned(this.root, start, this.owner);
      this.root = path.nodes[0] as TreeNode;
      const { leaf } = path;
      const index = path.index;
      if (index >= leaf.size || (leaf.starts[index] as number) >= end) return;
      const from = leaf.starts[index] as number;
      const to = leaf.ends[index] as number;
      if (from < start) {
        leaf.ends[index] = start;
        if (to > end) {
          // [start, end) is inside one extent: punch a hole, keeping the value on both sides.
          spliceLeaf(leaf, index + 1, 0, 1);
          putExtent(leaf, index + 1, end, to, leaf.values[index] as number);
          this.extentsHeld++;
          this.total -= end - start;
          this.root = repair(path, this.owner);
          return;
        }
        this.total -= to - start;
        this.root = repair(path, this.owner);
        continue;
      }
      let past = index;
      let removedBlocks = 0;
      while (past < leaf.size && (leaf.ends[past] as number) <= end) {
        removedBlocks += (leaf.ends[past] as number) - (leaf.starts[past] as number);
        past++;
      }
      spliceLeaf(leaf, index, past - index, 0);
      this.extentsHeld -= past - index;
      this.total -= removedBlocks;
      // The extent now at `index`, if any, ends after `end`: the last one to touch.
      const finished = index < leaf.size;
      if (finished && (leaf.starts[index] as number) < end) {
        this.total -= end - (leaf.starts[index] as number);
        leaf.starts[index] = end;
      }
      this.root = repair(path, this.owner);
      if (finished) return;
    }
  }

  /** Gives every block of [start, end) the value `value`. */
  set(start: number, end: number, value: number): void {
    if (!(start < end)) return;
    if (!isExtentBlock(start) || !isExtentBlock(end)) throw new RangeError(`[${start}, ${end}) is outside blocks 0 … ${EXTENT_BLOCK_MAX}`);
    // The descent for start − 1 lands on the first extent ending at or after `start`: the one the
    // write may merge with on the left, or the first it overlaps.
    const path = descendOwned(this.root, start - 1, this.owner);
    this.root = path.nodes[0] as TreeNode;
    if (this.setInLeaf(path, start, end, value)) this.root = repair(path, this.owner);
    else this.setAcrossLeaves(start, end, value);
  }

  /**
   * The common case of set(), in one descent: every extent the write overlaps or meets lies in the
   * leaf of `path`. Edits that leaf (repair still to do) and answers true, or answers false having
   * changed nothing.
   */
  private setInLeaf(path: Path, start: number, end: number, value: number): boolean {
    const { leaf, index } = path;
    const { starts, ends, values, size } = leaf;
    let past = index;
    while (past < size && (starts[past] as number) <= end) past++;
    // Extents index … past − 1 meet or overlap [start, end). Unless an untouched extent follows them
    // in this leaf, or this is the last leaf, the next leaf may hold more: the general path does it.
    if (past === size && !isLastLeaf(path)) return false;
    let removedBlocks = 0;
    for (let at = index; at < past; at++) removedBlocks += (ends[at] as number) - (starts[at] as number);
    // Up to three extents replace index … past − 1: what is left of the first before `start`, the
    // write (grown by equal neighbours), what is left of the last after `end`. Kept in locals, not
    // temporary arrays: this runs on every write.
    let from = start;
    let to = end;
    const leftEnd = start;
    let leftValue = 0;
    let hasLeft = false;
    const rightStart = end;
    let rightEnd = end;
    let rightValue = 0;
    let hasRight = false;
    if (past > index) {
      const firstStart = starts[index] as number;
      const firstValue = values[index] as number;
      if (firstStart < start) {
        if (firstValue === value) from = firstStart;
        else {
          hasLeft = true;
          leftValue = firstValue;
        }
      }
      const lastEnd = ends[past - 1] as number;
      const lastValue = values[past - 1] as number;
      if (lastEnd > end) {
        if (lastValue === value) to = lastEnd;
        else {
          hasRight = true;
          rightEnd = lastEnd;
          rightValue = lastValue;
        }
      }
    }
    const leftStart = hasLeft ? (starts[index] as number) : start;
    const removed = past - index;
    const added = 1 + (hasLeft ? 1 : 0) + (hasRight ? 1 : 0);
    spliceLeaf(leaf, index, removed, added);
    let at = index;
    if (hasLeft) putExtent(leaf, at++, leftStart, leftEnd, leftValue);
    putExtent(leaf, at++, from, to, value);
    if (hasRight) putExtent(leaf, at, rightStart, rightEnd, rightValue);
    this.total += to - from + (hasLeft ? leftEnd - leftStart : 0) + (hasRight ? rightEnd - rightStart : 0) - removedBlocks;
    this.extentsHeld += added - removed;
    return true;
  }

  /** set() when the extents it touches span leaves: delete, then merge with each neighbour. */
  private setAcrossLeaves(start: number, end: number, value: number): void {
    this.delete(start, end);
    let to = end;
    // Merge with an equal extent starting at `end`: remove it and take its end.
    const after = this.extentFrom(end);
    if (after !== undefined && after[0] === end && after[2] === value) {
      this.delete(after[0], after[1]);
      to = after[1];
    }
    // The first extent ending at or after `start` is the one ending exactly at it, if any.
    const path = descendOwned(this.root, start - 1, this.owner);
    this.root = path.nodes[0] as TreeNode;
    const { leaf, index } = path;
    if (index < leaf.size && leaf.ends[index] === start && leaf.values[index] === value) {
      leaf.ends[index] = to;
    } else {
      // Nothing ends at `start` with this value; `index` is where the new extent goes: the extent
      // there, if any, ends at or after `start`, so after the delete it starts at or after `end`.
      const at = index < leaf.size && leaf.ends[index] === start ? index + 1 : index;
      spliceLeaf(leaf, at, 0, 1);
      putExtent(leaf, at, start, to, value);
      this.extentsHeld++;
    }
    this.total += to - start;
    this.root = repair(path, this.owner);
  }

  clear(): void {
    this.root = emptyLeaf(this.owner);
    this.total = 0;
    this.extentsHeld = 0;
  }

  *extents(): IterableIterator<Extent> {
    for (const [leaf, first] of leavesFrom(this.root, -Infinity)) {
      for (let index = first; index < leaf.size; index++) yield [leaf.starts[index] as number, leaf.ends[index] as number, leaf.values[index] as number];
    }
  }

  /** Calls `visit` for every extent in order, without allocating one tuple each (snapshots, hashes). */
  forEach(visit: (start: number, end: number, value: number) => void): void {
    for (const [leaf] of leavesFrom(this.root, -Infinity)) {
      for (let index = 0; index < leaf.size; index++) visit(leaf.starts[index] as number, leaf.ends[index] as number, leaf.values[index] as number);
    }
  }

  /** The extents overlapping [start, end), clipped to it. */
  extentsIn(start: number, end: number): Extent[] {
    const out: Extent[] = [];
    this.forEachIn(start, end, (from, to, value) => out.push([from, to, value]));
    return out;
  }

  /** this[start, end) := source[start, end), blocks without a value in source included. */
  copyRangeFrom(source: ExtentMap, start: number, end: number): void {
    // Read before deleting, so that copying a range from this map itself changes nothing.
    const copied = source.extentsIn(start, end);
    this.delete(start, end);
    for (const [from, to, value] of copied) this.set(from, to, value);
  }

  /** Adds every block of `other` with `value` (or its own value when omitted): a union. */
  addAll(other: ExtentMap, value?: number): void {
    // Another map's nodes are never mutated by this one (copy-on-write), so it can be walked
    // while this map changes; only this map itself must be read first.
    for (const [from, to, own] of other === this ? [...other.extents()] : other.extents()) this.set(from, to, value ?? own);
  }

  /** Removes every block of `other`: a subtraction. */
  deleteAll(other: ExtentMap): void {
    if (other === this) return this.clear();
    for (const [from, to] of other.extents()) this.delete(from, to);
  }

  /** The first `blocks` blocks with a value, in ascending order, as a new map. */
  firstBlocks(blocks: number): ExtentMap {
    const starts: number[] = [];
    const ends: number[] = [];
    const values: number[] = [];
    let left = blocks;
    for (const [leaf] of leavesFrom(this.root, -Infinity)) {
      for (let index = 0; index < leaf.size && left > 0; index++) {
        const from = leaf.starts[index] as number;
        const to = Math.min(leaf.ends[index] as number, from + left);
        starts.push(from);
        ends.push(to);
        values.push(leaf.values[index] as number);
        left -= to - from;
      }
      if (left <= 0) break;
    }
    return ExtentMap.fromSorted(starts, ends, values);
  }

  /** The largest block with a value, or -1. */
  lastBlock(): number {
    const leaf = lastLeaf(this.root);
    return leaf.size === 0 ? -1 : (leaf.ends[leaf.size - 1] as number) - 1;
  }

  /** O(1): the copy shares this map's nodes; whichever changes a shared node copies it first. */
  clone(): ExtentMap {
    const copy = new ExtentMap();
    copy.root = this.root;
    copy.total = this.total;
    copy.extentsHeld = this.extentsHeld;
    // From now on neither map owns the shared nodes.
    this.owner = {};
    return copy;
  }

  /** Order-free digest of the extents for the lab's hash: cached per node, so cheap after a small change (extent-map-digest.ts). */
  digest(fresh = false): ExtentDigest {
    return nodeDigest(this.root, fresh);
  }

  /** Flat [start, end, value, start, end, value, ...]: readable in tests, and the block state of version 4 snapshots (extent-map-migration.ts). Snapshots now hold the extent text (extent-map-snapshot.ts). */
  toJSON(): number[] {
    const out: number[] = [];
    this.forEach((start, end, value) => out.push(start, end, value));
    return out;
  }

  static fromJSON(flat: readonly number[]): ExtentMap {
    const length = flat.length - (flat.length % 3);
    const starts: number[] = [];
    const ends: number[] = [];
    const values: number[] = [];
    for (let index = 0; index < length; index += 3) {
      const start = flat[index] as number;
      const end = flat[index + 1] as number;
      const value = flat[index + 2] as number;
      const previous = ends.length - 1;
      // A canonical list (what toJSON writes) is loaded in O(n); anything else goes through set().
      if (!(start < end) || (previous >= 0 && ((ends[previous] as number) > start || (ends[previous] === start && values[previous] === value)))) return ExtentMap.fromTriples(flat);
      starts.push(start);
      ends.push(end);
      values.push(value);
    }
    return ExtentMap.fromSorted(starts, ends, values);
  }

  /**
   * Builds a map in O(n) from extents that are sorted, non-overlapping and merged (unchecked);
   * throws a RangeError for a block outside 0 … EXTENT_BLOCK_MAX, which the columns cannot hold.
   */
  static fromSorted(starts: number[], ends: number[], values: number[]): ExtentMap {
    const map = new ExtentMap();
    for (let index = 0; index < ends.length; index++) {
      const start = starts[index] as number;
      const end = ends[index] as number;
      if (!isExtentBlock(start) || !isExtentBlock(end)) throw new RangeError(`[${start}, ${end}) is outside blocks 0 … ${EXTENT_BLOCK_MAX}`);
      map.total += end - start;
    }
    map.root = buildTree(starts, ends, values, map.owner);
    map.extentsHeld = ends.length;
    return map;
  }

  private static fromTriples(flat: readonly number[]): ExtentMap {
    const map = new ExtentMap();
    for (let index = 0; index + 2 < flat.length; index += 3) map.set(flat[index] as number, flat[index + 1] as number, flat[index + 2] as number);
    return map;
  }

  /** Throws when an invariant is broken (tests). */
  assertValid(): void {
    const [extents, blocks] = checkTree(this.root);
    if (extents !== this.extentsHeld) throw new Error(`extent count ${this.extentsHeld} ≠ ${extents}`);
    if (blocks !== this.total) throw new Error(`total ${this.total} ≠ ${blocks}`);
  }

  /** The first extent ending after `block` (it may start after it), unclipped. */
  private extentFrom(block: number): Extent | undefined {
    for (const [leaf, index] of leavesFrom(this.root, block)) {
      if (index < leaf.size) return [leaf.starts[index] as number, leaf.ends[index] as number, leaf.values[index] as number];
    }
    return undefined;
  }

  /** Calls `visit` for the extents overlapping [start, end), clipped to it, in order. */
  private forEachIn(start: number, end: number, visit: (from: number, to: number, value: number) => void): void {
    if (!(start < end)) return;
    for (const [leaf, first] of leavesFrom(this.root, start)) {
      for (let index = first; index < leaf.size; index++) {
        const from = leaf.starts[index] as number;
        if (from >= end) return;
        visit(Math.max(start, from), Math.min(end, leaf.ends[index] as number), leaf.values[index] as number);
      }
    }
  }
}

/** True when the path ends in the tree's last leaf (no extent after it). */
function isLastLeaf(path: Path): boolean {
  return path.slots.every((slot, depth) => slot === (path.nodes[depth] as Branch).children.length - 1);
}
