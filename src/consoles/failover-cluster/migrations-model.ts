// Pure reads of the mirror's migrations for Failover Cluster Manager: a role's latest migration
// (its page shows the picture of it), its open one (Queued or Running: the Status column says so
// and the migration actions grey), and what Live migrate / Move virtual machine(s) allow.
import type { Cluster, ClusterRole } from '../../domain/cluster';
import type { Migration, MigrationType } from '../../domain/migration';
import { MIGRATE_REASONS, MIGRATION_STATUS, ROLE_ACTION_REASONS } from './action-labels';
import type { ActionState } from './model';
import { moveTargets } from './roles-model';

export type MigrationRecord = Readonly<Record<string, Migration>>;

/** Newest first: by request time, then id (ids grow with each request). */
const newer = (a: Migration, b: Migration) => b.requestedMs - a.requestedMs || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Each machine's newest migration, per record of the mirror (a new record on each change). */
const latestOf = new WeakMap<MigrationRecord, Map<string, Migration>>();

export function latestMigrations(migrations: MigrationRecord): Map<string, Migration> {
  let latest = latestOf.get(migrations);
  if (latest) return latest;
  latest = new Map();
  for (const migration of Object.values(migrations)) {
    const seen = latest.get(migration.vmId);
    if (!seen || newer(migration, seen) < 0) latest.set(migration.vmId, migration);
  }
  latestOf.set(migrations, latest);
  return latest;
}

export function latestMigration(migrations: MigrationRecord, role: ClusterRole): Migration | undefined {
  return latestMigrations(migrations).get(role.vmId);
}

export function openMigration(migrations: MigrationRecord, role: ClusterRole): Migration | undefined {
  const latest = latestMigration(migrations, role);
  return latest && (latest.state === 'Queued' || latest.state === 'Running') ? latest : undefined;
}

/** The Status column: the role's state, or Queued / Live Migrating while a migration of it is open. */
export function roleStatus(migrations: MigrationRecord, role: ClusterRole): string {
  const open = openMigration(migrations, role);
  if (open?.state === 'Queued') return MIGRATION_STATUS.Queued;
  if (open?.state === 'Running' && open.type === 'live') return MIGRATION_STATUS.Running;
  return role.state;
}

/** What the role's state allows of Live migrate / Move virtual machine(s) (the engine still decides). */
export function migrateActionState(cluster: Cluster, role: ClusterRole, migrations: MigrationRecord): ActionState {
  if (cluster.state !== 'Online') return { enabled: false, reason: ROLE_ACTION_REASONS.clusterNotOnline };
  const open = openMigration(migrations, role);
  if (open) return { enabled: false, reason: MIGRATE_REASONS.inProgress(open.state) };
  if (role.state !== 'Online') return { enabled: false, reason: MIGRATE_REASONS.notOnline };
  if (!moveTargets(cluster, role).some((target) => target.reason === null)) return { enabled: false, reason: ROLE_ACTION_REASONS.noOtherNode };
  return { enabled: true, reason: null };
}

export const MIGRATION_ACTION_TYPES: readonly MigrationType[] = ['live', 'quick'];
