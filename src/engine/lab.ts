// The engine's entry: builds a lab from parameters or a snapshot and implements the Lab interface.
// Commands go through decide (pure) → apply (in one kernel transaction) → one version bump.
import { cloneJson } from './kernel/clone';
import { Kernel } from './kernel/kernel';
import { StableHasher } from './kernel/stable-hash';
import type { LabContext } from './context';
import type { CommandTable, Decision } from './decision';
import { reject } from './decision';
import { DOMAINS } from './domains';
import { isRecord, resolveParams } from './params';
import { buildSeedLab, startSeedLab } from './scenarios/seed-lab';
import { validateSnapshot } from './snapshot-check';
import { findHost, newLabState, type LabState } from './state';
import { hostNotFoundError } from './errors';
import type {
  ChangeBatch,
  Command,
  DispatchResult,
  Host,
  Lab,
  LabError,
  LabParams,
  LabParamsInput,
  LabSnapshot,
  Network,
  Query,
  QueryAnswers,
} from './types';

export function createLab(input: LabParamsInput = {}): Lab {
  const params = resolveParams(input);
  const scenario = buildSeedLab(params);
  const state = newLabState(params, scenario.hosts, scenario.networks);
  const lab = new EngineLab(state, (entityOf) => new Kernel({ seed: params.seed, entityOf }));
  startSeedLab(lab.context);
  // The scenario's starting state, events included, is version 0.
  lab.context.kernel.settleInitialState();
  return lab;
}

export function restoreLab(snapshot: LabSnapshot): Lab {
  const problems = validateSnapshot(snapshot);
  if (problems.length > 0) throw new Error(`The snapshot cannot be restored: ${problems.join(' ')}`);
  const copy = cloneJson(snapshot);
  const state = newLabState(copy.params, copy.entities.hosts, copy.entities.networks);
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
    this.context = { state, kernel };
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
      entities: {
        hosts: [...state.hosts.values()].map((host) => cloneJson(host)),
        networks: [...state.networks.values()].map((network) => cloneJson(network)),
      },
      events: this.kernel.events.all().map((event) => ({ ...event })),
    };
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
      entities: { hosts: sortedById(state.hosts), networks: sortedById(state.networks) },
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
    const { state } = this.context;
    return {
      fromVersion: 0,
      toVersion: this.kernel.version(),
      nowMs: this.kernel.nowMs(),
      full: true,
      changes: {
        hosts: { upsert: [...state.hosts.values()].map((host) => cloneJson(host)), remove: [] },
        networks: { upsert: [...state.networks.values()].map((network) => cloneJson(network)), remove: [] },
      },
      events: this.kernel.events.all().map((event) => ({ ...event })),
    };
  }
}

function entityOf(state: LabState, collection: string, id: string): unknown {
  if (collection === 'hosts') return state.hosts.get(id);
  if (collection === 'networks') return state.networks.get(id);
  return undefined;
}

function sortedById<T extends Host | Network>(map: Map<string, T>): T[] {
  return [...map.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The engine-internal context of a lab made here (for engine tests and internal tools). */
export function labContextOf(lab: Lab): LabContext {
  if (!(lab instanceof EngineLab)) throw new Error('Not a lab made by this engine.');
  return lab.context;
}
