// A write that fails (quota exceeded) changes nothing: the command, the new lab or the import
// stays unapplied, the caller gets a LabStorageError (507 at the API), and the lab in memory is
// exactly what a reload restores from storage (same hash). Snapshot writes are best-effort.
import { describe, expect, test } from 'vitest';
import type { CommandLogEntry, LabInfo } from '../api/types';
import { SNAPSHOT_EVERY_COMMANDS } from '../domain/lab';
import type { Command } from '../engine';
import { SNAPSHOT_RETRY_AFTER_COMMANDS } from './lab-host';
import { createInProcessHost, type InProcessHost } from './in-process';
import { IndexedDbPersistence } from './persistence/indexed-db';
import { ManualScheduler } from './manual-scheduler';
import type { EventsUpdate, LabMeta, LabToStore, StoredSnapshot } from './persistence/types';
import { isStorageError, STORAGE_WRITE_FAILED_CODE } from './storage-error';

type Write = 'append' | 'snapshot' | 'reset' | 'meta';

/** IndexedDB whose writes of the kinds in `failing` throw, as a full disk would. */
class FaultyPersistence extends IndexedDbPersistence {
  readonly failing = new Set<Write>();
  snapshots: number[] = [];

  private check(write: Write): void {
    if (this.failing.has(write)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
  override async appendCommand(index: number, entry: CommandLogEntry): Promise<void> {
    this.check('append');
    await super.appendCommand(index, entry);
  }
  override async saveSnapshot(stored: StoredSnapshot, events: EventsUpdate): Promise<void> {
    this.check('snapshot');
    await super.saveSnapshot(stored, events);
    this.snapshots.push(stored.commandCount);
  }
  override async reset(lab: LabToStore): Promise<void> {
    this.check('reset');
    await super.reset(lab);
  }
  override async saveMeta(meta: LabMeta): Promise<void> {
    this.check('meta');
    await super.saveMeta(meta);
  }
}

let dbCount = 0;
const freshDbName = () => `ha-lab-save-failure-${++dbCount}-${Math.random().toString(36).slice(2)}`;
const toggle = (index: number): Command => ({ type: 'setNicLink', host: 'Demo1', nic: 'Public', linkUp: index % 2 === 1 });

async function openHost(dbName: string, reported: unknown[] = []) {
  const persistence = new FaultyPersistence(dbName);
  const scheduler = new ManualScheduler();
  const host = createInProcessHost({ persistence, scheduler, reportError: (error) => reported.push(error) });
  await host.setClock({ paused: true });
  return { host, persistence, reported, scheduler };
}

/** What a reload over the same store comes back to. */
async function reloaded(dbName: string): Promise<{ info: LabInfo; log: CommandLogEntry[]; kept: unknown }> {
  const host = createInProcessHost({ persistence: new IndexedDbPersistence(dbName) });
  const result = { info: await host.info(), log: await host.commandLog(), kept: await host.keptAside() };
  await host.close();
  return result;
}

async function expectAsReloaded(host: InProcessHost, dbName: string): Promise<void> {
  const live = { info: await host.info(), log: await host.commandLog() };
  await host.close();
  expect(await reloaded(dbName)).toEqual({ ...live, kept: null });
}

async function storageFailure(pending: Promise<unknown>): Promise<Error> {
  const error = await pending.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(isStorageError(error)).toBe(true);
  expect((error as { code?: string }).code).toBe(STORAGE_WRITE_FAILED_CODE);
  expect((error as Error).message).toMatch(/nothing was changed.*Free some disk space.*export the lab/s);
  return error as Error;
}

describe('a failed save changes nothing', () => {
  test('a command whose log write fails is not applied; the next one continues the log without a hole', async () => {
    const dbName = freshDbName();
    const { host, persistence } = await openHost(dbName);
    expect((await host.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' })).ok).toBe(true);
    const before = { info: await host.info(), log: await host.commandLog() };

    persistence.failing.add('append');
    const error = await storageFailure(host.dispatch({ type: 'setPower', host: 'Demo1', action: 'off' }));
    expect(error.message).toMatch(/QuotaExceededError/);
    expect({ info: await host.info(), log: await host.commandLog() }).toEqual(before);

    persistence.failing.clear();
    expect((await host.dispatch(toggle(0))).ok).toBe(true);
    expect((await host.commandLog()).map((entry) => entry.command.type)).toEqual(['setPower', 'setNicLink']);
    await expectAsReloaded(host, dbName);
  });

  test('a failed snapshot write does not fail the command: it was logged, and the snapshot is retried', async () => {
    const dbName = freshDbName();
    const { host, persistence, reported, scheduler } = await openHost(dbName);
    persistence.snapshots = []; // the pause's, before any command
    persistence.failing.add('snapshot');
    for (let i = 0; i < SNAPSHOT_EVERY_COMMANDS; i++) expect((await host.dispatch(toggle(i))).ok).toBe(true);
    // The snapshot runs as its own turn once the lab is idle.
    scheduler.runDue();
    await host.settled();
    expect(await host.commandLog()).toHaveLength(SNAPSHOT_EVERY_COMMANDS);
    expect(host.tailLength()).toBe(SNAPSHOT_EVERY_COMMANDS);
    expect(reported).toHaveLength(1);
    expect(String((reported[0] as Error).message)).toMatch(/snapshot could not be saved/);

    persistence.failing.clear();
    for (let i = 0; i < SNAPSHOT_RETRY_AFTER_COMMANDS; i++) expect((await host.dispatch(toggle(i))).ok).toBe(true);
    scheduler.runDue();
    await host.settled();
    expect(host.tailLength()).toBe(0);
    expect(persistence.snapshots).toEqual([SNAPSHOT_EVERY_COMMANDS + SNAPSHOT_RETRY_AFTER_COMMANDS]);
    await expectAsReloaded(host, dbName);
  });

  test('an import whose save fails leaves the lab, its log and its storage as they were', async () => {
    const source = createInProcessHost();
    await source.dispatch({ type: 'setPower', host: 'Demo1', action: 'shutdown' });
    await source.advance(30_000);
    const file = await source.exportLab();

    const dbName = freshDbName();
    const { host, persistence } = await openHost(dbName);
    await host.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' });
    await host.advance(1234);
    const before = { info: await host.info(), log: await host.commandLog(), clock: await host.getClock() };
    const stored = await persistence.load();

    persistence.failing.add('reset');
    await storageFailure(host.importLab(JSON.parse(JSON.stringify(file))));
    expect({ info: await host.info(), log: await host.commandLog(), clock: await host.getClock() }).toEqual(before);
    expect(await persistence.load()).toEqual(stored);
    // Commands go on being stored and applied on the lab that stayed.
    persistence.failing.clear();
    expect((await host.dispatch(toggle(0))).ok).toBe(true);
    await expectAsReloaded(host, dbName);
  });

  test('a new lab whose save fails leaves the current lab in memory and in storage', async () => {
    const dbName = freshDbName();
    const { host, persistence } = await openHost(dbName);
    await host.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' });
    const before = { info: await host.info(), log: await host.commandLog(), clock: await host.getClock() };
    const stored = await persistence.load();

    persistence.failing.add('reset');
    await storageFailure(host.newLab({ seed: 9 }));
    expect({ info: await host.info(), log: await host.commandLog(), clock: await host.getClock() }).toEqual(before);
    expect(await persistence.load()).toEqual(stored);
    persistence.failing.clear();
    expect((await host.dispatch(toggle(0))).ok).toBe(true);
    await expectAsReloaded(host, dbName);
  });

  test('advance, step and a clock change whose save fails leave time and clock as they were', async () => {
    const dbName = freshDbName();
    const { host, persistence } = await openHost(dbName);
    await host.advance(500);
    const before = { info: await host.info(), clock: await host.getClock() };
    persistence.failing.add('meta');
    await storageFailure(host.advance(1000));
    await storageFailure(host.step());
    await storageFailure(host.setClock({ speed: 10 }));
    expect({ info: await host.info(), clock: await host.getClock() }).toEqual(before);
    persistence.failing.clear();
    await expectAsReloaded(host, dbName);
  });
});
