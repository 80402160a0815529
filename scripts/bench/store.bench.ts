// Persistence benchmark: the host over fake-indexeddb (Node's stand-in for the browser's store).
// A benchmark, never a timed test. Run: npx tsx --expose-gc scripts/bench/store.bench.ts — prints
// ONE JSON object on the last stdout line. Reported:
// - start-up: a LabHost opening a stored lab of 100,000 logged commands (archived log, latest
//   snapshot, tail of 150, and the events those commands logged), until `ready`, with its reads and
//   its restore timed apart; and a 64-node lab with a full event log (200,000 events);
// - heap after 1,000,000 commands through the host (the tail in memory is bounded; the persistence
//   here discards what it is given, as a browser's IndexedDB keeps it outside the JS heap);
// - cable toggles in a 64-node lab with a full event log: latency of each request over 1,000,
//   p50 / p99 / max, with the lab idle between requests so every due snapshot runs (each in its own
//   turn, the next request waiting for it), and the snapshot turns themselves;
// - pause: the answer (meta stored; the snapshot follows when idle) and the request after it.
import 'fake-indexeddb/auto';
import { EVENT_LOG_CAPACITY } from '../../src/domain/event-log';
import { BATCH_COALESCE_WALL_MS, SNAPSHOT_EVERY_COMMANDS } from '../../src/domain/lab';
import { createLab, snapshotWithoutEvents } from '../../src/engine/lab';
import type { Command, Lab } from '../../src/engine/types';
import type { CommandLogEntry } from '../../src/api/types';
import { LabHost } from '../../src/host/lab-host';
import { ManualScheduler } from '../../src/host/manual-scheduler';
import { IndexedDbPersistence } from '../../src/host/persistence/indexed-db';
import { restoreSaved } from '../../src/host/restore';
import type { ArchivedLog, EventsUpdate, KeptAsideLab, LabMeta, LabToStore, Persistence, SavedLab, StoredSnapshot } from '../../src/host/persistence/types';

const STARTUP_COMMANDS = 100_000;
const STARTUP_TAIL = 150;
const HEAP_COMMANDS = 1_000_000;
const NODES = 64;
const TOGGLES = 1_000;
const PAUSES = 20;

const ms = (value: number) => Number(value.toFixed(3));
const mib = (bytes: number) => Number((bytes / 2 ** 20).toFixed(1));

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const spread = (values: number[]) => ({ p50Ms: ms(percentile(values, 0.5)), p99Ms: ms(percentile(values, 0.99)), maxMs: ms(Math.max(...values)) });

async function timedAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const startMs = performance.now();
  const value = await run();
  return [value, performance.now() - startMs];
}

let dbCount = 0;
const dbName = () => `store-bench-${++dbCount}`;

/** The NICs of a lab's running hosts; toggling them in turn unplugs all, then plugs all back. */
function toggler(lab: Lab): (index: number) => Command {
  const hosts = lab.query({ type: 'hosts' });
  if (!hosts.ok) throw new Error(hosts.error.message);
  const nics = hosts.value.hosts.filter((host) => host.powerState === 'on').flatMap((host) => host.nics.map((nic) => ({ host: host.name, nic: nic.name })));
  return (index) => {
    const target = nics[index % nics.length]!;
    return { type: 'setNicLink', host: target.host, nic: target.nic, linkUp: Math.floor(index / nics.length) % 2 === 1 };
  };
}

function dispatchOk(lab: Lab, command: Command): void {
  const result = lab.dispatch(command);
  if (!result.ok) throw new Error(`${command.type} was refused: ${result.error.message}`);
}

// --- start-up with 100,000 logged commands --------------------------------------------------------

