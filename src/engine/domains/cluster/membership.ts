// Membership: heartbeats between the nodes over every cluster network (heartbeats.ts), node
// removal (1135), quorum by the cluster's mode (quorum.ts), partitions (1177) and rejoin. The
// command code calls `membershipChanged` after anything that changes who takes part (create,
// evict, stop or start the Cluster service, pause/resume, quorum mode, network role, properties);
// the power and network domains reach it through `onClusterHostChanged`. Each entry point ends
// with the roles' look at the new membership (roles/failover.ts: failover, quorum, failback).
//
// The cluster entity is the view of the running membership (the side holding quorum): a member
// whose plug is pulled still shows Up until the others have missed its heartbeats
// SameSubnetThreshold times; then it is removed (1135 on every other running member), and its
// side, lacking quorum, stops its Cluster service (1177). Rules and the facts they rest on:
// - A clean shutdown (Shut Down, Restart) stops the Cluster service first, which leaves the
//   membership at once: no 1135 (that event is for a node that "lost communication", facts Part A
//   §2.5), and with dynamic quorum its vote is handed back, "if the voting node shuts down
//   gracefully its vote is transferred and the cluster survives" (Part B §2). A pulled plug
//   (hard off) is found by the heartbeats, like a pulled cable.
// - After a removal the survivors check quorum (Part B §1.2): the side of the reachability graph
//   among the members that holds a majority keeps running; every other side's nodes stop (Down,
//   quorum-lost, 1177 on each that is on). No side with quorum: the cluster is Offline.
// - The witness breaks a tie: the side whose node already owns the witness disk keeps it; another
//   side gets it only when the owner's side cannot reach the disk (WITNESS_ARBITRATION, UNVERIFIED).
// - A node Down for any reason but a stopped service rejoins when it can reach a member again
//   (Part B §1.2, "stopped nodes rejoin automatically"): Joining, then Up after CLUSTER_JOIN_MS.
//   With no cluster running, the nodes that can reach each other and hold a majority of the
//   configured votes form it again the same way.
import { CLUSTER_EVENTS, type Cluster, type ClusterNetworkInterface, type ClusterNode, type ClusterNodeDownReason, type QuorumView } from '../../../domain/cluster';
import { EVENT_SOURCES } from '../../../domain/event-log';
import { logEvent, type HostChange, type LabContext } from '../../context';
import type { LabState } from '../../state';
import type { Query, QueryResult, TimerRecord } from '../../types';
import type { ClusterBeat } from './heartbeat-state';
import { HEARTBEAT_TIMER_KIND, LAZY_DETECTOR, heartbeatNetworks, routeAnswers, routeNodes, type HeartbeatTimerData, type RouteDetector } from './heartbeats';
import { arbitrateWitness, nodeReachesWitness, quorumRulesOf, votingNodesOf, witnessOwnerOf } from './quorum-witness';
import { rebalancedWeights, recommendedModeFor, tallySide, totalVotesOf } from './quorum';
import { takeOver } from './disk-ownership';
import { rolesAfterMembership } from './roles/failover';
import { clusterOfHost, findCluster, touchCluster } from './state';
import { refreshCsvAccess } from './csv-access';

/**
 * How long a node takes from Joining to Up: UNVERIFIED (no source gives the join's duration; a
 * few seconds of regroup in practice). Kept here to change.
 */
export const CLUSTER_JOIN_MS = 10_000;

export const JOIN_TIMER_KIND = 'cluster.join';

interface JoinTimerData {
  cluster: string;
  nodeId: number;
}

function joinTimerKey(clusterId: string, nodeId: number): string {
  return `cluster-join:${clusterId}:${nodeId}`;
}

/** Timer kinds of the membership model and their handlers (registered in index.ts). */
export const MEMBERSHIP_TIMERS: Record<string, (ctx: LabContext, timer: TimerRecord) => void> = {
  [HEARTBEAT_TIMER_KIND]: onHeartbeatTimer,
  [JOIN_TIMER_KIND]: onJoinTimer,
};

