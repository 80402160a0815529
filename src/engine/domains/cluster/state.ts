// The cluster slice: each cluster by id (its name upper-cased), and the heartbeat model's
// internal part (heartbeat-state.ts), which is kept out of the entities, and the roles with their indexes.
import { CLUSTERS_COLLECTION, type Cluster, type ClusterRole } from '../../../domain/cluster';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';
import { emptyHeartbeatState, loadHeartbeatState, type HeartbeatState } from './heartbeat-state';
import { loadRoles, type RolesSlice } from './roles/state';

export interface ClusterSlice {
  clusters: Map<string, Cluster>;
  heartbeat: HeartbeatState;
  /** The roles (services and applications) and their indexes (roles/state.ts). */
  roles: RolesSlice;
}

declare module '../../state' {
  interface LabState {
    cluster: ClusterSlice;
  }
}

export function loadClusterState(entities: { clusters?: Cluster[]; clusterRoles?: ClusterRole[] }, internal: unknown): ClusterSlice {
  return {
    clusters: new Map((entities.clusters ?? []).map((cluster) => [cluster.id, cluster])),
    roles: loadRoles(entities.clusterRoles, entities.clusters),
    heartbeat: internal === undefined || internal === null ? emptyHeartbeatState() : loadHeartbeatState(internal),
  };
}

export function touchCluster(ctx: LabContext, cluster: Cluster): void {
  ctx.kernel.markDirty(CLUSTERS_COLLECTION, cluster.id);
}

/** A cluster by its name (any case) or FQDN. */
export function findCluster(state: LabState, name: string): Cluster | undefined {
  if (typeof name !== 'string') return undefined;
  const short = name.split('.')[0] ?? '';
  return state.cluster.clusters.get(short.toUpperCase());
}

/** The cluster a host is a member of (evicted nodes are not members), if any. */
export function clusterOfHost(state: LabState, hostId: string): Cluster | undefined {
  for (const cluster of state.cluster.clusters.values()) if (cluster.nodes.some((node) => node.hostId === hostId)) return cluster;
  return undefined;
}
