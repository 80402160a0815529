// Incremental-hash benchmark. A benchmark, never a timed test.
// Run: npx tsx scripts/bench/hash.bench.ts — prints ONE JSON object on the last stdout line.
//
// Seed lab with 64 cluster nodes and a full event log (200,000 events, made by unplugging and
// plugging every NIC in turn). Reported:
// - hash() after one small change (one cable toggle), p50 / p99 / max over 200 reads;
// - the first read (cold: it digests everything); restoreLab, which now includes that first digest,
//   and the first hash() read after it;
// - fullHashOf(lab): every digest recomputed from scratch (what hash() must equal; also the cost
//   of the first read after a restore), median of 5;
// - the sequential whole-state hash this replaced (canonical JSON of the snapshot, then every
//   event), for comparison, median of 3;
// - 8,064 live keyed timers (a 64-node heartbeat pattern) in a bare kernel: the timers' digest
//   after one reschedule, and recomputed;
// - StarWind block state: an HA device with 100,000 random 4 KiB writes (each its own extent in
//   three maps), hash() after one more write, p50 / p99 over 200, and the full recomputation.
import { createLab, fullHashOf, restoreLab } from '../../src/engine/lab';
import { Kernel } from '../../src/engine/kernel/kernel';
import { RandomStream, streamStateFor } from '../../src/engine/kernel/prng';
import { StableHasher } from '../../src/engine/kernel/stable-hash';
import { BYTES_PER_GIB } from '../../src/domain/units';
import { EVENT_LOG_CAPACITY } from '../../src/domain/event-log';
import { consoleLab, createHa, ok } from '../../src/engine/testing/starwind-helpers';
import type { Command, Lab } from '../../src/engine/types';

const NODES = 64;
const EVENTS = 200_000;
const READS = 200;
const RANDOM_WRITES = 100_000;

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank.
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const ms = (value: number) => Number(value.toFixed(3));

function timed<T>(run: () => T): [T, number] {
  const startMs = performance.now();
  const value = run();
  return [value, performance.now() - startMs];
}

function medianOf(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let index = 0; index < runs; index++) times.push(timed(run)[1]);
  return percentile(times, 0.5);
}

/** hash() after each of READS small changes: p50, p99, max; checked against fullHashOf once at the end. */
function readsAfterChanges(lab: Lab, change: (index: number) => void) {
  const times: number[] = [];
  for (let index = 0; index < READS; index++) {
    change(index);
    times.push(timed(() => lab.hash())[1]);
  }
  if (lab.hash() !== fullHashOf(lab)) throw new Error('hash() differs from its full recomputation');
  return { p50Ms: ms(percentile(times, 0.5)), p99Ms: ms(percentile(times, 0.99)), maxMs: ms(Math.max(...times)) };
}

/** The hash before this change: canonical JSON of the whole state, then every event. */
function sequentialHash(lab: Lab): string {
  const { version: _version, events, ...rest } = lab.snapshot();
  const hasher = new StableHasher();
  hasher.updateJson(rest);
  for (const event of events) hasher.updateJson(event);
  return hasher.digest();
}

// --- 64 nodes, full event log --------------------------------------------------------------------

const lab = createLab({ seed: 1, options: { clusterNodes: NODES } });
const hosts = lab.query({ type: 'hosts' });
if (!hosts.ok) throw new Error(hosts.error.message);
const nics = hosts.value.hosts.filter((host) => host.powerState === 'on').flatMap((host) => host.nics.map((nic) => ({ host: host.name, nic: nic.name })));
let toggles = 0;
function toggle(): void {
  const target = nics[toggles % nics.length]!;
  // Each pass over all NICs unplugs them, the next plugs them back: every command appends events.
  const linkUp = Math.floor(toggles / nics.length) % 2 === 1;
  const command: Command = { type: 'setNicLink', host: target.host, nic: target.nic, linkUp };
  if (!lab.dispatch(command).ok) throw new Error('a cable toggle was refused');
  toggles++;
}
const [, fillMs] = timed(() => {
  while ((lab.query({ type: 'events', filter: { since: EVENTS - 1, limit: 1 } }) as { ok: true; value: { events: unknown[] } }).value.events.length === 0) {
    for (let index = 0; index < 1000; index++) toggle();
  }
});
const eventSeq = lab.snapshot().kernel.eventSeq;
const [, firstReadMs] = timed(() => lab.hash());
const afterToggle = readsAfterChanges(lab, toggle);
// A restored lab (start-up, import) digests everything once, in restoreLab: time that first
// digest as the first fullHashOf-like pass it is, on a copy restored without timing.
const snapshot = lab.snapshot();
const [restored, restoreMs] = timed(() => restoreLab(snapshot));
const [restoredHash, restoredFirstReadMs] = timed(() => restored.hash());
if (restoredHash !== lab.hash()) throw new Error('a restored lab hashes differently');
const fullMs = medianOf(5, () => fullHashOf(lab));
const sequentialMs = medianOf(3, () => sequentialHash(lab));

