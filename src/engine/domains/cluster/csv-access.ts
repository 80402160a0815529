// Cluster Shared Volumes as 2008 R2 runs them: one coordinator node owns each volume (the disk's
// ownerNode); every other running member writes to it through its own MPIO disk while that has a
// working path (Direct), else through the coordinator over a cluster network ("Redirected
// Access"), else not at all: the volume is lost on that node (event 5120; its I/O is queued).
// A coordinator that loses its own path hands the volume to a member that has one (the disk
// moves by persistent reservation, disk-ownership.ts). Recomputed after each change that can move
// it (a host's power or links, a node's sessions, membership), never per tick: O(nodes × volumes).
// Domains that follow a volume's access (hyperv: the VMs' I/O) register with watchCsvAccess.
import { CLUSTER_EVENTS, CSV_LOST_STATUS, type Cluster, type ClusterDisk, type ClusterNode, type CsvAccess, type CsvNodeAccess } from '../../../domain/cluster';
import { HA_BLOCK_SIZE_BYTES } from '../../../domain/starwind';
import type { HostDisk } from '../../../domain/disks';
import { EVENT_SOURCES } from '../../../domain/event-log';
import { logEvent, type LabContext } from '../../context';
import type { LabState } from '../../state';
import { usablePaths } from '../disks/io-paths';
import { diskKey } from '../disks/sync';
import { watchSessions } from '../iscsi/state';
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

/** Recomputes every node's access to each of the cluster's volumes; tells the watchers what changed. */
export function refreshCsvAccess(ctx: LabContext, cluster: Cluster): void {
  // A coordinator move below goes through the reservations and may come back here: once is enough.
  if (refreshing) return;
  refreshing = true;
  try {
    const { state } = ctx;
    const nowMs = ctx.kernel.nowMs();
    const members = cluster.state === 'Online' ? runningMembers(state, cluster) : [];
    for (const disk of cluster.disks) {
      if (disk.usage !== 'csv') continue;
      const coordinator = members.length > 0 ? coordinatorOf(ctx, cluster, disk, members) : undefined;
      const before = new Map((disk.csvAccess ?? []).map((entry) => [entry.node, entry]));
      const next: CsvNodeAccess[] = [];
      const changes: CsvAccessChange[] = [];
      for (const node of members) {
        const access = accessOf(state, cluster, disk, node, coordinator);
        const old = before.get(node.name);
        before.delete(node.name);
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

/** After a change that may touch any cluster's storage (a storage server's power or links). */
export function refreshAllCsvAccess(ctx: LabContext): void {
  for (const cluster of ctx.state.cluster.clusters.values()) if (cluster.disks.some((disk) => disk.usage === 'csv')) refreshCsvAccess(ctx, cluster);
}

// A node's sessions changed (a path failed or came back, a logoff): its cluster's volumes.
watchSessions((ctx, hostId) => {
  const cluster = clusterOfHost(ctx.state, hostId);
  if (cluster && cluster.state !== 'Creating' && cluster.disks.some((disk) => disk.usage === 'csv')) refreshCsvAccess(ctx, cluster);
});
