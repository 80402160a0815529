// Health checks and the restart policy (facts Part B §1.3–§1.4), lazily: nothing is scheduled
// while a role is healthy. When its machine leaves Running without the cluster asking, the
// failure is found at the next LooksAlive poll (every LOOKS_ALIVE_POLL_INTERVAL_MS counted from
// when the resource came Online; a failure exactly at a poll's instant is found by the next one):
// one keyed timer per role. Then the resource is restarted on the same node after RESTART_DELAY_MS
// while at most RESTART_THRESHOLD_DEFAULT failures fall inside RESTART_PERIOD_MS (read as a
// sliding window; the tests hold under the tumbling reading too); the next failure fails the
// group over to the best possible node, at most FailoverThreshold times in FailoverPeriod, after
// which it stays Failed (1205).
import {
  FAILOVER_PERIOD_MS,
  FAILOVER_THRESHOLD_NODES_MINUS_ONE,
  LOOKS_ALIVE_POLL_INTERVAL_MS,
  RESTART_DELAY_MS,
  RESTART_PERIOD_MS,
  RESTART_THRESHOLD_DEFAULT,
  ROLE_EVENTS,
  type Cluster,
  type ClusterRole,
} from '../../../../domain/cluster';
import type { VirtualMachine } from '../../../../domain/hyperv';
import type { LabContext } from '../../../context';
import type { TimerRecord } from '../../../types';
import { bringOnline, logRoleEvent, markFailed, rehostRole, ROLE_TIMER_KIND, roleTimerKey, setResources, vmOfRole, vmResource, type RoleTimerData } from './lifecycle';
import { bestNode, hostingProblem } from './placement';
import { touchRole } from './state';

/** The next LooksAlive poll after now, counted from when the resource came online. */
export function schedulePoll(ctx: LabContext, role: ClusterRole): void {
  const nowMs = ctx.kernel.nowMs();
  const sinceMs = role.onlineSinceMs ?? nowMs;
  const dueMs = sinceMs + (Math.floor((nowMs - sinceMs) / LOOKS_ALIVE_POLL_INTERVAL_MS) + 1) * LOOKS_ALIVE_POLL_INTERVAL_MS;
  ctx.kernel.scheduleAt(ROLE_TIMER_KIND, dueMs, { role: role.id, step: 'poll' } satisfies RoleTimerData, roleTimerKey(role.id));
}

export function onRoleTimer(ctx: LabContext, timer: TimerRecord): void {
  const { role: id, step } = timer.data as RoleTimerData;
  const role = ctx.state.cluster.roles.byId.get(id);
  const cluster = role && ctx.state.cluster.clusters.get(role.cluster);
  const vm = role && vmOfRole(ctx, role);
  if (!role || !cluster || !vm) return;
  if (step === 'poll') poll(ctx, cluster, role, vm);
  else restart(ctx, cluster, role, vm);
}

const ownerNodeOf = (cluster: Cluster, role: ClusterRole) => cluster.nodes.find((node) => node.name === role.ownerNode);

function poll(ctx: LabContext, cluster: Cluster, role: ClusterRole, vm: VirtualMachine): void {
  if (role.state !== 'Online' || role.pending !== null || vm.state === 'Running') return;
  // An owner that is no longer running is for membership to find (its roles fail over after its removal).
  const owner = ownerNodeOf(cluster, role);
  if (!owner || (owner.state !== 'Up' && owner.state !== 'Paused') || ctx.state.network.hosts.get(owner.hostId)?.powerState !== 'on') return;
  resourceFailed(ctx, cluster, role, vm, `'${vm.name}' is ${vm.state}`);
}

/** IsAlive confirmed the failure: restart in place, or fail the group over (see the file's head). */
function resourceFailed(ctx: LabContext, cluster: Cluster, role: ClusterRole, vm: VirtualMachine, why: string): void {
  const nowMs = ctx.kernel.nowMs();
  const resource = vmResource(role);
  resource.restartFailuresMs = resource.restartFailuresMs.filter((atMs) => atMs > nowMs - RESTART_PERIOD_MS);
  resource.restartFailuresMs.push(nowMs);
  logRoleEvent(ctx, role, ROLE_EVENTS.resourceFailed, 'Error', `Cluster resource '${resource.name}' in clustered service or application '${role.name}' failed: ${why}.`);
  if (resource.restartFailuresMs.length > RESTART_THRESHOLD_DEFAULT) return failOver(ctx, cluster, role, vm, `${resource.name} failed ${resource.restartFailuresMs.length} times in ${RESTART_PERIOD_MS / 60_000} minutes`);
  role.onlineSinceMs = null;
  role.state = 'Pending';
  role.pending = { action: 'restart', targetNode: null, sinceMs: nowMs };
  setResources(role, 'Failed');
  touchRole(ctx, role);
  ctx.kernel.schedule(ROLE_TIMER_KIND, RESTART_DELAY_MS, { role: role.id, step: 'restart' } satisfies RoleTimerData, roleTimerKey(role.id));
}

function restart(ctx: LabContext, cluster: Cluster, role: ClusterRole, vm: VirtualMachine): void {
  if (role.pending?.action !== 'restart') return;
  const owner = ownerNodeOf(cluster, role);
  const problem = owner ? hostingProblem(ctx.state, owner, vm, false, true) : 'its owner is not a node of the cluster';
  if (problem) return failOver(ctx, cluster, role, vm, `it could not restart on ${String(role.ownerNode)}: ${problem}`);
  bringOnline(ctx, role, vm, 'restart');
}

export function failoverThresholdOf(cluster: Cluster, role: ClusterRole): number {
  return role.failoverThreshold === FAILOVER_THRESHOLD_NODES_MINUS_ONE ? cluster.nodes.length - 1 : role.failoverThreshold;
}

/** The group fails over to the best possible node and starts there cold, if its policy allows another failover. */
export function failOver(ctx: LabContext, cluster: Cluster, role: ClusterRole, vm: VirtualMachine, why: string): void {
  const nowMs = ctx.kernel.nowMs();
  const threshold = failoverThresholdOf(cluster, role);
  role.failoversMs = role.failoversMs.filter((atMs) => atMs > nowMs - FAILOVER_PERIOD_MS(role.failoverPeriodHours));
  if (role.failoversMs.length >= threshold) {
    return markFailed(ctx, role, vm, `${why}; it failed over ${role.failoversMs.length} times in ${role.failoverPeriodHours} hours, the most its failover policy allows (${threshold}).`);
  }
  const target = bestNode(ctx.state, cluster, role, vm, role.ownerNode, true);
  const host = target && ctx.state.network.hosts.get(target.hostId);
  if (!host) return markFailed(ctx, role, vm, `${why}; no other node can run it.`);
  role.failoversMs.push(nowMs);
  logRoleEvent(ctx, role, ROLE_EVENTS.failoverAttempt, 'Warning', `Cluster service is attempting to fail over the clustered service or application '${role.name}' from node ${String(role.ownerNode)} to node ${host.name} (${why}).`);
  for (const resource of role.resources) resource.restartFailuresMs = [];
  rehostRole(ctx, role, vm, host);
  bringOnline(ctx, role, vm, 'failover');
}
