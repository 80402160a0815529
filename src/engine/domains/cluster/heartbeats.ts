// Heartbeats, lazily (facts Part B §1.1). Every pair of running members exchanges request/response
// heartbeats on each cluster network whose role is not none, every SameSubnetDelay; a route is
// down after SameSubnetThreshold consecutive misses. (Each lab network is one subnet and each
// cluster network stands for one lab network, so both ends of a route are always on the same
// subnet: the CrossSubnet pair never applies here, and is kept only as a property.)
//
// The phase, exactly: a cluster's heartbeats are sent at originMs + k·delayMs (k ≥ 1), originMs
// being the moment membership started (the end of Create Cluster) or the last SameSubnetDelay
// change. A heartbeat at t sees the lab as it was just before t: a cable pulled at t is first
// missed by the heartbeat after t (as a command at t comes after the timers due at t). A route
// broken at b is therefore declared down at firstTickAfter(b) + (threshold − 1)·delay, unless
// it answers again first.
//
// Lazy: nothing is scheduled while every route answers. A route that stops answering is noted
// (RouteHealth) when the host change that broke it arrives; the cluster has ONE keyed timer, at
// the earliest threshold among its broken routes; a route that answers again is forgotten and the
// timer moved. The result equals sending every heartbeat (naive-heartbeats.ts, the test's model).
import type { Cluster } from '../../../domain/cluster';
import type { LabContext } from '../../context';
import { canReachIp } from '../network';
import type { ClusterBeat, RouteHealth } from './heartbeat-state';

export const HEARTBEAT_TIMER_KIND = 'cluster.heartbeat';

export interface HeartbeatTimerData {
  cluster: string;
}

export function heartbeatTimerKey(clusterId: string): string {
  return `cluster-heartbeat:${clusterId}`;
}

/** "<a>|<b>|<lab network>" with a < b. */
export function routeKey(nodeA: number, nodeB: number, labNetwork: string): string {
  return nodeA < nodeB ? `${nodeA}|${nodeB}|${labNetwork}` : `${nodeB}|${nodeA}|${labNetwork}`;
}

/** The two node ids of a route key. */
export function routeNodes(key: string): [number, number] {
  const [a = '', b = ''] = key.split('|', 2);
  return [Number(a), Number(b)];
}

export function routeNetwork(key: string): string {
  return key.slice(key.indexOf('|', key.indexOf('|') + 1) + 1);
}

/** The first heartbeat strictly after `tMs` (t ≥ origin). */
export function firstTickAfter(beat: Pick<ClusterBeat, 'originMs' | 'delayMs'>, tMs: number): number {
  return beat.originMs + (Math.floor((tMs - beat.originMs) / beat.delayMs) + 1) * beat.delayMs;
}

/** Heartbeats in (fromMs, toMs]. */
export function ticksBetween(beat: Pick<ClusterBeat, 'originMs' | 'delayMs'>, fromMs: number, toMs: number): number {
  return Math.floor((toMs - beat.originMs) / beat.delayMs) - Math.floor((fromMs - beat.originMs) / beat.delayMs);
}

/** When a route that keeps not answering is declared down: its threshold-th consecutive miss. */
export function downAtMs(beat: ClusterBeat, route: RouteHealth): number {
  return firstTickAfter(beat, route.fromMs) + Math.max(0, beat.threshold - route.missed - 1) * beat.delayMs;
}

/** Heartbeat networks of a cluster (role not none): each lab network with every node's address on it. */
export interface HeartbeatNetwork {
  labNetwork: string;
  ipByNode: Map<string, string>;
}

export function heartbeatNetworks(cluster: Cluster): HeartbeatNetwork[] {
  return cluster.networks
    .filter((network) => network.role !== 'none')
    .map((network) => ({ labNetwork: network.labNetwork, ipByNode: new Map(network.interfaces.map((nic) => [nic.node, nic.ip])) }));
}

/**
 * How route failures are found. The lazy detector below is the engine's; the naive one
 * (naive-heartbeats.ts, tests only) sends every heartbeat. Both fill `beat.routes` and answer
 * whether a route was newly declared down, for membership to judge.
 */
export interface RouteDetector {
  /** The cluster's heartbeats begin (creation, or the cluster forming again). */
  start(ctx: LabContext, cluster: Cluster, beat: ClusterBeat): void;
  /** The routes of these members may answer differently now (a host change, a join, a role change). */
  refresh(ctx: LabContext, cluster: Cluster, beat: ClusterBeat, nodeIds: readonly number[]): void;
  /** Runs whatever is due at or before now; true when a route was newly declared down. */
  due(ctx: LabContext, cluster: Cluster, beat: ClusterBeat): boolean;
  /** Whether the detector's timer is due now and has not run yet (so a change at this instant waits for it). */
  pending(ctx: LabContext, cluster: Cluster): boolean;
  /** SameSubnetDelay or SameSubnetThreshold changed now (beat still holds the old ones). */
  settingsChanged(ctx: LabContext, cluster: Cluster, beat: ClusterBeat, delayMs: number, threshold: number): void;
  /** Routes were dropped (a member left); the timer follows what is left. */
  routesDropped(ctx: LabContext, cluster: Cluster, beat: ClusterBeat): void;
  /** No heartbeats any more (the cluster went offline or is gone). */
  stop(ctx: LabContext, clusterId: string): void;
}

