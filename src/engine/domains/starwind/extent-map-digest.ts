// The digest of an ExtentMap for the lab's hash: the sum (two 32-bit lanes, each mod 2^32) of a
// 64-bit digest of every extent (start, end, value). Extents are canonical (sorted, merged), so
// the sum is a function of the map's content, whatever the tree's shape. Each node caches the sum
// below it; a change clears the cache of the nodes it takes (extent-map-tree.ts, ownedCopy), so
// after a write only the leaf and the branches above it are summed again: O(64 · depth), not
// O(extents). `fresh` ignores and leaves every cache (the hash's self-check).
import type { Leaf, TreeNode } from './extent-map-tree';

export type ExtentDigest = readonly [high: number, low: number];

const TWO_32 = 2 ** 32;

/** One 32-bit word into a murmur3-style lane. */
function mixWord(lane: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = lane ^ k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(lane: number): number {
  let h = lane ^ (lane >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Both 32-bit halves of a safe integer (blocks and generations go past 2^32). */
function mixNumber(lane: number, value: number): number {
  return mixWord(mixWord(lane, value | 0), Math.floor(value / TWO_32) | 0);
}

function leafDigest(leaf: Leaf): ExtentDigest {
  let high = 0;
  let low = 0;
  for (let index = 0; index < leaf.ends.length; index++) {
    const start = leaf.starts[index] as number;
    const end = leaf.ends[index] as number;
    const value = leaf.values[index] as number;
    // Two lanes from different seeds: 64 bits per extent.
    high = (high + finish(mixNumber(mixNumber(mixNumber(0x9e3779b9, start), end), value))) >>> 0;
    low = (low + finish(mixNumber(mixNumber(mixNumber(0x7f4a7c15, start), end), value))) >>> 0;
  }
  return [high, low];
}

export function nodeDigest(node: TreeNode, fresh: boolean): ExtentDigest {
  if (!fresh && node.digest !== undefined) return node.digest;
  let digest: ExtentDigest;
  if (node.kind === 'leaf') digest = leafDigest(node);
  else {
    let high = 0;
    let low = 0;
    for (const child of node.children) {
      const [childHigh, childLow] = nodeDigest(child, fresh);
      high = (high + childHigh) >>> 0;
      low = (low + childLow) >>> 0;
    }
    digest = [high, low];
  }
  if (!fresh) node.digest = digest;
  return digest;
}
