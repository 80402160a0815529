// The engine's public state and command types. src/api re-exports them with `import type`;
// nothing outside the engine constructs these by hand except tests.
import type { EventLevel, EventLogName } from '../domain/event-log';
import type { ErrorKind } from '../domain/errors';
import type { OsVersion, ScenarioName } from '../domain/lab';
import type { PowerAction, PowerState } from '../domain/power';

import type { StarWindCollections, StarWindCommand, StarWindEngineSnapshot, StarWindQuery, StarWindQueryAnswers } from './starwind-types';

export type { EventLevel, EventLogName, ErrorKind, OsVersion, ScenarioName, PowerAction, PowerState };
export type * from './starwind-types';

// ---------------------------------------------------------------------------------------------
// Lab parameters

export interface ScenarioOptions {
  osVersion: OsVersion;
  /** Cluster node candidates Demo1..DemoN, 2 to 64. */
  clusterNodes: number;
  /** Calendar time (UTC ms) of virtual time 0; event timestamps are startEpochMs + timeMs. */
  startEpochMs: number;
  /**
   * Share of a sync link's speed that StarWind synchronisation achieves (0.01 to 1); absent =
   * SYNC_EFFICIENCY_DEFAULT (1.0). Optional so that labs made before issue 3 keep their params.
   */
  syncEfficiency?: number;
  /** How long a silent partner takes to be declared lost, ms; absent = PARTNER_LOSS_DETECTION_MS_DEFAULT (5000). */
  partnerLossDetectionMs?: number;
}

export interface LabParams {
  seed: number;
  scenario: ScenarioName;
  options: ScenarioOptions;
}

/** What a caller may pass: every option has a default. */
export interface LabParamsInput {
  seed?: number;
  scenario?: ScenarioName;
  options?: Partial<ScenarioOptions>;
}

// ---------------------------------------------------------------------------------------------
// Entities. Every entity has a deterministic `id`; hosts and networks use their names.

export type HostRole = 'domain-controller' | 'storage' | 'cluster-node';

export interface Nic {
  /** The connection name as Network Connections shows it, e.g. "Public", "iSCSI". */
  name: string;
  /** Name of the network it is cabled to. */
  network: string;
  ip: string;
  prefixLength: number;
  linkUp: boolean;
  speedBitsPerS: number;
  /** Deterministic MAC, e.g. "00-15-5D-64-00-15". */
  mac: string;
}

export interface Volume {
  /** "C", "D". */
  letter: string;
  label: string;
  sizeBytes: number;
  freeBytes: number;
}

/** A power change in progress: when it started and when it completes. */
export interface PowerTransition {
  action: PowerAction;
  startedMs: number;
  dueMs: number;
}

export interface Host {
  id: string;
  name: string;
  role: HostRole;
  /** Display name of the OS, e.g. "Windows Server 2008 R2 Enterprise". */
  os: string;
  osVersion: OsVersion;
  domain: string;
  powerState: PowerState;
  powerTransition: PowerTransition | null;
  /** Virtual time of the last completed boot, or null when off since the lab began. */
  lastBootMs: number | null;
  /** Set by a hard power-off; the next start logs 6008 with this time and clears it. */
  uncleanShutdownMs: number | null;
  nics: Nic[];
  volumes: Volume[];
  /** Installed roles and features (Server Manager names); empty on a fresh node. */
  features: string[];
}

export interface Network {
  id: string;
  name: string;
  cidr: string;
  /** What the seed document uses it for. */
  purpose: string;
}

/** Collections that change batches carry, by name. Later domains add theirs here. */
export interface EntityCollections extends StarWindCollections {
  hosts: Host;
  networks: Network;
}
export type CollectionName = keyof EntityCollections;

// ---------------------------------------------------------------------------------------------
// Events

export interface LabEvent {
  seq: number;
  timeMs: number;
  host: string;
  log: EventLogName;
  source: string;
  eventId: number;
  level: EventLevel;
  message: string;
}

export interface EventFilter {
  /** Only events with seq greater than this. */
  since?: number;
  host?: string;
  log?: EventLogName;
  source?: string;
  level?: EventLevel;
  /** Oldest first; at most this many. */
  limit?: number;
}

