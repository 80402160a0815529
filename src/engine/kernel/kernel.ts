// The kernel: virtual clock, timer queue, seeded streams, id sequences, event log and change
// batches. It knows nothing of hosts or power; domains register timer kinds and mark changes.
// Usable on its own (the benchmark registers a kind, schedules and advances).
import { EVENT_LOG_CAPACITY } from '../../domain/event-log';
import type { ChangeBatch, KernelSnapshot, LabEvent, TimerRecord } from '../types';
import { ChangeTracker } from './change-tracker';
import { cloneJson } from './clone';
import { DigestSum, digestJson, type Lanes } from './digest-sum';
import { EventLog, type NewEvent } from './event-log';
import { RandomStream, streamStateFor } from './prng';
import { TimerHeap, timerBefore } from './timer-heap';

export type TimerHandler = (timer: TimerRecord) => void;
/** Looks up a live entity for a change batch; undefined when it no longer exists. */
export type EntityLookup = (collection: string, id: string) => unknown;
export type BatchListener = (batch: ChangeBatch) => void;

/** A guard against a handler that reschedules itself at the same instant forever. */
export const TIMERS_PER_INSTANT_MAX = 10_000_000;
/** Compact the heap when cancelled or replaced records outnumber live ones beyond this. */
const STALE_COMPACT_MIN = 1024;

/**
 * A key's place in the keyed table. A periodic keyed timer (fire, then reschedule the same key)
 * reuses its slot, so each run costs one Map lookup (is the heap's top stale?) where it cost four
 * (get, delete, get, set): the deletes and re-inserts churned the Map's hash table and made keyed
 * timers 3–4× as costly as a bare heap.
 */
interface KeySlot {
  readonly key: string;
  /** The live record of the key; null between its timer running and the handler rescheduling it. */
  record: TimerRecord | null;
}

export interface KernelInit {
  seed: number;
  /** Resume from a snapshot instead of starting at time 0. */
  snapshot?: KernelSnapshot;
  nowMs?: number;
  version?: number;
  events?: LabEvent[];
  eventCapacity?: number;
  entityOf?: EntityLookup;
}

export class Kernel {
  readonly seed: number;
  private now: number;
  private currentVersion: number;
  private timerSeq: number;
  private readonly heap = new TimerHeap();
  /** The slot of each key with a live record; a heap record of a key that is not its slot's record is stale. */
  private readonly keyed = new Map<string, KeySlot>();
  private staleCount = 0;
  /** The slot of the keyed timer whose handler is running: its reschedule needs no lookup. */
  private firingSlot: KeySlot | null = null;
  private readonly handlers = new Map<string, TimerHandler>();
  private readonly streams = new Map<string, RandomStream>();
  private readonly idSeqs = new Map<string, number>();
  readonly events: EventLog;
  private readonly tracker: ChangeTracker;
  private readonly listeners = new Set<BatchListener>();
  private readonly entityOf: EntityLookup;
  /** True while a transaction or advance runs; they do not nest. */
  private busy = false;
  /**
   * The hash's view of the live timers (8,064 of them in a 64-node lab): the sum of their digests.
   * A timer is hashed when the digest is next read, not when scheduled, and one that stops being
   * live before that is never hashed.
   */
  private readonly liveTimerDigest = new DigestSum();
  private readonly timerDigests = new Map<TimerRecord, Lanes>();
  private readonly unhashedTimers = new Set<TimerRecord>();
  /** Off until the digest is first read (which takes every live timer): a lab never hashed pays nothing. */
  private timerTracking = false;

