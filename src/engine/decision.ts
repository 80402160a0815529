// Commands decide from state, then apply. `decide` is pure and may refuse; `apply` runs inside a
// kernel transaction. Because nothing is touched before the decision, a refusal changes nothing.
import type { HostChangeListener, LabContext } from './context';
import type { LabState } from './state';
import type { DomainDescriptor } from '../domain/descriptor';
import type { DomainCheckInput } from './snapshot-problems';
import type { Command, ErrorKind, LabError, LabParams, Query, QueryResult, SealResult, SecretSource, TimerRecord } from './types';

export type Decision =
  | { ok: false; error: LabError }
  /** Accepted; `apply` is null when the command asks for what already holds (changed: false). */
  | { ok: true; apply: ((ctx: LabContext) => void) | null };

export function reject(code: string, kind: ErrorKind, message: string, errors?: Record<string, string>): Decision {
  return { ok: false, error: errors ? { code, kind, message, errors } : { code, kind, message } };
}

export function accept(apply: (ctx: LabContext) => void): Decision {
  return { ok: true, apply };
}

export const UNCHANGED: Decision = { ok: true, apply: null };

export type Decide<C extends Command> = (state: LabState, command: C) => Decision;
export type CommandTable = { [T in Command['type']]?: Decide<Extract<Command, { type: T }>> };
/** How each command that carries secrets has them sealed (Lab.seal), by command type. */
export type SealTable = { [T in Command['type']]?: (state: LabState, command: Extract<Command, { type: T }>, source: SecretSource) => SealResult };

/** Entity lists by collection name, as a scenario builds them or a snapshot holds them. */
export type EntityLists = Readonly<Record<string, readonly unknown[] | undefined>>;

/** A saved lab's JSON, which a migration reads and rewrites in place. */
export type SnapshotJson = Record<string, unknown> & { entities: Record<string, unknown[]>; domains: Record<string, unknown>; kernel: Record<string, unknown> };

/** Brings a domain's part of a saved lab from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  migrate: (snapshot: SnapshotJson) => void;
}

/**
 * A domain: its descriptor (collections, schemas: src/domain/<name>), its slice of the state and
 * what the core does with it (snapshot, hash, batches, queries, snapshot check, migrations),
 * its commands and the timer kinds it handles. Registered in domains/index.ts.
 */
export interface DomainModule<S = unknown> {
  descriptor: DomainDescriptor;
  /** Builds the slice from entity lists (the scenario's or a snapshot's copies) and its internal part. */
  load?: (entities: EntityLists, internal: unknown, params: LabParams) => S;
  /** The slice's internal part for snapshots and the hash: plain JSON, order-free maps sorted. */
  internal?: (slice: S) => unknown;
  /**
   * The internal part's digest for the lab's hash, when hashing `internal` whole on every read
   * would be too slow (block state): a function of the same data, cheap to read again after a
   * small change (the domain caches digests of its big parts). `fresh` ignores every cache (the
   * hash's self-check compares both). Without it the hash takes `internal(slice)` whole.
   */
  internalDigest?: (slice: S, fresh: boolean) => string;
  /** The live map of each of its collections (every name in descriptor.collections). */
  collection?: (slice: S, name: string) => Map<string, { id: string }>;
  commands: CommandTable;
  /** Its commands that carry secrets, and how they are sealed before being logged (Lab.seal). */
  seals?: SealTable;
  /** Its reads, by query type: answered at the lab's current time. */
  queries?: { [type: string]: (state: LabState, nowMs: number, query: Query) => QueryResult };
  timers: Record<string, (ctx: LabContext, timer: TimerRecord) => void>;
  /** Semantic checks of its part of a (migrated) snapshot. */
  check?: (input: DomainCheckInput) => void;
  /** Ordered migrations of its saved part, each from its `from` version to the next. */
  migrations?: readonly Migration[];
  /** Runs once when a lab is created from its scenario (not on restore). */
  start?: (ctx: LabContext) => void;
  /** Told after a host's power state or a NIC link changed. */
  onHostChanged?: HostChangeListener;
  /**
   * Told of the same change before any domain's onHostChanged reacts to it: accounting that ran
   * at a rate under the old conditions (the VMs' writes) settles while the others still show them.
   */
  beforeHostChanged?: HostChangeListener;
  /**
   * Warnings a command would raise: allowed choices worth a second look, keyed by field.
   * `Lab.validate` asks the domain after its decision accepted the command.
   */
  warnings?: (state: LabState, command: Command) => Record<string, string>;
}

/** Registers a domain whatever its slice type (the core handles slices as opaque values). */
export function defineEngineDomain<S>(domain: DomainModule<S>): DomainModule {
  return domain as unknown as DomainModule;
}
