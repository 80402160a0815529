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
import { attachHosts, T1, T2 } from '../../src/engine/domains/disks/io-bench-lab';
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

const setupStarted = performance.now();
const steady = bigLab();
const setupWallMs = performance.now() - setupStarted;
const a = runAll(steady.lab, steady.nodes, null);
const failing = bigLab();
const b = runAll(failing.lab, failing.nodes, 2_000);

console.log(JSON.stringify({ bench: 'io', nodes: NODES, disksPerNode: 2, pathsPerDisk: 2, setupWallMs: Number(setupWallMs.toFixed(0)), steady: figures(a), failover: figures(b) }));
