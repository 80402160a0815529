// The cluster domain's descriptor: failover clusters made by Create Cluster, with their nodes,
// networks, disks (witness and Cluster Shared Volumes), quorum and heartbeat properties; the
// commands of Failover Cluster Manager and the reads its views make. Facts: facts.ts.
import { defineDomain } from '../descriptor';
import type { OsVersion } from '../lab';
import type {
  ClusterDiskState,
  ClusterDiskUsage,
  ClusterNetworkRole,
  ClusterNetworkState,
  ClusterNodeDownReason,
  ClusterNodeState,
  HeartbeatSettings,
  QuorumMode,
} from './facts';

export * from './facts';
export * from './create-steps';
export * from './names';

export const CLUSTERS_COLLECTION = 'clusters';

export interface ClusterNode {
  /** The computer name as the lab spells it ("Demo1"). */
  name: string;
  hostId: string;
  /** The cluster's node id: 1, 2, … in the order the nodes joined. */
  nodeId: number;
  state: ClusterNodeState;
  /** Why it is Down; null unless Down. */
  downReason: ClusterNodeDownReason | null;
  /** NodeWeight: the configured vote, 1 or 0. */
  nodeWeight: 0 | 1;
  /** DynamicWeight: the vote it holds now (dynamic quorum may zero it); 0 while not Up or Paused. */
  dynamicWeight: 0 | 1;
}

/** A node's adapter on a cluster network, as the Networks view lists it. */
export interface ClusterNetworkInterface {
  node: string;
  /** The NIC's connection name ("Private"). */
  adapter: string;
  ip: string;
  state: 'Up' | 'Unreachable' | 'Failed';
}

export interface ClusterNetwork {
  /** "Cluster Network 1"; an administrator may rename it. */
  name: string;
  /** The lab network it stands for ("Private"). */
  labNetwork: string;
  /** "10.10.10.0/24". */
  subnet: string;
  role: ClusterNetworkRole;
  state: ClusterNetworkState;
  interfaces: ClusterNetworkInterface[];
}

export interface ClusterDisk {
  /** "Cluster Disk 1". */
  name: string;
  /** The LUN serial the nodes' disks carry (HostDisk.lun). */
  lun: string;
  sizeBytes: number;
  state: ClusterDiskState;
  /** The node holding its persistent reservation (the owner the console shows); null when Offline. */
  ownerNode: string | null;
  usage: ClusterDiskUsage;
  /** C:\ClusterStorage\VolumeN once added to Cluster Shared Volumes, else null. */
  csvPath: string | null;
}

export interface ClusterQuorum {
  mode: QuorumMode;
  /** The witness disk's name under NodeAndDiskMajority and DiskOnly, else null. */
  witnessDisk: string | null;
  /** \\server\share under NodeAndFileShareMajority, else null. */
  fileShare: string | null;
}

/** Common properties an administrator edits (Get-Cluster | fl *). */
export interface ClusterProperties extends HeartbeatSettings {
  /** 1 with dynamic quorum (2012 and later only; always 0 on 2008 R2). */
  DynamicQuorum: 0 | 1;
  /** 1 once Enable Cluster Shared Volumes has been accepted (2008 R2 keeps it as this property). */
  EnableSharedVolumes: 0 | 1;
}

export type ClusterState = 'Creating' | 'Online' | 'Offline';

export interface Cluster {
  /** The cluster name upper-cased (names are case-insensitive). */
  id: string;
  /** As typed in Access Point for Administering the Cluster ("Cluster1"). */
  name: string;
  /** "Cluster1.SWS.com". */
  fqdn: string;
  /** The administrative access point's address on the public network. */
  address: string;
  osVersion: OsVersion;
  /** Creating until the creation job ends; Offline while no side holds quorum. */
  state: ClusterState;
  /** The Create Cluster job. */
  job: string;
  createdMs: number;
  /** The validation report the creation ran under, if any (View Report). */
  validation: string | null;
  nodes: ClusterNode[];
  networks: ClusterNetwork[];
  disks: ClusterDisk[];
  quorum: ClusterQuorum;
  properties: ClusterProperties;
  /** The node that owns the core resources (name and address); null while Offline. */
  coreOwner: string | null;
}

/** How the votes stand now (GET /clusters/{name}/quorum). */
export interface QuorumView extends ClusterQuorum {
  /** Votes configured and held now, and how many the running side needs. */
  totalVotes: number;
  votesUp: number;
  votesNeeded: number;
  hasQuorum: boolean;
  /** The witness holds a vote now (dynamic witness may drop it). */
  witnessVote: 0 | 1;
  /** The node owning the witness disk (the arbitration winner), if any. */
  witnessOwner: string | null;
  dynamicQuorum: boolean;
  /** What Configure Cluster Quorum Settings recommends for this node count ("Node Majority" for odd). */
  recommendedMode: QuorumMode;
}

export interface ClusterSummary {
  name: string;
  fqdn: string;
  address: string;
  state: ClusterState;
  nodes: number;
  nodesUp: number;
}

export interface SharedVolumesView {
  enabled: boolean;
  volumes: ClusterDisk[];
  /** Disks that may be added (available, not the witness). */
  eligible: ClusterDisk[];
}

export type ClusterNodeAction = 'pause' | 'resume' | 'evict' | 'stop-service' | 'start-service';

export type ClusterCommand =
  | { type: 'clusterCreate'; name: string; nodes: string[]; address: string; addStorage?: boolean; validation?: string }
  | { type: 'clusterSetProperties'; cluster: string; properties: Partial<ClusterProperties> }
  | { type: 'clusterNodeAction'; cluster: string; node: string; action: ClusterNodeAction }
  | { type: 'clusterSetQuorum'; cluster: string; mode: QuorumMode; witnessDisk?: string; fileShare?: string }
  | { type: 'clusterSetNetwork'; cluster: string; network: string; role?: ClusterNetworkRole; name?: string }
  | { type: 'clusterAddSharedVolume'; cluster: string; disk: string };

export type ClusterQuery =
  | { type: 'clusters' }
  | { type: 'cluster'; name: string }
  | { type: 'clusterNodes'; name: string }
  | { type: 'clusterQuorum'; name: string }
  | { type: 'clusterProperties'; name: string }
  | { type: 'clusterNetwork'; name: string; network: string }
  | { type: 'clusterSharedVolumes'; name: string };

export interface ClusterQueryAnswers {
  clusters: { clusters: ClusterSummary[] };
  cluster: Cluster;
  clusterNodes: { nodes: ClusterNode[] };
  clusterQuorum: QuorumView;
  clusterProperties: ClusterProperties;
  clusterNetwork: ClusterNetwork;
  clusterSharedVolumes: SharedVolumesView;
}

export const clusterDescriptor = defineDomain<{
  entities: { clusters: Cluster };
  command: ClusterCommand;
  query: ClusterQuery;
  answers: ClusterQueryAnswers;
}>()({
  name: 'cluster',
  collections: [CLUSTERS_COLLECTION],
  schemaVersion: 1,
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).clusterSchemas,
});
