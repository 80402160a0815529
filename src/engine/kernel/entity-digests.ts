// Per-entity digests for the incremental hash: each collection keeps the digest of every entity by
// id and their order-free sum (digest-sum.ts). The kernel's change tracker names the entities a
// dispatch or advance touched; reading the sums re-hashes only those, so a read after a small
// change costs that change, not the lab's size.
import { DigestSum, digestJson, type Lanes } from './digest-sum';

/** A collection by name and its live map (looked up on every read: a slice may replace its map). */
export interface DigestedCollection {
  name: string;
  map: () => Map<string, { id: string }>;
}

interface CollectionDigest {
  byId: Map<string, Lanes>;
  sum: DigestSum;
}

export class EntityDigests {
  private readonly digests = new Map<string, CollectionDigest>();
  private primed = false;

  constructor(private readonly collections: readonly DigestedCollection[]) {}

  /**
   * Every collection's sum, after re-hashing the entities in `changed` (collection → ids changed
   * or removed since the last read). The first read hashes every entity and ignores `changed`.
   */
  sums(changed: Map<string, Set<string>>): Map<string, DigestSum> {
    if (!this.primed) {
      for (const collection of this.collections) {
        const byId = new Map<string, Lanes>();
        const sum = new DigestSum();
        for (const [id, entity] of collection.map()) {
          const lanes = digestJson(entity);
          byId.set(id, lanes);
          sum.add(lanes);
        }
        this.digests.set(collection.name, { byId, sum });
      }
      this.primed = true;
    } else {
      for (const collection of this.collections) {
        const ids = changed.get(collection.name);
        if (ids === undefined) continue;
        const digest = this.digests.get(collection.name) as CollectionDigest;
        const live = collection.map();
        for (const id of ids) {
          const old = digest.byId.get(id);
          if (old !== undefined) digest.sum.subtract(old);
          const entity = live.get(id);
          if (entity === undefined) {
            digest.byId.delete(id);
            continue;
          }
          const lanes = digestJson(entity);
          digest.byId.set(id, lanes);
          digest.sum.add(lanes);
        }
      }
    }
    return new Map([...this.digests].map(([name, digest]) => [name, digest.sum]));
  }

  /** The same sums recomputed from every entity (the hash's self-check). */
  static fresh(collections: readonly DigestedCollection[]): Map<string, DigestSum> {
    const sums = new Map<string, DigestSum>();
    for (const collection of collections) {
      const sum = new DigestSum();
      for (const entity of collection.map().values()) sum.add(digestJson(entity));
      sums.set(collection.name, sum);
    }
    return sums;
  }
}
