// Draining a node by live migration at scale. A benchmark, never a timed test.
// Run: npx tsx scripts/bench/drain.bench.ts — prints ONE JSON object on the last stdout line.
//
// seed-lab-ready on 64 Windows Server 2016 nodes with 8,000 highly available VMs running, 1,024
// of them on Demo1 (the per-host limit; 16 MB each so that they fit its memory) and the rest round
// the other 63 nodes. Pause → Drain Roles on Demo1: every role live migrated off it, two at a time
// (2016's default), each over the Private network (1 GbE). Figures: the simulated time until the
// last migration completed, and the wall time of the drain's dispatch plus the 1 s advances that
// got there (the checks between steps are not timed).
import { BYTES_PER_MIB } from '../../src/domain/units';
import { createLab } from '../../src/engine/lab';
import { CLUSTER_NAME, dispatchOrThrow, nodeNames, READY_VM, runSteps } from '../../src/engine/scenarios/seed-lab-ready';
import type { Lab } from '../../src/engine/types';
import { FLEET_NODES, FLEET_PARAMS, FLEET_VMS, fleetSteps, type FleetVm } from './ready-fleet';

const DRAINED = 'Demo1';
const ON_DRAINED = 1024;
const VM_MEMORY_BYTES = 16 * BYTES_PER_MIB;
const LIMIT_S = 3_600;

function drainFleet(): FleetVm[] {
  const vms: FleetVm[] = [{ host: READY_VM.host, vm: READY_VM.name }];
  let number = 2;
  while (vms.length < ON_DRAINED) vms.push({ host: DRAINED, vm: `VM${number++}` });
  const others = nodeNames(FLEET_NODES).filter((node) => node !== DRAINED);
  for (let index = 0; vms.length < FLEET_VMS; index++) vms.push({ host: others[index % others.length]!, vm: `VM${number++}` });
  return vms;
}

function migrationStates(lab: Lab): Map<string, number> {
  const answer = lab.query({ type: 'migrations', cluster: CLUSTER_NAME });
  const counts = new Map<string, number>();
  if (answer.ok) for (const migration of answer.value.migrations) counts.set(migration.state, (counts.get(migration.state) ?? 0) + 1);
  return counts;
}

let started = performance.now();
const lab = createLab(FLEET_PARAMS);
runSteps(lab, fleetSteps(drainFleet(), VM_MEMORY_BYTES));
const buildMs = performance.now() - started;
lab.advance(30_000);

const simulatedFromMs = lab.nowMs();
started = performance.now();
dispatchOrThrow(lab, { type: 'clusterNodeAction', cluster: CLUSTER_NAME, node: DRAINED, action: 'pause', drain: true });
const dispatchMs = performance.now() - started;
let wallMs = dispatchMs;
let seconds = 0;
let states = migrationStates(lab);
const migrations = [...states.values()].reduce((sum, count) => sum + count, 0);
while (seconds < LIMIT_S && (states.get('Running') ?? 0) + (states.get('Queued') ?? 0) > 0) {
  started = performance.now();
  lab.advance(1000);
  wallMs += performance.now() - started;
  seconds += 1;
  states = migrationStates(lab);
}
const answer = lab.query({ type: 'migrations', cluster: CLUSTER_NAME });
const lastEndMs = answer.ok ? Math.max(...answer.value.migrations.map((migration) => migration.endedMs ?? 0)) : 0;
const owners = lab.query({ type: 'clusterRoles', name: CLUSTER_NAME });
const leftOnDrained = owners.ok ? owners.value.roles.filter((role) => role.ownerNode === DRAINED).length : -1;

console.log(
  JSON.stringify({
    nodes: FLEET_NODES,
    vms: FLEET_VMS,
    drainedVms: ON_DRAINED,
    migrations,
    completed: states.get('Completed') ?? 0,
    leftOnDrained,
    simulatedS: Number(((lastEndMs - simulatedFromMs) / 1000).toFixed(1)),
    wallMs: Number(wallMs.toFixed(1)),
    dispatchMs: Number(dispatchMs.toFixed(1)),
    simulatedSPerWallS: Math.round((lastEndMs - simulatedFromMs) / wallMs),
    buildMs: Math.round(buildMs),
  }),
);