async function startupWithLog(): Promise<{ readyMs: number; loadMs: number; restoreMs: number; tailEntries: number; eventsHeld: number }> {
  const lab = createLab({ seed: 1 });
  const next = toggler(lab);
  const log: CommandLogEntry[] = [];
  let stored: StoredSnapshot | null = null;
  for (let index = 0; index < STARTUP_COMMANDS; index++) {
    if (index === STARTUP_COMMANDS - STARTUP_TAIL) stored = { commandCount: index, snapshot: lab.snapshot() };
    const command = next(index);
    log.push({ atMs: lab.nowMs(), command });
    dispatchOk(lab, command);
    lab.advance(index % 3);
  }
  const name = dbName();
  const persistence = new IndexedDbPersistence(name);
  const archive = [];
  for (let from = 0; from < stored!.commandCount; from += SNAPSHOT_EVERY_COMMANDS) archive.push({ fromCount: from, checkpoint: null, entries: log.slice(from, Math.min(from + SNAPSHOT_EVERY_COMMANDS, stored!.commandCount)) });
  await persistence.reset({ params: lab.params, nowMs: lab.nowMs(), speed: 1, snapshot: stored, commandLog: log.slice(stored!.commandCount), archive });
  persistence.close();
  // What start-up is made of: the reads (meta, snapshot, tail, events), then the restore and replay.
  const reader = new IndexedDbPersistence(name);
  const [saved, loadMs] = await timedAsync(() => reader.load());
  reader.close();
  const restoreStartMs = performance.now();
  restoreSaved(saved!);
  const restoreMs = performance.now() - restoreStartMs;
  const [host, readyMs] = await timedAsync(async () => {
    const opened = new LabHost({ scheduler: new ManualScheduler(), persistence: new IndexedDbPersistence(name) });
    await opened.ready;
    return opened;
  });
  if ((await host.info()).hash !== lab.hash()) throw new Error('the restored lab differs');
  const tailEntries = host.tailLength();
  await host.close();
  return { readyMs: ms(readyMs), loadMs: ms(loadMs), restoreMs: ms(restoreMs), tailEntries, eventsHeld: saved!.snapshot!.snapshot.events.length };
}

// --- heap after 1,000,000 commands --------------------------------------------------------------------

/** Keeps nothing: what the host itself holds is measured, not a store that lives in the heap. */
class DiscardingPersistence implements Persistence {
  async load(): Promise<SavedLab | null> {
    return null;
  }
  async reset(_lab: LabToStore): Promise<void> {}
  async appendCommand(_index: number, _entry: CommandLogEntry): Promise<void> {}
  async saveSnapshot(_stored: StoredSnapshot, _events: EventsUpdate): Promise<void> {}
  async appendEvents(_events: EventsUpdate): Promise<void> {}
  async saveMeta(_meta: LabMeta): Promise<void> {}
  async archivedLog(): Promise<ArchivedLog> {
    return { base: null, entries: [] };
  }
  async keepAside(_lab: SavedLab, _reason: string): Promise<void> {}
  async keptAside(): Promise<KeptAsideLab[]> {
    return [];
  }
  close(): void {}
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let round = 0; round < 3; round++) gc?.();
  return process.memoryUsage().heapUsed;
}

/**
 * Heap used (after gc) before the first command and after each quarter of a million: the lab's own
 * state grows until its event log is full (200,000 events), the command log in memory must not.
 */
