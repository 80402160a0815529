// Merges the engine's change batches and posts at most one every BATCH_COALESCE_WALL_MS of wall
// time, so a lab running at "max" does not flood the page. Merge rules: upserts last-wins by id,
// a removal drops an earlier upsert (and a later upsert revives the entity), events append,
// fromVersion of the first batch and toVersion/nowMs of the last; a full batch replaces everything.
import { BATCH_COALESCE_WALL_MS } from '../domain/lab';
import type { ChangeBatch, Lab, LabEvent } from '../engine';
import type { Scheduler } from './scheduler';

interface Entity {
  id: string;
}

/** A batch being accumulated: maps make last-wins merging cost proportional to the change. */
class PendingBatch {
  readonly upserts = new Map<string, Map<string, Entity>>();
  readonly removes = new Map<string, Set<string>>();
  readonly events: LabEvent[] = [];
  toVersion: number;
  nowMs: number;

  constructor(
    readonly fromVersion: number,
    readonly full: boolean,
    version: number,
    nowMs: number,
  ) {
    this.toVersion = version;
    this.nowMs = nowMs;
  }

  static from(batch: ChangeBatch): PendingBatch {
    const pending = new PendingBatch(batch.fromVersion, batch.full, batch.toVersion, batch.nowMs);
    pending.add(batch);
    return pending;
  }

  add(batch: ChangeBatch): void {
    for (const [collection, changes] of Object.entries(batch.changes)) {
      if (!changes) continue;
      const upserts = this.upsertsOf(collection);
      const removes = this.removesOf(collection);
      for (const id of changes.remove) {
        upserts.delete(id);
        // A full batch holds the whole state: what it no longer has is simply absent.
        if (!this.full) removes.add(id);
      }
      for (const entity of changes.upsert as Entity[]) {
        removes.delete(entity.id);
        upserts.set(entity.id, entity);
      }
    }
    for (const event of batch.events) this.events.push(event);
    this.toVersion = batch.toVersion;
    this.nowMs = batch.nowMs;
  }

  toBatch(): ChangeBatch {
    const changes: Record<string, { upsert: Entity[]; remove: string[] }> = {};
    for (const collection of new Set([...this.upserts.keys(), ...this.removes.keys()])) {
      const upsert = [...(this.upserts.get(collection)?.values() ?? [])];
      const remove = [...(this.removes.get(collection) ?? [])];
      if (this.full || upsert.length > 0 || remove.length > 0) changes[collection] = { upsert, remove };
    }
    return {
      fromVersion: this.fromVersion,
      toVersion: this.toVersion,
      nowMs: this.nowMs,
      full: this.full,
      changes: changes as ChangeBatch['changes'],
      events: this.events,
    };
  }

  private upsertsOf(collection: string): Map<string, Entity> {
    let map = this.upserts.get(collection);
    if (!map) this.upserts.set(collection, (map = new Map()));
    return map;
  }

  private removesOf(collection: string): Set<string> {
    let set = this.removes.get(collection);
    if (!set) this.removes.set(collection, (set = new Set()));
    return set;
  }
}

/** Merges b after a (pure; for callers and tests that hold whole batches). */
export function mergeBatches(a: ChangeBatch, b: ChangeBatch): ChangeBatch {
  if (b.full) return PendingBatch.from(b).toBatch();
  const pending = PendingBatch.from(a);
  pending.add(b);
  return pending.toBatch();
}

export class BatchCoalescer {
  private pending: PendingBatch | null = null;
  private unsubscribe: (() => void) | null = null;
  private lab: Lab | null = null;
  private timerId: number | null = null;
  private lastPostWallMs = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly post: (batch: ChangeBatch) => void,
    private readonly intervalWallMs = BATCH_COALESCE_WALL_MS,
  ) {}

  /** Follows a (new) lab: what was pending for the old one is dropped, the full state is next. */
  attach(lab: Lab): void {
    this.detach();
    this.lab = lab;
    this.pending = PendingBatch.from(lab.fullBatch());
    // The engine delivers the full state first; a full batch replaces the pending one, so the
    // duplicate costs nothing.
    this.unsubscribe = lab.subscribe((batch) => this.receive(batch));
    this.request();
  }

  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.lab = null;
    this.pending = null;
    if (this.timerId !== null) this.scheduler.clearTimeout(this.timerId);
    this.timerId = null;
  }

  receive(batch: ChangeBatch): void {
    if (batch.full || !this.pending) this.pending = PendingBatch.from(batch);
    else this.pending.add(batch);
    this.request();
  }

  /** Virtual time moved: the next batch carries it, even when nothing else changed. */
  noteTime(): void {
    const lab = this.lab;
    if (!lab) return;
    if (!this.pending) this.pending = new PendingBatch(lab.version(), false, lab.version(), lab.nowMs());
    else this.pending.nowMs = lab.nowMs();
    this.request();
  }

  /** Posts what is pending at once (a new subscriber must not receive older deltas after its full batch). */
  flushNow(): void {
    if (this.timerId !== null) this.scheduler.clearTimeout(this.timerId);
    this.timerId = null;
    this.flush();
  }

  private request(): void {
    if (this.timerId !== null) return;
    const waitWallMs = Math.max(0, this.lastPostWallMs + this.intervalWallMs - this.scheduler.now());
    // Never post from inside the engine's notification: always through the scheduler.
    this.timerId = this.scheduler.setTimeout(() => {
      this.timerId = null;
      this.flush();
    }, waitWallMs);
  }

  private flush(): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    this.lastPostWallMs = this.scheduler.now();
    this.post(pending.toBatch());
  }
}
