// The B+tree under ExtentMap: extents [start, end) → value live in leaves of bounded size, in
// ascending order; a branch keeps, per child, the end of the last extent below it, so a descent
// finds "the first extent ending after block b" in O(log n). Why a B+tree and not a balanced
// binary tree: leaves are three fixed-size typed-array columns in one buffer (16 bytes an extent,
// no object per extent, nothing reallocated by a write), iteration walks arrays, and a split or
// merge moves at most LEAF_MAX extents.
//
// Copy-on-write: every node records the owner token of the map that created it. A map mutates a
// node in place only when it owns it; otherwise it copies the node (and the path above it) first.
// So clone() is O(1): both maps take fresh tokens and share the old nodes until they diverge.
//
// Invariants (checked by checkTree): all leaves at the same depth; a non-root node holds between
// its MIN and MAX entries; a root branch has at least 2 children; lastEnds[i] is the last end in
// children[i]; extents ascend across leaves; a leaf's entries past its size are unused.

/** An identity token: nodes whose owner is not the map's own token are shared and read-only. */
export type Owner = object;

/**
 * A node's cached digest for the lab's hash (extent-map-digest.ts): the sum of its extents'
 * digests, or undefined when not known. Cleared whenever the node is taken for a change
 * (ownedCopy), so a write re-hashes only the nodes on its path.
 */
export type NodeDigest = readonly [high: number, low: number] | undefined;

export interface Leaf {
  readonly kind: 'leaf';
  owner: Owner;
  /** Extents held: entries 0 … size − 1 of the columns are in use, the rest is room to grow. */
  size: number;
  /** Block numbers as Uint32 (see EXTENT_BLOCK_MAX); values as doubles (any number). */
  starts: Uint32Array;
  ends: Uint32Array;
  values: Float64Array;
  digest: NodeDigest;
}

export interface Branch {
  readonly kind: 'branch';
  owner: Owner;
  children: TreeNode[];
  /** lastEnds[i]: the end of the last extent under children[i] (the descent key). */
  lastEnds: number[];
  digest: NodeDigest;
}

export type TreeNode = Leaf | Branch;

// 64 extents a leaf: an insert moves at most 64 numbers per column, a million-extent map is 4
// levels deep. MIN is MAX / 4 so a node that underflows can always merge with its sibling or borrow
// from it and leave both at ≥ MIN.
export const LEAF_MAX = 64;
export const BRANCH_MAX = 64;
const LEAF_MIN = LEAF_MAX / 4;
const BRANCH_MIN = BRANCH_MAX / 4;
/**
 * A leaf's columns are allocated once at this length: one change grows a leaf by at most 2
 * extents (a write splitting the extent it lands in) before repair() splits it.
 */
const LEAF_CAPACITY = LEAF_MAX + 2;
/** Fill of bulk-built nodes: room for inserts before the first splits. */
const BULK_FILL = 0.75;

/**
 * The largest block number a map holds (as a start or an end): starts and ends are Uint32 columns.
 * Why not doubles: a million random writes make a million extents, and the leaves then outgrow
 * the CPU caches, so a write's cost is mostly the cache lines of its leaf; 4-byte blocks cut a
 * leaf from 24 to 16 bytes an extent (block-state bench, 7–8 runs each on a shared machine: a
 * write through Lab.dispatch at a million extents 7.1 → 6.4 µs CPU, a walk of all extents
 * 104 → 60 ms, taking a snapshot 1.48 → 1.03 s). With 4 KiB blocks this bounds a device
 * at 2^32 − 1 blocks, 16 TiB − 4 KiB: the device size rule (create-device.ts) and the snapshot
 * check (snapshot-check.ts) keep every device below it, the extent text decoder refuses blocks
 * past it, and ExtentMap throws a RangeError rather than wrap a block around.
 */
export const EXTENT_BLOCK_MAX = 2 ** 32 - 1;

/** True for a whole number of blocks a leaf column can hold exactly. */
export function isExtentBlock(block: number): boolean {
  return Number.isInteger(block) && block >= 0 && block <= EXTENT_BLOCK_MAX;
}

const BYTES_PER_EXTENT = Float64Array.BYTES_PER_ELEMENT + 2 * Uint32Array.BYTES_PER_ELEMENT;

/**
 * A leaf's three columns live in one buffer (one allocation, adjacent in memory) as typed arrays:
 * no per-extent objects, nothing for the garbage collector to trace, and no array reallocated by
 * a write. Only a split, a copy-on-write or a bulk build allocates a leaf. The 8-byte column comes
 * first so that every column is aligned.
 */