async function heapAfterCommands() {
  const scheduler = new ManualScheduler();
  const host = new LabHost({ scheduler, persistence: new DiscardingPersistence() });
  await host.setClock({ paused: true });
  const next = toggler(createLab({ seed: 1 }));
  const heapMiB: Record<string, number> = { '0': mib(heapUsed()) };
  const startMs = performance.now();
  for (let index = 0; index < HEAP_COMMANDS; index++) {
    const result = await host.dispatch(next(index));
    if (!result.ok) throw new Error('a toggle was refused');
    if (index % SNAPSHOT_EVERY_COMMANDS === SNAPSHOT_EVERY_COMMANDS - 1) {
      // Wall time passes (the clock is paused): the due snapshot runs and the page's batch is posted.
      scheduler.advanceWallMs(BATCH_COALESCE_WALL_MS);
      await host.settled();
    }
    if ((index + 1) % (HEAP_COMMANDS / 4) === 0) heapMiB[String(index + 1)] = mib(heapUsed());
  }
  const wallS = (performance.now() - startMs) / 1000;
  const tailEntries = host.tailLength();
  await host.close();
  return { commands: HEAP_COMMANDS, heapMiBAfterCommands: heapMiB, tailEntries, gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function', wallS: Number(wallS.toFixed(1)) };
}

// --- 64 nodes, full event log: toggles and pause ----------------------------------------------------

async function fullLabHost(): Promise<{ host: LabHost; scheduler: ManualScheduler; persistence: TimedPersistence; lab: Lab; toggles: number; fillS: number; restoreReadyMs: number }> {
  const fillStartMs = performance.now();
  const lab = createLab({ seed: 1, options: { clusterNodes: NODES } });
  const next = toggler(lab);
  let toggles = 0;
  while (lab.snapshot().kernel.eventSeq < EVENT_LOG_CAPACITY) {
    for (let index = 0; index < 1000; index++) dispatchOk(lab, next(toggles++));
  }
  const fillS = (performance.now() - fillStartMs) / 1000;
  const name = dbName();
  const seeding = new IndexedDbPersistence(name);
  await seeding.reset({ params: lab.params, nowMs: lab.nowMs(), speed: 1, snapshot: { commandCount: 0, snapshot: lab.snapshot() }, commandLog: [], archive: [] });
  seeding.close();
  const scheduler = new ManualScheduler();
  const persistence = new TimedPersistence(name);
  const [host, restoreReadyMs] = await timedAsync(async () => {
    const opened = new LabHost({ scheduler, persistence });
    await opened.ready;
    return opened;
  });
  return { host, scheduler, persistence, lab, toggles, fillS, restoreReadyMs };
}

/** Times each snapshot write (the IndexedDB part of a snapshot turn). */
class TimedPersistence extends IndexedDbPersistence {
  readonly snapshotWritesMs: number[] = [];
  override async saveSnapshot(stored: StoredSnapshot, events: EventsUpdate): Promise<void> {
    const [, writeMs] = await timedAsync(() => super.saveSnapshot(stored, events));
    this.snapshotWritesMs.push(writeMs);
  }
}

async function togglesAndPause() {
  const { host, scheduler, persistence, lab, toggles, fillS, restoreReadyMs } = await fullLabHost();
  // The toggles go on where the fill stopped: each one plugs or unplugs a cable (none is a no-op).
  const after = toggler(lab);
  const next = (index: number) => after(toggles + index);
  const latencies: number[] = [];
  const afterSnapshot: number[] = [];
  const snapshotTurnsMs: number[] = [];
  let snapshotPending = false;
  for (let index = 0; index < TOGGLES; index++) {
    const [result, latencyMs] = await timedAsync(() => host.dispatch(next(index)));
    if (!result.ok) throw new Error('a toggle was refused');
    latencies.push(latencyMs);
    if (snapshotPending) afterSnapshot.push(latencyMs);
    // Idle: a due snapshot starts now, as its own turn; the next request arrives while it runs.
    const writes = persistence.snapshotWritesMs.length;
    const startMs = performance.now();
    scheduler.runDue();
    snapshotPending = false;
    if ((index + 1) % SNAPSHOT_EVERY_COMMANDS === 0) {
      snapshotPending = true;
      // Once in a while the turn is timed alone (settled), otherwise the next toggle meets it.
      if ((index + 1) % (SNAPSHOT_EVERY_COMMANDS * 2) === 0) {
        await host.settled();
        snapshotTurnsMs.push(performance.now() - startMs);
        snapshotPending = false;
        if (persistence.snapshotWritesMs.length === writes) throw new Error('no snapshot was written');
      }
    }
  }
  // The fill lab is the host's lab as restored (same hash): the cost of the snapshot itself, with and without events.
  const snapshotCopyMs = percentile(Array.from({ length: 5 }, () => timedSync(() => snapshotWithoutEvents(lab))), 0.5);
  const fullCopyMs = percentile(Array.from({ length: 3 }, () => timedSync(() => lab.snapshot())), 0.5);

  const pauses: number[] = [];
  const afterPause: number[] = [];
  for (let index = 0; index < PAUSES; index++) {
    await host.setClock({ paused: false });
    const [, pauseMs] = await timedAsync(() => host.setClock({ paused: true }));
    pauses.push(pauseMs);
    scheduler.runDue(); // the pause's snapshot starts; the next request waits for it
    const [, nextMs] = await timedAsync(() => host.dispatch(next(TOGGLES + index)));
    afterPause.push(nextMs);
  }
  const memoryTail = host.tailLength();
  await host.close();
  return {
    nodes: NODES,
    events: EVENT_LOG_CAPACITY,
    fillS: Number(fillS.toFixed(1)),
    startupReadyMs: ms(restoreReadyMs),
    toggle: { count: TOGGLES, ...spread(latencies) },
    toggleWaitingForASnapshot: spread(afterSnapshot),
    snapshotTurn: spread(snapshotTurnsMs),
    snapshotWrite: spread(persistence.snapshotWritesMs),
    snapshotWithoutEventsMs: ms(snapshotCopyMs),
    snapshotWithEventsMs: ms(fullCopyMs),
    pause: spread(pauses),
    requestAfterPause: spread(afterPause),
    tailEntries: memoryTail,
  };
}

function timedSync(run: () => unknown): number {
  const startMs = performance.now();
  run();
  return performance.now() - startMs;
}

// The heap first: the fake IndexedDB of the other parts lives in this heap.
const heap = await heapAfterCommands();
const startup = await startupWithLog();
const full = await togglesAndPause();
console.log(JSON.stringify({ startup100kCommands: startup, full64: full, heap1M: heap }));
