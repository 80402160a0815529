// I/O generator benchmark. A benchmark, never a timed test.
// Run: npx tsx scripts/bench/io.bench.ts — prints ONE JSON object on the last stdout line.
//
// A 64-node lab (seed lab, clusterNodes 64): HA1 and HA2 on SWS-Store1 ↔ SWS-Store2, every node
// with Multipath I/O, connected to the four targets with multi-path, the claim in effect, Disk 1
// and Disk 2 Online, each with two paths. Then, through Lab.dispatch, every node runs the I/O
// generator on both disks (random 4 KiB writes at QD 8, then sequential 64 KiB reads at QD 4), and
// the clock jumps from due timer to due timer (the host's "max" speed) until every run has ended:
//   (a) steady: nothing fails;
//   (b) failover: SWS-Store2's iSCSI cable is pulled 2 s into the runs (128 runs re-planned, writes
//       wait through the partner-loss detection, then continue alone on SWS-Store1).
// Figures: simulated seconds per wall second and I/Os per wall second through the whole stack.
// (c) random placement: 1,000,000 random 4 KiB writes at QD 8 on Demo1's Disk 1 (a 64 GiB HA1 LUN,
//     two paths, so the writes stay scattered: no whole pass of the range) — every slot computed,
//     the run's writes applied as extents — steady, and with SWS-Store2's iSCSI cable pulled 2 s in
//     (the writes then wait for the detection as one StarWind batch per path); µs of wall time per
//     I/O and the extents the acknowledged blocks make.
import { attachHosts, T1, T2 } from '../../src/engine/domains/disks/io-bench-lab';
import { attachHost } from '../../src/engine/domains/disks/io-testing';
import { ackedBlocks } from '../../src/engine/domains/starwind/inspect';
import { consoleLab, createHa, ok } from '../../src/engine/testing/starwind-helpers';
import { labContextOf } from '../../src/engine/lab';
import type { Lab } from '../../src/engine/types';

const NODES = 64;
const HA2_T1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha2';
const HA2_T2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha2partner';
const WRITES_PER_DISK = 200_000;
const READS_PER_DISK = 50_000;

function bigLab(): { lab: Lab; nodes: string[] } {
  const lab = consoleLab({ seed: 1, options: { clusterNodes: NODES } });
  createHa(lab);
  createHa(lab, { targetAlias: 'HA2' });
  const nodes = Array.from({ length: NODES }, (_, index) => `Demo${index + 1}`);
  attachHosts(lab, nodes, [T1, T2, HA2_T1, HA2_T2]);
  return { lab, nodes };
}

function runningIoJobs(lab: Lab): number {
  const jobs = lab.query({ type: 'jobs' });
  if (!jobs.ok) throw new Error(jobs.error.message);
  return jobs.value.jobs.filter((job) => job.kind === 'disks.io' && job.state === 'running').length;
}

function runAll(lab: Lab, nodes: string[], failAtMs: number | null) {
  const startSim = lab.nowMs();
  const started = performance.now();
  let dispatches = 0;
  for (const host of nodes) {
    for (const number of [1, 2]) {
      ok(lab, { type: 'diskIo', host, number, op: 'write', pattern: 'random', blockBytes: 4096, count: WRITES_PER_DISK, queueDepth: 8 });
      ok(lab, { type: 'diskIo', host, number, op: 'read', pattern: 'sequential', blockBytes: 65_536, count: READS_PER_DISK, queueDepth: 4 });
      dispatches += 2;
    }
  }
  let failed = failAtMs === null;
  for (let steps = 0; runningIoJobs(lab) > 0; steps++) {
    if (steps > 1_000_000) throw new Error('the runs did not end');
    const dueMs = lab.nextDueMs();
    if (!failed && (dueMs === null || dueMs >= startSim + failAtMs!)) {
      lab.advance(startSim + failAtMs! - lab.nowMs());
      ok(lab, { type: 'setNicLink', host: 'SWS-Store2', nic: 'iSCSI', linkUp: false });
      dispatches++;
      failed = true;
      continue;
    }
    lab.advance(dueMs === null ? 1000 : Math.max(0, dueMs - lab.nowMs()));
  }
  const wallMs = performance.now() - started;
  return { wallMs, simulatedMs: lab.nowMs() - startSim, ios: nodes.length * 2 * (WRITES_PER_DISK + READS_PER_DISK), dispatches, completed: completedIos(lab) };
}

