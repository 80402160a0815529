// The engine's public state and command types. src/api re-exports them with `import type`;
// nothing outside the engine constructs these by hand except tests.
import type { EventLevel, EventLogName } from '../domain/event-log';
import type { ErrorKind } from '../domain/errors';
import type { OsVersion, ScenarioName } from '../domain/lab';
import type { StarWindVersion } from '../domain/starwind';
import type { Job, JobResult, JobState, JobStep, JobUnit } from '../domain/jobs';
import type { CoreCollections, DomainCommand, DomainQuery, DomainQueryAnswers, EntityCollections } from '../domain/registry';

export type { EventLevel, EventLogName, ErrorKind, OsVersion, ScenarioName };
export type { Job, JobResult, JobState, JobStep, JobUnit, CoreCollections, EntityCollections };
// Each registered domain's public types (entities, commands, queries), from the registry.
export type * from '../domain/registry';

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
   * SYNC_EFFICIENCY_DEFAULT (1.0). Optional, so params saved without it stay valid.
   */
  syncEfficiency?: number;
  /** How long a silent partner takes to be declared lost, ms; absent = PARTNER_LOSS_DETECTION_MS_DEFAULT (5000). */
  partnerLossDetectionMs?: number;
  /**
   * The StarWind version simulated (5 or 8): wizards and the partner-loss rules follow it. Always
   * present once resolved or restored: new labs default to 5, labs saved before it existed open as 8.
   */
  starwindVersion: StarWindVersion;
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
// Entities. Every entity has a deterministic `id`. Collections are the core's (`jobs`) and those
// the registered domains declare (src/domain/registry.ts).

export type CollectionName = keyof EntityCollections & string;

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

export type Command = DomainCommand;
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
  /** `jobIds`: the jobs this command started (collection `jobs`), in order; empty for most commands. */
  | { ok: true; version: number; changed: boolean; jobIds: readonly string[] }
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

/** Reads of the core: events and jobs. */
export type CoreQuery = { type: 'events'; filter: EventFilter } | { type: 'jobs' } | { type: 'job'; id: string };
export interface CoreQueryAnswers {
  events: { events: LabEvent[] };
  /** Running jobs and the last ENDED_JOBS_KEPT ended ones, oldest first. */
  jobs: { jobs: Job[] };
  job: Job;
}

export type Query = CoreQuery | DomainQuery;
export type QueryAnswers = CoreQueryAnswers & DomainQueryAnswers;

export type QueryResult = { ok: true; value: unknown } | { ok: false; error: LabError };

// ---------------------------------------------------------------------------------------------
// Snapshots

/** Everything needed to resume a lab exactly: plain JSON, versioned. */
export interface LabSnapshot {
  /** The core's format version (SNAPSHOT_VERSION); older ones go through the core's migrations. */
  snapshotVersion: number;
  /** Each registered domain's part version (its descriptor's schemaVersion when saved). */
  domainVersions: Record<string, number>;
  params: LabParams;
  nowMs: number;
  version: number;
  kernel: KernelSnapshot;
  entities: { [K in CollectionName]: EntityCollections[K][] };
  events: LabEvent[];
  /** Each domain's state kept out of entities (e.g. StarWind's passwords and block state), by domain name. */
  domains: Record<string, unknown>;
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

/** A command with its secrets sealed (src/engine/secrets.ts), or why its secrets are refused. */
export type SealResult = { ok: true; command: Command } | { ok: false; error: LabError };
/** Where a command's secrets come from: typed in (all clear) or a command log (sealed, or clear from an older build). */
export type SecretSource = 'typed' | 'log';

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
  /**
   * The command with each secret it carries (a password) replaced by its salted hash, as the host
   * must log and apply it: no command log holds a clear secret. Pure; changes nothing. Rules that
   * compare two clear secrets are checked here, before hashing hides them. A command without
   * secrets comes back as it is. `validate` and `dispatch` accept sealed and clear secrets alike.
   * `source` 'typed' (a request: every secret is clear, even one shaped like a hash, so a hash
   * copied out of a lab file opens nothing) or 'log' (a logged command from an older build: sealed
   * secrets are kept, clear ones sealed).
   */
  seal(command: Command, source?: SecretSource): SealResult;
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
