// The roles' reads: Services and applications (creation order), one role, and Select Virtual
// Machine's candidates. Answers are copies.
import type { Cluster, ClusterRoleSummary } from '../../../../domain/cluster';
import type { LabState } from '../../../state';
import type { Query, QueryResult } from '../../../types';
import { clusterNotFoundError, isRefusal } from '../refusals';
import { findCluster } from '../state';
import { roleCandidates } from './eligibility';
import { roleOrRefusal } from './refusals';
import { rolesOfCluster } from './state';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
type Read = (state: LabState, nowMs: number, query: Query) => QueryResult;

function ofCluster(read: (state: LabState, cluster: Cluster, query: Query) => QueryResult): Read {
  return (state, _nowMs, query) => {
    const { name } = query as { name: unknown };
    const cluster = typeof name === 'string' ? findCluster(state, name) : undefined;
    return cluster ? read(state, cluster, query) : { ok: false, error: clusterNotFoundError(name, 'name') };
  };
}

export const ROLE_QUERIES: Record<string, Read> = {
  clusterRoles: ofCluster((state, cluster) => {
    const roles: ClusterRoleSummary[] = [];
    for (const role of rolesOfCluster(state, cluster.id)) roles.push({ name: role.name, type: role.type, state: role.state, ownerNode: role.ownerNode });
    return { ok: true, value: { roles } };
  }),
  clusterRole: ofCluster((state, cluster, query) => {
    const role = roleOrRefusal(state, cluster, (query as { role: unknown }).role);
    return isRefusal(role) ? role : { ok: true, value: copy(role) };
  }),
  clusterRoleCandidates: ofCluster((state, cluster) => ({ ok: true, value: { candidates: roleCandidates(state, cluster) } })),
};
