// The words the console's first load needs (tree, Actions pane, the node actions' prompts and
// why they are greyed): kept apart from labels.ts so the views' and dialogs' words load with them.
// Wording recalled from 2008 R2 and not checked against a capture is marked UNVERIFIED beside it.

export const FCM = 'Failover Cluster Manager';

/** The Actions pane's entries that open this console's dialogs. */
export const ACTION_LABELS = {
  manage: 'Manage a Cluster…',
  enableCsv: 'Enable Cluster Shared Volumes…',
  properties: 'Properties',
  addStorage: 'Add storage',
} as const;

/** Manage a Cluster… (2008 R2's "Select Cluster" prompt). UNVERIFIED wording. */
export const MANAGE = {
  title: 'Select Cluster',
  cluster: 'Cluster name:',
  none: 'There is no cluster in this lab yet: create one first.',
  ok: 'OK',
  cancel: 'Cancel',
} as const;

export const TREE = {
  services: 'Services and applications',
  nodes: 'Nodes',
  storage: 'Storage',
  sharedVolumes: 'Cluster Shared Volumes',
  networks: 'Networks',
  events: 'Cluster Events',
} as const;

/** Node actions. 2008 R2 puts the two service actions under a "More Actions" submenu; the shell's lists are flat, so they follow Resume. */
export const NODE_ACTIONS = {
  pause: 'Pause',
  /** 2012 and later: Pause's submenu entry, listed flat. */
  pauseDrain: 'Pause → Drain Roles',
  resume: 'Resume',
  stopService: 'Stop Cluster Service',
  startService: 'Start Cluster Service',
  evict: 'Evict',
  // UNVERIFIED: the eviction prompt's wording.
  evictTitle: 'Please confirm action',
  evictMessage: (node: string, cluster: string) => `Are you sure you want to evict the node ${node} from the cluster ${cluster}?`,
  evictAffects: (node: string) => [`${node} leaves the cluster: its Cluster service stops and its cluster configuration is removed (event 1011)`, 'The cluster’s votes are counted again without it'],
  stopTitle: 'Stop Cluster Service',
  stopMessage: (node: string) => `Stop the Cluster service on ${node}? The node goes Down until its Cluster service is started again.`,
  failed: (label: string) => `${label} failed`,
} as const;

/** Why a node action is greyed for the node's state (the lab's words). */
export const NODE_ACTION_REASONS = {
  pauseNotUp: 'Only a node that is Up can be paused.',
  resumeNotPaused: 'Only a paused node can be resumed.',
  stopDown: 'The Cluster service is not running on this node.',
  startNotStopped: 'The Cluster service is running, or the node is down for another reason than a stopped service.',
  evictLast: 'The last node of a cluster cannot be evicted.',
} as const;

/**
 * A role's actions beside ROLE_ACTION_LABELS (src/domain/cluster/role-facts.ts: Bring this service
 * or application online, Take … offline, Move … to another node). UNVERIFIED: 2008 R2 may word
 * them "… virtual machine …" for a virtual machine's role; no capture was found (facts §2.4).
 */
export const ROLE_ACTIONS = {
  properties: 'Properties',
  /** One entry of the move submenu, as 2008 R2 numbers them. */
  moveTo: (index: number, node: string) => `${index} - Move to node ${node}`,
  moveTitle: 'Move this service or application to another node',
  moveDescription: (role: string) => `Select the node that ${role} moves to. A virtual machine is saved, its storage moves, and it is restored on that node (quick migration).`,
  cancel: 'Cancel',
  failed: (label: string) => `${label} failed`,
} as const;

/**
 * A virtual machine role's migration actions as 2008 R2 words them (facts Part A §2.4): two
 * submenus, each with "Best possible node" then one numbered entry per other node. The quick one
 * is the engine's quick migration (the same path as Move … to another node on an online role).
 */
export const MIGRATE_ACTIONS = {
  live: 'Live migrate virtual machine to another node',
  quick: 'Move virtual machine(s) to another node',
  liveTo: (index: number, node: string) => `${index} - Live migrate to node ${node}`,
  quickTo: (index: number, node: string) => `${index} - Move to node ${node}`,
  bestNode: 'Best possible node',
  liveDescription: (role: string) => `Select the node that ${role} is live migrated to. It keeps running while its memory is copied; clients keep their connections when the pause stays below the TCP timeout.`,
  quickDescription: (role: string) => `Select the node that ${role} moves to. It is saved, its storage moves, and it is restored on that node: offline the whole time (quick migration).`,
  settings: 'Live migration settings…',
} as const;

/** Why a migration action is greyed (the lab's words). */
export const MIGRATE_REASONS = {
  notOnline: 'Only a virtual machine that is online can be migrated.',
  inProgress: (state: string) => `A migration of this virtual machine is ${state.toLowerCase()} already.`,
} as const;

/** UNVERIFIED: the Status column while a migration of the role is open (2008 R2 words it so, as recalled). */
export const MIGRATION_STATUS = {
  Queued: 'Queued',
  Running: 'Live Migrating',
} as const;

/** Why a role action is greyed for the role's state (the lab's words). */
export const ROLE_ACTION_REASONS = {
  clusterNotOnline: 'The cluster is not online.',
  pending: 'The service or application is changing state: wait until it is online or offline.',
  alreadyOnline: 'The service or application is online already.',
  alreadyOffline: 'The service or application is offline already.',
  noOtherNode: 'No other node of the cluster is Up.',
  nodeNotUp: (node: string, state: string) => `${node} is ${state}.`,
} as const;