export function emptyLeaf(owner: Owner): Leaf {
  const buffer = new ArrayBuffer(LEAF_CAPACITY * BYTES_PER_EXTENT);
  const valuesBytes = LEAF_CAPACITY * Float64Array.BYTES_PER_ELEMENT;
  const startsBytes = LEAF_CAPACITY * Uint32Array.BYTES_PER_ELEMENT;
  return {
    kind: 'leaf',
    owner,
    size: 0,
    values: new Float64Array(buffer, 0, LEAF_CAPACITY),
    starts: new Uint32Array(buffer, valuesBytes, LEAF_CAPACITY),
    ends: new Uint32Array(buffer, valuesBytes + startsBytes, LEAF_CAPACITY),
    digest: undefined,
  };
}

/**
 * Opens or closes a gap in a leaf: `removed` entries from `index` give way to `added` entries,
 * which the caller then writes at index … index + added − 1; the entries after move.
 */
export function spliceLeaf(leaf: Leaf, index: number, removed: number, added: number): void {
  const size = leaf.size;
  const newSize = size + added - removed;
  if (newSize > LEAF_CAPACITY) throw new Error(`a leaf would hold ${newSize} extents, past its capacity`);
  const { starts, ends, values } = leaf;
  // A plain loop: the columns are short, and a builtin's call costs more than moving them.
  if (added > removed) {
    for (let from = size - 1, to = newSize - 1; from >= index + removed; from--, to--) {
      starts[to] = starts[from] as number;
      ends[to] = ends[from] as number;
      values[to] = values[from] as number;
    }
  } else if (added < removed) {
    for (let from = index + removed, to = index + added; from < size; from++, to++) {
      starts[to] = starts[from] as number;
      ends[to] = ends[from] as number;
      values[to] = values[from] as number;
    }
  }
  leaf.size = newSize;
}

/** Writes entry `index` of a leaf. */
export function putExtent(leaf: Leaf, index: number, start: number, end: number, value: number): void {
  leaf.starts[index] = start;
  leaf.ends[index] = end;
  leaf.values[index] = value;
}

/** Copies `count` entries of `from` from `fromIndex` over `to`'s entries from `toIndex` (different leaves). */
function copyEntries(from: Leaf, fromIndex: number, to: Leaf, toIndex: number, count: number): void {
  to.starts.set(from.starts.subarray(fromIndex, fromIndex + count), toIndex);
  to.ends.set(from.ends.subarray(fromIndex, fromIndex + count), toIndex);
  to.values.set(from.values.subarray(fromIndex, fromIndex + count), toIndex);
}

function sizeOf(node: TreeNode): number {
  return node.kind === 'leaf' ? node.size : node.children.length;
}

function maxOf(node: TreeNode): number {
  return node.kind === 'leaf' ? LEAF_MAX : BRANCH_MAX;
}

function minOf(node: TreeNode): number {
  return node.kind === 'leaf' ? LEAF_MIN : BRANCH_MIN;
}

/** The end of the last extent under a non-empty node. */
export function lastEndOf(node: TreeNode): number {
  return node.kind === 'leaf' ? (node.ends[node.size - 1] as number) : (node.lastEnds[node.lastEnds.length - 1] as number);
}

/** The node itself when owned, else a copy; either way about to change, so its digest is dropped. */
export function ownedCopy(node: TreeNode, owner: Owner): TreeNode {
  if (node.owner === owner) {
    node.digest = undefined;
    return node;
  }
  if (node.kind === 'branch') return { kind: 'branch', owner, children: node.children.slice(), lastEnds: node.lastEnds.slice(), digest: undefined };
  const copy = emptyLeaf(owner);
  copyEntries(node, 0, copy, 0, node.size);
  copy.size = node.size;
  return copy;
}

/** First index below `length` whose entry is greater than `block` (entries ascend); `length` when none is. */
export function firstAbove(sorted: ArrayLike<number>, length: number, block: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) <= block) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Slot of the child to descend into for `block`: the first ending after it, else the last child. */
function childSlot(branch: Branch, block: number): number {
  return Math.min(firstAbove(branch.lastEnds, branch.lastEnds.length, block), branch.lastEnds.length - 1);
}

/** The leaf holding the first extent that ends after `block` (or the last leaf), read-only. */
export function leafFor(root: TreeNode, block: number): Leaf {
  let node = root;
  while (node.kind === 'branch') node = node.children[childSlot(node, block)] as TreeNode;
  return node;
}

export function lastLeaf(root: TreeNode): Leaf {
  let node = root;
  while (node.kind === 'branch') node = node.children[node.children.length - 1] as TreeNode;
  return node;
}

/** A root-to-leaf path; `index` is the first extent of `leaf` that ends after the searched block. */
export interface Path {
  nodes: TreeNode[];
  /** slots[d]: position of nodes[d + 1] among nodes[d]'s children. */
  slots: number[];
  leaf: Leaf;
  index: number;
}

