// The cluster domain: Create Cluster, its nodes, networks, disks, quorum and properties, with
// membership driven by heartbeats (membership.ts). One cluster entity per cluster.
import { clusterDescriptor, type Cluster } from '../../../domain/cluster';
import { defineEngineDomain } from '../../decision';
import { heartbeatInternal } from './heartbeat-state';
import { MEMBERSHIP_QUERIES, MEMBERSHIP_TIMERS, onClusterHostChanged } from './membership';
import { loadClusterState, type ClusterSlice } from './state';

export const clusterDomain = defineEngineDomain<ClusterSlice>({
  descriptor: clusterDescriptor,
  load: (entities, internal) => loadClusterState(entities as { clusters?: Cluster[] }, internal),
  internal: (slice) => heartbeatInternal(slice.heartbeat),
  collection: (slice) => slice.clusters,
  commands: {},
  queries: { ...MEMBERSHIP_QUERIES },
  timers: { ...MEMBERSHIP_TIMERS },
  onHostChanged: onClusterHostChanged,
  migrations: [{ from: 0, migrate: (snapshot) => void (snapshot.entities.clusters = []) }],
});