  constructor(init: KernelInit) {
    this.seed = init.seed;
    this.now = init.nowMs ?? 0;
    this.currentVersion = init.version ?? 0;
    this.entityOf = init.entityOf ?? (() => undefined);
    const capacity = init.eventCapacity ?? EVENT_LOG_CAPACITY;
    this.tracker = new ChangeTracker(capacity);
    const snapshot = init.snapshot;
    this.timerSeq = snapshot?.timerSeq ?? 0;
    this.events = new EventLog(capacity);
    for (const event of init.events ?? []) this.events.restore(event);
    if (snapshot) this.events.lastSeq = snapshot.eventSeq;
    for (const [name, words] of Object.entries(snapshot?.streams ?? {})) this.streams.set(name, new RandomStream(words));
    for (const [prefix, value] of Object.entries(snapshot?.idSeqs ?? {})) this.idSeqs.set(prefix, value);
    for (const timer of snapshot?.timers ?? []) {
      const record: TimerRecord = { ...timer, data: cloneJson(timer.data) };
      if (record.key !== null) this.keyed.set(record.key, { key: record.key, record });
      this.heap.push(record);
    }
  }

  // --- clock and timers -----------------------------------------------------------------------

  nowMs(): number {
    return this.now;
  }

  version(): number {
    return this.currentVersion;
  }

  registerTimerKind(kind: string, handler: TimerHandler): void {
    if (this.handlers.has(kind)) throw new Error(`Timer kind "${kind}" is already registered.`);
    this.handlers.set(kind, handler);
  }

  /** Schedules `kind` delayMs from now; a keyed timer replaces the live timer of that key. */
  schedule(kind: string, delayMs: number, data: unknown = null, key: string | null = null): TimerRecord {
    if (!Number.isInteger(delayMs) || delayMs < 0) throw new Error(`A timer delay is a whole number of ms ≥ 0, not ${delayMs}.`);
    return this.scheduleAt(kind, this.now + delayMs, data, key);
  }

  scheduleAt(kind: string, dueMs: number, data: unknown = null, key: string | null = null): TimerRecord {
    if (!Number.isInteger(dueMs) || dueMs < this.now) throw new Error(`A timer is due at a whole ms not before now (${this.now}), not ${dueMs}.`);
    if (!this.handlers.has(kind)) throw new Error(`No handler is registered for timer kind "${kind}".`);
    this.timerSeq += 1;
    const record: TimerRecord = { dueMs, seq: this.timerSeq, kind, key, data };
    if (key !== null) {
      const firing = this.firingSlot;
      const slot = firing !== null && firing.key === key ? firing : this.keyed.get(key);
      if (slot === undefined) this.keyed.set(key, { key, record });
      else {
        const replaced = slot.record;
        if (replaced !== null) {
          this.staleCount += 1;
          this.timerGone(replaced);
        }
        slot.record = record;
      }
    }
    this.heap.push(record);
    if (this.timerTracking) this.unhashedTimers.add(record);
    this.compactIfStale();
    return record;
  }

  /** Cancels the live timer of `key`; O(1) now, its heap record is dropped when reached. */
  cancel(key: string): boolean {
    const record = this.keyed.get(key)?.record;
    if (!record) return false;
    this.keyed.delete(key);
    // A slot out of the table is never reused, not even by the handler that is running.
    if (this.firingSlot?.key === key) this.firingSlot = null;
    this.timerGone(record);
    this.staleCount += 1;
    this.compactIfStale();
    return true;
  }

  timerOf(key: string): TimerRecord | undefined {
    return this.keyed.get(key)?.record ?? undefined;
  }

  /** Live timers (scheduled and neither run, replaced nor cancelled). */
  timerCount(): number {
    return this.heap.size - this.staleCount;
  }

  nextDueMs(): number | null {
    this.dropStaleTop();
    return this.heap.peek()?.dueMs ?? null;
  }