/** Descends towards `block`, copying every shared node on the way so the path can be mutated. */
export function descendOwned(root: TreeNode, block: number, owner: Owner): Path {
  let node = ownedCopy(root, owner);
  const nodes: TreeNode[] = [node];
  const slots: number[] = [];
  while (node.kind === 'branch') {
    const slot = childSlot(node, block);
    const child = ownedCopy(node.children[slot] as TreeNode, owner);
    node.children[slot] = child;
    slots.push(slot);
    nodes.push(child);
    node = child;
  }
  return { nodes, slots, leaf: node, index: firstAbove(node.ends, node.size, block) };
}

/** Leaves in order, the first being the one `block` descends to; yields [leaf, first index]. */
export function* leavesFrom(root: TreeNode, block: number): Generator<[Leaf, number]> {
  // The stack holds the branches above the current leaf and the slot taken in each.
  const branches: Branch[] = [];
  const slots: number[] = [];
  let node = root;
  while (node.kind === 'branch') {
    const slot = childSlot(node, block);
    branches.push(node);
    slots.push(slot);
    node = node.children[slot] as TreeNode;
  }
  yield [node, firstAbove(node.ends, node.size, block)];
  for (;;) {
    let depth = branches.length - 1;
    while (depth >= 0 && (slots[depth] as number) + 1 >= (branches[depth] as Branch).children.length) depth--;
    if (depth < 0) return;
    slots[depth] = (slots[depth] as number) + 1;
    node = (branches[depth] as Branch).children[slots[depth] as number] as TreeNode;
    for (let below = depth + 1; node.kind === 'branch'; below++) {
      branches[below] = node;
      slots[below] = 0;
      node = node.children[0] as TreeNode;
    }
    yield [node, 0];
  }
}

/** Moves the upper half of an overfull node into a new right sibling. */
function splitOff(node: TreeNode, owner: Owner): TreeNode {
  const half = sizeOf(node) >> 1;
  if (node.kind === 'branch') return { kind: 'branch', owner, children: node.children.splice(half), lastEnds: node.lastEnds.splice(half), digest: undefined };
  const right = emptyLeaf(owner);
  copyEntries(node, half, right, 0, node.size - half);
  right.size = node.size - half;
  node.size = half;
  return right;
}

/** Evens out two adjacent siblings, or moves all of `right` into `left`; true when merged. */
function rebalancePair(left: TreeNode, right: TreeNode): boolean {
  if (left.kind === 'leaf' && right.kind === 'leaf') return rebalanceLeaves(left, right);
  if (left.kind === 'leaf' || right.kind === 'leaf') throw new Error('siblings of different kinds');
  const both = left.children.length + right.children.length;
  if (both <= BRANCH_MAX) {
    left.children.push(...right.children);
    left.lastEnds.push(...right.lastEnds);
    return true;
  }
  const leftSize = both >> 1;
  const move = leftSize - left.children.length;
  if (move > 0) {
    left.children.push(...right.children.splice(0, move));
    left.lastEnds.push(...right.lastEnds.splice(0, move));
  } else {
    right.children.unshift(...left.children.splice(leftSize));
    right.lastEnds.unshift(...left.lastEnds.splice(leftSize));
  }
  return false;
}

function rebalanceLeaves(left: Leaf, right: Leaf): boolean {
  const both = left.size + right.size;
  if (both <= LEAF_MAX) {
    copyEntries(right, 0, left, left.size, right.size);
    left.size = both;
    right.size = 0;
    return true;
  }
  const leftSize = both >> 1;
  const move = leftSize - left.size;
  if (move > 0) {
    copyEntries(right, 0, left, left.size, move);
    spliceLeaf(right, 0, move, 0);
  } else {
    spliceLeaf(right, 0, 0, -move);
    copyEntries(left, leftSize, right, 0, -move);
  }
  left.size = leftSize;
  right.size = both - leftSize;
  return false;
}

/**
 * Restores the invariants after the leaf at the bottom of `path` changed (grew by one, shrank by
 * any number, or changed its extents' ends): splits, merges or borrows level by level, refreshes
 * the keys, and returns the new root. Every node on the path must be owned.
 */
