// The migration reads: one migration, the list (newest first, one cluster or all) and a cluster's
// settings as they apply now. Copies: a caller never holds the engine's objects.
import type { Migration } from '../../../domain/migration';
import type { LabState } from '../../state';
import type { Query, QueryResult } from '../../types';
import { clusterOrRefusal, isRefusal, notFound } from '../cluster/refusals';
import { hostRatings } from './ratings';
import { settingsView } from './settings';
import { byArrival } from './state';

const copy = (migration: Migration) => JSON.parse(JSON.stringify(migration)) as Migration;

export const MIGRATION_QUERIES = {
  migration: (state: LabState, _nowMs: number, query: Query): QueryResult => {
    const id = (query as { id: unknown }).id;
    const migration = typeof id === 'string' ? state.migration.byId.get(id) : undefined;
    return migration ? { ok: true, value: copy(migration) } : notFound('migration.not_found', 'id', `There is no migration "${String(id)}".`);
  },
  migrations: (state: LabState, _nowMs: number, query: Query): QueryResult => {
    const name = (query as { cluster?: unknown }).cluster;
    let clusterName: string | undefined;
    if (name !== undefined) {
      const cluster = clusterOrRefusal(state, name);
      if (isRefusal(cluster)) return cluster;
      clusterName = cluster.name;
    }
    const role = (query as { role?: unknown }).role;
    const roleUpper = typeof role === 'string' ? role.toUpperCase() : undefined;
    const list = [...state.migration.byId.values()].filter(
      (migration) => (clusterName === undefined || migration.cluster === clusterName) && (roleUpper === undefined || migration.role.toUpperCase() === roleUpper),
    );
    return { ok: true, value: { migrations: list.sort(byArrival).reverse().map(copy) } };
  },
  migrationSettings: (state: LabState, _nowMs: number, query: Query): QueryResult => {
    const cluster = clusterOrRefusal(state, (query as { cluster: unknown }).cluster);
    return isRefusal(cluster) ? cluster : { ok: true, value: settingsView(state, cluster) };
  },
  migrationHostRatings: hostRatings,
};
