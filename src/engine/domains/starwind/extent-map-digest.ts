// The digest of an ExtentMap for the lab's hash: the sum (two 32-bit lanes, each mod 2^32) of a
// 64-bit digest of every extent (start, end, value). Extents are canonical (sorted, merged), so
// the sum is a function of the map's content, whatever the tree's shape. Each node caches the sum
// below it; a change clears the cache of the nodes it takes (extent-map-tree.ts, ownedCopy), so
// after a write only the leaf and the branches above it are summed again: O(64 · depth), not
// O(extents). `fresh` ignores and leaves every cache (the hash's self-check).
import { finishLane, LANE_SEEDS, mixNumber } from '../../kernel/digest-sum';
import type { Leaf, TreeNode } from './extent-map-tree';

export type ExtentDigest = readonly [high: number, low: number];

function leafDigest(leaf: Leaf): ExtentDigest {
  let high = 0;
  let low = 0;
  for (let index = 0; index < leaf.size; index++) {
    const start = leaf.starts[index] as number;
    const end = leaf.ends[index] as number;
    const value = leaf.values[index] as number;
    // Two lanes from different seeds: 64 bits per extent.
    high = (high + finishLane(mixNumber(mixNumber(mixNumber(LANE_SEEDS[0], start), end), value))) >>> 0;
    low = (low + finishLane(mixNumber(mixNumber(mixNumber(LANE_SEEDS[1], start), end), value))) >>> 0;
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
