// Facts of Failover Clustering as the lab runs it: domain-facts.md Part A §2.2–§2.5, Part B §1–§2
// and §7. One place for each default, range, label and event text the engine and consoles use.
import type { OsVersion } from '../lab';

/** CLUSTER_NODE_STATE as Failover Cluster Manager shows it (Unknown is never simulated). */
export const CLUSTER_NODE_STATES = ['Up', 'Down', 'Paused', 'Joining'] as const;
export type ClusterNodeState = (typeof CLUSTER_NODE_STATES)[number];

/**
 * Why a node is Down, for the console's explanation and the engine's rejoin rule:
 * - `off`: the server is not running Windows;
 * - `service-stopped`: an administrator stopped the Cluster service (it stays stopped);
 * - `removed`: the other nodes removed it (no route reached it); it rejoins when one does;
 * - `quorum-lost`: its side of a partition had no quorum, so its Cluster service stopped (1177); it rejoins after the heal.
 */
export type ClusterNodeDownReason = 'off' | 'service-stopped' | 'removed' | 'quorum-lost';

/** Legacy (2008 R2) quorum modes, by the names Configure Cluster Quorum Settings gives them. */
export const QUORUM_MODES = ['NodeMajority', 'NodeAndDiskMajority', 'NodeAndFileShareMajority', 'DiskOnly'] as const;
export type QuorumMode = (typeof QUORUM_MODES)[number];
export const QUORUM_MODE_LABELS: Record<QuorumMode, string> = {
  NodeMajority: 'Node Majority',
  NodeAndDiskMajority: 'Node and Disk Majority',
  NodeAndFileShareMajority: 'Node and File Share Majority',
  DiskOnly: 'No Majority: Disk Only',
};

/** CLUSTER_NETWORK_ROLE: None 0, InternalUse 1 (cluster only), InternalAndClient 3 (cluster and client). */
export const CLUSTER_NETWORK_ROLES = ['none', 'cluster', 'cluster-and-client'] as const;
export type ClusterNetworkRole = (typeof CLUSTER_NETWORK_ROLES)[number];
export const CLUSTER_NETWORK_ROLE_VALUES: Record<ClusterNetworkRole, 0 | 1 | 3> = { none: 0, cluster: 1, 'cluster-and-client': 3 };
export type ClusterNetworkState = 'Up' | 'Partitioned' | 'Down';

export type ClusterDiskState = 'Online' | 'Offline' | 'Failed';
/** What a cluster disk serves: nothing yet, the quorum witness, or a Cluster Shared Volume. */
export type ClusterDiskUsage = 'available' | 'witness' | 'csv';

/**
 * How a node reaches a Cluster Shared Volume (2008 R2): through its own storage path (Direct),
 * through the coordinator node over the cluster network ("Redirected Access", as the console
 * shows it), or not at all (its I/O is queued: event 5120, then its virtual machines pause).
 */
export const CSV_ACCESS_STATES = ['Direct', 'Redirected Access', 'No Access'] as const;
export type CsvAccess = (typeof CSV_ACCESS_STATES)[number];
/** The status 5120 names when a node loses every way to a volume (facts Part A §2.5). */
export const CSV_LOST_STATUS = 'STATUS_IO_TIMEOUT(c00000b5)';

/** Heartbeat and membership properties (cluster common properties; delays in ms as the product keeps them). */
export interface HeartbeatSettings {
  SameSubnetDelay: number;
  SameSubnetThreshold: number;
  CrossSubnetDelay: number;
  CrossSubnetThreshold: number;
}

/** Defaults by OS version (Part B §1.1). 2012 R2 is given its values without Hyper-V VMs. */
export const HEARTBEAT_DEFAULTS: Record<OsVersion, HeartbeatSettings> = {
  '2008R2': { SameSubnetDelay: 1000, SameSubnetThreshold: 5, CrossSubnetDelay: 1000, CrossSubnetThreshold: 5 },
  '2012R2': { SameSubnetDelay: 1000, SameSubnetThreshold: 5, CrossSubnetDelay: 1000, CrossSubnetThreshold: 5 },
  '2016': { SameSubnetDelay: 1000, SameSubnetThreshold: 10, CrossSubnetDelay: 1000, CrossSubnetThreshold: 20 },
};

export interface Range {
  min: number;
  max: number;
}

/**
 * Documented ranges (Part B §1.1). 2008 R2: "Range for frequency 250-2000 ms common subnet,
 * 250-4000 ms across subnets. Range for missed heartbeats 3 through 10"; 2012 and later: the
 * thresholds go to 120 (MS-prop pages).
 */
