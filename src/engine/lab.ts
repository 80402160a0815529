// The engine's entry: builds a lab from parameters or a snapshot and implements the Lab interface.
// Commands go through decide (pure) → apply (in one kernel transaction) → one version bump.
// Everything domain-specific comes from the registered domains (domains/index.ts): this file
// loops over them and never names one.
import { cloneJson } from './kernel/clone';
import { EntityDigests } from './kernel/entity-digests';
import { Kernel } from './kernel/kernel';
import { StableHasher } from './kernel/stable-hash';
import type { LabContext } from './context';
import type { CommandTable, Decision, DomainModule, EntityLists, SealTable } from './decision';
import { reject } from './decision';
import { DOMAINS } from './domains';
import { JOBS_COLLECTION } from '../domain/jobs';
import { isRecord, resolveParams } from './params';
import { migrateSnapshot, SNAPSHOT_VERSION } from './migrations';
import { buildSeedLab, startSeedLab } from './scenarios/seed-lab';
import { runSeedLabReady } from './scenarios/seed-lab-ready';
import { validateSnapshot } from './snapshot-check';
import { setSlice, sliceOf, type LabState } from './state';
import type {
  ChangeBatch,
  Command,
  DispatchResult,
  Job,
  Lab,
  LabError,
  LabParams,
  LabEvent,
  LabParamsInput,
  LabSnapshot,
  Query,
  QueryAnswers,
  QueryResult,
  SealResult,
  SecretSource,
} from './types';

/** A collection and where its live map is: the core's jobs or a domain's slice. */
interface CollectionRef {
  name: string;
  mapOf: (state: LabState) => Map<string, { id: string }>;
}

/** What a lab is made of: its domains (the registry's, or a test's) and what follows from them. */
export class DomainSet {
  readonly collections: readonly CollectionRef[];
  readonly commands: CommandTable;
  readonly seals: SealTable;
  readonly queries: Map<string, (state: LabState, nowMs: number, query: Query) => QueryResult>;

  constructor(readonly domains: readonly DomainModule[]) {
    const names = new Set<string>();
    const collections: CollectionRef[] = [{ name: JOBS_COLLECTION, mapOf: (state) => state.jobs }];
    for (const domain of domains) {
      const { name } = domain.descriptor;
      if (names.has(name)) throw new Error(`Two domains are named ${name}.`);
      names.add(name);
      for (const collection of domain.descriptor.collections) {
        const mapOf = domain.collection;
        if (!mapOf) throw new Error(`Domain ${name} declares collection ${collection} but no way to read it.`);
        if (collections.some((ref) => ref.name === collection)) throw new Error(`Collection ${collection} is declared twice.`);
        collections.push({ name: collection, mapOf: (state) => mapOf(sliceOf(state, name), collection) });
      }
    }
    this.collections = collections;
    this.commands = Object.assign({}, ...domains.map((domain) => domain.commands)) as CommandTable;
    this.seals = Object.assign({}, ...domains.map((domain) => domain.seals ?? {})) as SealTable;
    this.queries = new Map(domains.flatMap((domain) => Object.entries(domain.queries ?? {})));
  }

  /** Builds the state: every domain's slice from the entity lists (and its internal part). */
  load(params: LabParams, entities: EntityLists, internals: Record<string, unknown>, jobs: readonly Job[]): LabState {
    // Typed with every slice; the loop below fills them.
    const state = { params, jobs: new Map(jobs.map((job) => [job.id, job])) } as LabState;
    for (const domain of this.domains) {
      if (domain.load) setSlice(state, domain.descriptor.name, domain.load(entities, internals[domain.descriptor.name], params));
    }
    return state;
  }
}

export const REGISTERED = new DomainSet(DOMAINS);

const NO_JOBS: readonly string[] = Object.freeze([]);

