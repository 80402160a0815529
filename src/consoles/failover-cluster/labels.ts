// Failover Cluster Manager's words (Windows Server 2008 R2's snap-in) in one place, so a later
// version skin changes them here. Wording recalled from 2008 R2 and not checked against a
// screenshot or the facts file is marked UNVERIFIED beside it.
import type { ClusterDiskUsage, ClusterNetworkRole, ClusterNodeDownReason, ClusterNodeState } from '../../domain/cluster';
import { ACTION_LABELS } from './action-labels';

/** The snap-in's first page (the root node). UNVERIFIED: the overview sentences are recalled, not copied from a capture. */
export const OVERVIEW = {
  heading: 'Failover Cluster Manager',
  intro: 'Create failover clusters, validate hardware for potential failover clusters, and perform configuration changes to your failover clusters.',
  overviewTitle: 'Overview',
  overview:
    'A failover cluster is a set of independent computers that work together to increase the availability of services and applications. The clustered servers (called nodes) are connected by physical cables and by software. If one of the nodes fails, another node begins to provide services (a process known as failover).',
  clustersTitle: 'Clusters',
  noClusters: 'No clusters are managed by this console yet.',
  managementTitle: 'Management',
  management:
    'To begin to use failover clustering, first validate your hardware configuration, and then create a cluster. After these steps are complete, you can manage the cluster.',
  validate: 'Validate a Configuration…',
  create: 'Create a Cluster…',
  manage: ACTION_LABELS.manage,
} as const;

/** The cluster's summary page. */
export const SUMMARY = {
  title: (cluster: string) => `Summary of ${cluster}`,
  counts: (cluster: string, services: number, nodes: number) =>
    `${cluster} has ${services} clustered service${services === 1 ? '' : 's'} and application${services === 1 ? '' : 's'} and ${nodes} node${nodes === 1 ? '' : 's'}.`,
  name: 'Name',
  currentHost: 'Current Host Server',
  state: 'Status',
  address: 'IP Address',
  quorum: 'Quorum Configuration',
  votes: 'Votes',
  events: 'Recent Cluster Events',
  noEvents: 'None in the last hour',
  networks: 'Networks',
  subnets: 'Subnets',
  subnetCount: (ipv4: number) => `${ipv4} IPv4 and 0 IPv6`,
  navigate: 'Navigate',
  offline: 'The cluster is offline: no side holds quorum.',
  creating: 'The cluster is being created.',
} as const;

export const NODE_STATE_LABELS: Record<ClusterNodeState, string> = { Up: 'Up', Down: 'Down', Paused: 'Paused', Joining: 'Joining' };

/** Why a node is Down, in the lab's words (the snap-in shows only "Down"). */
export const DOWN_REASONS: Record<ClusterNodeDownReason, string> = {
  off: 'The server is not running.',
  'service-stopped': 'The Cluster service was stopped on this node (Stop Cluster Service). Start Cluster Service brings it back.',
  removed: 'The other nodes removed it from the active membership: no cluster network reached it (event 1135).',
  'quorum-lost': 'Its side of the cluster lost quorum and its Cluster service stopped (event 1177); it rejoins when the other nodes reach it again.',
};

export const NODES = {
  list: 'Nodes',
  name: 'Name',
  status: 'Status',
  nodeId: 'Node ID',
  votes: 'Votes',
  title: (node: string) => `Summary of ${node}`,
  why: 'Why it is down',
  nodeWeight: 'Configured vote (NodeWeight)',
  dynamicWeight: 'Current vote (DynamicWeight)',
  interfaces: 'Network connections',
  network: 'Network',
  adapter: 'Adapter',
  address: 'IP Address',
  actionsTitle: 'What you can do with this node',
} as const;


export const DISK_USAGE_LABELS: Record<ClusterDiskUsage, string> = {
  witness: 'Disk Witness in Quorum',
  csv: 'Cluster Shared Volume',
  available: 'Available Storage',
};

export const STORAGE = {
  title: 'Summary of Storage',
  total: 'Total Capacity',
  list: 'Storage',
  name: 'Name',
  status: 'Status',
  owner: 'Current Owner',
  usage: 'Used as',
  capacity: 'Capacity',
  none: 'There is no storage in this cluster.',
} as const;

