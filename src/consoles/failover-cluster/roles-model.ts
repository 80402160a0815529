// Pure reads of the mirror for a cluster's roles (services and applications): the roles of one
// cluster in name order, one role by the name a URL carries, and what a role action may do in the
// role's state and why not. The engine has the last word on every action (its refusal is shown);
// these only grey what the state already forbids.
import type { Cluster, ClusterRole, RoleAction } from '../../domain/cluster';
import { ROLE_ACTION_REASONS } from './action-labels';
import type { ActionState } from './model';

/** The mirror's roles collection (CLUSTER_ROLES_COLLECTION), by id. */
export function roleCollection(lab: { clusterRoles: Record<string, ClusterRole> }): Readonly<Record<string, ClusterRole>> {
  return lab.clusterRoles;
}

/**
 * One collator for every comparison: `localeCompare` with options builds one per call, which made
 * sorting 8,000 roles take about 300 ms on each change of the lab (the ready bench's profile).
 */
const byName = new Intl.Collator('en', { numeric: true });
/** The sorted lists of the mirror's current roles record (a new record on each change of a role), per cluster id. */
const sortedOf = new WeakMap<Readonly<Record<string, ClusterRole>>, Map<string, ClusterRole[]>>();

/** The cluster's roles, by name (Services and applications lists them so, and the tree too). */
export function clusterRoles(roles: Readonly<Record<string, ClusterRole>>, cluster: Cluster): readonly ClusterRole[] {
  let perCluster = sortedOf.get(roles);
  if (!perCluster) sortedOf.set(roles, (perCluster = new Map()));
  const kept = perCluster.get(cluster.id);
  if (kept) return kept;
  const out: ClusterRole[] = [];
  for (const role of Object.values(roles)) if (role.cluster === cluster.id) out.push(role);
  out.sort((a, b) => byName.compare(a.name, b.name));
  perCluster.set(cluster.id, out);
  return out;
}

/** A role by the name a URL or a row key carries (names are unique per cluster, without case). */
export function findRole(roles: Readonly<Record<string, ClusterRole>>, cluster: Cluster, name: string): ClusterRole | undefined {
  const byId = roles[`${cluster.id}/${name.toUpperCase()}`];
  if (byId) return byId;
  const upper = name.toUpperCase();
  return Object.values(roles).find((role) => role.cluster === cluster.id && role.name.toUpperCase() === upper);
}

/** The nodes a role may be moved to: the cluster's other nodes, each Up or with why not. */
export function moveTargets(cluster: Cluster, role: ClusterRole): { node: string; reason: string | null }[] {
  return cluster.nodes
    .filter((node) => node.name !== role.ownerNode)
    .map((node) => ({ node: node.name, reason: node.state === 'Up' ? null : ROLE_ACTION_REASONS.nodeNotUp(node.name, node.state) }));
}

const allowed: ActionState = { enabled: true, reason: null };
const greyed = (reason: string): ActionState => ({ enabled: false, reason });

/** What the role's state allows of an action (the engine still decides: a node without the VM's storage, the limits). */
export function roleActionState(cluster: Cluster, role: ClusterRole, action: RoleAction): ActionState {
  if (cluster.state !== 'Online') return greyed(ROLE_ACTION_REASONS.clusterNotOnline);
  if (role.state === 'Pending') return greyed(ROLE_ACTION_REASONS.pending);
  switch (action) {
    case 'start':
      return role.state === 'Online' ? greyed(ROLE_ACTION_REASONS.alreadyOnline) : allowed;
    case 'stop':
      return role.state === 'Offline' ? greyed(ROLE_ACTION_REASONS.alreadyOffline) : allowed;
    case 'move':
      return moveTargets(cluster, role).some((target) => target.reason === null) ? allowed : greyed(ROLE_ACTION_REASONS.noOtherNode);
  }
}