export function createLab(input: LabParamsInput = {}, domains: DomainSet = REGISTERED): Lab {
  const params = resolveParams(input);
  const scenario = buildSeedLab(params);
  const state = domains.load(params, scenario as unknown as EntityLists, {}, []);
  const lab = new EngineLab(state, domains, (entityOf) => new Kernel({ seed: params.seed, entityOf }));
  startSeedLab(lab.context);
  for (const domain of domains.domains) domain.start?.(lab.context);
  // Every scenario starts from the seed lab; seed-lab-ready then runs the seed document's steps.
  if (params.scenario === 'seed-lab-ready') runSeedLabReady(lab);
  // The scenario's starting state, events included, is version 0.
  lab.context.kernel.settleInitialState();
  return lab;
}

export function restoreLab(input: LabSnapshot | unknown, domains: DomainSet = REGISTERED): Lab {
  const snapshot = migrateSnapshot(input, domains.domains) as LabSnapshot;
  const problems = validateSnapshot(snapshot, domains.domains);
  if (problems.length > 0) throw new Error(`The snapshot cannot be restored: ${problems.map((problem) => problem.message).join(' ')}`);
  // The engine keeps no reference into its input. Events are left out of the deep copy: the
  // event log copies each one as it takes it (200,000 events: one copy, not two).
  const { events, ...rest } = snapshot;
  const copy = cloneJson(rest);
  const entities = copy.entities as unknown as Record<string, unknown[]>;
  const state = domains.load(copy.params, entities, copy.domains, (entities[JOBS_COLLECTION] ?? []) as Job[]);
  const lab = new EngineLab(
    state,
    domains,
    (entityOf) => new Kernel({ seed: copy.params.seed, snapshot: copy.kernel, nowMs: copy.nowMs, version: copy.version, events, entityOf }),
  );
  // The first read of the hash digests everything (0.13 s with 200,000 events): done here, in the
  // restore (start-up, import), so that no later request pays it.
  lab.hash();
  return lab;
}

class EngineLab implements Lab {
  readonly params: LabParams;
  readonly context: LabContext;
  private readonly entityDigests: EntityDigests;

  constructor(
    state: LabState,
    private readonly domains: DomainSet,
    makeKernel: (entityOf: (collection: string, id: string) => unknown) => Kernel,
  ) {
    this.params = state.params;
    const maps = new Map(domains.collections.map((ref) => [ref.name, ref.mapOf]));
    const kernel = makeKernel((collection, id) => maps.get(collection)?.(state).get(id));
    // Those that settle what ran under the old conditions first, then those that react to the new ones.
    const befores = domains.domains.flatMap((domain) => (domain.beforeHostChanged ? [domain.beforeHostChanged] : []));
    const hostListeners = [...befores, ...domains.domains.flatMap((domain) => (domain.onHostChanged ? [domain.onHostChanged] : []))];
    this.context = { state, kernel, hostListeners, startedJobs: [] };
    this.entityDigests = new EntityDigests(this.digestedCollections());
    for (const domain of domains.domains) {
      for (const [kind, handler] of Object.entries(domain.timers)) kernel.registerTimerKind(kind, (timer) => handler(this.context, timer));
    }
  }

  private get kernel(): Kernel {
    return this.context.kernel;
  }

  nowMs(): number {
    return this.kernel.nowMs();
  }

  version(): number {
    return this.kernel.version();
  }

  dispatch(command: Command): DispatchResult {
    const decision = this.decide(command);
    if (!decision.ok) return { ok: false, error: decision.error };
    const before = this.kernel.version();
    const apply = decision.apply;
    const started = this.context.startedJobs;
    started.length = 0;
    if (apply) this.kernel.transact(() => apply(this.context));
    const version = this.kernel.version();
    // Most commands start no job: they share one empty list instead of allocating one.
    const jobIds = started.length === 0 ? NO_JOBS : started.slice();
    started.length = 0;
    return { ok: true, version, changed: version !== before, jobIds };
  }

  validate(command: Command): { ok: true; warnings: Record<string, string> } | { ok: false; error: LabError } {
    const decision = this.decide(command);
    if (!decision.ok) return { ok: false, error: decision.error };
    const warnings: Record<string, string> = {};
    for (const domain of this.domains.domains) Object.assign(warnings, domain.warnings?.(this.context.state, command));
    return { ok: true, warnings };
  }

