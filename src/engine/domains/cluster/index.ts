// The cluster domain: Create Cluster, its nodes, networks, disks, quorum and properties, with
// membership driven by heartbeats (membership.ts). One cluster entity per cluster; its roles
// (highly available virtual machines) are entities of their own (roles/).
import { CLUSTER_ROLES_COLLECTION, clusterDescriptor, type Cluster, type ClusterRole } from '../../../domain/cluster';
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
import { decideRoleAction } from './roles/actions';
import { decideRoleCreate } from './roles/create';
import { onFailbackTimer } from './roles/failover';
import { onRoleTimer } from './roles/health';
import { FAILBACK_TIMER_KIND, ROLE_TIMER_KIND } from './roles/lifecycle';
import { decideRoleSetProperties } from './roles/properties';
import { ROLE_QUERIES } from './roles/queries';
import { checkRolesSnapshot } from './roles/snapshot-check';

export const clusterDomain = defineEngineDomain<ClusterSlice>({
  descriptor: clusterDescriptor,
  load: (entities, internal) => loadClusterState(entities as { clusters?: Cluster[]; clusterRoles?: ClusterRole[] }, internal),
  internal: (slice) => heartbeatInternal(slice.heartbeat),
  collection: (slice, name) => (name === CLUSTER_ROLES_COLLECTION ? slice.roles.byId : slice.clusters),
  commands: {
    clusterCreate: decideClusterCreate,
    clusterNodeAction: decideNodeAction,
    clusterSetProperties: decideSetProperties,
    clusterSetQuorum: decideSetQuorum,
    clusterSetNetwork: decideSetNetwork,
    clusterAddSharedVolume: decideAddSharedVolume,
    clusterRoleCreate: decideRoleCreate,
    clusterRoleSetProperties: decideRoleSetProperties,
    clusterRoleAction: decideRoleAction,
  },
  queries: { ...CLUSTER_QUERIES, ...MEMBERSHIP_QUERIES, ...ROLE_QUERIES },
  timers: { [CREATE_TIMER_KIND]: onCreateTimer, ...MEMBERSHIP_TIMERS, [ROLE_TIMER_KIND]: onRoleTimer, [FAILBACK_TIMER_KIND]: onFailbackTimer },
  check: (input) => {
    checkClusterSnapshot(input);
    checkRolesSnapshot(input);
  },
  warnings: clusterWarnings,
  onHostChanged: (ctx, change) => {
    onClusterHostChanged(ctx, change);
    // A storage server's power or links may change any cluster's paths to its volumes.
    refreshAllCsvAccess(ctx);
  },
  migrations: [
    { from: 0, migrate: (snapshot) => void (snapshot.entities.clusters = []) },
    { from: 1, migrate: (snapshot) => void (snapshot.entities.clusterRoles = []) },
  ],
});
