// The stored lab after snapshots: the log they cover is archived (memory keeps the tail), the
// events live in their own store (appended, evicted ones deleted), and a lab stored by the
// previous layout (IndexedDB version 1) is migrated. Each time, a reload is the live lab (same hash).
import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import type { LabInfo } from '../api/types';
import { SNAPSHOT_EVERY_COMMANDS } from '../domain/lab';
import { EVENT_LOG_CAPACITY } from '../domain/event-log';
import { createLab, type Command, type LabEvent } from '../engine';
import { createInProcessHost, type InProcessHost } from './in-process';
import { EVENTS_APPEND_EVERY_COMMANDS } from './lab-host';
import { ManualScheduler } from './manual-scheduler';
import { IndexedDbPersistence } from './persistence/indexed-db';
import { replay } from './restore';

let dbCount = 0;
const freshDbName = () => `ha-lab-compaction-${++dbCount}-${Math.random().toString(36).slice(2)}`;
const toggle = (index: number): Command => ({ type: 'setNicLink', host: 'Demo1', nic: 'Public', linkUp: index % 2 === 1 });

/** Commands one by one, the lab idle between them (a due snapshot runs), as a user's clicks come. */
async function run(host: InProcessHost, scheduler: ManualScheduler, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    await host.advance(index % 5);
    expect((await host.dispatch(toggle(index))).ok).toBe(true);
    scheduler.runDue();
  }
  await host.settled();
}

async function reloaded(dbName: string): Promise<{ info: LabInfo; log: unknown[] }> {
  const host = createInProcessHost({ persistence: new IndexedDbPersistence(dbName) });
  const result = { info: await host.info(), log: await host.commandLog() };
  expect(await host.keptAside()).toBeNull();
  await host.close();
  return result;
}

describe('compaction', () => {
  test('after K snapshots memory holds the tail; export carries every command and imports to the same hash; a reload is the same lab', async () => {
    const dbName = freshDbName();
    const scheduler = new ManualScheduler();
    const host = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), scheduler });
    await host.setClock({ paused: true });
    scheduler.runDue(); // the pause's snapshot, before any command
    const count = SNAPSHOT_EVERY_COMMANDS * 3 + 17;
    await run(host, scheduler, count);
    expect(host.tailLength()).toBe(17);

    const log = await host.commandLog();
    expect(log).toHaveLength(count);
    const file = await host.exportLab();
    expect(file.commandLog).toEqual(log);
    const info = await host.info();
    await host.close();

    const saved = await new IndexedDbPersistence(dbName).load();
    expect(saved?.snapshot?.commandCount).toBe(SNAPSHOT_EVERY_COMMANDS * 3);
    expect(saved?.commandLog).toHaveLength(17);
    expect(await reloaded(dbName)).toEqual({ info, log });

    const importer = createInProcessHost();
    const imported = await importer.importLab(JSON.parse(JSON.stringify(file)));
    expect(imported.ok && imported.info.hash).toBe(info.hash);
    expect(await importer.commandLog()).toEqual(log);
  });

  test('an imported lab: its log goes to the archive, later commands to the tail, a reload is the same lab', async () => {
    const source = createInProcessHost();
    for (let index = 0; index < 5; index++) await source.dispatch(toggle(index));
    const file = await source.exportLab();

    const dbName = freshDbName();
    const scheduler = new ManualScheduler();
    const host = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), scheduler });
    expect((await host.importLab(file)).ok).toBe(true);
    expect(host.tailLength()).toBe(0);
    await run(host, scheduler, 3);
    const live = { info: await host.info(), log: await host.commandLog() };
    expect(live.log).toHaveLength(8);
    await host.close();
    expect(await reloaded(dbName)).toEqual(live);
  });

  test('a lab kept aside after its log was archived is kept with the whole log', async () => {
    const dbName = freshDbName();
    const scheduler = new ManualScheduler();
    const host = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), scheduler });
    await host.setClock({ paused: true });
    scheduler.runDue();
    await run(host, scheduler, SNAPSHOT_EVERY_COMMANDS);
    await host.dispatch({ type: 'setPower', host: 'Demo2', action: 'off' });
    expect(host.tailLength()).toBe(1);
    const last = (await host.commandLog()).at(-1);
    await host.close();
    // The same command again: refused on replay (Demo2 is already stopping).
    const raw = await openDB(dbName);
    await raw.put('commands', last, SNAPSHOT_EVERY_COMMANDS + 1);
    raw.close();

    const second = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), reportError: () => undefined });
    const kept = await second.keptAside();
    expect(kept?.reason).toMatch(/refused on replay/);
    expect(kept?.lab.commandLog).toHaveLength(SNAPSHOT_EVERY_COMMANDS + 2);
    await second.close();
  });
});

