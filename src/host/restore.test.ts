// A reload: a new host over the same IndexedDB (fake-indexeddb in Node) comes back where the lab
// stood (same hash and time), paused, with the whole command log.
import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { SNAPSHOT_EVERY_COMMANDS } from '../domain/lab';
import { createLab, type Command } from '../engine';
import { createInProcessHost } from './in-process';
import { ManualScheduler } from './manual-scheduler';
import { restoreSaved } from './restore';
import { IndexedDbPersistence } from './persistence/indexed-db';

let dbCount = 0;
const freshDbName = () => `ha-lab-test-${++dbCount}-${Math.random().toString(36).slice(2)}`;
const toggle = (index: number): Command => ({ type: 'setNicLink', host: 'Demo1', nic: 'Public', linkUp: index % 2 === 1 });

describe('restore after reload', () => {
  test('no saved lab: a new default lab, running at 1×', async () => {
    const host = createInProcessHost({ persistence: new IndexedDbPersistence(freshDbName()) });
    expect(await host.info()).toMatchObject({ seed: 1, scenario: 'seed-lab', nowMs: 0 });
    expect(await host.getClock()).toEqual({ paused: false, speed: 1 });
    await host.close();
  });

  test('log only (no snapshot yet): same hash, time and log; paused', async () => {
    const dbName = freshDbName();
    const scheduler = new ManualScheduler();
    const first = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), scheduler });
    await first.newLab({ seed: 42, options: { clusterNodes: 3 } });
    await first.setClock({ speed: 10 });
    await first.dispatch({ type: 'setPower', host: 'Demo3', action: 'shutdown' });
    scheduler.advanceWallMs(1500); // 15 s of virtual time at 10×; meta saved on the way
    await first.dispatch({ type: 'setPower', host: 'Demo1', action: 'restart' });
    await first.advance(12_345);
    const before = await first.info();
    const log = await first.commandLog();
    await first.close();

    const second = createInProcessHost({ persistence: new IndexedDbPersistence(dbName) });
    expect(await second.info()).toEqual(before);
    expect(await second.getClock()).toEqual({ paused: true, speed: 10 });
    expect(await second.commandLog()).toEqual(log);
    expect(await second.keptAside()).toBeNull();
    await second.close();
  });

  test('parameters saved before starwindVersion existed (no snapshot yet): rebuilt as version 8', () => {
    const params = { seed: 3, scenario: 'seed-lab' as const, options: { osVersion: '2008R2' as const, clusterNodes: 2, startEpochMs: 0 } };
    const lab = restoreSaved({ params: params as Parameters<typeof restoreSaved>[0]['params'], snapshot: null, commandLog: [], nowMs: 0, speed: 1 });
    expect(lab.params.options.starwindVersion).toBe(8);
  });

  test('snapshot plus log tail, and time that ran on after the last command', async () => {
    const dbName = freshDbName();
    const scheduler = new ManualScheduler();
    const first = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), scheduler });
    for (let i = 0; i < SNAPSHOT_EVERY_COMMANDS + 30; i++) {
      await first.advance(i % 7);
      expect((await first.dispatch(toggle(i))).ok).toBe(true);
      scheduler.runDue(); // idle: a due snapshot runs
    }
    await first.settled();
    await first.dispatch({ type: 'setPower', host: 'Demo2', action: 'off' });
    await first.advance(90_000);
    const before = await first.info();
    await first.close();

    const saved = await new IndexedDbPersistence(dbName).load();
    expect(saved?.snapshot?.commandCount).toBe(SNAPSHOT_EVERY_COMMANDS);
    // Start-up reads the tail only: the entries the snapshot covers are archived.
    expect(saved?.commandLog).toHaveLength(31);

    const second = createInProcessHost({ persistence: new IndexedDbPersistence(dbName) });
    expect(await second.info()).toEqual(before);
    expect((await second.getClock()).paused).toBe(true);
    // Export carries the whole log from the lab's start, not only the tail.
    expect((await second.exportLab()).commandLog).toHaveLength(SNAPSHOT_EVERY_COMMANDS + 31);
    await second.close();
  });

  test('a saved lab that cannot be replayed is kept aside, then gives way to a new lab, reported', async () => {
    const dbName = freshDbName();
    const persistence = new IndexedDbPersistence(dbName);
    const first = createInProcessHost({ persistence });
    await first.dispatch({ type: 'setPower', host: 'Demo2', action: 'off' });
    await first.close();
    // Corrupt the log: the same command again is refused on replay (Demo2 is already stopping).
    const corrupt = new IndexedDbPersistence(dbName);
    await corrupt.appendCommand(1, { atMs: 0, command: { type: 'setPower', host: 'Demo2', action: 'off' } });
    corrupt.close();
    const reported: unknown[] = [];
    const second = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), reportError: (error) => reported.push(error) });
    expect(await second.info()).toMatchObject({ seed: 1, nowMs: 0 });
    expect(await second.commandLog()).toEqual([]);
    expect(reported).toHaveLength(1);
    // The page is told, with the lab itself, so it can offer the user a copy.
    const kept = await second.keptAside();
    expect(kept?.reason).toMatch(/refused on replay/);
    expect(kept?.lab.params.seed).toBe(1);
    expect(kept?.lab.commandLog.map((entry) => entry.command)).toEqual([
      { type: 'setPower', host: 'Demo2', action: 'off' },
      { type: 'setPower', host: 'Demo2', action: 'off' },
    ]);
    await second.close();
    // Told once: the next start restores the new lab and has nothing to report.
    const third = createInProcessHost({ persistence: new IndexedDbPersistence(dbName) });
    expect(await third.keptAside()).toBeNull();
    await third.close();
    // Nothing the user did is lost: the old lab, log and all, is kept with the reason.
    const aside = await new IndexedDbPersistence(dbName).keptAside();
    expect(aside).toHaveLength(1);
    expect(aside[0]?.lab.commandLog).toHaveLength(2);
    expect(aside[0]?.reason).toMatch(/refused on replay/);
  });

  /** A lab of three commands that also replays (to a different lab) without its middle one. */
  async function threeCommands(dbName: string) {
    const first = createInProcessHost({ persistence: new IndexedDbPersistence(dbName) });
    await first.setClock({ paused: true });
    await first.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' });
    await first.dispatch({ type: 'setNicLink', host: 'Demo1', nic: 'Public', linkUp: false });
    await first.dispatch({ type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: false });
    await first.close();
  }

  test('a log with a hole (an older build went on after a failed write) is kept aside, not replayed', async () => {
    const dbName = freshDbName();
    await threeCommands(dbName);
    // As today's build left it when the second write failed: entries 0 and 2, nothing at 1.
    const raw = await openDB(dbName);
    await raw.delete('commands', 1);
    raw.close();

    const reported: unknown[] = [];
    const second = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), reportError: (error) => reported.push(error) });
    expect(await second.commandLog()).toEqual([]);
    const kept = await second.keptAside();
    expect(kept?.reason).toMatch(/hole: entry 1 is missing/);
    expect(kept?.lab.commandLog.map((entry) => entry.command.type)).toEqual(['setPower', 'setNicLink']);
    expect(reported).toHaveLength(1);
    await second.close();
  });

  test('a snapshot whose count points past the log is kept aside, not restored', async () => {
    const dbName = freshDbName();
    await threeCommands(dbName);
    // Written as a fault would leave it: a snapshot that claims one more command than was stored.
    const raw = await openDB(dbName);
    await raw.put('snapshots', { commandCount: 4, snapshot: { ...createLab().snapshot(), events: [] } }, 'latest');
    raw.close();

    const second = createInProcessHost({ persistence: new IndexedDbPersistence(dbName), reportError: () => undefined });
    expect(await second.commandLog()).toEqual([]);
    expect((await second.keptAside())?.reason).toMatch(/snapshot covers 4 commands but the saved log holds only 3/);
    await second.close();
  });

  test('a lab stored by the previous build (same layout, written directly) restores as it was', async () => {
    const dbName = freshDbName();
    const first = createInProcessHost();
    await first.setClock({ paused: true });
    await first.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' });
    await first.advance(2500);
    const before = await first.info();
    const log = await first.commandLog();
    const file = await first.exportLab();
    // The previous build's stores and records, version 1, as its upgrade made them.
    const raw = await openDB(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('meta');
        db.createObjectStore('commands');
        db.createObjectStore('snapshots');
        db.createObjectStore('aside', { autoIncrement: true });
      },
    });
    await raw.put('meta', { params: { seed: file.seed, scenario: file.scenario, options: file.options }, nowMs: 2500, speed: 1 }, 'lab');
    await raw.put('commands', log[0], 0);
    raw.close();

    const second = createInProcessHost({ persistence: new IndexedDbPersistence(dbName) });
    expect(await second.info()).toEqual(before);
    expect(await second.commandLog()).toEqual(log);
    expect(await second.keptAside()).toBeNull();
    await second.close();
  });
});