/** Reads the membership code answers (`clusterQuorum`), registered in index.ts. */
export const MEMBERSHIP_QUERIES: Record<string, (state: LabState, nowMs: number, query: Query) => QueryResult> = {
  clusterQuorum: (state, _nowMs, query) => {
    const name = (query as { name?: unknown }).name;
    const cluster = typeof name === 'string' ? findCluster(state, name) : undefined;
    if (!cluster) {
      const message = `There is no cluster named "${String(name)}" in the lab.`;
      return { ok: false, error: { code: 'cluster.not_found', kind: 'not_found', message, errors: { name: message } } };
    }
    return { ok: true, value: quorumView(state, cluster) };
  },
};

function detectorOf(state: LabState): RouteDetector {
  return state.cluster.heartbeat.detector ?? LAZY_DETECTOR;
}

function beatOf(state: LabState, cluster: Cluster): ClusterBeat | undefined {
  return state.cluster.heartbeat.clusters.get(cluster.id);
}

function isMemberState(node: ClusterNode): boolean {
  return node.state === 'Up' || node.state === 'Paused';
}

function hostOn(state: LabState, node: ClusterNode): boolean {
  return state.network.hosts.get(node.hostId)?.powerState === 'on';
}

// --- the seams ---------------------------------------------------------------------------------

/** After a command changed who takes part, or how (see the file's head). */
export function membershipChanged(ctx: LabContext, cluster: Cluster): void {
  const { state } = ctx;
  const heartbeat = state.cluster.heartbeat;
  if (!state.cluster.clusters.has(cluster.id)) {
    // Deleted: nothing of it may stay behind.
    for (const node of cluster.nodes) ctx.kernel.cancel(joinTimerKey(cluster.id, node.nodeId));
    heartbeat.clusters.delete(cluster.id);
    detectorOf(state).stop(ctx, cluster.id);
    return;
  }
  if (cluster.state === 'Creating') return;
  const detector = detectorOf(state);
  let beat = beatOf(state, cluster);
  if (!beat) {
    beat = startBeat(ctx, cluster);
  } else {
    settle(ctx, cluster, beat);
    const { SameSubnetDelay, SameSubnetThreshold } = cluster.properties;
    if (SameSubnetDelay !== beat.delayMs || SameSubnetThreshold !== beat.threshold) detector.settingsChanged(ctx, cluster, beat, SameSubnetDelay, SameSubnetThreshold);
  }
  // Members a command took out (stop-service, evict): they leave cleanly.
  const leaving = [...beat.memberSinceMs.keys()].filter((nodeId) => {
    const node = cluster.nodes.find((each) => each.nodeId === nodeId);
    return node === undefined || !isMemberState(node);
  });
  for (const node of cluster.nodes) {
    // Start Cluster Service set it Joining: the join runs here.
    if (node.state === 'Joining' && !ctx.kernel.timerOf(joinTimerKey(cluster.id, node.nodeId))) scheduleJoin(ctx, cluster, node);
    // Up or Paused without being a member (a command made it so): it is one from now.
    if (isMemberState(node) && !beat.memberSinceMs.has(node.nodeId)) beat.memberSinceMs.set(node.nodeId, ctx.kernel.nowMs());
  }
  // A network whose role became none carries no heartbeats: its routes go.
  const heartbeatNets = new Set(heartbeatNetworks(cluster).map((network) => network.labNetwork));
  for (const key of [...beat.routes.keys()]) if (!heartbeatNets.has(key.slice(key.lastIndexOf('|') + 1))) beat.routes.delete(key);
  if (leaving.length > 0) leave(ctx, cluster, beat, leaving, null);
  else judge(ctx, cluster, beat, true);
  const current = beatOf(state, cluster);
  if (current && cluster.state === 'Online') detector.refresh(ctx, cluster, current, [...current.memberSinceMs.keys()]);
  tryJoins(ctx, cluster);
  refreshNetworks(ctx, cluster);
  rolesAfterMembership(ctx, cluster);
}

