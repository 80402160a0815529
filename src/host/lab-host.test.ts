// The host: command log persisted before an answer, snapshot cadence, step, new labs, messages.
import { describe, expect, test } from 'vitest';
import type { HostMessage } from '../api/types';
import { SNAPSHOT_EVERY_COMMANDS, STEP_IDLE_MS } from '../domain/lab';
import type { Command, Host } from '../engine';
import { createInProcessHost } from './in-process';
import { SNAPSHOT_IDLE_RETRY_WALL_MS } from './lab-host';
import { ManualScheduler } from './manual-scheduler';
import { MemoryPersistence } from './persistence/memory';
import type { CommandLogEntry } from '../api/types';

/** Memory persistence whose command writes wait until the test lets them through. */
class GatedPersistence extends MemoryPersistence {
  appended = 0;
  snapshots: number[] = [];
  private gate: Promise<void> = Promise.resolve();
  private open: () => void = () => {};

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }
  release(): void {
    this.open();
  }
  override async appendCommand(index: number, entry: CommandLogEntry): Promise<void> {
    await this.gate;
    await super.appendCommand(index, entry);
    this.appended++;
  }
  override async saveSnapshot(...args: Parameters<MemoryPersistence['saveSnapshot']>): Promise<void> {
    this.snapshots.push(args[0].commandCount);
    await super.saveSnapshot(...args);
  }
}

const toggle = (index: number): Command => ({ type: 'setNicLink', host: 'Demo1', nic: 'Public', linkUp: index % 2 === 1 });

