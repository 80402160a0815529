// Persistence in IndexedDB (through idb): the worker's, and Node tests' over fake-indexeddb.
// Stores: meta (one record: params, nowMs, speed), snapshots (the latest, without its events),
// events (the lab's event log in runs of consecutive events keyed by their first seq: appended,
// evicted ones deleted), commands (the log after the
// latest snapshot, by index), archive (checkpoints by command count) and archiveLog (the archived
// log in stretches, keyed by the index of their first entry). Start-up reads all but the archive.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import type { ClockSpeed, CommandLogEntry } from '../../api/types';
import type { LabEvent, LabParams, LabSnapshot } from '../../engine';
import { DEFAULT_ARCHIVE_LIMITS, planArchive, type ArchiveLimits } from './archive';
import type { ArchivedLog, EventsUpdate, KeptAsideLab, LabMeta, LabToStore, Persistence, SavedLab, StoredSnapshot } from './types';
import { checkStoredLog, eventsUpTo } from './stored-log';

export const LAB_DB_NAME = 'ha-lab';
/** 2: events apart from the snapshot, the log before the snapshot archived (1 kept everything in commands and the snapshot). */
export const LAB_DB_VERSION = 2;
const META_KEY = 'lab';
/**
 * Events are stored in runs of at most this many, one record each: one record per event made a
 * full log 200,000 requests (81 s to store over fake-indexeddb, seconds in a browser).
 */
export const EVENTS_PER_RECORD = 1000;
const SNAPSHOT_KEY = 'latest';

interface MetaRecord {
  params: LabParams;
  nowMs: number;
  speed: ClockSpeed;
}

interface LabDb extends DBSchema {
  meta: { key: string; value: MetaRecord };
  commands: { key: number; value: CommandLogEntry };
  snapshots: { key: string; value: StoredSnapshot };
  /** Saved labs that could not be restored, kept before a new lab replaced them. */
  aside: { key: number; value: KeptAsideLab };
  /** Runs of events, keyed by the first one's seq. */
  events: { key: number; value: LabEvent[] };
  archive: { key: number; value: StoredSnapshot };
  archiveLog: { key: number; value: CommandLogEntry[] };
}

const LAB_STORES = ['meta', 'commands', 'snapshots', 'events', 'archive', 'archiveLog'] as const;
type UpgradeTx = IDBPTransaction<LabDb, StoreNames<LabDb>[], 'versionchange'>;

/** Version 1 kept the events inside the snapshot: they move to their own store (the log stays where it is; the first snapshot archives it). */
async function migrateFromV1(tx: UpgradeTx): Promise<void> {
  const stored = await tx.objectStore('snapshots').get(SNAPSHOT_KEY);
  if (!stored) return;
  const events = tx.objectStore('events');
  await Promise.all(runsOf(stored.snapshot.events).map((run) => events.put(run, run[0]!.seq)));
  await tx.objectStore('snapshots').put({ ...stored, snapshot: { ...stored.snapshot, events: [] } }, SNAPSHOT_KEY);
}

export class IndexedDbPersistence implements Persistence {
  private readonly db: Promise<IDBPDatabase<LabDb>>;

