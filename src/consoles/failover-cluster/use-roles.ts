// The roles of the cluster a view's URL names, read from the mirror: one entity per role arrives
// in the change batches, so the list is rebuilt only when the roles collection changes.
import { useMemo } from 'react';
import type { Cluster, ClusterRole } from '../../domain/cluster';
import { useLabMirror } from '../../stores/lab-mirror';
import { clusterRoles, roleCollection } from './roles-model';

export function useRoleCollection(): Readonly<Record<string, ClusterRole>> {
  return useLabMirror(roleCollection);
}

export function useClusterRoles(cluster: Cluster | undefined): readonly ClusterRole[] {
  const roles = useRoleCollection();
  return useMemo(() => (cluster ? clusterRoles(roles, cluster) : []), [roles, cluster]);
}