  /**
   * Runs every timer due up to now + ms in (dueMs, seq) order, with the clock set to each one's
   * due time, then sets the clock to the target and commits once. advance(a + b) ≡ advance(a);
   * advance(b), because each timer runs at its own due time whatever the step.
   */
  advance(ms: number): void {
    if (!Number.isInteger(ms) || ms < 0) throw new Error(`advance takes a whole number of ms ≥ 0, not ${ms}.`);
    this.enter();
    try {
      const targetMs = this.now + ms;
      let instantMs = -1;
      let firedAtInstant = 0;
      for (;;) {
        const top = this.heap.peek();
        if (top === undefined) break;
        // One lookup both tells a stale record (replaced or cancelled) and finds the slot to empty.
        const slot = top.key === null ? undefined : this.keyed.get(top.key);
        if (top.key !== null && slot?.record !== top) {
          this.heap.pop();
          this.staleCount -= 1;
          continue;
        }
        if (top.dueMs > targetMs) break;
        this.heap.pop();
        // The slot stays while the handler runs so that rescheduling the same key reuses it.
        if (slot !== undefined) slot.record = null;
        this.timerGone(top);
        if (top.dueMs !== instantMs) {
          instantMs = top.dueMs;
          firedAtInstant = 0;
        } else if (++firedAtInstant > TIMERS_PER_INSTANT_MAX) {
          throw new Error(`More than ${TIMERS_PER_INSTANT_MAX} timers ran at ${instantMs} ms: a timer reschedules itself without delay.`);
        }
        this.now = top.dueMs;
        const handler = this.handlers.get(top.kind);
        if (!handler) throw new Error(`No handler is registered for timer kind "${top.kind}".`);
        this.firingSlot = slot ?? null;
        handler(top);
        this.releaseFiringSlot();
      }
      this.now = targetMs;
    } finally {
      // A handler that threw leaves no slot behind for later schedules to take.
      this.releaseFiringSlot();
      this.leave();
    }
  }

  /** Runs `apply` (a command's effects) and commits once. */
  transact<T>(apply: () => T): T {
    this.enter();
    try {
      return apply();
    } finally {
      this.leave();
    }
  }

  private enter(): void {
    if (this.busy) throw new Error('The kernel is already running a dispatch or advance; they do not nest.');
    this.busy = true;
  }

  private leave(): void {
    this.busy = false;
    this.commit();
  }

  /** After a keyed timer's handler: its key leaves the table unless the handler rescheduled it. */
  private releaseFiringSlot(): void {
    const slot = this.firingSlot;
    if (slot === null) return;
    this.firingSlot = null;
    if (slot.record === null && this.keyed.get(slot.key) === slot) this.keyed.delete(slot.key);
  }

  private dropStaleTop(): void {
    for (;;) {
      const top = this.heap.peek();
      if (top === undefined || top.key === null || this.keyed.get(top.key)?.record === top) return;
      this.heap.pop();
      this.staleCount -= 1;
    }
  }

  private isLive(record: TimerRecord): boolean {
    return record.key === null || this.keyed.get(record.key)?.record === record;
  }

  private compactIfStale(): void {
    if (this.staleCount < STALE_COMPACT_MIN || this.staleCount <= this.heap.size - this.staleCount) return;
    this.heap.rebuild(this.heap.toArray().filter((record) => this.isLive(record)));
    this.staleCount = 0;
  }

  /** A live timer ran, was replaced or cancelled: it leaves the hash's sum. */
  private timerGone(record: TimerRecord): void {
    if (!this.timerTracking || this.unhashedTimers.delete(record)) return;
    const lanes = this.timerDigests.get(record);
    if (lanes === undefined) return;
    this.timerDigests.delete(record);
    this.liveTimerDigest.subtract(lanes);
  }

  /** The live timers' order-free digest; `fresh` recomputes it from every live timer (the hash's self-check). */
  timersDigest(fresh = false): DigestSum {
    if (fresh) {
      const sum = new DigestSum();
      for (const record of this.liveTimers()) sum.add(digestJson(record));
      return sum;
    }
    if (!this.timerTracking) {
      this.timerTracking = true;
      for (const record of this.liveTimers()) this.unhashedTimers.add(record);
    }
    for (const record of this.unhashedTimers) {
      const lanes = digestJson(record);
      this.timerDigests.set(record, lanes);
      this.liveTimerDigest.add(lanes);
    }
    this.unhashedTimers.clear();
    return this.liveTimerDigest;
  }

  /** The entities changed or removed since the hash last asked. */
  takeHashDirty(): Map<string, Set<string>> {
    return this.tracker.takeHashDirty();
  }

