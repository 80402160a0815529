// The migration slice: each migration by id and each cluster's stored settings, with indexes kept
// in step by the functions below (never written elsewhere) so nothing loops over all migrations on
// a change: the open (queued or running) migration of each virtual machine, the live migrations
// each node takes part in now, and each cluster's queue in arrival order.
import { MIGRATION_END_STATES, MIGRATION_SETTINGS_COLLECTION, MIGRATIONS_COLLECTION, type Migration, type MigrationSettingsEntity } from '../../../domain/migration';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';

export interface MigrationSlice {
  byId: Map<string, Migration>;
  /** Cluster id → its stored settings (absent: the defaults). */
  settings: Map<string, MigrationSettingsEntity>;
  /** VirtualMachine.id → its queued or running migration. */
  openByVm: Map<string, Migration>;
  /** "<cluster>/<NODE>" → the running live migrations it is source or destination of. */
  busy: Map<string, Set<string>>;
  /** Cluster name upper-cased → its queued migrations, oldest first. */
  queued: Map<string, Migration[]>;
  /** "<cluster>/<NODE>" → memory reserved there by running live migrations (their skeleton machines). */
  reserved: Map<string, number>;
}

declare module '../../state' {
  interface LabState {
    migration: MigrationSlice;
  }
}

export const nodeKey = (cluster: string, node: string) => `${cluster.toUpperCase()}/${node.toUpperCase()}`;
const idNumber = (id: string) => Number(id.slice(id.lastIndexOf('-') + 1));
/** Arrival order: requested time, then the id's number (ids pass 9999 and grow a digit). */
export const byArrival = (a: Migration, b: Migration) => a.requestedMs - b.requestedMs || idNumber(a.id) - idNumber(b.id);

export function loadMigrations(migrations: readonly Migration[] = [], settings: readonly MigrationSettingsEntity[] = []): MigrationSlice {
  const slice: MigrationSlice = { byId: new Map(), settings: new Map(), openByVm: new Map(), busy: new Map(), queued: new Map(), reserved: new Map() };
  for (const entry of settings) slice.settings.set(entry.id, entry);
  for (const migration of [...migrations].sort(byArrival)) {
    slice.byId.set(migration.id, migration);
    index(slice, migration);
  }
  return slice;
}

const isOpen = (migration: Migration) => !MIGRATION_END_STATES.includes(migration.state);

function index(slice: MigrationSlice, migration: Migration): void {
  if (!isOpen(migration)) return;
  slice.openByVm.set(migration.vmId, migration);
  if (migration.state === 'Queued') {
    const key = migration.cluster.toUpperCase();
    let queue = slice.queued.get(key);
    if (!queue) slice.queued.set(key, (queue = []));
    queue.push(migration);
  } else if (migration.type === 'live') {
    for (const node of [migration.source, migration.destination]) busySet(slice, nodeKey(migration.cluster, node)).add(migration.id);
    reserve(slice, migration, migration.memoryBytes);
  }
}

function reserve(slice: MigrationSlice, migration: Migration, bytes: number): void {
  const key = nodeKey(migration.cluster, migration.destination);
  const total = (slice.reserved.get(key) ?? 0) + bytes;
  if (total === 0) slice.reserved.delete(key);
  else slice.reserved.set(key, total);
}

function unindex(slice: MigrationSlice, migration: Migration): void {
  if (!isOpen(migration)) return;
  slice.openByVm.delete(migration.vmId);
  const queue = slice.queued.get(migration.cluster.toUpperCase());
  const at = queue?.indexOf(migration) ?? -1;
  if (queue && at >= 0) queue.splice(at, 1);
  if (migration.state !== 'Running' || migration.type !== 'live') return;
  for (const node of [migration.source, migration.destination]) slice.busy.get(nodeKey(migration.cluster, node))?.delete(migration.id);
  reserve(slice, migration, -migration.memoryBytes);
}

function busySet(slice: MigrationSlice, key: string): Set<string> {
  let set = slice.busy.get(key);
  if (!set) slice.busy.set(key, (set = new Set()));
  return set;
}

/** Live migrations `node` takes part in now. */
export function busyCount(state: LabState, cluster: string, node: string): number {
  return state.migration.busy.get(nodeKey(cluster, node))?.size ?? 0;
}

/** Memory reserved on `node` by running live migrations to it. */
export function reservedBytes(state: LabState, cluster: string, node: string): number {
  return state.migration.reserved.get(nodeKey(cluster, node)) ?? 0;
}

export function queueOf(state: LabState, cluster: string): readonly Migration[] {
  return state.migration.queued.get(cluster.toUpperCase()) ?? [];
}

export function addMigration(ctx: LabContext, migration: Migration): void {
  ctx.state.migration.byId.set(migration.id, migration);
  index(ctx.state.migration, migration);
  ctx.kernel.markDirty(MIGRATIONS_COLLECTION, migration.id);
}

/** Records a change of a migration; `change` may move it between states (the indexes follow). */
export function updateMigration(ctx: LabContext, migration: Migration, change: () => void): void {
  unindex(ctx.state.migration, migration);
  change();
  index(ctx.state.migration, migration);
  ctx.kernel.markDirty(MIGRATIONS_COLLECTION, migration.id);
}

export function putSettings(ctx: LabContext, entity: MigrationSettingsEntity): void {
  ctx.state.migration.settings.set(entity.id, entity);
  ctx.kernel.markDirty(MIGRATION_SETTINGS_COLLECTION, entity.id);
}