/** The members' node ids, with their names, in node order. */
export function membersOf(cluster: Cluster, beat: ClusterBeat): { nodeId: number; name: string }[] {
  return cluster.nodes.filter((node) => beat.memberSinceMs.has(node.nodeId)).map((node) => ({ nodeId: node.nodeId, name: node.name }));
}

/** Whether a route answers now: both addresses exist and reach each other (power and links). */
export function routeAnswers(ctx: LabContext, network: HeartbeatNetwork, nodeA: string, nodeB: string): boolean {
  const ipA = network.ipByNode.get(nodeA);
  const ipB = network.ipByNode.get(nodeB);
  return ipA !== undefined && ipB !== undefined && canReachIp(ctx.state, ipA, ipB);
}

export const LAZY_DETECTOR: RouteDetector = {
  start: () => undefined,
  refresh(ctx, cluster, beat, nodeIds) {
    const nowMs = ctx.kernel.nowMs();
    const networks = heartbeatNetworks(cluster);
    const members = membersOf(cluster, beat);
    for (const nodeId of nodeIds) {
      const self = members.find((member) => member.nodeId === nodeId);
      if (!self) continue;
      for (const other of members) {
        if (other.nodeId === nodeId) continue;
        for (const network of networks) noteRoute(beat, routeKey(nodeId, other.nodeId, network.labNetwork), routeAnswers(ctx, network, self.name, other.name), nowMs);
      }
    }
    reschedule(ctx, cluster, beat);
  },
  due(ctx, cluster, beat) {
    const nowMs = ctx.kernel.nowMs();
    let newlyDown = false;
    for (const [key, route] of beat.routes) {
      if (route.healedMs !== null) {
        // Its first heartbeat since the heal was answered: the route is healthy again.
        if (firstTickAfter(beat, route.healedMs) <= nowMs) beat.routes.delete(key);
      } else if (!route.down && downAtMs(beat, route) <= nowMs) {
        route.down = true;
        newlyDown = true;
      }
    }
    reschedule(ctx, cluster, beat);
    return newlyDown;
  },
  pending(ctx, cluster) {
    const timer = ctx.kernel.timerOf(heartbeatTimerKey(cluster.id));
    return timer !== undefined && timer.dueMs <= ctx.kernel.nowMs();
  },
  settingsChanged(ctx, cluster, beat, delayMs, threshold) {
    // The misses counted so far stay counted; the next heartbeats follow the new grid.
    const nowMs = ctx.kernel.nowMs();
    for (const [key, route] of beat.routes) {
      if (route.healedMs !== null) {
        if (firstTickAfter(beat, route.healedMs) <= nowMs) {
          beat.routes.delete(key);
          continue;
        }
        route.missed += ticksBetween(beat, route.fromMs, route.healedMs);
        route.healedMs = nowMs;
      } else if (!route.down) route.missed += ticksBetween(beat, route.fromMs, nowMs);
      route.fromMs = nowMs;
    }
    if (delayMs !== beat.delayMs) beat.originMs = nowMs;
    beat.delayMs = delayMs;
    beat.threshold = threshold;
    reschedule(ctx, cluster, beat);
  },
  routesDropped: (ctx, cluster, beat) => reschedule(ctx, cluster, beat),
  stop: (ctx, clusterId) => void ctx.kernel.cancel(heartbeatTimerKey(clusterId)),
};

/** A route answers, or not, from now on. */
function noteRoute(beat: ClusterBeat, key: string, answers: boolean, nowMs: number): void {
  const route = beat.routes.get(key);
  if (answers) {
    if (route && route.healedMs === null) route.healedMs = nowMs;
    return;
  }
  if (route === undefined || (route.healedMs !== null && firstTickAfter(beat, route.healedMs) <= nowMs)) {
    beat.routes.set(key, { fromMs: nowMs, missed: 0, down: false, healedMs: null });
  } else if (route.healedMs !== null) {
    // No heartbeat went between the heal and this: the count goes on where it was.
    route.healedMs = null;
  }
}

/**
 * One timer per cluster, none while every route answers: at the earliest threshold among the
 * routes that do not answer, or at the first heartbeat after a heal (which forgets the route).
 */
function reschedule(ctx: LabContext, cluster: Cluster, beat: ClusterBeat): void {
  let nextMs = Number.POSITIVE_INFINITY;
  for (const route of beat.routes.values()) {
    if (route.healedMs !== null) nextMs = Math.min(nextMs, firstTickAfter(beat, route.healedMs));
    else if (!route.down) nextMs = Math.min(nextMs, downAtMs(beat, route));
  }
  const key = heartbeatTimerKey(cluster.id);
  if (nextMs === Number.POSITIVE_INFINITY) {
    ctx.kernel.cancel(key);
    return;
  }
  if (ctx.kernel.timerOf(key)?.dueMs === nextMs) return;
  ctx.kernel.scheduleAt(HEARTBEAT_TIMER_KIND, nextMs, { cluster: cluster.id } satisfies HeartbeatTimerData, key);
}