export const CSV = {
  title: 'Summary of Cluster Shared Volumes',
  list: 'Cluster Shared Volumes',
  name: 'Name',
  status: 'Status',
  path: 'Path',
  owner: 'Current Owner',
  capacity: 'Capacity',
  /** UNVERIFIED wording: the status of a volume some node reaches through its coordinator ("Online (Redirected Access)"). */
  redirected: 'Redirected Access',
  none: 'No disk has been added to Cluster Shared Volumes yet: Add storage puts one there.',
  onEveryNode: 'Each volume appears on every node under C:\\ClusterStorage.',
  addStorage: ACTION_LABELS.addStorage,
} as const;

/** Add Storage (the CSV node's Add storage). UNVERIFIED wording. */
export const ADD_STORAGE = {
  title: 'Add Storage',
  intro: 'Select the disk or disks that you want to add.',
  disks: 'Available disks',
  none: 'No disk can be added: every cluster disk is the witness or already a Cluster Shared Volume.',
  ok: 'OK',
  cancel: 'Cancel',
} as const;

/** Enable Cluster Shared Volumes (2008 R2 shows this notice first). UNVERIFIED: the notice's text is recalled. */
export const ENABLE_CSV = {
  title: 'Enable Cluster Shared Volumes',
  notice:
    'The Cluster Shared Volumes feature is only supported for use with the Hyper-V role. The creation, reproduction and storage of files on Cluster Shared Volumes that were not created for the Hyper-V role, including any user or application data stored under the ClusterStorage folder of the system drive on every node, are not supported and may result in unpredictable behavior, including data corruption or data loss on these shared volumes. Only install files for the Hyper-V role on Cluster Shared Volumes.',
  read: 'I have read the above notice',
  mustRead: 'Check "I have read the above notice" to continue.',
  ok: 'OK',
  cancel: 'Cancel',
  already: 'Cluster Shared Volumes are enabled on this cluster.',
} as const;

/** Cluster Properties: the heartbeat settings 2008 R2 keeps as cluster common properties (cluster.exe /prop). UNVERIFIED: the dialog's layout is the lab's. */
export const CLUSTER_PROPERTIES = {
  title: (cluster: string) => `${cluster} Properties`,
  heartbeat: 'Heartbeats',
  quorumGroup: 'Quorum',
  SameSubnetDelay: 'SameSubnetDelay (ms between heartbeats on one subnet)',
  SameSubnetThreshold: 'SameSubnetThreshold (missed heartbeats before a route is down)',
  CrossSubnetDelay: 'CrossSubnetDelay (ms between heartbeats across subnets)',
  CrossSubnetThreshold: 'CrossSubnetThreshold (missed heartbeats across subnets)',
  DynamicQuorum: 'Dynamic quorum (DynamicQuorum)',
  noDynamicQuorum: 'Windows Server 2008 R2 has no dynamic quorum (it came with Windows Server 2012).',
  range: (min: number, max: number) => `From ${min} to ${max}.`,
  ok: 'OK',
  cancel: 'Cancel',
} as const;

/** Cluster use as 2008 R2's Networks list shows the role. */
export const NETWORK_ROLE_LABELS: Record<ClusterNetworkRole, string> = { 'cluster-and-client': 'Enabled', cluster: 'Internal', none: 'Disabled' };

export const NETWORKS = {
  list: 'Networks',
  name: 'Name',
  status: 'Status',
  use: 'Cluster Use',
  subnet: 'Subnets',
  labNetwork: 'Lab network',
  title: (network: string) => `Summary of ${network}`,
  interfaces: 'Network Connections',
  node: 'Node',
  adapter: 'Adapter',
  address: 'IP Address',
  state: 'Status',
  iscsiNote:
    'This network carries iSCSI storage traffic. Set it to "Do not allow cluster network communication on this network" (Properties) so cluster heartbeats and Cluster Shared Volume redirection stay off the storage paths.',
  adminLabel: 'Administration',
  adminNetwork: 'The cluster’s administration address is on this network',
} as const;

/** A cluster network's Properties (2008 R2). */
export const NETWORK_PROPERTIES = {
  title: (network: string) => `${network} Properties`,
  name: 'Name:',
  allow: 'Allow cluster network communication on this network',
  clients: 'Allow clients to connect through this network',
  deny: 'Do not allow cluster network communication on this network',
  communication: 'Cluster network communication',
  emptyName: 'Type a name for the network.',
  ok: 'OK',
  cancel: 'Cancel',
} as const;

