// The page's mirror of lab state, fed by the host's messages (ARCHITECTURE.md, "Reads and writes").
// The UI reads only this store; writes go through the API client, which resolves a mutation once
// this mirror has reached the version the response carries (`waitForVersion`).
import { createStore, useStore } from 'zustand';
import { EVENT_LOG_CAPACITY } from '../domain/event-log';
import { collectionNames } from '../domain/registry';
import type { BatchChanges, ChangeBatch, ClockStatus, CollectionChanges, CollectionName, EntityCollections, HostMessage, LabEvent, LabInfo } from '../api/types';

/** A mutation whose version the mirror never reaches fails after this much wall time. */
export const WAIT_FOR_VERSION_LIMIT_MS = 30_000;

/** Every collection the lab sends, by id: the core's `jobs` and every registered domain's. */
export type MirrorCollections = { [K in CollectionName]: Record<string, EntityCollections[K]> };

/** The collections the mirror keeps: the core's and every registered domain's (src/domain/registry.ts). */
export const COLLECTION_NAMES = collectionNames() as CollectionName[];

function emptyCollections(names: readonly string[]): MirrorCollections {
  return Object.fromEntries(names.map((name) => [name, {}])) as MirrorCollections;
}

export interface LabMirrorState extends MirrorCollections {
  /** True once the first full batch has arrived. */
  loaded: boolean;
  /** Counts full batches: a new lab, an import or a resync replaces the state and bumps it. */
  generation: number;
  version: number;
  /** Virtual time of the latest batch or clock message. */
  nowMs: number;
  /** Oldest first, at most EVENT_LOG_CAPACITY (the engine overwrites its oldest the same way). */
  events: LabEvent[];
  clock: ClockStatus | null;
  lab: LabInfo | null;
}

export interface LabMirrorActions {
  applyMessage(message: HostMessage): void;
  /** A full batch replaces everything; a batch that does not follow our version asks for a resync. */
  applyBatch(batch: ChangeBatch): void;
  /** Resolves when the mirror's version is ≥ version. */
  waitForVersion(version: number): Promise<void>;
  /** Resolves when a full batch newer than `generation` has arrived (after a new lab or an import). */
  waitForGeneration(generation: number): Promise<void>;
  /**
   * Refresh (F5): asks the host for the full state again and resolves when it has replaced the
   * mirror; at once when nothing is wired to ask (no lab yet).
   */
  refresh(): Promise<void>;
  /** The app wires this to re-subscribe to the host (whose first message is a full batch). */
  setResyncHandler(handler: (() => void) | null): void;
  /** Forget everything (the lab moved to another tab, or a new host starts). */
  clear(): void;
}

export type LabMirror = LabMirrorState & LabMirrorActions;

function emptyState(names: readonly string[]): LabMirrorState {
  return { loaded: false, generation: 0, version: 0, nowMs: 0, ...emptyCollections(names), events: [], clock: null, lab: null };
}

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of items) out[item.id] = item;
  return out;
}

function patch<T extends { id: string }>(current: Record<string, T>, changes: CollectionChanges<T> | undefined): Record<string, T> {
  if (!changes || (changes.upsert.length === 0 && changes.remove.length === 0)) return current;
  const next = { ...current };
  for (const id of changes.remove) delete next[id];
  for (const item of changes.upsert) next[item.id] = item;
  return next;
}

/** Every collection of a full batch, each replaced (collections it lacks become empty). */
function replaceAll(names: ReadonlySet<string>, changes: BatchChanges): MirrorCollections {
  const next: Record<string, unknown> = {};
  const byName = changes as Record<string, CollectionChanges<{ id: string }> | undefined>;
  for (const name of names) next[name] = byId(byName[name]?.upsert ?? []);
  return next as MirrorCollections;
}

/** The collections a batch touches, patched; untouched ones keep their identity (selectors stay still). */
function patchAll(names: ReadonlySet<string>, state: MirrorCollections, changes: BatchChanges): Partial<MirrorCollections> {
  const next: Partial<Record<CollectionName, unknown>> = {};
  for (const name of Object.keys(changes) as CollectionName[]) {
    if (!names.has(name)) continue;
    const current = state[name] as Record<string, { id: string }>;
    const patched = patch(current, changes[name] as CollectionChanges<{ id: string }> | undefined);
    if (patched !== current) next[name] = patched;
  }
  return next as Partial<MirrorCollections>;
}

