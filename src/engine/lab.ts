// The engine's entry: builds a lab from parameters or a snapshot and implements the Lab interface.
// Commands go through decide (pure) → apply (in one kernel transaction) → one version bump.
import { cloneJson } from './kernel/clone';
import { Kernel } from './kernel/kernel';
import { StableHasher } from './kernel/stable-hash';
import type { LabContext } from './context';
import type { CommandTable, Decision } from './decision';
import { reject } from './decision';
import { DOMAINS } from './domains';
import { answerStarWind, isStarWindQuery, loadStarWindState, starwindInternalSnapshot } from './domains/starwind';
import { seedServicesSilently } from './domains/starwind/partner-watch';
import { isRecord, resolveParams } from './params';
import { buildSeedLab, startSeedLab } from './scenarios/seed-lab';
import { validateSnapshot } from './snapshot-check';
import { findHost, newLabState, type LabState } from './state';
import { hostNotFoundError } from './errors';
import type {
  ChangeBatch,
  CollectionName,
  Command,
  DispatchResult,
  Lab,
  LabError,
  LabParams,
  LabParamsInput,
  LabSnapshot,
  Query,
  QueryAnswers,
} from './types';

/** The entity collections in the order snapshots and full batches list them. */
const COLLECTIONS = ['hosts', 'networks', 'starwindServices', 'starwindConsoleServers', 'starwindTargets', 'starwindDevices', 'haDevices'] as const satisfies readonly CollectionName[];

export function createLab(input: LabParamsInput = {}): Lab {
  const params = resolveParams(input);
  const scenario = buildSeedLab(params);
  const state = newLabState(params, scenario.hosts, scenario.networks);
  const lab = new EngineLab(state, (entityOf) => new Kernel({ seed: params.seed, entityOf }));
  startSeedLab(lab.context);
  for (const domain of DOMAINS) domain.start?.(lab.context);
  // The scenario's starting state, events included, is version 0.
  lab.context.kernel.settleInitialState();
  return lab;
}

export function restoreLab(snapshot: LabSnapshot): Lab {
  const problems = validateSnapshot(snapshot);
  if (problems.length > 0) throw new Error(`The snapshot cannot be restored: ${problems.join(' ')}`);
  const copy = cloneJson(snapshot);
  const starwind = loadStarWindState(copy.entities, copy.starwind);
  const state = newLabState(copy.params, copy.entities.hosts, copy.entities.networks, starwind);
  // A lab saved before StarWind existed (issue 3) gets its services, as if installed meanwhile.
  if (copy.starwind === undefined && starwind.services.size === 0) seedServicesSilently(state);
  return new EngineLab(
    state,
    (entityOf) => new Kernel({ seed: copy.params.seed, snapshot: copy.kernel, nowMs: copy.nowMs, version: copy.version, events: copy.events, entityOf }),
  );
}

const COMMANDS: CommandTable = Object.assign({}, ...DOMAINS.map((domain) => domain.commands));

class EngineLab implements Lab {
  readonly params: LabParams;
  readonly context: LabContext;