describe('the events store', () => {
  test('past the log capacity: evicted events are deleted, and a reload equals the live lab', async () => {
    // A lab whose log is nearly full, stored directly: filling it with commands would take minutes.
    const base = createLab().snapshot();
    const fillers: LabEvent[] = [];
    for (let seq = base.kernel.eventSeq + 1; fillers.length + base.events.length < EVENT_LOG_CAPACITY - 3; seq++) {
      fillers.push({ seq, timeMs: base.nowMs, host: 'Demo1', log: 'System', source: 'Filler', eventId: 1, level: 'Information', message: `filler ${seq}` });
    }
    const snapshot = { ...base, kernel: { ...base.kernel, eventSeq: fillers.at(-1)!.seq }, events: [...base.events, ...fillers] };
    const dbName = freshDbName();
    const persistence = new IndexedDbPersistence(dbName);
    await persistence.reset({ params: base.params, nowMs: base.nowMs, speed: 1, snapshot: { commandCount: 0, snapshot }, commandLog: [], archive: [] });
    persistence.close();

    const scheduler = new ManualScheduler();
    const host = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), scheduler });
    // Each pause takes a snapshot (idle), which appends the new events and deletes the evicted ones.
    for (let round = 0; round < 3; round++) {
      await host.setClock({ paused: false });
      await run(host, scheduler, 4);
      await host.setClock({ paused: true });
      scheduler.runDue();
      await host.settled();
    }
    // Then events appended between snapshots: the store runs ahead of the snapshot, the replay makes them again.
    await host.setClock({ paused: false });
    await run(host, scheduler, EVENTS_APPEND_EVERY_COMMANDS * 2 + 5);
    expect(host.tailLength()).toBe(EVENTS_APPEND_EVERY_COMMANDS * 2 + 5);
    const live = { info: await host.info(), log: await host.commandLog() };
    await host.close();

    const raw = await openDB(dbName);
    const keys = ((await raw.getAll('events')) as LabEvent[][]).flat().map((event) => event.seq);
    raw.close();
    const events = await createInProcessHost({ persistence: new IndexedDbPersistence(dbName) }).query({ type: 'events', filter: { since: 0, limit: 1 } });
    // The store holds the log as of its last append (the last 5 commands' events come from the replay).
    expect(keys).toHaveLength(EVENT_LOG_CAPACITY);
    expect(keys[0]).toBeGreaterThan(base.events[0]!.seq);
    const restoredOldest = events.ok ? (events.value as { events: LabEvent[] }).events[0]!.seq : 0;
    expect(keys[0]).toBeLessThan(restoredOldest);
    expect(await reloaded(dbName)).toEqual(live);
  }, 60_000);
});

