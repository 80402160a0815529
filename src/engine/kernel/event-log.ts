// The lab's event log: a ring buffer of LabEvent ordered by seq. Like Windows, it keeps up to its
// capacity and then overwrites the oldest events.
import { EVENT_LOG_CAPACITY, EVENTS_PAGE_DEFAULT, EVENTS_PAGE_MAX } from '../../domain/event-log';
import type { EventFilter, LabEvent } from '../types';
import { DigestSum, digestString, finishLane, LANE_SEEDS, mixNumber, mixWord, type Lanes } from './digest-sum';

/** Every field of an event, in the order its digest takes them (the check below keeps it complete). */
const EVENT_FIELDS = ['seq', 'timeMs', 'host', 'log', 'source', 'eventId', 'level', 'message'] as const satisfies readonly (keyof LabEvent)[];
// A field added to LabEvent and not to EVENT_FIELDS fails to compile here.
const EVENT_FIELDS_COMPLETE: Exclude<keyof LabEvent, (typeof EVENT_FIELDS)[number]> extends never ? true : never = true;
void EVENT_FIELDS_COMPLETE;

/**
 * An event's 64-bit digest. Not canonical JSON (sorting keys and quoting each value cost 4 µs an
 * event, 0.8 s for a full log): the fields in a fixed order, numbers as they are, strings by their
 * own digest (remembered: event texts repeat), into two lanes.
 */
function eventDigest(event: LabEvent): Lanes {
  let high = LANE_SEEDS[0];
  let low = LANE_SEEDS[1];
  for (const field of EVENT_FIELDS) {
    const value = event[field];
    if (typeof value === 'number') {
      high = mixNumber(high, value);
      low = mixNumber(low, value);
    } else {
      const [textHigh, textLow] = digestString(value);
      high = mixWord(mixWord(high, textHigh), textLow);
      low = mixWord(mixWord(low, textLow), textHigh);
    }
  }
  return [finishLane(high), finishLane(low)];
}

export type NewEvent = Omit<LabEvent, 'seq' | 'timeMs'>;

export class EventLog {
  private ring: (LabEvent | undefined)[] = [];
  /** Index in `ring` of the oldest event. */
  private head = 0;
  private count = 0;
  /** Seq of the last event appended (0 before any). */
  lastSeq: number;
  /**
   * The hash's view of the log: the sum of the digests of the events it holds. Events are folded
   * in when the digest is read (appending costs nothing more), an evicted event that was folded in
   * is subtracted, so the digest is always that of the events held, as a restored log recomputes it.
   */
  private readonly held = new DigestSum();
  /** Digest of each folded event by ring slot, so eviction does not hash again; grown with the ring. */
  private slotHigh = new Uint32Array(0);
  private slotLow = new Uint32Array(0);
  /** Events with seq ≤ this are in `held`. */
  private foldedSeq = 0;

  constructor(
    readonly capacity: number = EVENT_LOG_CAPACITY,
    lastSeq = 0,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error('An event log holds at least one event.');
    this.lastSeq = lastSeq;
  }

  get size(): number {
    return this.count;
  }

  append(timeMs: number, event: NewEvent): LabEvent {
    const stored: LabEvent = { seq: this.lastSeq + 1, timeMs, ...event };
    this.lastSeq = stored.seq;
    this.push(stored);
    return stored;
  }

  /** Puts back an event exactly as it was (restore); its seq must follow the last one. */
  restore(event: LabEvent): void {
    if (event.seq <= this.lastSeq) throw new Error(`event seq ${event.seq} is not after ${this.lastSeq}.`);
    this.push({ ...event });
    this.lastSeq = event.seq;
  }

  private push(event: LabEvent): void {
    if (this.count < this.capacity) {
      this.ring[(this.head + this.count) % this.capacity] = event;
      this.count++;
    } else {
      // Full: the slot of the oldest event takes the new one.
      const evicted = this.ring[this.head] as LabEvent;
      if (evicted.seq <= this.foldedSeq) this.held.subtract([this.slotHigh[this.head] as number, this.slotLow[this.head] as number]);
      this.ring[this.head] = event;
      this.head = (this.head + 1) % this.capacity;
    }
  }

  private at(position: number): LabEvent {
    return this.ring[(this.head + position) % this.capacity] as LabEvent;
  }

  /** The held events' order-free digest, after folding in those appended since the last read. */
  digest(): DigestSum {
    if (this.slotHigh.length < this.ring.length) this.growSlots();
    for (let position = this.firstAfter(this.foldedSeq); position < this.count; position++) {
      const slot = (this.head + position) % this.capacity;
      const lanes = eventDigest(this.ring[slot] as LabEvent);
      this.slotHigh[slot] = lanes[0];
      this.slotLow[slot] = lanes[1];
      this.held.add(lanes);
    }
    this.foldedSeq = this.lastSeq;
    return this.held;
  }

  private growSlots(): void {
    const length = Math.min(this.capacity, Math.max(this.ring.length, this.slotHigh.length * 2, 64));
    const high = new Uint32Array(length);
    const low = new Uint32Array(length);
    high.set(this.slotHigh);
    low.set(this.slotLow);
    this.slotHigh = high;
    this.slotLow = low;
  }

  /** The same digest recomputed from every held event (the hash's self-check). */
  fullDigest(): DigestSum {
    const sum = new DigestSum();
    for (let position = 0; position < this.count; position++) sum.add(eventDigest(this.at(position)));
    return sum;
  }

  /** All events, oldest first (the stored objects; callers copy before handing them out). */
  all(): LabEvent[] {
    const out: LabEvent[] = [];
    for (let position = 0; position < this.count; position++) out.push(this.at(position));
    return out;
  }

  /**
   * Copies of the held events with seq > afterSeq, and the oldest held seq (null when none is
   * held): a host that keeps the events apart appends the new ones and drops what was evicted.
   */
  heldAfter(afterSeq: number): { events: LabEvent[]; oldestSeq: number | null } {
    const events: LabEvent[] = [];
    for (let position = this.firstAfter(afterSeq); position < this.count; position++) events.push({ ...this.at(position) });
    return { events, oldestSeq: this.count === 0 ? null : this.at(0).seq };
  }

  /** Oldest first. `since` is found by binary search, so paging through a full log stays cheap. */
  query(filter: EventFilter = {}): LabEvent[] {
    const limit = Math.min(Math.max(0, Math.floor(filter.limit ?? EVENTS_PAGE_DEFAULT)), EVENTS_PAGE_MAX);
    const out: LabEvent[] = [];
    if (limit === 0) return out;
    const hostUpper = filter.host?.toUpperCase();
    for (let position = this.firstAfter(filter.since ?? 0); position < this.count; position++) {
      const event = this.at(position);
      if (hostUpper !== undefined && event.host.toUpperCase() !== hostUpper) continue;
      if (filter.log !== undefined && event.log !== filter.log) continue;
      if (filter.source !== undefined && event.source !== filter.source) continue;
      if (filter.level !== undefined && event.level !== filter.level) continue;
      out.push({ ...event });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Position of the first event with seq > since. */
  private firstAfter(since: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.at(middle).seq <= since) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
