// The cluster domain's descriptor: failover clusters made by Create Cluster, with their nodes,
// networks, disks (witness and Cluster Shared Volumes), quorum and heartbeat properties; the
// commands of Failover Cluster Manager and the reads its views make. Facts: facts.ts.
import { defineDomain } from '../descriptor';
import type { OsVersion } from '../lab';
import type { FailbackPolicy, ResourceState, ResourceType, RoleAction, RoleState, RoleType } from './role-facts';
import type {
  ClusterDiskState,
  ClusterDiskUsage,
  CsvAccess,
  ClusterNetworkRole,
  ClusterNetworkState,
  ClusterNodeDownReason,
  ClusterNodeState,
  HeartbeatSettings,
  QuorumMode,
} from './facts';

export * from './facts';
export * from './role-facts';
export * from './create-steps';
export * from './names';

export const CLUSTERS_COLLECTION = 'clusters';
/** The cluster's roles (services and applications), one entity each: 8,000 of them change one at a time. */
export const CLUSTER_ROLES_COLLECTION = 'clusterRoles';

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
  /**
   * A Cluster Shared Volume's access from each member node that is running (node order); the
   * coordinator is `ownerNode`. Absent on other disks (and on labs saved before it existed).
   */
  csvAccess?: CsvNodeAccess[];
}

