// The StarWind internal part's digest for the lab's hash (DomainModule.internalDigest). Hashing
// starwindInternalSnapshot whole costs O(extents) on every read: a 100 GiB device written at
// random holds millions. Here the block maps enter by their cached digests (extent-map-digest.ts)
// and everything else (passwords, image files, device numbers, pending writes: a few entries per
// host) is hashed whole, in the snapshot's form.
import { StableHasher } from '../../kernel/stable-hash';
import type { StarWindEngineSnapshot } from '../../types';
import type { ExtentMap } from './extent-map';
import { starwindInternalSnapshot, type StarWindState } from './state';

function sortedEntries<V>(map: Map<string, V>): [string, V][] {
  return [...map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function mapDigest(map: ExtentMap, fresh: boolean): [extents: number, blocks: number, high: number, low: number] {
  return [map.extentCount, map.count(), ...map.digest(fresh)];
}

/** Every key of the snapshot's part, so a part added there cannot be left out of the hash. */
type DigestInput = Record<keyof StarWindEngineSnapshot, unknown>;

export function starwindInternalDigest(sw: StarWindState, fresh: boolean): string {
  // The snapshot's form of everything but the block maps (left empty there, replaced below).
  const input: DigestInput = {
    ...starwindInternalSnapshot({ ...sw, haBlocks: new Map(), plainBlocks: new Map() }),
    haBlocks: sortedEntries(sw.haBlocks).map(([id, blocks]) => [
      id,
      mapDigest(blocks.acked, fresh),
      blocks.sides.map((side) => [mapDigest(side.data, fresh), mapDigest(side.dirty, fresh), side.needsFull]),
    ]),
    plainBlocks: sortedEntries(sw.plainBlocks).map(([id, data]) => [id, mapDigest(data, fresh)]),
  };
  const hasher = new StableHasher();
  hasher.updateJson(input);
  return hasher.digest();
}