// ---------------------------------------------------------------------------------------------
// Commands, results, errors

export type Command =
  | { type: 'setPower'; host: string; action: PowerAction }
  | { type: 'setNicLink'; host: string; nic: string; linkUp: boolean }
  | StarWindCommand;
export type CommandType = Command['type'];

export interface LabError {
  /** Dotted code, e.g. "host.not_found", "power.already_on". */
  code: string;
  kind: ErrorKind;
  /** One sentence for a person. */
  message: string;
  /** Field messages keyed by the request field they concern. */
  errors?: Record<string, string>;
}

export type DispatchResult =
  | { ok: true; version: number; changed: boolean }
  | { ok: false; error: LabError };

// ---------------------------------------------------------------------------------------------
// Change batches

export interface CollectionChanges<T> {
  upsert: T[];
  remove: string[];
}

export type BatchChanges = { [K in CollectionName]?: CollectionChanges<EntityCollections[K]> };

export interface ChangeBatch {
  fromVersion: number;
  toVersion: number;
  nowMs: number;
  /** True for a full-state batch (from version 0): the receiver replaces what it holds. */
  full: boolean;
  changes: BatchChanges;
  events: LabEvent[];
}

// ---------------------------------------------------------------------------------------------
// Reads

export type Query =
  | { type: 'hosts' }
  | { type: 'host'; name: string }
  | { type: 'networks' }
  | { type: 'events'; filter: EventFilter }
  | StarWindQuery;

export interface QueryAnswers extends StarWindQueryAnswers {
  hosts: { hosts: Host[] };
  host: Host;
  networks: { networks: Network[] };
  events: { events: LabEvent[] };
}

export type QueryResult = { ok: true; value: unknown } | { ok: false; error: LabError };

// ---------------------------------------------------------------------------------------------
// Snapshots

/** Everything needed to resume a lab exactly: plain JSON, versioned. */
export interface LabSnapshot {
  snapshotVersion: 1;
  params: LabParams;
  nowMs: number;
  version: number;
  kernel: KernelSnapshot;
  entities: { [K in CollectionName]: EntityCollections[K][] };
  events: LabEvent[];
  /** StarWind state kept out of entities (passwords, image files, block state). Absent before issue 3. */
  starwind?: StarWindEngineSnapshot;
}

export interface TimerRecord {
  dueMs: number;
  seq: number;
  kind: string;
  /** Timers with a key replace an earlier timer of the same key. */
  key: string | null;
  data: unknown;
}

export interface KernelSnapshot {
  timerSeq: number;
  eventSeq: number;
  /** Seeded random streams by domain name: their internal state words. */
  streams: Record<string, number[]>;
  /** Deterministic id sequences by prefix. */
  idSeqs: Record<string, number>;
  timers: TimerRecord[];
}

// ---------------------------------------------------------------------------------------------
// The lab

export interface Lab {
  readonly params: LabParams;
  nowMs(): number;
  /** Bumped once by each dispatch or advance that changed anything. */
  version(): number;
  /** Validates against the current state, then applies or rejects; a rejection changes nothing. */
  dispatch(command: Command): DispatchResult;
  /**
   * Runs every check of `dispatch` without applying anything (the wizards' `?validate=only`).
   * Warnings are allowed choices worth a second look, keyed by field (e.g. a single point of failure).
   */
  validate(command: Command): { ok: true; warnings: Record<string, string> } | { ok: false; error: LabError };
  /** Moves virtual time forward by ms ≥ 0, running every timer due up to and including the end. */
  advance(ms: number): void;
  /** Virtual time of the next due timer, or null when none is scheduled. */
  nextDueMs(): number | null;
  query<Q extends Query>(query: Q): { ok: true; value: QueryAnswers[Q['type']] } | { ok: false; error: LabError };
  snapshot(): LabSnapshot;
  /** Hash of the simulated state (not of `version`): same seed and command log, same hash. */
  hash(): string;
  /** The first batch delivered is the full state; then one batch per change. Returns unsubscribe. */
  subscribe(listener: (batch: ChangeBatch) => void): () => void;
  /** The full state as one batch (from version 0). */
  fullBatch(): ChangeBatch;
}