  constructor(state: LabState, makeKernel: (entityOf: (collection: string, id: string) => unknown) => Kernel) {
    this.params = state.params;
    const kernel = makeKernel((collection, id) => entityOf(state, collection, id));
    const hostListeners = DOMAINS.flatMap((domain) => (domain.onHostChanged ? [domain.onHostChanged] : []));
    this.context = { state, kernel, hostListeners };
    for (const domain of DOMAINS) {
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
    if (apply) this.kernel.transact(() => apply(this.context));
    const version = this.kernel.version();
    return { ok: true, version, changed: version !== before };
  }

  validate(command: Command): { ok: true; warnings: Record<string, string> } | { ok: false; error: LabError } {
    const decision = this.decide(command);
    if (!decision.ok) return { ok: false, error: decision.error };
    const warnings: Record<string, string> = {};
    for (const domain of DOMAINS) Object.assign(warnings, domain.warnings?.(this.context.state, command));
    return { ok: true, warnings };
  }

  private decide(command: Command): Decision {
    const type: unknown = isRecord(command) ? command.type : undefined;
    const decide = typeof type === 'string' && Object.hasOwn(COMMANDS, type) ? (COMMANDS[type as Command['type']] as (state: LabState, command: Command) => Decision) : undefined;
    if (!decide) {
      const message = `The lab has no command named ${JSON.stringify(type ?? null)}.`;
      return reject('command.unknown', 'invalid', message, { type: message });
    }
    return decide(this.context.state, command);
  }

  advance(ms: number): void {
    this.kernel.advance(ms);
  }

  nextDueMs(): number | null {
    return this.kernel.nextDueMs();
  }

  query<Q extends Query>(query: Q): { ok: true; value: QueryAnswers[Q['type']] } | { ok: false; error: LabError } {
    const answer = this.answer(query);
    return answer as { ok: true; value: QueryAnswers[Q['type']] } | { ok: false; error: LabError };
  }

  private answer(query: Query): { ok: true; value: QueryAnswers[keyof QueryAnswers] } | { ok: false; error: LabError } {
    const { state } = this.context;
    if (isRecord(query) && isStarWindQuery(query)) return answerStarWind(state, this.kernel.nowMs(), query);
    switch (query.type) {
      case 'hosts':
        return { ok: true, value: { hosts: [...state.hosts.values()].map((host) => cloneJson(host)) } };
      case 'host': {
        const host = findHost(state, query.name);
        return host ? { ok: true, value: cloneJson(host) } : { ok: false, error: hostNotFoundError(query.name) };
      }
      case 'networks':
        return { ok: true, value: { networks: [...state.networks.values()].map((network) => cloneJson(network)) } };
      case 'events':
        return { ok: true, value: { events: this.kernel.events.query(query.filter) } };
      default: {
        const type: unknown = (query as { type?: unknown }).type;
        const message = `The lab has no query named ${JSON.stringify(type ?? null)}.`;
        return { ok: false, error: { code: 'query.unknown', kind: 'invalid', message, errors: { type: message } } };
      }
    }
  }

  snapshot(): LabSnapshot {
    const { state } = this.context;
    return {
      snapshotVersion: 1,
      params: cloneJson(this.params),
      nowMs: this.kernel.nowMs(),
      version: this.kernel.version(),
      kernel: this.kernel.snapshot(),
      entities: this.entityLists() as LabSnapshot['entities'],
      events: this.kernel.events.all().map((event) => ({ ...event })),
      starwind: starwindInternalSnapshot(state.starwind),
    };
  }

  /** Copies of every collection's entities, in map (insertion) order. */
  private entityLists(): Record<CollectionName, unknown[]> {
    const lists = {} as Record<CollectionName, unknown[]>;
    for (const collection of COLLECTIONS) lists[collection] = [...collectionOf(this.context.state, collection).values()].map((entity) => cloneJson(entity));
    return lists;
  }

  hash(): string {
    // Everything that decides the future, and nothing else: not `version` (how many batches were
    // sent), and entities sorted by id so map order does not matter.
    const { state } = this.context;
    const kernel = this.kernel.snapshot();
    const hasher = new StableHasher();
    hasher.updateJson({
      params: this.params,
      nowMs: this.kernel.nowMs(),
      entities: Object.fromEntries(COLLECTIONS.map((collection) => [collection, sortedById(collectionOf(state, collection))])),
      starwind: starwindInternalSnapshot(state.starwind),
      timers: kernel.timers,
      streams: kernel.streams,
      idSeqs: kernel.idSeqs,
      timerSeq: kernel.timerSeq,
      eventSeq: kernel.eventSeq,
    });
    // Events last and one by one: a full log is 200,000 of them.
    hasher.update('events:');
    for (const event of this.kernel.events.all()) hasher.updateJson(event);
    return hasher.digest();
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

function collectionOf(state: LabState, collection: CollectionName): Map<string, { id: string }> {
  const sw = state.starwind;
  switch (collection) {
    case 'hosts':
      return state.hosts;
    case 'networks':
      return state.networks;
    case 'starwindServices':
      return sw.services;
    case 'starwindConsoleServers':
      return sw.consoleServers;
    case 'starwindTargets':
      return sw.targets;
    case 'starwindDevices':
      return sw.devices;
    case 'haDevices':
      return sw.haDevices;
  }
}

function entityOf(state: LabState, collection: string, id: string): unknown {
  return (COLLECTIONS as readonly string[]).includes(collection) ? collectionOf(state, collection as CollectionName).get(id) : undefined;
}

function sortedById<T extends { id: string }>(map: Map<string, T>): T[] {
  return [...map.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The engine-internal context of a lab made here (for engine tests and internal tools). */
export function labContextOf(lab: Lab): LabContext {
  if (!(lab instanceof EngineLab)) throw new Error('Not a lab made by this engine.');
  return lab.context;
}