/** I/Os completed, from the disks' per-path counters (a check that the runs did the work). */
function completedIos(lab: Lab): number {
  let total = 0;
  for (const disk of labContextOf(lab).state.disks.disks.values()) for (const entry of disk.io?.counters ?? []) total += entry.reads + entry.writes;
  return total;
}

function figures(run: { wallMs: number; simulatedMs: number; ios: number; dispatches: number; completed: number }) {
  return {
    dispatches: run.dispatches,
    ios: run.ios,
    completed: run.completed,
    simulatedS: run.simulatedMs / 1000,
    wallMs: Number(run.wallMs.toFixed(1)),
    simulatedSPerWallS: Number((run.simulatedMs / run.wallMs).toFixed(2)),
    iosPerWallS: Math.round(run.ios / (run.wallMs / 1000)),
  };
}

const RANDOM_WRITES = 1_000_000;

/** Demo1 on a 64 GiB HA1 (16,777,216 slots of 4 KiB: a million random writes stay scattered), synchronized. */
function randomLab(): Lab {
  const lab = consoleLab({ seed: 1 });
  createHa(lab, { sizeBytes: 64 * 1024 * 1024 * 1024 });
  lab.advance(3_600_000);
  attachHost(lab, 'Demo1');
  return lab;
}

function randomWrites(count: number, failAtMs: number | null) {
  const lab = randomLab();
  const ha = lab.query({ type: 'haDevices' });
  if (!ha.ok) throw new Error(ha.error.message);
  const haId = ha.value.devices[0]!.id;
  const startSim = lab.nowMs();
  const started = performance.now();
  ok(lab, { type: 'diskIo', host: 'Demo1', number: 1, op: 'write', pattern: 'random', blockBytes: 4096, count, queueDepth: 8 });
  let failed = failAtMs === null;
  for (let steps = 0; runningIoJobs(lab) > 0; steps++) {
    if (steps > 1_000_000) throw new Error('the run did not end');
    const dueMs = lab.nextDueMs();
    if (!failed && (dueMs === null || dueMs >= startSim + failAtMs!)) {
      lab.advance(startSim + failAtMs! - lab.nowMs());
      ok(lab, { type: 'setNicLink', host: 'SWS-Store2', nic: 'iSCSI', linkUp: false });
      failed = true;
      continue;
    }
    lab.advance(dueMs === null ? 1000 : Math.max(0, dueMs - lab.nowMs()));
  }
  const wallMs = performance.now() - started;
  const acked = ackedBlocks(lab, haId);
  return {
    ios: count,
    completed: completedIos(lab),
    simulatedS: (lab.nowMs() - startSim) / 1000,
    wallMs: Number(wallMs.toFixed(1)),
    usPerIo: Number(((wallMs * 1000) / count).toFixed(3)),
    ackedBlocks: acked.count(),
    ackedExtents: acked.extentCount,
  };
}

const randomSteady = randomWrites(RANDOM_WRITES, null);
const randomFailover = randomWrites(RANDOM_WRITES, 2_000);

const setupStarted = performance.now();
const steady = bigLab();
const setupWallMs = performance.now() - setupStarted;
const a = runAll(steady.lab, steady.nodes, null);
const failing = bigLab();
const b = runAll(failing.lab, failing.nodes, 2_000);

console.log(JSON.stringify({ bench: 'io', nodes: NODES, disksPerNode: 2, pathsPerDisk: 2, setupWallMs: Number(setupWallMs.toFixed(0)), steady: figures(a), failover: figures(b), randomWrites: { steady: randomSteady, failover: randomFailover } }));