/** A host's power or links changed (power and network domains). */
export function onClusterHostChanged(ctx: LabContext, change: HostChange): void {
  const { state } = ctx;
  const cluster = clusterOfHost(state, change.hostId);
  if (!cluster || cluster.state === 'Creating') return;
  const beat = beatOf(state, cluster);
  const node = cluster.nodes.find((each) => each.hostId === change.hostId);
  if (!beat || !node) return;
  settle(ctx, cluster, beat);
  const on = hostOn(state, node);
  if (beat.memberSinceMs.has(node.nodeId)) {
    // A clean shutdown stops the Cluster service first; a pulled plug or cable is for the heartbeats to find.
    if (!on && change.cause === 'power' && !change.hard) leave(ctx, cluster, beat, [node.nodeId], 'off');
    else detectorOf(state).refresh(ctx, cluster, beat, [node.nodeId]);
  } else if (!on && (node.state === 'Joining' || (node.state === 'Down' && node.downReason !== 'off'))) {
    ctx.kernel.cancel(joinTimerKey(cluster.id, node.nodeId));
    setDown(node, 'off');
    touchCluster(ctx, cluster);
  }
  tryJoins(ctx, cluster);
  refreshNetworks(ctx, cluster);
  rolesAfterMembership(ctx, cluster);
}

// --- timers --------------------------------------------------------------------------------------

function onHeartbeatTimer(ctx: LabContext, timer: TimerRecord): void {
  const { cluster: clusterId } = timer.data as HeartbeatTimerData;
  const cluster = ctx.state.cluster.clusters.get(clusterId);
  const beat = cluster && beatOf(ctx.state, cluster);
  if (!cluster || !beat) return;
  if (detectorOf(ctx.state).due(ctx, cluster, beat)) {
    judge(ctx, cluster, beat, false);
    tryJoins(ctx, cluster);
    rolesAfterMembership(ctx, cluster);
  }
  refreshNetworks(ctx, cluster);
}

/** Whatever the heartbeats owe at this instant runs before anything else happening at it. */
function settle(ctx: LabContext, cluster: Cluster, beat: ClusterBeat): void {
  const detector = detectorOf(ctx.state);
  if (!detector.pending(ctx, cluster)) return;
  if (detector.due(ctx, cluster, beat)) judge(ctx, cluster, beat, false);
}

function onJoinTimer(ctx: LabContext, timer: TimerRecord): void {
  const { cluster: clusterId, nodeId } = timer.data as JoinTimerData;
  const cluster = ctx.state.cluster.clusters.get(clusterId);
  const beat = cluster && beatOf(ctx.state, cluster);
  const node = cluster?.nodes.find((each) => each.nodeId === nodeId);
  if (!cluster || !beat || !node || node.state !== 'Joining') return;
  settle(ctx, cluster, beat);
  if (node.state !== 'Joining') return;
  const nowMs = ctx.kernel.nowMs();
  if (cluster.state === 'Offline' && formingSide(ctx, cluster)?.includes(node)) {
    // The first node of a forming cluster brings it online; the others join it. (A node started
    // by hand with no majority to form with stays down.)
    cluster.state = 'Online';
    cluster.coreOwner = node.name;
    beat.originMs = nowMs;
    join(ctx, cluster, beat, node);
    takeDisks(ctx, cluster, [node], true);
    detectorOf(ctx.state).start(ctx, cluster, beat);
  } else if (cluster.state === 'Online' && hostOn(ctx.state, node) && reachesAMember(ctx, cluster, beat, node)) {
    join(ctx, cluster, beat, node);
  } else {
    setDown(node, !hostOn(ctx.state, node) ? 'off' : cluster.state === 'Offline' ? 'quorum-lost' : 'removed');
  }
  touchCluster(ctx, cluster);
  tryJoins(ctx, cluster);
  refreshNetworks(ctx, cluster);
  rolesAfterMembership(ctx, cluster);
}

function join(ctx: LabContext, cluster: Cluster, beat: ClusterBeat, node: ClusterNode): void {
  node.state = 'Up';
  node.downReason = null;
  beat.memberSinceMs.set(node.nodeId, ctx.kernel.nowMs());
  applyWeights(cluster, beat);
  if (cluster.coreOwner === null) cluster.coreOwner = node.name;
  detectorOf(ctx.state).refresh(ctx, cluster, beat, [node.nodeId]);
}