function appendEvents(current: LabEvent[], added: LabEvent[], capacity: number): LabEvent[] {
  if (added.length === 0) return current;
  const joined = current.concat(added);
  return joined.length > capacity ? joined.slice(joined.length - capacity) : joined;
}

export interface LabMirrorOptions {
  eventCapacity?: number;
  /** The collections to keep (default: the registry's, core first); a test adds its own domain's. */
  collections?: readonly string[];
}

export function createLabMirror(options: LabMirrorOptions = {}) {
  const capacity = options.eventCapacity ?? EVENT_LOG_CAPACITY;
  const collections = options.collections ?? COLLECTION_NAMES;
  const names: ReadonlySet<string> = new Set(collections);
  const EMPTY = emptyState(collections);
  let resync: (() => void) | null = null;
  let resyncPending = false;
  const waiters = new Set<{ version: number; resolve: () => void }>();

  const store = createStore<LabMirror>()((set, get) => {
    const settleWaiters = () => {
      const { version } = get();
      for (const waiter of waiters) {
        if (version >= waiter.version) {
          waiters.delete(waiter);
          waiter.resolve();
        }
      }
    };

    const applyBatch = (batch: ChangeBatch) => {
      const state = get();
      if (batch.full) {
        resyncPending = false;
        set({
          loaded: true,
          generation: state.generation + 1,
          version: batch.toVersion,
          nowMs: batch.nowMs,
          ...replaceAll(names, batch.changes),
          events: appendEvents([], batch.events, capacity),
          clock: state.clock ? { ...state.clock, nowMs: batch.nowMs } : null,
        });
      } else if (batch.fromVersion !== state.version || !state.loaded) {
        // A gap: what we hold is no longer a base this batch can patch. Ask for the full state once.
        if (!resyncPending && resync) {
          resyncPending = true;
          resync();
        }
        return;
      } else {
        set({
          version: batch.toVersion,
          nowMs: batch.nowMs,
          ...patchAll(names, state, batch.changes),
          events: appendEvents(state.events, batch.events, capacity),
          clock: state.clock ? { ...state.clock, nowMs: batch.nowMs } : null,
        });
      }
      settleWaiters();
    };

    return {
      ...EMPTY,
      applyBatch,
      applyMessage(message) {
        switch (message.type) {
          case 'batch':
            applyBatch(message.batch);
            break;
          case 'clock': {
            const nowMs = Math.max(message.clock.nowMs, get().nowMs);
            set({ clock: { ...message.clock, nowMs }, nowMs });
            break;
          }
          case 'lab':
            set({ lab: message.info });
            break;
        }
      },
      waitForVersion(version) {
        if (get().version >= version) return Promise.resolve();
        return new Promise<void>((resolve, reject) => {
          const waiter = {
            version,
            resolve: () => {
              clearTimeout(timer);
              resolve();
            },
          };
          const timer = setTimeout(() => {
            waiters.delete(waiter);
            reject(new Error(`The console did not receive lab version ${version} within ${WAIT_FOR_VERSION_LIMIT_MS / 1000} s.`));
          }, WAIT_FOR_VERSION_LIMIT_MS);
          waiters.add(waiter);
        });
      },
      waitForGeneration(generation) {
        if (get().generation > generation) return Promise.resolve();
        return new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => {
            unsubscribe();
            reject(new Error(`The console did not receive the new lab within ${WAIT_FOR_VERSION_LIMIT_MS / 1000} s.`));
          }, WAIT_FOR_VERSION_LIMIT_MS);
          const unsubscribe = store.subscribe((state) => {
            if (state.generation > generation) {
              clearTimeout(timer);
              unsubscribe();
              resolve();
            }
          });
        });
      },
      refresh() {
        if (!resync) return Promise.resolve();
        const { generation } = get();
        resyncPending = true;
        resync();
        return get().waitForGeneration(generation);
      },
      setResyncHandler(handler) {
        resync = handler;
        resyncPending = false;
      },
      clear() {
        resyncPending = false;
        set({ ...EMPTY, generation: get().generation });
      },
    };
  });
  return store;
}

export type LabMirrorStore = ReturnType<typeof createLabMirror>;

/** The page's one mirror. */
export const labMirror: LabMirrorStore = createLabMirror();

export function useLabMirror<T>(selector: (state: LabMirror) => T): T {
  return useStore(labMirror, selector);
}
