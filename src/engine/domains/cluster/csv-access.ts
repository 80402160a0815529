// Cluster Shared Volumes as 2008 R2 runs them: one coordinator node owns each volume (the disk's
// ownerNode); every other running member writes to it through its own MPIO disk while that has a
// working path (Direct), else through the coordinator over a cluster network ("Redirected
// Access"), else not at all: the volume is lost on that node (event 5120; its I/O is queued).
// A coordinator that loses its own path hands the volume to a member that has one (the disk
// moves by persistent reservation, disk-ownership.ts). Recomputed after each change that can move
// it (a host's power or links, a node's sessions, membership, a replica that takes or stops taking
// writes), never per tick: O(nodes × volumes), or one node's entry when only its own way changed.
// Domains that follow a volume's access (hyperv: the VMs' I/O) register with watchCsvAccess.
import { CLUSTER_EVENTS, CSV_LOST_STATUS, type Cluster, type ClusterDisk, type ClusterNode, type CsvAccess, type CsvNodeAccess } from '../../../domain/cluster';
import { HA_BLOCK_SIZE_BYTES } from '../../../domain/starwind';
import type { HostDisk } from '../../../domain/disks';
import { EVENT_SOURCES } from '../../../domain/event-log';
import { logEvent, type HostChange, type LabContext } from '../../context';
import type { LabState } from '../../state';
import { usablePaths } from '../disks/io-paths';
import { diskKey } from '../disks/sync';
import { watchSessions } from '../iscsi/state';
import { watchReplicas } from '../starwind/common';
import { canReachIp } from '../network/reachability';
import { reservationWriteRefusal } from '../reservations/queries';
import { takeOver } from './disk-ownership';
import { heartbeatNetworks } from './heartbeats';
import { clusterOfHost, touchCluster } from './state';

/** A node's access to a volume changed: `before`/`after` undefined while it is not a running member. */
export interface CsvAccessChange {
  cluster: Cluster;
  disk: ClusterDisk;
  node: ClusterNode;
  before: CsvAccess | undefined;
  after: CsvAccess | undefined;
}
export type CsvAccessWatcher = (ctx: LabContext, change: CsvAccessChange) => void;
const watchers: CsvAccessWatcher[] = [];
export function watchCsvAccess(watcher: CsvAccessWatcher): void {
  if (!watchers.includes(watcher)) watchers.push(watcher);
}

/** The node's MPIO disk for the LUN (one per LUN once MPIO claims iSCSI devices), when present. */
export function mpioDiskOf(state: LabState, hostId: string, lun: string): HostDisk | undefined {
  const disk = state.disks.disks.get(diskKey(hostId, lun, null));
  return disk?.present ? disk : undefined;
}

/** Whether the host's own disk for the LUN can write now: a usable path, and not fenced off the LUN. */
export function hasDirectPath(state: LabState, hostId: string, lun: string): boolean {
  const disk = mpioDiskOf(state, hostId, lun);
  if (!disk || reservationWriteRefusal(state, lun, hostId) !== undefined) return false;
  return usablePaths(state, disk, 'write', HA_BLOCK_SIZE_BYTES).usable.length > 0;
}

/**
 * The cluster network a node's redirected I/O takes to the coordinator: the first that answers,
 * cluster-only networks first (2008 R2 sends CSV traffic on the cluster network of lowest metric,
 * which is an internal one). Answers its speed (the slower NIC), or undefined when none answers.
 */
export function redirectLinkBitsPerS(state: LabState, cluster: Cluster, from: string, to: string): number | undefined {
  const roles = new Map(cluster.networks.map((network) => [network.labNetwork, network.role]));
  const networks = heartbeatNetworks(cluster).sort((a, b) => Number(roles.get(a.labNetwork) !== 'cluster') - Number(roles.get(b.labNetwork) !== 'cluster'));
  for (const network of networks) {
    const fromIp = network.ipByNode.get(from);
    const toIp = network.ipByNode.get(to);
    if (fromIp === undefined || toIp === undefined || !canReachIp(state, fromIp, toIp)) continue;
    const local = state.network.nicByIp.get(fromIp)?.nic.speedBitsPerS ?? 0;
    const remote = state.network.nicByIp.get(toIp)?.nic.speedBitsPerS ?? 0;
    return Math.min(local, remote);
  }
  return undefined;
}

/** Members whose server runs: they take part in the volume's I/O. */
function runningMembers(state: LabState, cluster: Cluster): ClusterNode[] {
  return cluster.nodes.filter((node) => (node.state === 'Up' || node.state === 'Paused') && state.network.hosts.get(node.hostId)?.powerState === 'on');
}

/**
 * The coordinator, moved first when it cannot reach the storage and an Up member can (UNVERIFIED:
 * at once; 2008 R2 fails the disk resource over after its own checks). Undefined when the volume
 * has no coordinator that reaches it.
 */
function coordinatorOf(ctx: LabContext, cluster: Cluster, disk: ClusterDisk, members: readonly ClusterNode[]): ClusterNode | undefined {
  const { state } = ctx;
  const owner = disk.state === 'Online' ? members.find((node) => node.name === disk.ownerNode) : undefined;
  if (owner && hasDirectPath(state, owner.hostId, disk.lun)) return owner;
  const heir = members.filter((node) => node.state === 'Up' && hasDirectPath(state, node.hostId, disk.lun)).sort((a, b) => a.nodeId - b.nodeId)[0];
  if (!heir || takeOver(ctx, cluster, disk, heir) !== null) return undefined;
  return heir;
}