/** How one node reaches a Cluster Shared Volume now, and since when. */
export interface CsvNodeAccess {
  node: string;
  access: CsvAccess;
  sinceMs: number;
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

/** A Cluster Shared Volume as its view lists it: each running node's access, and whether any is redirected. */
export interface SharedVolume extends ClusterDisk {
  nodes: CsvNodeAccess[];
  /** Some node reaches it through the coordinator ("Redirected Access" in the console). */
  redirectedAccess: boolean;
}

export interface SharedVolumesView {
  enabled: boolean;
  volumes: SharedVolume[];
  /** Disks that may be added (available, not the witness). */
  eligible: ClusterDisk[];
}

/** A resource of a role, with its health and restart bookkeeping. */
export interface ClusterResource {
  /** "Virtual Machine VM1" (role-facts.ts names them). */
  name: string;
  type: ResourceType;
  state: ResourceState;
  /** For a disk resource: the cluster disk it stands for ("Cluster Disk 2"); else null. */
  disk: string | null;
  /** Times of the failures counted against RestartThreshold inside RestartPeriod (oldest first). */
  restartFailuresMs: number[];
}

/** A role: on 2008 R2 a "service or application"; the lab's roles are highly available virtual machines. */
export interface ClusterRole {
  /** "<CLUSTER ID>/<ROLE NAME UPPER-CASED>": names are unique per cluster, without case. */
  id: string;
  /** The cluster's id (Cluster.id). */
  cluster: string;
  /** The role's name: the virtual machine's name. */
  name: string;
  type: RoleType;
  /** The virtual machine (VirtualMachine.id) it makes highly available. */
  vmId: string;
  state: RoleState;
  /** The node that owns it now (its computer name); null while no node can. */
  ownerNode: string | null;
  /** Preferred owners in order (node names); empty: any node. */
  preferredOwners: string[];
  /** Maximum failures in the specified period; FAILOVER_THRESHOLD_NODES_MINUS_ONE means nodes − 1. */
  failoverThreshold: number;
  failoverPeriodHours: number;
  failback: FailbackPolicy;
  /** Times the group failed over inside the period (oldest first). */
  failoversMs: number[];
  resources: ClusterResource[];
  createdMs: number;
  /** Why it is Failed or could not come online (the last 1069/1205 reason), else null. */
  lastError: string | null;
  /** The administrator's wish (PersistentState): brought online and not taken offline since. */
  wantedOnline: boolean;
  /** When its Virtual Machine resource last came Online: LooksAlive polls are counted from it; null while not Online. */
  onlineSinceMs: number | null;
  /** What the cluster is doing to it now (a start, a stop, a move, a restart or a failover), else null. */
  pending: RolePending | null;
}

/** A change of a role in progress: it ends when its virtual machine reaches the state it waits for. */
export interface RolePending {
  action: 'start' | 'stop' | 'move' | 'restart' | 'failover';
  /** For a quick move: the node it goes to (the VM is saved on the owner, then restored there). */
  targetNode: string | null;
  sinceMs: number;
}

/** One row of Services and applications (GET /clusters/{name}/roles). */
export interface ClusterRoleSummary {
  name: string;
  type: RoleType;
  state: RoleState;
  ownerNode: string | null;
}

/** A virtual machine Configure a Service or Application could offer, and why it is not eligible. */
export interface RoleCandidate {
  host: string;
  vm: string;
  state: string;
  /** null when it may be made highly available; else the reason (files not on cluster storage, already a role, …). */
  notEligible: string | null;
}

export interface RoleProperties {
  preferredOwners?: string[];
  failoverThreshold?: number;
  failoverPeriodHours?: number;
  failback?: FailbackPolicy;
}

export type ClusterNodeAction = 'pause' | 'resume' | 'evict' | 'stop-service' | 'start-service';

export type ClusterCommand =
  | { type: 'clusterCreate'; name: string; nodes: string[]; address: string; addStorage?: boolean; validation?: string }
  | { type: 'clusterSetProperties'; cluster: string; properties: Partial<ClusterProperties> }
  /** `drain` with pause: Pause → Drain Roles (2012 and later): paused, its online roles live migrated off. */
  | { type: 'clusterNodeAction'; cluster: string; node: string; action: ClusterNodeAction; drain?: boolean }
  | { type: 'clusterSetQuorum'; cluster: string; mode: QuorumMode; witnessDisk?: string; fileShare?: string }
  | { type: 'clusterSetNetwork'; cluster: string; network: string; role?: ClusterNetworkRole; name?: string }
  | { type: 'clusterAddSharedVolume'; cluster: string; disk: string }
  /** Configure a Service or Application → Virtual Machine: one role per selected machine. */
  | { type: 'clusterRoleCreate'; cluster: string; roleType: RoleType; vms: { host: string; vm: string }[] }
  | ({ type: 'clusterRoleSetProperties'; cluster: string; role: string } & RoleProperties)
  /** start: bring online; stop: take offline; move: to `node`, or the best possible node when absent. */
  | { type: 'clusterRoleAction'; cluster: string; role: string; action: RoleAction; node?: string };

export type ClusterQuery =
  | { type: 'clusters' }
  | { type: 'cluster'; name: string }
  | { type: 'clusterNodes'; name: string }
  | { type: 'clusterQuorum'; name: string }
  | { type: 'clusterProperties'; name: string }
  | { type: 'clusterNetwork'; name: string; network: string }
  | { type: 'clusterSharedVolumes'; name: string }
  | { type: 'clusterRoles'; name: string }
  | { type: 'clusterRole'; name: string; role: string }
  | { type: 'clusterRoleCandidates'; name: string };

export interface ClusterQueryAnswers {
  clusters: { clusters: ClusterSummary[] };
  cluster: Cluster;
  clusterNodes: { nodes: ClusterNode[] };
  clusterQuorum: QuorumView;
  clusterProperties: ClusterProperties;
  clusterNetwork: ClusterNetwork;
  clusterSharedVolumes: SharedVolumesView;
  clusterRoles: { roles: ClusterRoleSummary[] };
  clusterRole: ClusterRole;
  clusterRoleCandidates: { candidates: RoleCandidate[] };
}

export const clusterDescriptor = defineDomain<{
  entities: { clusters: Cluster; clusterRoles: ClusterRole };
  command: ClusterCommand;
  query: ClusterQuery;
  answers: ClusterQueryAnswers;
}>()({
  name: 'cluster',
  collections: [CLUSTERS_COLLECTION, CLUSTER_ROLES_COLLECTION],
  // 2: the roles (clusterRoles), none in a lab saved before.
  schemaVersion: 2,
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).clusterSchemas,
});
