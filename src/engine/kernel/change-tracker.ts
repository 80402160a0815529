// Change tracking: domains mark (collection, id) dirty or removed while a dispatch or advance
// runs; at its end the kernel commits once. Ids for batches are recorded only while someone
// listens; ids for the incremental hash once it has been read, until it is read again (one set
// per collection, so at most one entry per entity however often it changes).
import type { LabEvent } from '../types';

export interface PendingChanges {
  dirty: Map<string, Set<string>>;
  removed: Map<string, Set<string>>;
  events: LabEvent[];
}

export class ChangeTracker {
  /** Whether anything changed since the last commit. */
  changed = false;
  /** Record ids and events for a batch (true while there are subscribers). */
  recording = false;
  private dirty = new Map<string, Set<string>>();
  private removed = new Map<string, Set<string>>();
  private events: LabEvent[] = [];
  /** (collection, id) changed or removed since the hash last took them. */
  private hashDirty = new Map<string, Set<string>>();
  /** Off until the hash first takes them: its first read hashes every entity anyway. */
  private hashTracking = false;

  constructor(private readonly eventCapacity: number) {}

  markDirty(collection: string, id: string): void {
    this.changed = true;
    if (this.hashTracking) setOf(this.hashDirty, collection).add(id);
    if (!this.recording) return;
    setOf(this.dirty, collection).add(id);
    this.removed.get(collection)?.delete(id);
  }

  markRemoved(collection: string, id: string): void {
    this.changed = true;
    if (this.hashTracking) setOf(this.hashDirty, collection).add(id);
    if (!this.recording) return;
    setOf(this.removed, collection).add(id);
    this.dirty.get(collection)?.delete(id);
  }

  eventAppended(event: LabEvent): void {
    this.changed = true;
    if (!this.recording) return;
    this.events.push(event);
    // A receiver cannot be sent events the log no longer holds; keep the newest.
    if (this.events.length > this.eventCapacity * 2) this.events = this.events.slice(-this.eventCapacity);
  }

  /** Hands the hash the entities changed since it last asked (whatever the batches did). */
  takeHashDirty(): Map<string, Set<string>> {
    this.hashTracking = true;
    const taken = this.hashDirty;
    this.hashDirty = new Map();
    return taken;
  }

  /** Hands over what was recorded and starts afresh. */
  take(): PendingChanges {
    const taken: PendingChanges = {
      dirty: this.dirty,
      removed: this.removed,
      events: this.events.length > this.eventCapacity ? this.events.slice(-this.eventCapacity) : this.events,
    };
    this.changed = false;
    this.dirty = new Map();
    this.removed = new Map();
    this.events = [];
    return taken;
  }
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}