// --- membership changes ----------------------------------------------------------------------------

function startBeat(ctx: LabContext, cluster: Cluster): ClusterBeat {
  const nowMs = ctx.kernel.nowMs();
  const beat: ClusterBeat = {
    originMs: nowMs,
    delayMs: cluster.properties.SameSubnetDelay,
    threshold: cluster.properties.SameSubnetThreshold,
    routes: new Map(),
    memberSinceMs: new Map(cluster.nodes.filter(isMemberState).map((node) => [node.nodeId, nowMs])),
  };
  ctx.state.cluster.heartbeat.clusters.set(cluster.id, beat);
  applyWeights(cluster, beat);
  detectorOf(ctx.state).start(ctx, cluster, beat);
  return beat;
}

/** Members leaving cleanly (a clean shutdown, a stopped service, an eviction): no 1135. */
function leave(ctx: LabContext, cluster: Cluster, beat: ClusterBeat, nodeIds: readonly number[], reason: ClusterNodeDownReason | null): void {
  for (const nodeId of nodeIds) {
    forgetMember(ctx, cluster, beat, nodeId);
    const node = cluster.nodes.find((each) => each.nodeId === nodeId);
    if (node && reason !== null) setDown(node, reason);
  }
  detectorOf(ctx.state).routesDropped(ctx, cluster, beat);
  touchCluster(ctx, cluster);
  // With dynamic quorum the leavers' votes are handed back before the rest is judged.
  judge(ctx, cluster, beat, true);
}

function forgetMember(ctx: LabContext, cluster: Cluster, beat: ClusterBeat, nodeId: number): void {
  beat.memberSinceMs.delete(nodeId);
  for (const key of [...beat.routes.keys()]) {
    const [a, b] = routeNodes(key);
    if (a === nodeId || b === nodeId) beat.routes.delete(key);
  }
  ctx.kernel.cancel(joinTimerKey(cluster.id, nodeId));
}

function setDown(node: ClusterNode, reason: ClusterNodeDownReason): void {
  node.state = 'Down';
  node.downReason = reason;
  node.dynamicWeight = 0;
}

/**
 * The survivors check quorum: the members split into the sides of the reachability graph (a pair
 * is connected while one of its routes is not down); the side holding quorum keeps running.
 * `rebalanceFirst`: the votes are recomputed among the members before counting (a clean leave).
 */
function judge(ctx: LabContext, cluster: Cluster, beat: ClusterBeat, rebalanceFirst: boolean): void {
  const members = cluster.nodes.filter((node) => beat.memberSinceMs.has(node.nodeId));
  if (members.length === 0) {
    goOffline(ctx, cluster, beat, []);
    return;
  }
  if (rebalanceFirst) applyWeights(cluster, beat);
  // A member that is not running (a pulled plug not yet found) can hold no side up: it answers no
  // regroup, so it leaves with this one (both models judge alike, so the equivalence holds).
  const sides = sidesOf(cluster, beat, members)
    .map((side) => side.filter((node) => hostOn(ctx.state, node)))
    .filter((side) => side.length > 0);
  const rules = quorumRulesOf(cluster);
  const voting = votingNodesOf(cluster, beat);
  const witnessSide = arbitrateWitness(ctx.state, cluster, sides);
  const survivors = sides.find((side, index) => tallySide(rules, voting, new Set(side.map((node) => node.nodeId)), index === witnessSide).hasQuorum);
  const removed = members.filter((node) => !survivors?.includes(node));
  if (!survivors) {
    goOffline(ctx, cluster, beat, removed);
    return;
  }
  if (removed.length === 0) {
    if (!rebalanceFirst) applyWeights(cluster, beat);
    // A member that left cleanly (a shutdown) leaves its core resources and disks to the others.
    if (!survivors.some((node) => node.name === cluster.coreOwner)) cluster.coreOwner = survivors[0]?.name ?? null;
    takeDisks(ctx, cluster, members, false);
    return;
  }
  for (const lost of removed) {
    for (const survivor of survivors) logCluster(ctx, survivor.name, CLUSTER_EVENTS.nodeRemoved.eventId, 'Error', CLUSTER_EVENTS.nodeRemoved.text(lost.name));
  }
  stopSide(ctx, cluster, beat, removed);
  applyWeights(cluster, beat);
  if (!survivors.some((node) => node.name === cluster.coreOwner)) cluster.coreOwner = survivors[0]?.name ?? null;
  takeDisks(ctx, cluster, survivors, true);
  detectorOf(ctx.state).routesDropped(ctx, cluster, beat);
  touchCluster(ctx, cluster);
}