describe('IndexedDB version 1 → 2', () => {
  test('a version 1 lab with a hole in its log is kept aside with each stored entry once', async () => {
    const dbName = freshDbName();
    const lab = createLab();
    const entries = [0, 1, 3].map((index) => ({ index, entry: { atMs: 0, command: toggle(index) } }));
    const v1 = await openDB(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('meta');
        db.createObjectStore('commands');
        db.createObjectStore('snapshots');
        db.createObjectStore('aside', { autoIncrement: true });
      },
    });
    await v1.put('meta', { params: lab.params, nowMs: 0, speed: 1 }, 'lab');
    for (const { index, entry } of entries) await v1.put('commands', entry, index);
    await v1.put('snapshots', { commandCount: 1, snapshot: lab.snapshot() }, 'latest');
    v1.close();

    const host = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), reportError: () => undefined });
    const kept = await host.keptAside();
    expect(kept?.reason).toMatch(/hole: entry 2 is missing/);
    expect(kept?.lab.commandLog).toEqual(entries.map(({ entry }) => entry));
    await host.close();
  });

  test('a lab stored by the previous build (log from 0, events inside the snapshot) is migrated and restores as it was', async () => {
    const first = createInProcessHost();
    await first.setClock({ paused: true });
    for (let index = 0; index < 7; index++) {
      await first.advance(1000);
      await first.dispatch(toggle(index));
    }
    await first.advance(2500);
    const before = await first.info();
    const log = await first.commandLog();
    const file = await first.exportLab();
    // The previous build's snapshot after 4 commands, events inside.
    const atFour = createLab(file.snapshot.params);
    replay(atFour, log.slice(0, 4));
    const snapshot = atFour.snapshot();
    expect(snapshot.events.length).toBeGreaterThan(0);

    const dbName = freshDbName();
    const v1 = await openDB(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('meta');
        db.createObjectStore('commands');
        db.createObjectStore('snapshots');
        db.createObjectStore('aside', { autoIncrement: true });
      },
    });
    await v1.put('meta', { params: snapshot.params, nowMs: before.nowMs, speed: 1 }, 'lab');
    for (const [index, entry] of log.entries()) await v1.put('commands', entry, index);
    await v1.put('snapshots', { commandCount: 4, snapshot }, 'latest');
    v1.close();

    const scheduler = new ManualScheduler();
    const second = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), scheduler });
    expect(await second.info()).toEqual(before);
    expect(await second.commandLog()).toEqual(log);
    expect(await second.keptAside()).toBeNull();
    const migrated = await openDB(dbName);
    expect(migrated.version).toBe(2);
    expect(((await migrated.getAll('events')) as LabEvent[][]).flat()).toEqual(snapshot.events);
    expect(((await migrated.get('snapshots', 'latest')) as { snapshot: { events: unknown[] } }).snapshot.events).toEqual([]);
    migrated.close();

    // Its first snapshot archives the log from 0; the lab and its log stay the same.
    await second.setClock({ paused: false });
    await second.setClock({ paused: true });
    scheduler.runDue();
    await second.settled();
    expect(second.tailLength()).toBe(0);
    const live = { info: await second.info(), log: await second.commandLog() };
    expect(live.log).toEqual(log);
    await second.close();
    expect(await reloaded(dbName)).toEqual(live);
  });
});

describe('the archive over its size limit', () => {
  test('the oldest part is dropped at a checkpoint: the export starts there (logBase), imports to the same hash, and a reload is the same lab', async () => {
    const dbName = freshDbName();
    const scheduler = new ManualScheduler();
    const limits = { commandsMax: 500, denseCheckpoints: 2 };
    const host = createInProcessHost({ persistence: new IndexedDbPersistence(dbName, limits), scheduler });
    await host.setClock({ paused: true });
    scheduler.runDue();
    await run(host, scheduler, SNAPSHOT_EVERY_COMMANDS * 7 + 17);
    expect(host.tailLength()).toBe(17);

    // Snapshots at 200 … 1,400: the archive ends at 1,400 and may hold 500, so it starts at 1,000.
    const log = await host.commandLog();
    expect(log).toHaveLength(417);
    const file = await host.exportLab();
    expect(file.logBase?.commandCount).toBe(1000);
    expect(file.commandLog).toEqual(log);
    const raw = await openDB(dbName);
    expect(await raw.getAllKeys('archive')).toEqual([1000, 1200]);
    expect(await raw.getAllKeys('archiveLog')).toEqual([1000, 1200]);
    raw.close();
    const live = { info: await host.info(), log };
    await host.close();
    expect(await reloaded(dbName)).toEqual(live);

    const importer = createInProcessHost({ persistence: new IndexedDbPersistence(freshDbName()) });
    const imported = await importer.importLab(JSON.parse(JSON.stringify(file)));
    expect(imported.ok && imported.info.hash).toBe(live.info.hash);
    expect(await importer.commandLog()).toEqual(log);
    expect((await importer.exportLab()).logBase?.commandCount).toBe(1000);
    await importer.close();
  });

  test('a log that does not lead from its base to the snapshot is refused', async () => {
    const source = createInProcessHost();
    for (let index = 0; index < 4; index++) await source.dispatch(toggle(index));
    const file = await source.exportLab();
    // A base that is the lab's end (the cable plugged in): the first entry replayed on it unplugs the cable.
    const forged = { ...file, logBase: { commandCount: 10, snapshot: file.snapshot }, commandLog: file.commandLog.slice(0, 1) };
    const result = await createInProcessHost().importLab(JSON.parse(JSON.stringify(forged)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/does not lead to its snapshot/);
  });
});
