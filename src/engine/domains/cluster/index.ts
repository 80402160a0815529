// The cluster domain: Create Cluster, its nodes, networks, disks, quorum and properties, with
// membership driven by heartbeats (membership.ts). One cluster entity per cluster.
import { clusterDescriptor, type Cluster } from '../../../domain/cluster';
import { defineEngineDomain } from '../../decision';
import { CREATE_TIMER_KIND, decideClusterCreate, onCreateTimer } from './create';
import { heartbeatInternal } from './heartbeat-state';
import { decideNodeAction } from './node-actions';
import { decideSetNetwork } from './set-network';
import { decideSetProperties } from './set-properties';
import { decideSetQuorum } from './set-quorum';
import { refreshAllCsvAccess } from './csv-access';
import { decideAddSharedVolume } from './shared-volumes';
import { MEMBERSHIP_QUERIES, MEMBERSHIP_TIMERS, onClusterHostChanged } from './membership';
import { CLUSTER_QUERIES } from './queries';
import { checkClusterSnapshot } from './snapshot-check';
import { clusterWarnings } from './warnings';
import { loadClusterState, type ClusterSlice } from './state';

export const clusterDomain = defineEngineDomain<ClusterSlice>({
  descriptor: clusterDescriptor,
  load: (entities, internal) => loadClusterState(entities as { clusters?: Cluster[] }, internal),
  internal: (slice) => heartbeatInternal(slice.heartbeat),
  collection: (slice) => slice.clusters,
  commands: {
    clusterCreate: decideClusterCreate,
    clusterNodeAction: decideNodeAction,
    clusterSetProperties: decideSetProperties,
    clusterSetQuorum: decideSetQuorum,
    clusterSetNetwork: decideSetNetwork,
    clusterAddSharedVolume: decideAddSharedVolume,
  },
  queries: { ...CLUSTER_QUERIES, ...MEMBERSHIP_QUERIES },
  timers: { [CREATE_TIMER_KIND]: onCreateTimer, ...MEMBERSHIP_TIMERS },
  check: checkClusterSnapshot,
  warnings: clusterWarnings,
  onHostChanged: (ctx, change) => {
    onClusterHostChanged(ctx, change);
    // A storage server's power or links may change any cluster's paths to its volumes.
    refreshAllCsvAccess(ctx);
  },
  migrations: [{ from: 0, migrate: (snapshot) => void (snapshot.entities.clusters = []) }],
});
