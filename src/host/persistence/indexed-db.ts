// Persistence in IndexedDB (through idb): the worker's, and Node tests' over fake-indexeddb.
// Stores: meta (one record: params, nowMs, speed), commands (keyed by log index), snapshots (the
// latest only: older ones are never read, and the full log already allows any replay).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ClockSpeed, CommandLogEntry } from '../../api/types';
import type { LabParams } from '../../engine';
import type { KeptAsideLab, LabMeta, Persistence, SavedLab, StoredSnapshot } from './types';

export const LAB_DB_NAME = 'ha-lab';
const LAB_DB_VERSION = 1;
const META_KEY = 'lab';
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
}

/**
 * The log's indexes must be 0, 1, 2…: getAll() returns entries in index order and would silently
 * close a hole (an older build went on after a failed write), replaying a different lab.
 */
function logHole(indexes: readonly number[]): string | undefined {
  const missing = indexes.findIndex((index, position) => index !== position);
  if (missing < 0) return undefined;
  return (
    `The saved command log has a hole: entry ${missing} is missing (the next stored entry is ${indexes[missing]}, ` +
    `${indexes.length} entries stored), so replaying it would not give the lab as it was.`
  );
}

export class IndexedDbPersistence implements Persistence {
  private readonly db: Promise<IDBPDatabase<LabDb>>;

  constructor(dbName = LAB_DB_NAME) {
    this.db = openDB<LabDb>(dbName, LAB_DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('meta');
        db.createObjectStore('commands');
        db.createObjectStore('snapshots');
        db.createObjectStore('aside', { autoIncrement: true });
      },
    });
  }

  async load(): Promise<SavedLab | null> {
    const db = await this.db;
    const tx = db.transaction(['meta', 'commands', 'snapshots'], 'readonly');
    const [meta, commandLog, indexes, snapshot] = await Promise.all([
      tx.objectStore('meta').get(META_KEY),
      tx.objectStore('commands').getAll(),
      tx.objectStore('commands').getAllKeys(),
      tx.objectStore('snapshots').get(SNAPSHOT_KEY),
      tx.done,
    ]);
    if (!meta) return null;
    const saved: SavedLab = { params: meta.params, nowMs: meta.nowMs, speed: meta.speed, commandLog, snapshot: snapshot ?? null };
    const damage = logHole(indexes);
    return damage ? { ...saved, damage } : saved;
  }

  async reset(lab: SavedLab): Promise<void> {
    const db = await this.db;
    // One transaction: a reload never sees half of the old lab and half of the new one.
    const tx = db.transaction(['meta', 'commands', 'snapshots'], 'readwrite');
    const writes: Promise<unknown>[] = [
      tx.objectStore('commands').clear(),
      tx.objectStore('snapshots').clear(),
      tx.objectStore('meta').put({ params: lab.params, nowMs: lab.nowMs, speed: lab.speed }, META_KEY),
    ];
    lab.commandLog.forEach((entry, index) => writes.push(tx.objectStore('commands').put(entry, index)));
    if (lab.snapshot) writes.push(tx.objectStore('snapshots').put(lab.snapshot, SNAPSHOT_KEY));
    await Promise.all([...writes, tx.done]);
  }

  async appendCommand(index: number, entry: CommandLogEntry): Promise<void> {
    const db = await this.db;
    await db.put('commands', entry, index);
  }

  async saveSnapshot(stored: StoredSnapshot): Promise<void> {
    const db = await this.db;
    await db.put('snapshots', stored, SNAPSHOT_KEY);
  }

  async saveMeta(meta: LabMeta): Promise<void> {
    const db = await this.db;
    const tx = db.transaction('meta', 'readwrite');
    const record = await tx.store.get(META_KEY);
    if (!record) throw new Error('no lab saved yet: reset() comes first');
    await Promise.all([tx.store.put({ ...record, nowMs: meta.nowMs, speed: meta.speed }, META_KEY), tx.done]);
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
