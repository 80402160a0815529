// Pure reads of the mirror for Failover Cluster Manager: a cluster by its name, what a node action
// may do in the node's state (and why not), the quorum line, the cluster's events. The engine has
// the last word on every action; these only grey what the state already forbids.
import type { LabEvent } from '../../api/types';
import { QUORUM_MODE_LABELS, type Cluster, type ClusterDisk, type ClusterNetwork, type ClusterNode, type ClusterNodeAction } from '../../domain/cluster';
import { EVENT_SOURCES } from '../../domain/event-log';
import { NODE_ACTION_REASONS } from './action-labels';
import { CSV } from './labels';

/** A cluster by the name the URL carries (names are case-insensitive, as Windows' are). */
export function findCluster(clusters: Record<string, Cluster>, name: string): Cluster | undefined {
  const upper = name.toUpperCase();
  return clusters[upper] ?? Object.values(clusters).find((cluster) => cluster.name.toUpperCase() === upper);
}

export function sortedClusters(clusters: Record<string, Cluster>): Cluster[] {
  return Object.values(clusters).sort((a, b) => a.name.localeCompare(b.name));
}

export function findNode(cluster: Cluster, name: string): ClusterNode | undefined {
  return cluster.nodes.find((node) => node.name.toUpperCase() === name.toUpperCase());
}

export function findNetwork(cluster: Cluster, name: string): ClusterNetwork | undefined {
  return cluster.networks.find((network) => network.name === name);
}

/**
 * A Cluster Shared Volume's status as its list shows it: "Online (Redirected Access)" while some
 * node reaches it through the coordinator over the cluster network (2008 R2), else the disk's state.
 */
export function csvStatus(disk: ClusterDisk): string {
  const redirected = disk.csvAccess?.some((entry) => entry.access === 'Redirected Access') ?? false;
  return redirected ? `${disk.state} (${CSV.redirected})` : disk.state;
}

/** "Node and Disk Majority (Cluster Disk 1)", as the summary's Quorum Configuration line reads. */
export function quorumLine(cluster: Cluster): string {
  const mode = QUORUM_MODE_LABELS[cluster.quorum.mode];
  const witness = cluster.quorum.witnessDisk ?? cluster.quorum.fileShare;
  return witness ? `${mode} (${witness})` : mode;
}

export interface ActionState {
  enabled: boolean;
  /** Why it is greyed, or null. */
  reason: string | null;
}

const allowed: ActionState = { enabled: true, reason: null };
const greyed = (reason: string): ActionState => ({ enabled: false, reason });

/** What the node's state allows of an action (the engine still decides: quorum, a creating cluster). */
export function nodeActionState(cluster: Cluster, node: ClusterNode, action: ClusterNodeAction): ActionState {
  switch (action) {
    case 'pause':
      return node.state === 'Up' ? allowed : greyed(NODE_ACTION_REASONS.pauseNotUp);
    case 'resume':
      return node.state === 'Paused' ? allowed : greyed(NODE_ACTION_REASONS.resumeNotPaused);
    case 'stop-service':
      return node.state === 'Down' ? greyed(NODE_ACTION_REASONS.stopDown) : allowed;
    case 'start-service':
      return node.state === 'Down' && node.downReason === 'service-stopped' ? allowed : greyed(NODE_ACTION_REASONS.startNotStopped);
    case 'evict':
      return cluster.nodes.length > 1 ? allowed : greyed(NODE_ACTION_REASONS.evictLast);
  }
}

/** The lab network that carries iSCSI (the seed's "iSCSI" network): the one the console recommends to keep cluster traffic off. */
export function isIscsiNetwork(network: ClusterNetwork): boolean {
  return /iscsi/i.test(network.labNetwork);
}

/** Whether the cluster's administration address is on this network (it cannot be set to "Do not allow"). */
export function holdsClusterAddress(cluster: Cluster, network: ClusterNetwork): boolean {
  const [base, bitsText] = network.subnet.split('/');
  const bits = Number(bitsText);
  if (!base || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const toNumber = (ip: string) => ip.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
  const prefix = (ip: string) => Math.floor(toNumber(ip) / 2 ** (32 - bits));
  return prefix(cluster.address) === prefix(base);
}

/** Cluster Events: the FailoverClustering source's events on the cluster's nodes, newest first. */
export function clusterEvents(events: readonly LabEvent[], cluster: Cluster): LabEvent[] {
  const nodes = new Set(cluster.nodes.map((node) => node.name.toUpperCase()));
  const out: LabEvent[] = [];
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!;
    if (event.source === EVENT_SOURCES.failoverClustering && nodes.has(event.host.toUpperCase())) out.push(event);
  }
  return out;
}

/** "Critical: 0, Error: 2, Warning: 0" for the summary's Recent Cluster Events, over the last hour of lab time. */
export const RECENT_EVENTS_WINDOW_MS = 60 * 60 * 1000;
export function recentEventCounts(events: readonly LabEvent[], nowMs: number): { Error: number; Warning: number; Information: number } {
  const counts = { Error: 0, Warning: 0, Information: 0 };
  for (const event of events) if (nowMs - event.timeMs <= RECENT_EVENTS_WINDOW_MS) counts[event.level] += 1;
  return counts;
}