// --- 8,064 live timers ---------------------------------------------------------------------------

const TIMERS = NODES * (NODES - 1) * 2;
const kernel = new Kernel({ seed: 1 });
kernel.registerTimerKind('heartbeat', () => undefined);
for (let index = 0; index < TIMERS; index++) kernel.schedule('heartbeat', 1000 + (index % 1000), { from: Math.floor(index / 126), to: index % 63, network: index % 2 }, `hb:${index}`);
kernel.timersDigest();
const timerTimes: number[] = [];
for (let index = 0; index < READS; index++) {
  kernel.schedule('heartbeat', 2000, { from: 0, to: index % 63, network: 0 }, `hb:${index}`);
  timerTimes.push(timed(() => kernel.timersDigest())[1]);
}
if (JSON.stringify(kernel.timersDigest()) !== JSON.stringify(kernel.timersDigest(true))) throw new Error('timer digest differs from its recomputation');
const timersFreshMs = medianOf(5, () => kernel.timersDigest(true));

// --- StarWind block state ------------------------------------------------------------------------

const swLab = consoleLab({ seed: 1 });
const device = createHa(swLab, { sizeBytes: 100 * BYTES_PER_GIB, ha: { initMethod: 'do-not-synchronize' } });
const stream = new RandomStream(streamStateFor(1, 'hash-bench'));
const deviceBlocks = (100 * BYTES_PER_GIB) / 4096;
const randomWrite = () => ok(swLab, { type: 'starwindWriteBlocks', device, side: 0, offsetBytes: stream.below(deviceBlocks) * 4096, lengthBytes: 4096, count: 1 });
const [, writesMs] = timed(() => {
  for (let index = 0; index < RANDOM_WRITES; index++) randomWrite();
});
const [, swFirstReadMs] = timed(() => swLab.hash());
const afterWrite = readsAfterChanges(swLab, randomWrite);
const swFullMs = medianOf(3, () => fullHashOf(swLab));
const swSequentialMs = medianOf(3, () => sequentialHash(swLab));

const result = {
  bench: 'hash',
  node: process.version,
  lab: {
    pattern: `seed lab, ${NODES} cluster nodes, ${toggles} cable toggles, event log of ${EVENT_LOG_CAPACITY} holding ${Math.min(eventSeq, EVENT_LOG_CAPACITY)} (${eventSeq} appended)`,
    fillS: Number((fillMs / 1000).toFixed(1)),
    firstReadMs: ms(firstReadMs),
    restoreLabMs: ms(restoreMs),
    restoredFirstReadMs: ms(restoredFirstReadMs),
    afterOneToggle: afterToggle,
    fullRecomputeMs: ms(fullMs),
    sequentialWholeStateMs: ms(sequentialMs),
  },
  timers: {
    pattern: `${TIMERS} live keyed timers in a bare kernel, one rescheduled before each read`,
    afterOneRescheduleP50Ms: ms(percentile(timerTimes, 0.5)),
    afterOneRescheduleP99Ms: ms(percentile(timerTimes, 0.99)),
    fullRecomputeMs: ms(timersFreshMs),
  },
  blocks: {
    pattern: `HA device of 100 GiB, ${RANDOM_WRITES} random 4 KiB writes (${(writesMs / 1000).toFixed(1)} s), then one more before each read`,
    firstReadMs: ms(swFirstReadMs),
    afterOneWrite: afterWrite,
    fullRecomputeMs: ms(swFullMs),
    sequentialWholeStateMs: ms(swSequentialMs),
  },
  method: `hash() timed after each of ${READS} small changes (nearest-rank percentiles); full and sequential: median of 5 or 3`,
};
console.log(`lab: after one toggle p50 ${afterToggle.p50Ms} ms, p99 ${afterToggle.p99Ms} ms; full ${result.lab.fullRecomputeMs} ms; sequential ${result.lab.sequentialWholeStateMs} ms`);
console.log(`blocks: after one write p50 ${afterWrite.p50Ms} ms, p99 ${afterWrite.p99Ms} ms; full ${result.blocks.fullRecomputeMs} ms`);
console.log(JSON.stringify(result));