function accessOf(state: LabState, cluster: Cluster, disk: ClusterDisk, node: ClusterNode, coordinator: ClusterNode | undefined): CsvAccess {
  if (coordinator === undefined) return 'No Access';
  if (node === coordinator || hasDirectPath(state, node.hostId, disk.lun)) return 'Direct';
  return redirectLinkBitsPerS(state, cluster, node.name, coordinator.name) !== undefined ? 'Redirected Access' : 'No Access';
}

/** The volume's name in 5120: "Volume1" of C:\ClusterStorage\Volume1. */
const volumeName = (disk: ClusterDisk) => (disk.csvPath ?? '').split('\\').pop() ?? '';

let refreshing = false;

/**
 * Recomputes the nodes' access to each of the cluster's volumes and tells the watchers what
 * changed. `onlyHostId`: only that node's own conditions changed (its sessions, links or power),
 * so only its entry is recomputed, unless it coordinates the volume (then every node's is).
 */
export function refreshCsvAccess(ctx: LabContext, cluster: Cluster, onlyHostId?: string): void {
  // A coordinator move below goes through the reservations and may come back here: once is enough.
  if (refreshing) return;
  refreshing = true;
  try {
    const { state } = ctx;
    const nowMs = ctx.kernel.nowMs();
    const members = cluster.state === 'Online' ? runningMembers(state, cluster) : [];
    for (const disk of cluster.disks) {
      if (disk.usage !== 'csv') continue;
      const ownerBefore = disk.ownerNode;
      const coordinator = members.length > 0 ? coordinatorOf(ctx, cluster, disk, members) : undefined;
      // Scoped only while the coordinator stays and is another node: then no one else's way changed.
      const scope = onlyHostId !== undefined && coordinator !== undefined && coordinator.name === ownerBefore && coordinator.hostId !== onlyHostId ? onlyHostId : undefined;
      const before = new Map((disk.csvAccess ?? []).map((entry) => [entry.node, entry]));
      const next: CsvNodeAccess[] = [];
      const changes: CsvAccessChange[] = [];
      for (const node of members) {
        const old = before.get(node.name);
        before.delete(node.name);
        if (old && scope !== undefined && node.hostId !== scope) {
          next.push(old);
          continue;
        }
        const access = accessOf(state, cluster, disk, node, coordinator);
        next.push(old?.access === access ? old : { node: node.name, access, sinceMs: nowMs });
        if (old?.access === access) continue;
        changes.push({ cluster, disk, node, before: old?.access, after: access });
        if (access === 'No Access' && old !== undefined) {
          const event = CLUSTER_EVENTS.csvPaused;
          logEvent(ctx, { host: node.name, log: 'System', source: EVENT_SOURCES.failoverClustering, eventId: event.eventId, level: event.level, message: event.text(volumeName(disk), disk.name, CSV_LOST_STATUS) });
        }
      }
      for (const [name, old] of before) {
        const node = cluster.nodes.find((each) => each.name === name);
        if (node) changes.push({ cluster, disk, node, before: old.access, after: undefined });
      }
      if (changes.length === 0 && disk.csvAccess !== undefined) continue;
      disk.csvAccess = next;
      touchCluster(ctx, cluster);
      for (const change of changes) for (const watcher of watchers) watcher(ctx, change);
    }
  } finally {
    refreshing = false;
  }
}

const hasCsv = (cluster: Cluster) => cluster.state !== 'Creating' && cluster.disks.some((disk) => disk.usage === 'csv');
/** What membership decides about a cluster: its state, its nodes' states, its disks' owners. */
export const membershipSignature = (cluster: Cluster) => `${cluster.state}|${cluster.nodes.map((node) => node.state).join()}|${cluster.disks.map((disk) => `${disk.ownerNode}:${disk.state}`).join()}`;

/**
 * After a host's power or links changed and membership reacted (its own cluster refreshes its
 * volumes there, before its roles act): every other cluster's volumes, every node, since the host
 * may be a storage server any node's paths go to.
 */
export function refreshOtherClusters(ctx: LabContext, change: HostChange): void {
  const own = clusterOfHost(ctx.state, change.hostId);
  for (const cluster of ctx.state.cluster.clusters.values()) if (cluster !== own && hasCsv(cluster)) refreshCsvAccess(ctx, cluster);
}

// A node's sessions changed (a path failed or came back, a logoff): its own way to its cluster's volumes.
watchSessions((ctx, hostId) => {
  const cluster = clusterOfHost(ctx.state, hostId);
  if (cluster && hasCsv(cluster)) refreshCsvAccess(ctx, cluster, hostId);
});

// A replica took or stopped taking writes without a host change (a device action, a sync's end, a
// partner declared lost): any node's path may have changed.
watchReplicas((ctx) => {
  for (const cluster of ctx.state.cluster.clusters.values()) if (hasCsv(cluster)) refreshCsvAccess(ctx, cluster);
});