  constructor(
    dbName = LAB_DB_NAME,
    private readonly limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
  ) {
    this.db = openDB<LabDb>(dbName, LAB_DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          db.createObjectStore('meta');
          db.createObjectStore('commands');
          db.createObjectStore('snapshots');
          db.createObjectStore('aside', { autoIncrement: true });
        }
        if (oldVersion < 2) {
          db.createObjectStore('events');
          db.createObjectStore('archive');
          db.createObjectStore('archiveLog');
          // The upgrade transaction waits for these requests; a failure aborts the open, leaving version 1 as it was.
          if (oldVersion === 1) migrateFromV1(tx).catch(() => abortQuietly(tx));
        }
      },
    });
  }

  async load(): Promise<SavedLab | null> {
    const db = await this.db;
    const tx = db.transaction(['meta', 'commands', 'snapshots', 'events', 'archiveLog'], 'readonly');
    const [meta, entries, indexes, stored, eventRuns, lastChunk] = await Promise.all([
      tx.objectStore('meta').get(META_KEY),
      tx.objectStore('commands').getAll(),
      tx.objectStore('commands').getAllKeys(),
      tx.objectStore('snapshots').get(SNAPSHOT_KEY),
      tx.objectStore('events').getAll(),
      tx.objectStore('archiveLog').openCursor(null, 'prev'),
    ]);
    await tx.done;
    if (!meta) return null;
    const archiveEnd = lastChunk ? lastChunk.key + lastChunk.value.length : 0;
    const { events, lastSeq } = eventsUpTo(eventRuns, stored?.snapshot.kernel.eventSeq ?? 0);
    const snapshot = stored ? { ...stored, snapshot: { ...stored.snapshot, events } } : null;
    const saved: SavedLab = { params: meta.params, nowMs: meta.nowMs, speed: meta.speed, snapshot, commandLog: [], eventsStoredToSeq: lastSeq };
    const check = checkStoredLog(indexes, archiveEnd, snapshot?.commandCount ?? 0);
    // Kept aside whole: the archived stretches, then every stored entry (the new lab's reset clears both).
    if (check.damage) return { ...saved, damage: check.damage, commandLog: [...(await db.getAll('archiveLog')).flat(), ...entries] };
    return { ...saved, commandLog: entries.slice(check.tailFrom) };
  }

  async reset(lab: LabToStore): Promise<void> {
    const db = await this.db;
    // One transaction: a reload never sees half of the old lab and half of the new one.
    const tx = db.transaction(LAB_STORES, 'readwrite');
    const writes: Promise<unknown>[] = LAB_STORES.map((name) => tx.objectStore(name).clear());
    writes.push(tx.objectStore('meta').put({ params: lab.params, nowMs: lab.nowMs, speed: lab.speed }, META_KEY));
    const tailFrom = lab.snapshot?.commandCount ?? 0;
    lab.commandLog.forEach((entry, index) => writes.push(tx.objectStore('commands').put(entry, tailFrom + index)));
    if (lab.snapshot) {
      const { events, ...rest } = lab.snapshot.snapshot;
      writes.push(tx.objectStore('snapshots').put({ commandCount: lab.snapshot.commandCount, snapshot: { ...rest, events: [] } }, SNAPSHOT_KEY));
      for (const run of runsOf(events)) writes.push(tx.objectStore('events').put(run, run[0]!.seq));
    }
    for (const segment of lab.archive) {
      if (segment.checkpoint && segment.fromCount > 0) writes.push(tx.objectStore('archive').put({ commandCount: segment.fromCount, snapshot: withoutEvents(segment.checkpoint) }, segment.fromCount));
      if (segment.entries.length > 0) writes.push(tx.objectStore('archiveLog').put(segment.entries, segment.fromCount));
    }
    await Promise.all([...writes, tx.done]);
  }

  async appendCommand(index: number, entry: CommandLogEntry): Promise<void> {
    const db = await this.db;
    await db.put('commands', entry, index);
  }

  async saveSnapshot(stored: StoredSnapshot, events: EventsUpdate): Promise<void> {
    const db = await this.db;
    const tx = db.transaction(['snapshots', 'events', 'commands', 'archive', 'archiveLog'], 'readwrite');
    const work = (async () => {
      const previous = await tx.objectStore('snapshots').get(SNAPSHOT_KEY);
      const covered = IDBKeyRange.upperBound(stored.commandCount, true);
      const [entries, indexes] = await Promise.all([tx.objectStore('commands').getAll(covered), tx.objectStore('commands').getAllKeys(covered)]);
      const writes: Promise<unknown>[] = [];
      const firstIndex = indexes[0];
      if (firstIndex !== undefined) {
        // The covered entries move to the archive; the previous snapshot is the checkpoint where its part starts.
        const split = previous && previous.commandCount > firstIndex && previous.commandCount < stored.commandCount ? previous.commandCount : firstIndex;
        if (split > firstIndex) writes.push(tx.objectStore('archiveLog').put(entries.slice(0, split - firstIndex), firstIndex));
        writes.push(tx.objectStore('archiveLog').put(entries.slice(split - firstIndex), split));
        if (previous && previous.commandCount === split && split > 0) writes.push(tx.objectStore('archive').put(previous, split));
        writes.push(tx.objectStore('commands').delete(covered));
      }
      for (const run of runsOf(events.append)) writes.push(tx.objectStore('events').put(run, run[0]!.seq));
      writes.push(this.dropEvicted(tx.objectStore('events'), events.keepFromSeq));
      writes.push(tx.objectStore('snapshots').put(stored, SNAPSHOT_KEY));
      await Promise.all(writes);
      await this.thin(tx, stored.commandCount);
    })().catch((error: unknown) => {
      // A failure here that is not a request's would otherwise let the writes already made commit.
      abortQuietly(tx);
      throw error;
    });
    await Promise.all([work, tx.done]);
  }

  async appendEvents(events: EventsUpdate): Promise<void> {
    const db = await this.db;
    const tx = db.transaction(['snapshots', 'events', 'commands', 'archive', 'archiveLog'], 'readwrite');
    const store = tx.objectStore('events');
    const writes: Promise<unknown>[] = runsOf(events.append).map((run) => store.put(run, run[0]!.seq));
    writes.push(this.dropEvicted(store, events.keepFromSeq));
    await Promise.all([...writes, tx.done]);
  }

  /** Deletes the runs wholly before keepFromSeq and trims the one it falls in. */
  private async dropEvicted(events: IDBPObjectStore<LabDb, ('snapshots' | 'events' | 'commands' | 'archive' | 'archiveLog')[], 'events', 'readwrite'>, keepFromSeq: number): Promise<void> {
    const straddling = await events.openCursor(IDBKeyRange.upperBound(keepFromSeq), 'prev');
    if (!straddling) return;
    await events.delete(IDBKeyRange.upperBound(straddling.key, true));
    const kept = straddling.value.filter((event) => event.seq >= keepFromSeq);
    if (kept.length === straddling.value.length) return;
    await events.delete(straddling.key);
    if (kept.length > 0) await events.put(kept, kept[0]!.seq);
  }

  /** Applies the archive plan: thinned checkpoints deleted, and everything before the base when over the limit. */
  private async thin(tx: IDBPTransaction<LabDb, ('snapshots' | 'events' | 'commands' | 'archive' | 'archiveLog')[], 'readwrite'>, endCount: number): Promise<void> {
    const [checkpoints, starts] = await Promise.all([tx.objectStore('archive').getAllKeys(), tx.objectStore('archiveLog').getAllKeys()]);
    const startCount = starts[0];
    if (startCount === undefined) return;
    const plan = planArchive(checkpoints, startCount, endCount, this.limits);
    const kept = new Set(plan.keep);
    const writes: Promise<unknown>[] = checkpoints.filter((count) => !kept.has(count)).map((count) => tx.objectStore('archive').delete(count));
    if (plan.baseCount > startCount) writes.push(tx.objectStore('archiveLog').delete(IDBKeyRange.upperBound(plan.baseCount, true)));
    await Promise.all(writes);
  }

  async saveMeta(meta: LabMeta): Promise<void> {
    const db = await this.db;
    const tx = db.transaction('meta', 'readwrite');
    const record = await tx.store.get(META_KEY);
    if (!record) throw new Error('no lab saved yet: reset() comes first');
    await Promise.all([tx.store.put({ ...record, nowMs: meta.nowMs, speed: meta.speed }, META_KEY), tx.done]);
  }

  async archivedLog(): Promise<ArchivedLog> {
    const db = await this.db;
    const tx = db.transaction(['archive', 'archiveLog', 'snapshots', 'commands'], 'readonly');
    const [starts, chunks, stored] = await Promise.all([
      tx.objectStore('archiveLog').getAllKeys(),
      tx.objectStore('archiveLog').getAll(),
      tx.objectStore('snapshots').get(SNAPSHOT_KEY),
    ]);
    // A lab stored by version 1 keeps the entries before its snapshot in commands until its first snapshot here.
    const [unarchived, base] = await Promise.all([
      stored ? tx.objectStore('commands').getAll(IDBKeyRange.upperBound(stored.commandCount, true)) : [],
      (starts[0] ?? 0) > 0 ? tx.objectStore('archive').get(starts[0]!) : undefined,
    ]);
    await tx.done;
    if ((starts[0] ?? 0) > 0 && !base) throw new Error(`The archived command log starts at entry ${starts[0]} without a checkpoint there.`);
    return { base: base ?? null, entries: [...chunks.flat(), ...unarchived] };
  }

  async keepAside(lab: SavedLab, reason: string): Promise<void> {
    const db = await this.db;
    await db.add('aside', { reason, lab });
  }

  async keptAside(): Promise<KeptAsideLab[]> {
    const db = await this.db;
    return db.getAll('aside');
  }

  close(): void {
    void this.db.then((db) => db.close());
  }
}

/** Aborts a transaction that may already have finished (then there is nothing to abort). */
function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted.
  }
}

function runsOf(events: readonly LabEvent[]): LabEvent[][] {
  const runs: LabEvent[][] = [];
  for (let start = 0; start < events.length; start += EVENTS_PER_RECORD) runs.push(events.slice(start, start + EVENTS_PER_RECORD));
  return runs;
}

function withoutEvents(snapshot: LabSnapshot): LabSnapshot {
  return snapshot.events.length === 0 ? snapshot : { ...snapshot, events: [] };
}
