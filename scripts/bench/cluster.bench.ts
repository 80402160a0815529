// Cluster membership benchmark. A benchmark, never a timed test.
// Run: npx tsx scripts/bench/cluster.bench.ts — prints ONE JSON object on the last stdout line.
//
// A 64-node cluster on Windows Server 2016 (clusterLab: StarWind storage, Create Cluster run; 3
// cluster networks, so 64 × 63 / 2 × 3 = 6,048 heartbeat routes, each pair exchanging a
// heartbeat every second), driven the way the host's clock drives it: advance 1 s at a time.
//   (a) steady state: 600 simulated seconds, every route healthy: simulated seconds per wall second
//       (goal ≥ 1,000×). The same lab with the naive model (a timer per heartbeat round checking
//       every route, naive-heartbeats.ts) for comparison.
//   (b) the loss of one node: Demo17's three cables pulled, then 60 simulated seconds (its removal
//       after 10 missed heartbeats, 1135 on the 63 others, 1177 on it); and the same with its plug
//       pulled (hard off). Simulated seconds per wall second over the minute (the pull's dispatch
//       included: every domain reacts to it), and the wall time of the step holding the removal.
import { clusterLab, clusterLabParams, createCommand, finishCreate, ok, readySteps } from '../../src/engine/testing/cluster-helpers';
import { domainsWith } from '../../src/engine/domains/cluster/heartbeats-testing';
import { NAIVE_DETECTOR } from '../../src/engine/domains/cluster/naive-heartbeats';
import { createLab } from '../../src/engine/lab';
import type { Lab } from '../../src/engine/types';
import { advanceSeconds } from './advance-seconds';

const NODES = 64;
const STEADY_S = 600;
const LOSS_S = 60;

function naiveLab(): Lab {
  const options = { nodes: NODES, osVersion: '2016' as const };
  const lab = createLab(clusterLabParams(options), domainsWith(NAIVE_DETECTOR));
  for (const step of readySteps(options)) {
    if ('command' in step) ok(lab, step.command);
    else lab.advance(step.advanceMs);
  }
  ok(lab, createCommand(NODES));
  finishCreate(lab);
  return lab;
}

const run = advanceSeconds;

function removals(lab: Lab, sinceMs: number): number {
  const answer = lab.query({ type: 'events', filter: { log: 'System', limit: 10_000 } });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.events.filter((event) => event.timeMs >= sinceMs && (event.eventId === 1135 || event.eventId === 1177)).length;
}

function loss(kind: 'cables' | 'plug') {
  const lab = clusterLab({ nodes: NODES, osVersion: '2016' });
  lab.advance(30_000);
  const fromMs = lab.nowMs();
  const started = performance.now();
  if (kind === 'cables') for (const nic of ['Public', 'Private', 'iSCSI']) ok(lab, { type: 'setNicLink', host: 'Demo17', nic, linkUp: false });
  else ok(lab, { type: 'setPower', host: 'Demo17', action: 'off' });
  const dispatchMs = performance.now() - started;
  const figures = run(lab, LOSS_S);
  // Over the minute, the pull's dispatch included (every domain reacts to it, not only the cluster).
  const wallMs = dispatchMs + figures.wallMs;
  return {
    simulatedSPerWallS: Math.round(LOSS_S / (wallMs / 1000)),
    wallMs: Number(wallMs.toFixed(1)),
    dispatchMs: Number(dispatchMs.toFixed(2)),
    removalStepMs: figures.slowestStepMs,
    clusterEvents: removals(lab, fromMs),
  };
}

const setupStarted = performance.now();
const lab = clusterLab({ nodes: NODES, osVersion: '2016' });
const setupMs = performance.now() - setupStarted;
run(lab, 10); // warm-up
const steady = run(lab, STEADY_S);
const naive = naiveLab();
run(naive, 5);
const steadyNaive = run(naive, 60);
loss('cables'); // warm-up: the removal path's first run compiles it
const lossCables = loss('cables');
const lossPlug = loss('plug');

console.log(
  JSON.stringify({
    nodes: NODES,
    heartbeatRoutes: (NODES * (NODES - 1) * 3) / 2,
    setupMs: Math.round(setupMs),
    steady: { simulatedS: STEADY_S, ...steady },
    steadyNaive: { simulatedS: 60, ...steadyNaive },
    lossCables,
    lossPlug,
  }),
);