  /** The kernel's small parts, hashed whole on every read: sequences and stream states. */
  sequences(): Pick<KernelSnapshot, 'timerSeq' | 'eventSeq' | 'streams' | 'idSeqs'> {
    const streams: Record<string, number[]> = {};
    for (const [name, stream] of this.streams) streams[name] = stream.state();
    return { timerSeq: this.timerSeq, eventSeq: this.events.lastSeq, streams, idSeqs: Object.fromEntries(this.idSeqs) };
  }

  /** Live timers in the order they will run (the stored records; copy before handing out). */
  liveTimers(): TimerRecord[] {
    return this.heap
      .toArray()
      .filter((record) => this.isLive(record))
      .sort((a, b) => (timerBefore(a, b) ? -1 : timerBefore(b, a) ? 1 : 0));
  }

  // --- randomness and ids ---------------------------------------------------------------------

  /** The seeded stream of a domain; created on first use from (seed, name). */
  stream(name: string): RandomStream {
    let stream = this.streams.get(name);
    if (!stream) {
      stream = new RandomStream(streamStateFor(this.seed, name));
      this.streams.set(name, stream);
    }
    return stream;
  }

  /** 'vm' → 'vm-0001', 'vm-0002', ... */
  nextId(prefix: string): string {
    const next = (this.idSeqs.get(prefix) ?? 0) + 1;
    this.idSeqs.set(prefix, next);
    return `${prefix}-${String(next).padStart(4, '0')}`;
  }

  // --- events and changes ---------------------------------------------------------------------

  appendEvent(event: NewEvent): LabEvent {
    const stored = this.events.append(this.now, event);
    this.tracker.eventAppended(stored);
    return stored;
  }

  markDirty(collection: string, id: string): void {
    this.tracker.markDirty(collection, id);
  }

  markRemoved(collection: string, id: string): void {
    this.tracker.markRemoved(collection, id);
  }

  /** Listeners get one batch per committed change; the caller sends the full state first. */
  subscribe(listener: BatchListener): () => void {
    this.listeners.add(listener);
    this.tracker.recording = true;
    return () => {
      this.listeners.delete(listener);
      this.tracker.recording = this.listeners.size > 0;
    };
  }

  /**
   * Forgets pending changes and sets the version to 0: the scenario's initial state is version 0,
   * even when the scenario ran commands to reach it (seed-lab-ready).
   */
  settleInitialState(): void {
    this.tracker.take();
    this.currentVersion = 0;
  }

  private commit(): void {
    if (!this.tracker.changed) return;
    const fromVersion = this.currentVersion;
    this.currentVersion += 1;
    const pending = this.tracker.take();
    if (this.listeners.size === 0) return;
    const batch: ChangeBatch = { fromVersion, toVersion: this.currentVersion, nowMs: this.now, full: false, changes: {}, events: pending.events.map((event) => ({ ...event })) };
    const changes = batch.changes as Record<string, { upsert: unknown[]; remove: string[] }>;
    const collectionOf = (name: string) => (changes[name] ??= { upsert: [], remove: [] });
    for (const [collection, ids] of pending.dirty) {
      for (const id of ids) {
        const entity = this.entityOf(collection, id);
        if (entity === undefined) collectionOf(collection).remove.push(id);
        else collectionOf(collection).upsert.push(cloneJson(entity));
      }
    }
    for (const [collection, ids] of pending.removed) for (const id of ids) collectionOf(collection).remove.push(id);
    // Deliver to every listener even if one throws, then report the first failure.
    let failure: unknown;
    for (const listener of [...this.listeners]) {
      try {
        listener(batch);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  }

  // --- snapshots ------------------------------------------------------------------------------

  snapshot(): KernelSnapshot {
    const streams: Record<string, number[]> = {};
    for (const [name, stream] of this.streams) streams[name] = stream.state();
    return {
      timerSeq: this.timerSeq,
      eventSeq: this.events.lastSeq,
      streams,
      idSeqs: Object.fromEntries(this.idSeqs),
      timers: this.liveTimers().map((record) => ({ ...record, data: cloneJson(record.data) })),
    };
  }
}