  seal(command: Command, source: SecretSource = 'typed'): SealResult {
    const type: unknown = isRecord(command) ? command.type : undefined;
    const seals = this.domains.seals;
    const seal = typeof type === 'string' && Object.hasOwn(seals, type) ? (seals[type as Command['type']] as (state: LabState, command: Command, source: SecretSource) => SealResult) : undefined;
    // A command without secrets (or unknown: validate refuses it) has nothing to seal.
    return seal ? seal(this.context.state, command, source) : { ok: true, command };
  }

  private decide(command: Command): Decision {
    const commands = this.domains.commands;
    const type: unknown = isRecord(command) ? command.type : undefined;
    const decide = typeof type === 'string' && Object.hasOwn(commands, type) ? (commands[type as Command['type']] as (state: LabState, command: Command) => Decision) : undefined;
    if (!decide) {
      const message = `The lab has no command named ${JSON.stringify(type ?? null)}.`;
      return reject('command.unknown', 'invalid', message, { type: message });
    }
    return decide(this.context.state, command);
  }

  advance(ms: number): void {
    this.kernel.advance(ms);
    // Jobs a timer started (an automatic resync) are nobody's command's: forget them.
    this.context.startedJobs.length = 0;
  }

  nextDueMs(): number | null {
    return this.kernel.nextDueMs();
  }

  query<Q extends Query>(query: Q): { ok: true; value: QueryAnswers[Q['type']] } | { ok: false; error: LabError } {
    return this.answer(query) as { ok: true; value: QueryAnswers[Q['type']] } | { ok: false; error: LabError };
  }

  private answer(query: Query): QueryResult {
    const { state } = this.context;
    const type: unknown = isRecord(query) ? query.type : undefined;
    switch (type) {
      case 'events':
        return { ok: true, value: { events: this.kernel.events.query((query as { filter: Parameters<Kernel['events']['query']>[0] }).filter) } };
      case 'jobs':
        return { ok: true, value: { jobs: [...state.jobs.values()].map((job) => cloneJson(job)) } };
      case 'job': {
        const id = (query as { id: unknown }).id;
        const job = typeof id === 'string' ? state.jobs.get(id) : undefined;
        if (job) return { ok: true, value: cloneJson(job) };
        const message = `There is no job "${String(id)}".`;
        return { ok: false, error: { code: 'job.not_found', kind: 'not_found', message, errors: { id: message } } };
      }
    }
    const domainAnswer = typeof type === 'string' ? this.domains.queries.get(type) : undefined;
    if (domainAnswer) return domainAnswer(state, this.kernel.nowMs(), query);
    const message = `The lab has no query named ${JSON.stringify(type ?? null)}.`;
    return { ok: false, error: { code: 'query.unknown', kind: 'invalid', message, errors: { type: message } } };
  }

  snapshot(): LabSnapshot {
    return this.snapshotOf(true);
  }

  /** Without events, a snapshot costs the entities and timers, not a copy of a 200,000-event log. */
  snapshotOf(withEvents: boolean): LabSnapshot {
    return {
      snapshotVersion: SNAPSHOT_VERSION,
      domainVersions: Object.fromEntries(this.domains.domains.map((domain) => [domain.descriptor.name, domain.descriptor.schemaVersion])),
      params: cloneJson(this.params),
      nowMs: this.kernel.nowMs(),
      version: this.kernel.version(),
      kernel: this.kernel.snapshot(),
      entities: this.entityLists() as LabSnapshot['entities'],
      events: withEvents ? this.kernel.events.all().map((event) => ({ ...event })) : [],
      domains: this.internals(),
    };
  }

  /** Each domain's internal part (state that is not entities), by domain name. */
  private internals(): Record<string, unknown> {
    const internals: Record<string, unknown> = {};
    for (const domain of this.domains.domains) {
      if (domain.internal) internals[domain.descriptor.name] = domain.internal(sliceOf(this.context.state, domain.descriptor.name));
    }
    return internals;
  }

