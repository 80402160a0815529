// The migration domain's descriptor: live and quick migrations of highly available virtual
// machines between the nodes of a cluster (one entity each, kept after they end: the consoles'
// timelines and jobs list read them), and each cluster's migration settings. Facts: facts.ts.
import { defineDomain } from '../descriptor';
import type { OsVersion } from '../lab';
import type { MigrationPhase, MigrationState, MigrationType } from './facts';
import type { HostRatingsAnswer } from './ratings';

export * from './facts';
export * from './ratings';

export const MIGRATIONS_COLLECTION = 'migrations';
export const MIGRATION_SETTINGS_COLLECTION = 'migrationSettings';

/** One pre-copy pass: what it sent, what the guest dirtied meanwhile (the next pass sends that), how long it took. */
export interface MigrationPass {
  bytesSent: number;
  bytesDirtied: number;
  durationMs: number;
}

/** When a phase began (the timeline of the picture). */
export interface MigrationTimelineEntry {
  phase: MigrationPhase;
  atMs: number;
}

/** The step running now: what it moves and when it ends (progress bars read it). */
export interface MigrationStep {
  phase: MigrationPhase;
  /** Bytes this step sends or writes (0 for steps that move none). */
  bytes: number;
  startedMs: number;
  dueMs: number;
}

export interface Migration {
  /** "mig-0001". */
  id: string;
  /** The cluster's name as created ("Cluster1"). */
  cluster: string;
  /** The role's name (the virtual machine's name). */
  role: string;
  /** The virtual machine's name and id (VirtualMachine.id). */
  vm: string;
  vmId: string;
  /** Node names. */
  source: string;
  destination: string;
  /** The destination was chosen as the best possible node. */
  bestPossibleNode: boolean;
  type: MigrationType;
  state: MigrationState;
  /** The phase running now, or the last one reached once ended; null while Queued. */
  phase: MigrationPhase | null;
  /** Pre-copy passes done so far (live only; the stop-and-copy is not a pass). */
  passes: MigrationPass[];
  current: MigrationStep | null;
  /** The VM's memory M. */
  memoryBytes: number;
  /** B: the live-migration network's rate (the slower NIC of the two nodes on it); quick: the state file's rate. */
  bandwidthBytesPerS: number;
  /** The cluster network carrying it (live), or null (quick; or not started). */
  network: string | null;
  /** Settings taken when it started. */
  passLimit: number;
  downtimeTargetMs: number;
  tcpTimeoutMs: number;
  switchOverMs: number;
  requestedMs: number;
  startedMs: number | null;
  endedMs: number | null;
  /** From start to end (null until ended). */
  totalMs: number | null;
  /** The blackout: stop-and-copy + switch-over (live); the whole time (quick). Null until known. */
  downtimeMs: number | null;
  /** Downtime below the TCP timeout; null until known. */
  clientsKeptConnection: boolean | null;
  /** Why it was cancelled or failed. */
  reason: string | null;
  timeline: MigrationTimelineEntry[];
}

/** Settings → Network for live migration and the cluster's live-migration options. */
export interface MigrationSettings {
  downtimeTargetMs: number;
  tcpTimeoutMs: number;
  /** Device state and switch-over time added to the blackout. */
  switchOverMs: number;
  /** Cluster network names in preference order; tried in order until one joins both nodes. */
  networkOrder: string[];
  /** Live migrations a node takes part in at once (fixed at 1 on 2008 R2). */
  simultaneousLiveMigrations: number;
}

/** A cluster's stored settings; absent until set (the defaults apply). `networkOrder` null: the cluster's default order. */
export interface MigrationSettingsEntity extends Omit<MigrationSettings, 'networkOrder'> {
  /** The cluster's id. */
  id: string;
  networkOrder: string[] | null;
}

/** GET /clusters/{name}/migration-settings: what applies now. */
export interface MigrationSettingsView extends MigrationSettings {
  cluster: string;
  osVersion: OsVersion;
  passLimit: number;
  /** The network order is the cluster's default (private networks first). */
  networkOrderIsDefault: boolean;
  /** simultaneousLiveMigrations may be changed (2012 and later). */
  simultaneousConfigurable: boolean;
}

/** A change of settings: the fields given; `networkOrder: null` goes back to the cluster's default order. */
export type MigrationSettingsRequest = Partial<Omit<MigrationSettings, 'networkOrder'>> & { networkOrder?: string[] | null };

export type MigrationCommand =
  /** Live or quick migrate a role to `node`, or to the best possible node when absent. */
  | { type: 'migrationStart'; cluster: string; role: string; node?: string; migrationType: MigrationType }
  | ({ type: 'migrationSetSettings'; cluster: string } & MigrationSettingsRequest)
  /** Cancel a queued or running live migration (Move-ClusterVirtualMachineRole -Cancel). */
  | { type: 'migrationCancel'; id: string };

export type MigrationQuery =
  | { type: 'migration'; id: string }
  /** All, one cluster's, or one role's (with its cluster) migrations. */
  | { type: 'migrations'; cluster?: string; role?: string }
  | { type: 'migrationSettings'; cluster: string }
  /** Select Host's ratings (Virtual Machine Manager): every other node of the role's cluster. */
  | { type: 'migrationHostRatings'; cluster: string; role: string };

export interface MigrationQueryAnswers {
  migration: Migration;
  /** Newest first. */
  migrations: { migrations: Migration[] };
  migrationSettings: MigrationSettingsView;
  migrationHostRatings: HostRatingsAnswer;
}

export const migrationDescriptor = defineDomain<{
  entities: { migrations: Migration; migrationSettings: MigrationSettingsEntity };
  command: MigrationCommand;
  query: MigrationQuery;
  answers: MigrationQueryAnswers;
}>()({
  name: 'migration',
  collections: [MIGRATIONS_COLLECTION, MIGRATION_SETTINGS_COLLECTION],
  schemaVersion: 1,
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).migrationSchemas,
});
