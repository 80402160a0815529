// Semantic checks of the migrations in a snapshot: each once; at most one open (queued or running)
// per machine; a running live migration with exactly one step timer at the end of its current step
// (and every step timer a running live migration's); an ended one with its end time and no step;
// a queued one not started; and no node taking part in more running live migrations than its
// cluster allows.
import { MIGRATION_END_STATES, SIMULTANEOUS_LIVE_MIGRATIONS_DEFAULT, type Migration, type MigrationSettingsEntity } from '../../../domain/migration';
import type { OsVersion } from '../../../domain/lab';
import { isRecord, show } from '../../params';
import type { DomainCheckInput } from '../../snapshot-problems';
import { MIGRATION_TIMER_KIND } from './live';
import { nodeKey } from './state';

export function checkMigrationSnapshot({ snapshot, timers, problems }: DomainCheckInput): void {
  const clusters = new Map<string, { id: string; osVersion: OsVersion }>();
  for (const cluster of snapshot.entities.clusters ?? []) if (isRecord(cluster) && typeof cluster.name === 'string') clusters.set(cluster.name, cluster as unknown as { id: string; osVersion: OsVersion });
  const limits = new Map<string, number>();
  for (const entry of snapshot.entities.migrationSettings ?? []) if (isRecord(entry) && typeof entry.id === 'string') limits.set(entry.id, (entry as unknown as MigrationSettingsEntity).simultaneousLiveMigrations);
  const ids = new Map<string, Migration>();
  const openVms = new Set<string>();
  const busy = new Map<string, number>();
  (snapshot.entities.migrations ?? []).forEach((value: unknown, index) => {
    const at = `entities.migrations[${index}]`;
    if (!isRecord(value) || typeof value.id !== 'string' || typeof value.vmId !== 'string') return problems.add(at, `${at}: a migration needs its id and machine.`);
    const migration = value as unknown as Migration;
    const where = `migrations[${index}] (${migration.id})`;
    if (ids.has(migration.id)) problems.add(at, `${where}: the migration is there twice.`);
    ids.set(migration.id, migration);
    const ended = MIGRATION_END_STATES.includes(migration.state);
    if (!ended) {
      if (openVms.has(migration.vmId)) problems.add(`${at}.vmId`, `${where}: machine ${show(migration.vmId)} has two open migrations.`);
      openVms.add(migration.vmId);
    }
    if (ended && (migration.endedMs === null || migration.current !== null)) problems.add(`${at}.state`, `${where}: an ended migration has its end time and no current step.`);
    if (migration.state === 'Queued' && (migration.startedMs !== null || migration.current !== null)) problems.add(`${at}.state`, `${where}: a queued migration has not started.`);
    if (migration.state === 'Running' && migration.current === null) problems.add(`${at}.current`, `${where}: a running migration has a current step.`);
    if (migration.state === 'Running' && migration.type === 'live') for (const node of [migration.source, migration.destination]) busy.set(nodeKey(migration.cluster, node), (busy.get(nodeKey(migration.cluster, node)) ?? 0) + 1);
  });
  for (const [key, count] of busy) {
    const cluster = clusters.get([...clusters.keys()].find((name) => key.startsWith(`${name.toUpperCase()}/`)) ?? '');
    const limit = cluster ? (limits.get(cluster.id) ?? SIMULTANEOUS_LIVE_MIGRATIONS_DEFAULT[cluster.osVersion]) : Infinity;
    if (count > limit) problems.add('entities.migrations', `node ${key} takes part in ${count} live migrations; its cluster allows ${limit}.`);
  }
  const timed = new Set<string>();
  for (const { timer, path } of timers) {
    if (timer.kind !== MIGRATION_TIMER_KIND) continue;
    const id = isRecord(timer.data) ? timer.data.id : undefined;
    const migration = typeof id === 'string' ? ids.get(id) : undefined;
    if (!migration || migration.state !== 'Running' || migration.type !== 'live') problems.add(path, `${path}: a migration step timer of ${show(id)}, which is not a running live migration.`);
    else if (migration.current?.dueMs !== timer.dueMs) problems.add(path, `${path}: the step timer of ${migration.id} is not at the end of its current step.`);
    else timed.add(migration.id);
  }
  for (const migration of ids.values())
    if (migration.state === 'Running' && migration.type === 'live' && !timed.has(migration.id)) problems.add('entities.migrations', `${migration.id}: a running live migration has its step timer.`);
}