/** The nodes of a side without quorum stop their Cluster service (1177 on each that is running). */
function stopSide(ctx: LabContext, cluster: Cluster, beat: ClusterBeat, nodes: readonly ClusterNode[]): void {
  for (const node of nodes) {
    forgetMember(ctx, cluster, beat, node.nodeId);
    if (hostOn(ctx.state, node)) {
      logCluster(ctx, node.name, CLUSTER_EVENTS.quorumLost.eventId, 'Error', CLUSTER_EVENTS.quorumLost.text());
      setDown(node, 'quorum-lost');
    } else setDown(node, 'off');
  }
}

function goOffline(ctx: LabContext, cluster: Cluster, beat: ClusterBeat, nodes: readonly ClusterNode[]): void {
  stopSide(ctx, cluster, beat, nodes);
  for (const node of cluster.nodes) node.dynamicWeight = 0;
  // Nobody runs the resources: the disks go Offline (their reservations stay where they were).
  for (const disk of cluster.disks) {
    disk.state = 'Offline';
    disk.ownerNode = null;
  }
  cluster.state = 'Offline';
  cluster.coreOwner = null;
  detectorOf(ctx.state).stop(ctx, cluster.id);
  beat.routes.clear();
  touchCluster(ctx, cluster);
}

/** DynamicWeight after a verified membership (quorum.ts); without dynamic quorum, NodeWeight while a member. */
function applyWeights(cluster: Cluster, beat: ClusterBeat): void {
  const weights = rebalancedWeights(quorumRulesOf(cluster), cluster.nodes, new Set(beat.memberSinceMs.keys()));
  for (const node of cluster.nodes) node.dynamicWeight = weights.get(node.nodeId) ?? 0;
}

/** Sides of the members: connected components of "some route of the pair is not down". */
function sidesOf(cluster: Cluster, beat: ClusterBeat, members: readonly ClusterNode[]): ClusterNode[][] {
  const netCount = heartbeatNetworks(cluster).length;
  // A pair is cut when every one of its routes is down; only down routes can cut, so count them.
  const downByPair = new Map<string, number>();
  for (const [key, route] of beat.routes) {
    if (!route.down) continue;
    const pair = key.slice(0, key.lastIndexOf('|'));
    downByPair.set(pair, (downByPair.get(pair) ?? 0) + 1);
  }
  const cut = new Set<string>();
  for (const [pair, count] of downByPair) if (count >= netCount) cut.add(pair);
  if (cut.size === 0 && netCount > 0) return [[...members]];
  const parent = members.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  for (let i = 0; i < members.length; i += 1) {
    for (let j = i + 1; j < members.length; j += 1) {
      const a = members[i];
      const b = members[j];
      if (!a || !b || netCount === 0) continue;
      const pair = a.nodeId < b.nodeId ? `${a.nodeId}|${b.nodeId}` : `${b.nodeId}|${a.nodeId}`;
      if (!cut.has(pair)) parent[find(j)] = find(i);
    }
  }
  const sides = new Map<number, ClusterNode[]>();
  members.forEach((node, index) => {
    const root = find(index);
    const side = sides.get(root) ?? [];
    side.push(node);
    sides.set(root, side);
  });
  return [...sides.values()];
}

// --- rejoin ------------------------------------------------------------------------------------------

function scheduleJoin(ctx: LabContext, cluster: Cluster, node: ClusterNode): void {
  node.state = 'Joining';
  node.downReason = null;
  node.dynamicWeight = 0;
  ctx.kernel.schedule(JOIN_TIMER_KIND, CLUSTER_JOIN_MS, { cluster: cluster.id, nodeId: node.nodeId } satisfies JoinTimerData, joinTimerKey(cluster.id, node.nodeId));
  touchCluster(ctx, cluster);
}