export function heartbeatRanges(osVersion: OsVersion): Record<keyof HeartbeatSettings, Range> {
  const thresholdMax = osVersion === '2008R2' ? 10 : 120;
  return {
    SameSubnetDelay: { min: 250, max: 2000 },
    SameSubnetThreshold: { min: 3, max: thresholdMax },
    CrossSubnetDelay: { min: 250, max: 4000 },
    CrossSubnetThreshold: { min: 3, max: thresholdMax },
  };
}

/** Nodes per cluster (Part B §7): 64 from 2012; 16 on 2008 R2 is UNVERIFIED, so it is kept here to change. */
export const CLUSTER_NODE_LIMITS: Record<OsVersion, number> = { '2008R2': 16, '2012R2': 64, '2016': 64 };

/** Dynamic quorum and dynamic witness exist from Windows Server 2012 (DynamicQuorum default 1); 2012 R2 added the dynamic witness. */
export function hasDynamicQuorum(osVersion: OsVersion): boolean {
  return osVersion !== '2008R2';
}
export function hasDynamicWitness(osVersion: OsVersion): boolean {
  return osVersion !== '2008R2';
}

/** A NetBIOS computer name: at most 15 characters (technet cc776154). */
export const CLUSTER_NAME_MAX_CHARS = 15;
/** Characters a NetBIOS name may not hold (the Create Cluster wizard refuses them). */
export const NETBIOS_FORBIDDEN_CHARS = '\\/:*?"<>|,~!@#$%^&\'.(){}_ ';

/** Where Cluster Shared Volumes appear on every node: C:\ClusterStorage\Volume{N}. */
export const CSV_ROOT = 'C:\\ClusterStorage';
export function csvPath(index: number): string {
  return `${CSV_ROOT}\\Volume${index}`;
}
/** The disk witness must hold at least 512 MB (Part B §2). */
export const WITNESS_DISK_MIN_BYTES = 512 * 1024 * 1024;
/** "Cluster Disk 1", "Cluster Disk 2": names given as disks are added. */
export function clusterDiskName(index: number): string {
  return `Cluster Disk ${index}`;
}
/** "Cluster Network 1": names given to the networks found at creation, in subnet order. */
export function clusterNetworkName(index: number): string {
  return `Cluster Network ${index}`;
}

/**
 * Cluster events (System log, source Microsoft-Windows-FailoverClustering), Part A §2.5.
 * 1069 and 1205: texts not retrieved (UNVERIFIED), worded after the events' known meaning.
 */
export const CLUSTER_EVENTS = {
  nodeRemoved: { eventId: 1135, level: 'Error', text: (node: string) => `Cluster node '${node}' was removed from the active failover cluster membership. The Cluster service on this node may have stopped. This could also be due to the node having lost communication with other active nodes in the failover cluster. Run the Validate a Configuration wizard to check your network configuration. If the condition persists, check for hardware or software errors related to the network adapters on this node. Also check for failures in any other network components to which the node is connected such as hubs, switches, or bridges.` },
  quorumLost: { eventId: 1177, level: 'Error', text: () => 'The Cluster service is shutting down because quorum was lost. This could be due to the loss of network connectivity between some or all nodes in the cluster, or a failover of the witness disk.' },
  csvPaused: { eventId: 5120, level: 'Error', text: (volume: string, disk: string, status: string) => `Cluster Shared Volume '${volume}' ('${disk}') is no longer available on this node because of '${status}'. All I/O will temporarily be queued until a path to the volume is reestablished.` },
  nodeEvicted: { eventId: 1011, level: 'Information', text: (node: string) => `Cluster node ${node} has been evicted from the failover cluster.` },
  nodeNotMember: { eventId: 1093, level: 'Error', text: (node: string) => `Node '${node}' failed to form a cluster. This was because the node is not a member of the cluster.` },
  resourceFailed: { eventId: 1069, level: 'Error', text: (resource: string, group: string) => `Cluster resource '${resource}' in clustered service or application '${group}' failed.` },
  groupOfflineFailed: { eventId: 1205, level: 'Error', text: (group: string) => `The Cluster service failed to bring clustered service or application '${group}' completely online or offline. One or more resources may be in a failed state.` },
} as const;
/** Events whose text above is UNVERIFIED (not retrieved from a real system; 5120's wording follows the blog's example). */
export const UNVERIFIED_CLUSTER_EVENT_IDS: readonly number[] = [1069, 1205, 1093, 5120];
