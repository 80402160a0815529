// Persistence in memory: Node tests and benchmarks. The same stores and rules as IndexedDB
// (indexed-db.ts): snapshot without events, events apart, the tail, the archive. Values are cloned
// on the way in and out, as IndexedDB's structured clone would, so a caller cannot change what was "stored".
import type { CommandLogEntry } from '../../api/types';
import type { LabEvent, LabParams, LabSnapshot } from '../../engine';
import { DEFAULT_ARCHIVE_LIMITS, planArchive, type ArchiveLimits } from './archive';
import { checkStoredLog, eventsUpTo } from './stored-log';
import type { ArchivedLog, EventsUpdate, KeptAsideLab, LabMeta, LabToStore, Persistence, SavedLab, StoredSnapshot } from './types';

interface Stores {
  meta: LabMeta & { params: LabParams };
  snapshot: StoredSnapshot | null;
  events: Map<number, LabEvent>;
  commands: Map<number, CommandLogEntry>;
  /** Checkpoints by command count. */
  archive: Map<number, StoredSnapshot>;
  /** Archived stretches of the log by the index of their first entry. */
  archiveLog: Map<number, CommandLogEntry[]>;
  /** The index the next appended entry must have. */
  nextIndex: number;
}

const ascending = (keys: Iterable<number>) => [...keys].sort((a, b) => a - b);

export class MemoryPersistence implements Persistence {
  private stores: Stores | null = null;
  private readonly aside: KeptAsideLab[] = [];

  constructor(private readonly limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS) {}

  async load(): Promise<SavedLab | null> {
    const stores = this.stores;
    if (!stores) return null;
    const indexes = ascending(stores.commands.keys());
    const entries = indexes.map((index) => stores.commands.get(index) as CommandLogEntry);
    const { events, lastSeq } = eventsUpTo([ascending(stores.events.keys()).map((seq) => stores.events.get(seq) as LabEvent)], stores.snapshot?.snapshot.kernel.eventSeq ?? 0);
    const snapshot = stores.snapshot ? { ...stores.snapshot, snapshot: { ...stores.snapshot.snapshot, events } } : null;
    const saved: SavedLab = { ...stores.meta, snapshot, commandLog: [], eventsStoredToSeq: lastSeq };
    const check = checkStoredLog(indexes, this.archiveEnd(), snapshot?.commandCount ?? 0);
    // Kept aside whole: the archived stretches, then every stored entry (the new lab's reset clears both).
    const archived = ascending(stores.archiveLog.keys()).flatMap((start) => stores.archiveLog.get(start) as CommandLogEntry[]);
    const commandLog = check.damage ? [...archived, ...entries] : entries.slice(check.tailFrom);
    return structuredClone(check.damage ? { ...saved, commandLog, damage: check.damage } : { ...saved, commandLog });
  }

  async reset(lab: LabToStore): Promise<void> {
    const copy = structuredClone(lab);
    const stores: Stores = {
      meta: { params: copy.params, nowMs: copy.nowMs, speed: copy.speed },
      snapshot: null,
      events: new Map(),
      commands: new Map(),
      archive: new Map(),
      archiveLog: new Map(),
      nextIndex: (copy.snapshot?.commandCount ?? 0) + copy.commandLog.length,
    };
    const tailFrom = copy.snapshot?.commandCount ?? 0;
    copy.commandLog.forEach((entry, index) => stores.commands.set(tailFrom + index, entry));
    if (copy.snapshot) {
      for (const event of copy.snapshot.snapshot.events) stores.events.set(event.seq, event);
      stores.snapshot = { commandCount: copy.snapshot.commandCount, snapshot: { ...copy.snapshot.snapshot, events: [] } };
    }
    for (const segment of copy.archive) {
      if (segment.checkpoint && segment.fromCount > 0) stores.archive.set(segment.fromCount, { commandCount: segment.fromCount, snapshot: withoutEvents(segment.checkpoint) });
      if (segment.entries.length > 0) stores.archiveLog.set(segment.fromCount, segment.entries);
    }
    this.stores = stores;
  }

