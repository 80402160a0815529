// What the roles do when membership changes (membership.ts calls `rolesAfterMembership` at the end
// of each of its entry points). Unplanned failover: the roles of a node that is no longer Up (removed
// after missed heartbeats, 1135; stopped; evicted) go to surviving Up nodes (preferred owners first,
// then the least loaded; the memory must fit) and start there cold: the machine was Off on the dead
// node. Their CSV keeps serving from the survivors. It counts against the failover threshold.
// Without quorum nothing runs: the machines are turned off, and those wanted online start again
// when the cluster has quorum once more. Failback: when a node comes back Up, roles allowed to fail
// back to a preferred owner move there (a quick move), at once or at the next window start.
import { inFailbackWindow, type Cluster, type ClusterRole } from '../../../../domain/cluster';
import type { LabContext } from '../../../context';
import { hourOfDay, nextHourOfDayMs } from '../../../kernel/calendar';
import type { TimerRecord } from '../../../types';
import { turnOff } from '../../hyperv/actions';
import { holdsMemory } from '../../hyperv/resources';
import { failOver } from './health';
import { bringOnline, FAILBACK_TIMER_KIND, failbackTimerKey, markFailed, quickMove, rehostRole, roleTimerKey, setResources, vmOfRole } from './lifecycle';
import { bestNode, hostingProblem } from './placement';
import { byCreation, ownerNodesOf, rolesOfCluster, rolesOwnedBy, seeCluster, touchRole } from './state';

const running = (state: string) => state === 'Up' || state === 'Paused';

export function rolesAfterMembership(ctx: LabContext, cluster: Cluster): void {
  const slice = ctx.state.cluster.roles;
  const { cameUp, wasOnline } = seeCluster(slice, cluster);
  if (!slice.byCluster.has(cluster.id)) return;
  if (cluster.state !== 'Online') {
    if (wasOnline) stopAll(ctx, cluster);
    return;
  }
  for (const owner of ownerNodesOf(ctx.state, cluster.id)) {
    const node = cluster.nodes.find((each) => each.name.toUpperCase() === owner);
    if (node && running(node.state)) continue;
    for (const role of rolesOwnedBy(ctx.state, cluster.id, owner)) unplanned(ctx, cluster, role);
  }
  if (!wasOnline) for (const role of [...rolesOfCluster(ctx.state, cluster.id)]) if (role.wantedOnline && role.state !== 'Online' && role.pending === null) startAgain(ctx, cluster, role);
  if (cameUp.length > 0) for (const role of [...slice.failback.values()].sort(byCreation)) if (role.cluster === cluster.id) considerFailback(ctx, cluster, role);
}

/** A role whose owner left: it fails over (when wanted online), else only its ownership moves. */
function unplanned(ctx: LabContext, cluster: Cluster, role: ClusterRole): void {
  const vm = vmOfRole(ctx, role);
  if (!vm) return;
  const gone = role.ownerNode;
  if (role.wantedOnline && role.state !== 'Failed') failOver(ctx, cluster, role, vm, `node ${String(gone)} left the active failover cluster membership`);
  // Failed or offline, or beyond its failover threshold: it still leaves the node that is gone.
  if (role.ownerNode !== gone) return;
  const target = bestNode(ctx.state, cluster, role, vm, gone, false);
  const host = target && ctx.state.network.hosts.get(target.hostId);
  if (host) rehostRole(ctx, role, vm, host);
}

/** The cluster has quorum again: a role wanted online starts on its owner, or the best node. */
function startAgain(ctx: LabContext, cluster: Cluster, role: ClusterRole): void {
  const vm = vmOfRole(ctx, role);
  if (!vm) return;
  const owner = cluster.nodes.find((node) => node.name === role.ownerNode);
  const target = owner && hostingProblem(ctx.state, owner, vm, true, true) === null ? owner : bestNode(ctx.state, cluster, role, vm, null, true);
  const host = target && ctx.state.network.hosts.get(target.hostId);
  if (!host) return markFailed(ctx, role, vm, 'no node of the cluster can run it.');
  rehostRole(ctx, role, vm, host);
  bringOnline(ctx, role, vm, 'start');
}

/** Quorum lost: the Cluster service stops everywhere, and with it every role's machine. */
function stopAll(ctx: LabContext, cluster: Cluster): void {
  for (const role of rolesOfCluster(ctx.state, cluster.id)) {
    ctx.kernel.cancel(roleTimerKey(role.id));
    ctx.kernel.cancel(failbackTimerKey(role.id));
    const vm = vmOfRole(ctx, role);
    role.pending = null;
    role.onlineSinceMs = null;
    role.state = 'Offline';
    role.lastError = role.wantedOnline ? `Cluster ${cluster.name} lost quorum.` : role.lastError;
    setResources(role, 'Offline');
    touchRole(ctx, role);
    if (vm && holdsMemory(vm)) turnOff(ctx, vm);
  }
}


/** Moves the role back to its most preferred Up owner, now or at the window's next start. */
function considerFailback(ctx: LabContext, cluster: Cluster, role: ClusterRole): void {
  if (role.failback.mode !== 'allow' || role.state !== 'Online' || role.pending !== null) return;
  const vm = vmOfRole(ctx, role);
  const preferred = role.preferredOwners.map((name) => cluster.nodes.find((node) => node.name === name)).find((node) => node?.state === 'Up');
  if (!vm || !preferred || preferred.name === role.ownerNode || hostingProblem(ctx.state, preferred, vm, true) !== null) return;
  const { window } = role.failback;
  // The window's hours are the lab clock's (the calendar the consoles and the event log show).
  const startEpochMs = ctx.state.params.options.startEpochMs;
  const clockMs = startEpochMs + ctx.kernel.nowMs();
  if (window && !inFailbackWindow(hourOfDay(clockMs), window)) {
    ctx.kernel.scheduleAt(FAILBACK_TIMER_KIND, nextHourOfDayMs(clockMs, window.startHour) - startEpochMs, { role: role.id }, failbackTimerKey(role.id));
    return;
  }
  quickMove(ctx, role, vm, preferred.name);
}

export function onFailbackTimer(ctx: LabContext, timer: TimerRecord): void {
  const role = ctx.state.cluster.roles.byId.get((timer.data as { role: string }).role);
  const cluster = role && ctx.state.cluster.clusters.get(role.cluster);
  if (role && cluster?.state === 'Online') considerFailback(ctx, cluster, role);
}
