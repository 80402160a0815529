// Refusals shared by the role commands: the role a command names, and a cluster that can act on
// its roles (formed, with quorum: without it the Cluster service runs nowhere).
import type { Cluster, ClusterRole } from '../../../../domain/cluster';
import type { LabState } from '../../../state';
import { conflict, formedOrRefusal, notFound, type Refusal } from '../refusals';
import { findRole } from './state';

export function roleOrRefusal(state: LabState, cluster: Cluster, name: unknown): ClusterRole | Refusal {
  return findRole(state, cluster.id, name) ?? notFound('cluster.role_not_found', 'role', `Cluster ${cluster.name} has no service or application named "${String(name)}".`);
}

/** Formed and Online (it has quorum), else the refusal. */
export function runningClusterRefusal(cluster: Cluster): Refusal | undefined {
  const creating = formedOrRefusal(cluster);
  if (creating) return creating;
  if (cluster.state !== 'Online') return conflict('cluster.no_quorum', 'cluster', `Cluster ${cluster.name} is Offline (it has no quorum): no node runs its services and applications.`);
  return undefined;
}