export function repair(path: Path, owner: Owner): TreeNode {
  const { nodes, slots } = path;
  for (let depth = nodes.length - 1; depth > 0; depth--) {
    const node = nodes[depth] as TreeNode;
    const parent = nodes[depth - 1] as Branch;
    const slot = slots[depth - 1] as number;
    if (sizeOf(node) > maxOf(node)) {
      const right = splitOff(node, owner);
      parent.children.splice(slot + 1, 0, right);
      parent.lastEnds.splice(slot + 1, 0, lastEndOf(right));
      parent.lastEnds[slot] = lastEndOf(node);
    } else if (sizeOf(node) < minOf(node)) {
      // The parent has ≥ 2 children: a non-root branch has ≥ BRANCH_MIN, a root branch ≥ 2.
      const leftSlot = slot > 0 ? slot - 1 : slot;
      const left = ownedCopy(parent.children[leftSlot] as TreeNode, owner);
      const right = ownedCopy(parent.children[leftSlot + 1] as TreeNode, owner);
      parent.children[leftSlot] = left;
      parent.children[leftSlot + 1] = right;
      if (rebalancePair(left, right)) {
        parent.children.splice(leftSlot + 1, 1);
        parent.lastEnds.splice(leftSlot + 1, 1);
      } else parent.lastEnds[leftSlot + 1] = lastEndOf(right);
      parent.lastEnds[leftSlot] = lastEndOf(left);
    } else parent.lastEnds[slot] = lastEndOf(node);
  }
  let root = nodes[0] as TreeNode;
  if (sizeOf(root) > maxOf(root)) {
    const right = splitOff(root, owner);
    root = { kind: 'branch', owner, children: [root, right], lastEnds: [lastEndOf(root), lastEndOf(right)], digest: undefined };
  }
  while (root.kind === 'branch' && root.children.length === 1) root = root.children[0] as TreeNode;
  return root;
}

/** Splits `count` entries into groups as even as possible, each at most BULK_FILL of `max`. */
function evenGroups(count: number, max: number): number[] {
  const parts = Math.max(1, Math.ceil(count / Math.floor(max * BULK_FILL)));
  return Array.from({ length: parts }, (_, index) => Math.floor((count * (index + 1)) / parts) - Math.floor((count * index) / parts));
}

/** Builds a tree in O(n) from extents already sorted, non-overlapping and merged. */
export function buildTree(starts: number[], ends: number[], values: number[], owner: Owner): TreeNode {
  if (ends.length === 0) return emptyLeaf(owner);
  let level: TreeNode[] = [];
  let offset = 0;
  for (const size of evenGroups(ends.length, LEAF_MAX)) {
    const leaf = emptyLeaf(owner);
    leaf.starts.set(starts.slice(offset, offset + size));
    leaf.ends.set(ends.slice(offset, offset + size));
    leaf.values.set(values.slice(offset, offset + size));
    leaf.size = size;
    level.push(leaf);
    offset += size;
  }
  while (level.length > 1) {
    const above: TreeNode[] = [];
    offset = 0;
    for (const size of evenGroups(level.length, BRANCH_MAX)) {
      const children = level.slice(offset, offset + size);
      above.push({ kind: 'branch', owner, children, lastEnds: children.map(lastEndOf), digest: undefined });
      offset += size;
    }
    level = above;
  }
  return level[0] as TreeNode;
}

/** Throws when a structural invariant is broken; returns [extents, blocks] for the caller's totals. */
export function checkTree(root: TreeNode): [extentCount: number, blockCount: number] {
  let extents = 0;
  let blocks = 0;
  let previousEnd = -Infinity;
  let previousValue: number | undefined;
  let leafDepth = -1;
  const visit = (node: TreeNode, depth: number): void => {
    const size = sizeOf(node);
    if (depth === 0 ? node.kind === 'branch' && size < 2 : size < minOf(node)) throw new Error(`a ${node.kind} at depth ${depth} holds ${size} entries, too few`);
    if (size > maxOf(node)) throw new Error(`a ${node.kind} at depth ${depth} holds ${size} entries, too many`);
    if (node.kind === 'branch') {
      if (node.lastEnds.length !== size) throw new Error(`a branch at depth ${depth} has ${node.lastEnds.length} keys for ${size} children`);
      node.children.forEach((child, index) => {
        visit(child, depth + 1);
        if (node.lastEnds[index] !== lastEndOf(child)) throw new Error(`a branch key at depth ${depth} is stale`);
      });
      return;
    }
    if (leafDepth === -1) leafDepth = depth;
    else if (leafDepth !== depth) throw new Error(`leaves at depths ${leafDepth} and ${depth}`);
    for (let index = 0; index < size; index++) {
      const start = node.starts[index] as number;
      const end = node.ends[index] as number;
      const extent = extents + index;
      if (!(start < end)) throw new Error(`extent ${extent} is empty`);
      if (previousEnd > start) throw new Error(`extent ${extent} overlaps`);
      if (previousEnd === start && previousValue === node.values[index]) throw new Error(`extent ${extent} should be merged`);
      previousEnd = end;
      previousValue = node.values[index];
      blocks += end - start;
    }
    extents += size;
  };
  visit(root, 0);
  return [extents, blocks];
}