  /** Copies of every collection's entities, in map (insertion) order. */
  private entityLists(): Record<string, unknown[]> {
    const lists: Record<string, unknown[]> = {};
    for (const ref of this.domains.collections) lists[ref.name] = [...ref.mapOf(this.context.state).values()].map((entity) => cloneJson(entity));
    return lists;
  }

  hash(): string {
    return this.hashWith(false);
  }

  /** The hash with every digest recomputed from scratch: what hash() must always equal. */
  fullHash(): string {
    return this.hashWith(true);
  }

  /**
   * Everything that decides the future, and nothing else: not `version` (how many batches were
   * sent). Entities, events and live timers enter as order-free sums of per-item digests kept up
   * to date change by change (`fresh`: recomputed), so a read costs the changes since the last
   * one; each domain's internal part as its digest; the small parts whole.
   */
  private hashWith(fresh: boolean): string {
    const { state } = this.context;
    // fullHash leaves the changes for the next hash(): it must not disturb the kept digests.
    const entities = fresh ? EntityDigests.fresh(this.digestedCollections()) : this.entityDigests.sums(this.kernel.takeHashDirty());
    const domains: Record<string, string> = {};
    for (const domain of this.domains.domains) {
      const slice = sliceOf(state, domain.descriptor.name);
      if (domain.internalDigest) domains[domain.descriptor.name] = domain.internalDigest(slice, fresh);
      else if (domain.internal) {
        const hasher = new StableHasher();
        hasher.updateJson(domain.internal(slice));
        domains[domain.descriptor.name] = hasher.digest();
      }
    }
    const hasher = new StableHasher();
    hasher.updateJson({
      params: this.params,
      nowMs: this.kernel.nowMs(),
      ...this.kernel.sequences(),
      entities: Object.fromEntries(this.domains.collections.map((ref) => [ref.name, entities.get(ref.name)?.toJSON()])),
      domains,
      timers: this.kernel.timersDigest(fresh).toJSON(),
      events: (fresh ? this.kernel.events.fullDigest() : this.kernel.events.digest()).toJSON(),
    });
    return hasher.digest();
  }

  private digestedCollections() {
    const { state } = this.context;
    return this.domains.collections.map((ref) => ({ name: ref.name, map: () => ref.mapOf(state) }));
  }

  subscribe(listener: (batch: ChangeBatch) => void): () => void {
    listener(this.fullBatch());
    return this.kernel.subscribe(listener);
  }

  fullBatch(): ChangeBatch {
    return {
      fromVersion: 0,
      toVersion: this.kernel.version(),
      nowMs: this.kernel.nowMs(),
      full: true,
      changes: Object.fromEntries(Object.entries(this.entityLists()).map(([collection, upsert]) => [collection, { upsert, remove: [] }])),
      events: this.kernel.events.all().map((event) => ({ ...event })),
    };
  }
}

/** A lab's hash recomputed from scratch, ignoring every kept digest (tests and the bench check hash() against it). */
export function fullHashOf(lab: Lab): string {
  if (!(lab instanceof EngineLab)) throw new Error('Not a lab made by this engine.');
  return lab.fullHash();
}

/**
 * The lab's snapshot with `events: []`, for a host that stores the event log apart (appended, not
 * copied whole each time): restoreLab({ ...snapshot, events }) with the events held at that moment
 * (kernel.eventSeq and before) gives the lab back.
 */
export function snapshotWithoutEvents(lab: Lab): LabSnapshot {
  if (!(lab instanceof EngineLab)) throw new Error('Not a lab made by this engine.');
  return lab.snapshotOf(false);
}

/** Copies of the events the lab holds with seq > afterSeq, and the oldest seq it still holds (null when none). */
export function heldEventsAfter(lab: Lab, afterSeq: number): { events: LabEvent[]; oldestSeq: number | null } {
  if (!(lab instanceof EngineLab)) throw new Error('Not a lab made by this engine.');
  return lab.context.kernel.events.heldAfter(afterSeq);
}

/** The engine-internal context of a lab made here (for engine tests and internal tools). */
export function labContextOf(lab: Lab): LabContext {
  if (!(lab instanceof EngineLab)) throw new Error('Not a lab made by this engine.');
  return lab.context;
}