/** Whether a node reaches a member on some heartbeat network now. */
function reachesAMember(ctx: LabContext, cluster: Cluster, beat: ClusterBeat, node: ClusterNode): boolean {
  const networks = heartbeatNetworks(cluster);
  for (const member of cluster.nodes) {
    if (member === node || !beat.memberSinceMs.has(member.nodeId)) continue;
    if (networks.some((network) => routeAnswers(ctx, network, node.name, member.name))) return true;
  }
  return false;
}

/** Down nodes (but a stopped service) that are on and reach a member start joining; with none running, a majority forms it. */
function tryJoins(ctx: LabContext, cluster: Cluster): void {
  const beat = beatOf(ctx.state, cluster);
  if (!beat) return;
  if (cluster.state === 'Offline') {
    tryForm(ctx, cluster, beat);
    return;
  }
  for (const node of cluster.nodes) {
    if (node.state !== 'Down' || node.downReason === 'service-stopped' || !hostOn(ctx.state, node)) continue;
    if (reachesAMember(ctx, cluster, beat, node)) scheduleJoin(ctx, cluster, node);
  }
}

/** No cluster running: the nodes that reach each other and hold a majority of the configured votes form it. */
function tryForm(ctx: LabContext, cluster: Cluster, beat: ClusterBeat): void {
  if (cluster.nodes.some((node) => node.state === 'Joining')) return;
  const forming = formingSide(ctx, cluster);
  if (!forming) return;
  beat.routes.clear();
  for (const node of forming) scheduleJoin(ctx, cluster, node);
}

/**
 * The nodes that could form the cluster now: running, their service not stopped by hand, reaching
 * each other (components of the heartbeat networks), holding a majority of the configured votes
 * (nobody's dynamic weight survives the cluster stopping), the witness given as in a partition.
 */
function formingSide(ctx: LabContext, cluster: Cluster): ClusterNode[] | undefined {
  const candidates = cluster.nodes.filter((node) => (node.state === 'Joining' || (node.state === 'Down' && node.downReason !== 'service-stopped')) && hostOn(ctx.state, node));
  if (candidates.length === 0) return undefined;
  const networks = heartbeatNetworks(cluster);
  const sides: ClusterNode[][] = [];
  for (const node of candidates) {
    const touching = sides.filter((side) => side.some((other) => networks.some((network) => routeAnswers(ctx, network, node.name, other.name))));
    const merged = [node, ...touching.flat()].sort((a, b) => a.nodeId - b.nodeId);
    for (const side of touching) sides.splice(sides.indexOf(side), 1);
    sides.push(merged);
  }
  sides.sort((a, b) => (a[0]?.nodeId ?? 0) - (b[0]?.nodeId ?? 0));
  const rules = { ...quorumRulesOf(cluster), dynamicQuorum: false, dynamicWitness: false };
  const voting = cluster.nodes.map((node) => ({ nodeId: node.nodeId, nodeWeight: node.nodeWeight, dynamicWeight: node.nodeWeight, member: false }));
  const witnessSide = arbitrateWitness(ctx.state, cluster, sides);
  return sides.find((side, index) => tallySide(rules, voting, new Set(side.map((node) => node.nodeId)), index === witnessSide).hasQuorum);
}

/**
 * The survivors take over what the removed owned (facts Part B §1.2: the other members take over
 * the roles of the removed node): the witness disk goes to the node that won its arbitration
 * (its owner when that one survives and reaches it), every other disk of a node that is gone to
 * the first Up survivor. Ownership moves through persistent reservations (disk-ownership.ts).
 * `arbitrate`: a regroup, where the witness is fought for; otherwise it moves only when its owner left.
 */
