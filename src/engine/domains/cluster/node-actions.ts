// clusterNodeAction: the node's More Actions in Failover Cluster Manager. Pause (Up → Paused: it
// keeps its vote, hosts nothing; with `drain` on 2012 and later its online roles are live
// migrated off first: Pause → Drain Roles), Resume (Paused → Up), Evict (the node leaves the cluster, 1011),
// Stop Cluster Service (Down, 'service-stopped', until started again), Start Cluster Service
// (Joining; membership brings it Up). What a stopped or evicted node owned moves to the first Up node.
// Membership is told after each, since each changes who takes part.
import { CLUSTER_EVENTS, CLUSTER_SERVICE_DISPLAY_NAME, type Cluster, type ClusterNode, type ClusterNodeAction } from '../../../domain/cluster';
import { EVENT_SOURCES } from '../../../domain/event-log';
import { SERVICE_CONTROL_MANAGER_SOURCE, SERVICE_RUNNING_ID } from '../../../domain/features';
import { logEvent, type LabContext } from '../../context';
import { accept, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { activeNodes, dropNode, moveOwnership } from './disk-ownership';
import { DRAIN_SUPPORTED } from '../../../domain/migration';
import { drainNode } from '../migration/drain';
import { membershipChanged } from './membership';
import { quorumIfChanged } from './quorum-change';
import { clusterOrRefusal, conflict, formedOrRefusal, invalid, isRefusal, nodeOrRefusal, type Refusal } from './refusals';
import { touchCluster } from './state';

const ACTIONS: readonly ClusterNodeAction[] = ['pause', 'resume', 'evict', 'stop-service', 'start-service'];

type NodeAction = Extract<Command, { type: 'clusterNodeAction' }>;

const wrongState = (node: ClusterNode, action: string, why: string) => conflict('cluster.node_state', 'action', `${action} does not apply to ${node.name}: ${why}`);

function refusalFor(state: LabState, cluster: Cluster, node: ClusterNode, action: ClusterNodeAction): Refusal | undefined {
  const now = `it is ${node.state}${node.downReason ? ` (${node.downReason})` : ''}.`;
  switch (action) {
    case 'pause':
      return node.state === 'Up' ? undefined : wrongState(node, 'Pause', `only an Up node is paused; ${now}`);
    case 'resume':
      return node.state === 'Paused' ? undefined : wrongState(node, 'Resume', `only a Paused node is resumed; ${now}`);
    case 'stop-service':
      return node.state === 'Up' || node.state === 'Paused' ? undefined : wrongState(node, 'Stop Cluster Service', `its Cluster service is not running; ${now}`);
    case 'start-service': {
      if (node.state !== 'Down') return wrongState(node, 'Start Cluster Service', `its Cluster service is already running; ${now}`);
      if (node.downReason !== 'service-stopped') return wrongState(node, 'Start Cluster Service', node.downReason === 'off' ? 'the server is not running.' : `its Cluster service was not stopped by an administrator; ${now}`);
      return undefined;
    }
    case 'evict': {
      if (cluster.nodes.length === 1) return conflict('cluster.last_node', 'node', `${node.name} is the last node of cluster ${cluster.name}; a cluster keeps at least one node (destroy the cluster instead).`);
      if (activeNodes(cluster, node).length === 0) return conflict('cluster.no_active_node', 'node', `No other node of cluster ${cluster.name} is Up to carry out the eviction of ${node.name}.`);
      if (!quorumIfChanged(state, cluster, { kind: 'evict', node: node.name }).hasQuorum) return conflict('cluster.quorum_lost', 'node', `Evicting ${node.name} would leave cluster ${cluster.name} without quorum: the cluster would lose quorum.`);
      return undefined;
    }
  }
}

export function decideNodeAction(state: LabState, command: NodeAction): Decision {
  const cluster = clusterOrRefusal(state, command.cluster);
  if (isRefusal(cluster)) return cluster;
  const creating = formedOrRefusal(cluster);
  if (creating) return creating;
  const node = nodeOrRefusal(cluster, command.node);
  if (isRefusal(node)) return node;
  if (!ACTIONS.includes(command.action)) return invalid('cluster.invalid_action', 'action', `The action is one of ${ACTIONS.join(', ')}.`);
  const refusal = refusalFor(state, cluster, node, command.action);
  if (refusal) return refusal;
  const drain = command.drain === true;
  if (command.drain !== undefined && typeof command.drain !== 'boolean') return invalid('cluster.invalid_drain', 'drain', 'drain is true or false.');
  if (drain && command.action !== 'pause') return invalid('cluster.drain_not_pause', 'drain', 'Drain Roles goes with Pause only.');
  if (drain && !DRAIN_SUPPORTED[cluster.osVersion]) return invalid('cluster.drain_unsupported', 'drain', 'Pause → Drain Roles came with Windows Server 2012; Windows Server 2008 R2 only pauses.');
  const action = command.action;
  return accept((ctx) => {
    // Drain first: the roles are planned while the node is still theirs to leave (migration/drain.ts).
    if (drain) drainNode(ctx, cluster, node);
    apply(ctx, cluster, node, action);
    touchCluster(ctx, cluster);
    membershipChanged(ctx, cluster);
  });
}

function serviceEvent(ctx: LabContext, node: ClusterNode, running: boolean): void {
  logEvent(ctx, { host: node.name, log: 'System', source: SERVICE_CONTROL_MANAGER_SOURCE, eventId: SERVICE_RUNNING_ID, level: 'Information', message: `The ${CLUSTER_SERVICE_DISPLAY_NAME} service entered the ${running ? 'running' : 'stopped'} state.` });
}

function apply(ctx: LabContext, cluster: Cluster, node: ClusterNode, action: ClusterNodeAction): void {
  switch (action) {
    case 'pause':
      // 2008 R2's Pause keeps what the node owns where it is (moving roles off first, "drain",
      // came with 2012); it only takes no new group.
      node.state = 'Paused';
      return;
    case 'resume':
      node.state = 'Up';
      return;
    case 'stop-service':
      moveOwnership(ctx, cluster, node);
      node.state = 'Down';
      node.downReason = 'service-stopped';
      node.dynamicWeight = 0;
      serviceEvent(ctx, node, false);
      return;
    case 'start-service':
      node.state = 'Joining';
      node.downReason = null;
      serviceEvent(ctx, node, true);
      return;
    case 'evict': {
      moveOwnership(ctx, cluster, node);
      for (const disk of cluster.disks) dropNode(ctx, cluster, disk, node);
      cluster.nodes = cluster.nodes.filter((candidate) => candidate !== node);
      // The node carrying out the eviction logs it: the core resources' owner.
      const reporter = cluster.coreOwner ?? activeNodes(cluster)[0]?.name;
      if (reporter) logEvent(ctx, { host: reporter, log: 'System', source: EVENT_SOURCES.failoverClustering, eventId: CLUSTER_EVENTS.nodeEvicted.eventId, level: CLUSTER_EVENTS.nodeEvicted.level, message: CLUSTER_EVENTS.nodeEvicted.text(node.name) });
      for (const network of cluster.networks) network.interfaces = network.interfaces.filter((entry) => entry.node !== node.name);
      if (node.state !== 'Down') serviceEvent(ctx, node, false);
    }
  }
}