  async appendCommand(index: number, entry: CommandLogEntry): Promise<void> {
    const stores = this.require();
    if (index !== stores.nextIndex) throw new Error(`command log index ${index} is not next (${stores.nextIndex})`);
    stores.commands.set(index, structuredClone(entry));
    stores.nextIndex++;
  }

  async saveSnapshot(stored: StoredSnapshot, events: EventsUpdate): Promise<void> {
    const stores = this.require();
    const previous = stores.snapshot;
    const covered = ascending(stores.commands.keys()).filter((index) => index < stored.commandCount);
    const firstIndex = covered[0];
    if (firstIndex !== undefined) {
      // The covered entries move to the archive; the previous snapshot is the checkpoint where its part starts.
      const entries = covered.map((index) => stores.commands.get(index) as CommandLogEntry);
      const split = previous && previous.commandCount > firstIndex && previous.commandCount < stored.commandCount ? previous.commandCount : firstIndex;
      if (split > firstIndex) stores.archiveLog.set(firstIndex, entries.slice(0, split - firstIndex));
      stores.archiveLog.set(split, entries.slice(split - firstIndex));
      if (previous && previous.commandCount === split && split > 0) stores.archive.set(split, previous);
      for (const index of covered) stores.commands.delete(index);
    }
    this.putEvents(stores, events);
    stores.snapshot = structuredClone(stored);
    this.thin(stores, stored.commandCount);
  }

  async appendEvents(events: EventsUpdate): Promise<void> {
    this.putEvents(this.require(), events);
  }

  private putEvents(stores: Stores, events: EventsUpdate): void {
    for (const event of events.append) stores.events.set(event.seq, structuredClone(event));
    // Appended in seq order, so the evicted ones come first.
    for (const seq of stores.events.keys()) {
      if (seq >= events.keepFromSeq) break;
      stores.events.delete(seq);
    }
  }

  private thin(stores: Stores, endCount: number): void {
    const startCount = ascending(stores.archiveLog.keys())[0];
    if (startCount === undefined) return;
    const plan = planArchive(ascending(stores.archive.keys()), startCount, endCount, this.limits);
    const kept = new Set(plan.keep);
    for (const count of [...stores.archive.keys()]) if (!kept.has(count)) stores.archive.delete(count);
    for (const start of [...stores.archiveLog.keys()]) if (start < plan.baseCount) stores.archiveLog.delete(start);
  }

  async saveMeta(meta: LabMeta): Promise<void> {
    Object.assign(this.require().meta, { nowMs: meta.nowMs, speed: meta.speed });
  }

  async archivedLog(): Promise<ArchivedLog> {
    const stores = this.require();
    const starts = ascending(stores.archiveLog.keys());
    const baseCount = starts[0] ?? 0;
    const base = baseCount > 0 ? (stores.archive.get(baseCount) ?? null) : null;
    if (baseCount > 0 && !base) throw new Error(`The archived command log starts at entry ${baseCount} without a checkpoint there.`);
    const entries = starts.flatMap((start) => stores.archiveLog.get(start) as CommandLogEntry[]);
    // As in IndexedDB: entries before the snapshot not archived yet (a lab stored by an older layout) come after.
    const covered = stores.snapshot?.commandCount ?? 0;
    const unarchived = ascending(stores.commands.keys()).filter((index) => index < covered);
    return structuredClone({ base, entries: [...entries, ...unarchived.map((index) => stores.commands.get(index) as CommandLogEntry)] });
  }

  async keepAside(lab: SavedLab, reason: string): Promise<void> {
    this.aside.push(structuredClone({ reason, lab }));
  }

  async keptAside(): Promise<KeptAsideLab[]> {
    return structuredClone(this.aside);
  }

  close(): void {}

  /** Where the archived log ends: the tail's first index. */
  private archiveEnd(): number {
    const stores = this.require();
    const last = ascending(stores.archiveLog.keys()).at(-1);
    return last === undefined ? 0 : last + (stores.archiveLog.get(last) as CommandLogEntry[]).length;
  }

  private require(): Stores {
    if (!this.stores) throw new Error('no lab saved yet: reset() comes first');
    return this.stores;
  }
}

function withoutEvents(snapshot: LabSnapshot): LabSnapshot {
  return snapshot.events.length === 0 ? snapshot : { ...snapshot, events: [] };
}