function takeDisks(ctx: LabContext, cluster: Cluster, side: readonly ClusterNode[], arbitrate: boolean): void {
  const { state } = ctx;
  const names = new Set(side.map((node) => node.name));
  const heir = side.find((node) => node.state === 'Up') ?? side[0];
  for (const disk of cluster.disks) {
    if (disk.name === cluster.quorum.witnessDisk) {
      const owner = side.find((node) => node.name === disk.ownerNode);
      if (owner && (!arbitrate || nodeReachesWitness(state, cluster, owner))) continue;
      const winner = side.find((node) => nodeReachesWitness(state, cluster, node));
      if (winner) takeOver(ctx, cluster, disk, winner);
    } else if ((disk.ownerNode === null || !names.has(disk.ownerNode)) && heir) takeOver(ctx, cluster, disk, heir);
  }
}

// --- views ---------------------------------------------------------------------------------------------

/** Interface and network states from links, power and the routes that are down. */
function refreshNetworks(ctx: LabContext, cluster: Cluster): void {
  const { state } = ctx;
  const beat = beatOf(state, cluster);
  const members = new Set(beat ? beat.memberSinceMs.keys() : []);
  // A member's interface is Unreachable when every one of its routes on that network is down.
  const downRoutes = new Map<string, number>();
  for (const [key, route] of beat?.routes ?? []) {
    if (!route.down) continue;
    const [a, b] = routeNodes(key);
    const network = key.slice(key.lastIndexOf('|') + 1);
    for (const end of [`${a}|${network}`, `${b}|${network}`]) downRoutes.set(end, (downRoutes.get(end) ?? 0) + 1);
  }
  const unreachable = new Set([...downRoutes].filter(([, count]) => count >= members.size - 1).map(([end]) => end));
  const idByName = new Map(cluster.nodes.map((node) => [node.name, node.nodeId]));
  let changed = false;
  for (const network of cluster.networks) {
    let up = 0;
    let counted = 0;
    for (const nic of network.interfaces) {
      const nodeId = idByName.get(nic.node) ?? -1;
      const next = interfaceState(state, nic, members.has(nodeId) && network.role !== 'none' && unreachable.has(`${nodeId}|${network.labNetwork}`));
      if (next !== nic.state) {
        nic.state = next;
        changed = true;
      }
      if (members.has(nodeId)) {
        counted += 1;
        if (next === 'Up') up += 1;
      }
    }
    const networkState = up === counted && counted > 0 ? 'Up' : up === 0 ? 'Down' : 'Partitioned';
    if (networkState !== network.state) {
      network.state = networkState;
      changed = true;
    }
  }
  if (changed) touchCluster(ctx, cluster);
  // Every membership step ends here: who coordinates each Cluster Shared Volume and how each node reaches it.
  refreshCsvAccess(ctx, cluster);
}

function interfaceState(state: LabState, nic: ClusterNetworkInterface, routeDown: boolean): ClusterNetworkInterface['state'] {
  const found = state.network.nicByIp.get(nic.ip);
  if (!found || found.host.powerState !== 'on' || !found.nic.linkUp) return 'Failed';
  return routeDown ? 'Unreachable' : 'Up';
}

/** How the votes stand now (GET /clusters/{name}/quorum). */
export function quorumView(state: LabState, cluster: Cluster): QuorumView {
  const beat = beatOf(state, cluster);
  const rules = quorumRulesOf(cluster);
  const voting = votingNodesOf(cluster, beat);
  const members = cluster.nodes.filter((node) => beat?.memberSinceMs.has(node.nodeId));
  const holdsWitness = members.some((node) => nodeReachesWitness(state, cluster, node));
  const tally = tallySide(rules, voting, new Set(members.map((node) => node.nodeId)), holdsWitness);
  return {
    ...cluster.quorum,
    totalVotes: totalVotesOf(rules, voting).totalVotes,
    votesUp: tally.votes,
    votesNeeded: tally.votesNeeded,
    hasQuorum: cluster.state === 'Online' && tally.hasQuorum,
    witnessVote: tally.witnessVote,
    witnessOwner: witnessOwnerOf(cluster),
    dynamicQuorum: rules.dynamicQuorum,
    recommendedMode: recommendedModeFor(cluster.nodes.length),
  };
}

function logCluster(ctx: LabContext, host: string, eventId: number, level: 'Error' | 'Information', message: string): void {
  logEvent(ctx, { host, log: 'System', source: EVENT_SOURCES.failoverClustering, eventId, level, message });
}