describe('LabHost', () => {
  test('an accepted command is persisted before dispatch resolves; a refused one is not logged', async () => {
    const persistence = new GatedPersistence();
    const host = createInProcessHost({ persistence });
    await host.ready;
    persistence.hold();
    let resolved = false;
    const pending = host.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' }).then((result) => {
      resolved = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(resolved).toBe(false);
    expect(persistence.appended).toBe(0);
    persistence.release();
    expect((await pending).ok).toBe(true);
    expect(persistence.appended).toBe(1);
    expect((await persistence.load())?.commandLog).toEqual([{ atMs: 0, command: { type: 'setPower', host: 'Demo2', action: 'shutdown' } }]);

    const refused = await host.dispatch({ type: 'setPower', host: 'Nowhere', action: 'on' });
    expect(refused.ok).toBe(false);
    expect(await host.commandLog()).toHaveLength(1);
  });

  test('a running clock waits while a command is stored: it applies at the time it was logged with', async () => {
    const scheduler = new ManualScheduler();
    const persistence = new GatedPersistence();
    const host = createInProcessHost({ persistence, scheduler });
    await host.ready;
    scheduler.advanceWallMs(1000);
    persistence.hold();
    const pending = host.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Wall time passes while the write is pending; virtual time stays where the command was decided.
    scheduler.advanceWallMs(500);
    expect((await host.info()).nowMs).toBe(1000);
    expect(await host.commandLog()).toEqual([]);
    persistence.release();
    expect((await pending).ok).toBe(true);
    expect((await host.commandLog()).map((entry) => entry.atMs)).toEqual([1000]);
    // The wall time it waited is caught up afterwards.
    scheduler.advanceWallMs(50);
    expect((await host.info()).nowMs).toBe(1550);
    await host.close();
  });

  test('validate answers what dispatch would meet, and neither logs nor changes anything', async () => {
    const persistence = new GatedPersistence();
    const host = createInProcessHost({ persistence });
    await host.setClock({ paused: true });
    const before = await host.info();
    expect(await host.validate({ type: 'starwindAddServer', address: 'SWS-Store1', port: 3261 })).toEqual({ ok: true, warnings: {} });
    const refused = await host.validate({ type: 'starwindAddServer', address: 'Demo1', port: 3261 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'starwind.no_service', kind: 'conflict' } });
    expect(await host.info()).toEqual(before);
    expect(await host.commandLog()).toEqual([]);
    expect(persistence.appended).toBe(0);
    await host.close();
  });

  test(`snapshots every ${SNAPSHOT_EVERY_COMMANDS} commands and on pause, each when the lab is next idle`, async () => {
    const persistence = new GatedPersistence();
    const scheduler = new ManualScheduler();
    const host = createInProcessHost({ persistence, scheduler });
    for (let i = 0; i < SNAPSHOT_EVERY_COMMANDS * 2 + 5; i++) {
      expect((await host.dispatch(toggle(i))).ok).toBe(true);
      scheduler.runDue(); // idle between requests
    }
    await host.settled();
    expect(persistence.snapshots).toEqual([SNAPSHOT_EVERY_COMMANDS, SNAPSHOT_EVERY_COMMANDS * 2]);
    await host.setClock({ paused: true });
    expect(persistence.snapshots.at(-1)).toBe(SNAPSHOT_EVERY_COMMANDS * 2);
    scheduler.runDue();
    await host.settled();
    expect(persistence.snapshots.at(-1)).toBe(SNAPSHOT_EVERY_COMMANDS * 2 + 5);
    const saved = await persistence.load();
    expect(saved?.snapshot?.snapshot.version).toBe((await host.info()).version);
  });

  test('the snapshot is off the request path: the answer resolves before its write starts', async () => {
    const scheduler = new ManualScheduler();
    const persistence = new GatedPersistence();
    const host = createInProcessHost({ persistence, scheduler });
    await host.setClock({ paused: true });
    scheduler.runDue();
    await host.settled();
    persistence.snapshots = [];
    for (let i = 0; i < SNAPSHOT_EVERY_COMMANDS - 1; i++) expect((await host.dispatch(toggle(i))).ok).toBe(true);
    const answer = await host.dispatch(toggle(SNAPSHOT_EVERY_COMMANDS));
    expect(answer.ok).toBe(true);
    // Answered; the snapshot is due but has not started: it waits for the scheduler's next turn.
    expect(persistence.snapshots).toEqual([]);
    expect(scheduler.pendingCount()).toBeGreaterThan(0);
    // A request already in the queue when the snapshot's time comes goes first: the snapshot waits for the queue to drain.
    persistence.hold();
    const queued = host.dispatch(toggle(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    scheduler.runDue();
    persistence.release();
    expect((await queued).ok).toBe(true);
    expect(persistence.snapshots).toEqual([]);
    scheduler.advanceWallMs(SNAPSHOT_IDLE_RETRY_WALL_MS);
    await host.settled();
    expect(persistence.snapshots).toEqual([SNAPSHOT_EVERY_COMMANDS + 1]);
    expect(host.tailLength()).toBe(0);
    await host.close();
  });

  test('step moves to the next due timer, or STEP_IDLE_MS when none is due', async () => {
    const host = createInProcessHost();
    expect((await host.step()).nowMs).toBe(STEP_IDLE_MS);
    await host.dispatch({ type: 'setPower', host: 'Demo2', action: 'restart' });
    const demo2 = await host.query({ type: 'host', name: 'Demo2' });
    const dueMs = demo2.ok ? (demo2.value as Host).powerTransition?.dueMs : undefined;
    expect(dueMs).toBeGreaterThan(STEP_IDLE_MS);
    expect((await host.step()).nowMs).toBe(dueMs);
  });

  test('a new lab runs at 1×, and the clock moves with wall time', async () => {
    const scheduler = new ManualScheduler();
    const host = createInProcessHost({ scheduler });
    await host.setClock({ paused: true });
    await host.newLab({ seed: 3 });
    expect(await host.getClock()).toEqual({ paused: false, speed: 1 });
    scheduler.advanceWallMs(2000);
    expect((await host.info()).nowMs).toBe(2000);
    await host.setClock({ speed: 100 });
    scheduler.advanceWallMs(1000);
    expect((await host.info()).nowMs).toBe(102_000);
    await host.close();
  });

  test('a subscriber gets the full batch first, then coalesced batches and clock/lab messages', async () => {
    const scheduler = new ManualScheduler();
    const host = createInProcessHost({ scheduler });
    await host.setClock({ paused: true });
    scheduler.advanceWallMs(100);
    const messages: HostMessage[] = [];
    const unsubscribe = await host.subscribe((message) => messages.push(message));
    expect(messages[0]).toMatchObject({ type: 'batch', batch: { full: true, fromVersion: 0 } });
    const result = await host.dispatch({ type: 'setPower', host: 'Demo1', action: 'off' });
    scheduler.advanceWallMs(100);
    const delta = messages.filter((m) => m.type === 'batch').at(-1);
    expect(delta).toMatchObject({ batch: { full: false, toVersion: result.ok ? result.version : -1 } });
    await host.setClock({ speed: 10 });
    expect(messages.at(-1)).toEqual({ type: 'clock', clock: { paused: true, speed: 10, nowMs: 0 } });
    await host.newLab({ seed: 5 });
    scheduler.advanceWallMs(100);
    const announced = messages.findIndex((m) => m.type === 'lab' && m.info.seed === 5);
    expect(announced).toBeGreaterThan(0);
    // The new lab's first batch replaces the mirror (later ones carry the running clock's time).
    expect(messages.slice(announced).find((m) => m.type === 'batch')).toMatchObject({ batch: { full: true, fromVersion: 0 } });
    unsubscribe();
    const count = messages.length;
    await host.advance(1000);
    scheduler.advanceWallMs(100);
    expect(messages).toHaveLength(count);
    await host.close();
  });
});