export const SERVICES = {
  title: 'Services and applications',
  list: 'Services and applications',
  name: 'Name',
  status: 'Status',
  type: 'Type',
  owner: 'Current Owner',
  none: 'There are no clustered services or applications in this cluster.',
  /** Shown while no node owns a role. */
  noOwner: '',
} as const;

/** A role's page (a service or application under Services and applications). UNVERIFIED: the layout is recalled. */
export const ROLE_PAGE = {
  title: (role: string) => `Summary of ${role}`,
  name: 'Name',
  status: 'Status',
  alerts: 'Alerts',
  noAlerts: '<none>',
  preferredOwners: 'Preferred Owners',
  anyNode: '<none>',
  owner: 'Current Owner',
  lastError: 'Last failure',
  resources: 'Resources',
  resourceName: 'Name',
  resourceStatus: 'Status',
  resourceType: 'Type',
  actionsTitle: 'What you can do with this service or application',
  latestMigration: 'Latest migration',
} as const;

/** A role's Properties: General and Failover tabs. UNVERIFIED: the sentences under the fields are recalled. */
export const ROLE_PROPERTIES = {
  title: (role: string) => `${role} Properties`,
  general: 'General',
  failover: 'Failover',
  name: 'Name',
  preferredOwners: 'Preferred owners:',
  preferredOwnersHint: 'Select the preferred owners for this service or application. Use the buttons to list them in order from most preferred at the top to least preferred at the bottom.',
  up: 'Up',
  down: 'Down',
  status: 'Status',
  owner: 'Current owner',
  failoverGroup: 'Failover',
  failoverHint: 'Specify the number of times the Cluster service will attempt to restart or fail over the service or application in the specified period.',
  failoverThreshold: 'Maximum failures in the specified period:',
  failoverPeriodHours: 'Period (hours):',
  failbackGroup: 'Failback',
  failbackHint: 'Specify whether the service or application will automatically fail back to the most preferred owner (which is set on the General tab).',
  prevent: 'Prevent failback',
  allow: 'Allow failback',
  immediately: 'Immediately',
  window: 'Failback between',
  and: 'and',
  hours: 'hours',
  windowStart: 'Failback window start',
  windowEnd: 'Failback window end',
  ok: 'OK',
  cancel: 'Cancel',
  apply: 'Apply',
  range: (field: string, min: number, max: number) => `${field} must be a whole number from ${min} to ${max}.`,
  needsOwner: 'Failback goes back to the most preferred owner: with none ticked on the General tab, nothing fails back.',
} as const;

export const EVENTS = {
  list: 'Cluster Events',
  /** After Event Viewer's Level, Date and Time, Source and Event ID (src/ui/events/event-list.tsx). */
  node: 'Node',
  none: 'There are no cluster events from this cluster’s nodes.',
  count: (count: number) => `Number of events: ${count}`,
} as const;

/**
 * Live migration settings: 2008 R2's "Network for live migration" tab (the networks in order with
 * Up, Down and check boxes) and the lab's own settings (its words: Hyper-V 2008 R2 has no such page).
 */
export const MIGRATION_SETTINGS = {
  title: (role: string) => `Live migration settings for ${role}`,
  sheet: 'Live migration settings',
  networksTab: 'Network for live migration',
  networksHint: 'Select the cluster networks live migration may use. Use the buttons to list them in order from most preferred at the top to least preferred at the bottom.',
  settingsTab: 'Settings',
  settingsHint: 'The lab’s live migration model: pre-copy stops when the pages left fit in the downtime target; clients keep their connections while the pause stays below the TCP timeout.',
  downtimeTarget: 'Downtime target (ms)',
  tcpTimeout: 'TCP timeout (ms)',
  switchOver: 'Device state and switch-over time (ms)',
  simultaneous: 'Simultaneous live migrations',
  notConfigurable: 'Windows Server 2008 R2 runs one live migration at a time per node; the others queue.',
  passLimit: 'Pre-copy pass limit of this version',
  up: 'Up',
  down: 'Down',
  ok: 'OK',
  cancel: 'Cancel',
  apply: 'Apply',
  noNetwork: 'Network for live migration: select at least one network.',
  range: (field: string, min: number, max: number) => `${field}: enter a whole number from ${min} to ${max}.`,
  failed: 'The live migration settings could not be read',
} as const;
