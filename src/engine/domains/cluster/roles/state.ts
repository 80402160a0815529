// The roles' part of the cluster slice: each role by id, and indexes kept in step by the functions
// below (never written elsewhere), so nothing loops over all roles on a change: the role of a
// virtual machine, each cluster's roles in creation order, and each owner node's roles (a node
// that fails touches only its own: 125 of 8,000).
import { CLUSTER_ROLES_COLLECTION, type Cluster, type ClusterRole } from '../../../../domain/cluster';
import type { LabContext } from '../../../context';
import type { LabState } from '../../../state';

export interface RolesSlice {
  byId: Map<string, ClusterRole>;
  /** VirtualMachine.id → its role. */
  byVm: Map<string, ClusterRole>;
  /** Cluster id → its roles by id, in creation order. */
  byCluster: Map<string, Map<string, ClusterRole>>;
  /** "<cluster id>/<owner node upper-cased>" → the roles it owns. */
  byOwner: Map<string, Map<string, ClusterRole>>;
  /** Roles that may fail back (allowed, with preferred owners), by id: a node coming back looks only at these. */
  failback: Map<string, ClusterRole>;
  /**
   * What the roles last saw of each cluster: its Up nodes and whether it ran (had quorum). Derived:
   * every change of membership ends with the roles' look (failover.ts), so between two steps of the
   * lab it equals the clusters' state, which is what a load rebuilds it from.
   */
  seenUp: Map<string, Set<string>>;
  seenOnline: Set<string>;
}

export const roleId = (clusterId: string, name: string) => `${clusterId}/${name.toUpperCase()}`;
const ownerKey = (clusterId: string, node: string) => `${clusterId}/${node.toUpperCase()}`;

export function loadRoles(roles: readonly ClusterRole[] = [], clusters: readonly Cluster[] = []): RolesSlice {
  const slice: RolesSlice = { byId: new Map(), byVm: new Map(), byCluster: new Map(), byOwner: new Map(), failback: new Map(), seenUp: new Map(), seenOnline: new Set() };
  for (const cluster of clusters) seeCluster(slice, cluster);
  // A saved lab lists entities in id order: creation order is createdMs, then the id.
  const ordered = [...roles].sort((a, b) => a.createdMs - b.createdMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const role of ordered) index(slice, role);
  return slice;
}

function index(slice: RolesSlice, role: ClusterRole): void {
  slice.byId.set(role.id, role);
  slice.byVm.set(role.vmId, role);
  let ofCluster = slice.byCluster.get(role.cluster);
  if (!ofCluster) slice.byCluster.set(role.cluster, (ofCluster = new Map()));
  ofCluster.set(role.id, role);
  if (role.ownerNode !== null) ownedBy(slice, role.cluster, role.ownerNode, true)!.set(role.id, role);
  indexFailback(slice, role);
}

/** Keeps the failback index in step after the role's failback or preferred owners changed. */
export function indexFailback(slice: RolesSlice, role: ClusterRole): void {
  if (role.failback.mode === 'allow' && role.preferredOwners.length > 0) slice.failback.set(role.id, role);
  else slice.failback.delete(role.id);
}

/** Records the cluster's Up nodes and whether it runs; answers the nodes that were not Up before. */
export function seeCluster(slice: RolesSlice, cluster: Cluster): { cameUp: string[]; wasOnline: boolean } {
  const up = new Set(cluster.nodes.filter((node) => node.state === 'Up').map((node) => node.name));
  const before = slice.seenUp.get(cluster.id) ?? new Set<string>();
  const wasOnline = slice.seenOnline.has(cluster.id);
  slice.seenUp.set(cluster.id, up);
  if (cluster.state === 'Online') slice.seenOnline.add(cluster.id);
  else slice.seenOnline.delete(cluster.id);
  return { cameUp: [...up].filter((name) => !before.has(name)), wasOnline };
}

function ownedBy(slice: RolesSlice, clusterId: string, node: string, create: boolean): Map<string, ClusterRole> | undefined {
  const key = ownerKey(clusterId, node);
  let owned = slice.byOwner.get(key);
  if (!owned && create) slice.byOwner.set(key, (owned = new Map()));
  return owned;
}

export function addRole(ctx: LabContext, role: ClusterRole): void {
  index(ctx.state.cluster.roles, role);
  touchRole(ctx, role);
}

export function touchRole(ctx: LabContext, role: ClusterRole): void {
  ctx.kernel.markDirty(CLUSTER_ROLES_COLLECTION, role.id);
}

/** Changes the owner node, keeping the owner index in step. */
export function setOwner(ctx: LabContext, role: ClusterRole, node: string | null): void {
  const slice = ctx.state.cluster.roles;
  if (role.ownerNode !== null) {
    const owned = ownedBy(slice, role.cluster, role.ownerNode, false);
    owned?.delete(role.id);
    if (owned?.size === 0) slice.byOwner.delete(ownerKey(role.cluster, role.ownerNode));
  }
  role.ownerNode = node;
  if (node !== null) ownedBy(slice, role.cluster, node, true)!.set(role.id, role);
  touchRole(ctx, role);
}

export function rolesOfCluster(state: LabState, clusterId: string): Iterable<ClusterRole> {
  return state.cluster.roles.byCluster.get(clusterId)?.values() ?? [];
}

/**
 * Index maps keep insertion order, which differs between a lab and its restored copy once roles
 * moved; whatever the engine does in a loop over an index goes in an order of the entities alone.
 */
export const byCreation = (a: ClusterRole, b: ClusterRole) => a.createdMs - b.createdMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The roles a node owns in creation order (a copy: callers move them). */
export function rolesOwnedBy(state: LabState, clusterId: string, node: string): ClusterRole[] {
  return [...(ownedBy(state.cluster.roles, clusterId, node, false)?.values() ?? [])].sort(byCreation);
}

/** The owner nodes that own some role of the cluster (upper-cased names, sorted). */
export function ownerNodesOf(state: LabState, clusterId: string): string[] {
  const prefix = `${clusterId}/`;
  const owners: string[] = [];
  for (const key of state.cluster.roles.byOwner.keys()) if (key.startsWith(prefix)) owners.push(key.slice(prefix.length));
  return owners.sort();
}

export function findRole(state: LabState, clusterId: string, name: unknown): ClusterRole | undefined {
  return typeof name === 'string' ? state.cluster.roles.byId.get(roleId(clusterId, name)) : undefined;
}
