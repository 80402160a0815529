// The FailoverClusters module's cmdlets the lab runs: Get-ClusterNode, Get-ClusterGroup and
// Move-ClusterVirtualMachineRole. Without -Cluster they talk to the cluster of the server the
// console runs on. Rows are the engine's reads; a move is the migration engine's migrationStart,
// answered with the group as it stands when the command returns (the lab's cmdlet returns at once,
// as with -Wait 0: follow the move with Get-ClusterGroup, or in Failover Cluster Manager).
import type { Cluster, ClusterRole } from '../../src/domain/cluster';
import { MIGRATION_END_STATES, type MigrationType } from '../../src/domain/migration';
import type { Signature } from './bind';
import { CLASS_NAMES, CLUSTER_UNREACHABLE, FAILOVER_CLUSTERS, MIGRATION_TYPE_NAMES, TYPE_NAMES } from './facts';
import type { PsObject } from './format';
import { change, cmdletError, filterByName, names, read, type Cmdlet, type CmdletResult, type Invocation, type Session } from './session';

/** The cluster a cmdlet talks to: -Cluster's, else the one the console's server is a running node of. */
async function targetCluster(invocation: Invocation, signature: Signature): Promise<{ ok: true; cluster: Cluster } | { ok: false; result: CmdletResult }> {
  const { session, bound, extent } = invocation;
  const fail = (message: string) => ({ ok: false as const, result: { ok: false as const, error: cmdletError(signature, message, extent, { category: 'ConnectionError' }) } });
  if (bound.Cluster !== undefined) {
    const named = await read(session, { type: 'cluster', name: String(bound.Cluster) });
    return named.ok ? { ok: true, cluster: named.value } : fail(named.message);
  }
  const local = session.host;
  if (!local) return fail(CLUSTER_UNREACHABLE);
  const all = await read(session, { type: 'clusters' });
  if (!all.ok) return fail(all.message);
  for (const summary of all.value.clusters) {
    const cluster = await read(session, { type: 'cluster', name: summary.name });
    if (!cluster.ok) continue;
    const node = cluster.value.nodes.find((each) => each.hostId === local.id);
    if (node) return node.state === 'Up' || node.state === 'Paused' ? { ok: true, cluster: cluster.value } : fail(CLUSTER_UNREACHABLE);
  }
  return fail(CLUSTER_UNREACHABLE);
}

/** A Get- cmdlet of the module: names (wildcards allowed) first, and -Cluster. */
const getterSignature = (name: string, className: string): Signature => ({
  name,
  className,
  params: [
    { name: 'Name', type: 'strings', position: 0 },
    { name: 'Cluster', type: 'string' },
  ],
});

const getClusterNodeSig = getterSignature('Get-ClusterNode', CLASS_NAMES.getClusterNode);

const getClusterNode: Cmdlet = {
  signature: getClusterNodeSig,
  module: FAILOVER_CLUSTERS,
  async run(invocation) {
    const target = await targetCluster(invocation, getClusterNodeSig);
    if (!target.ok) return target.result;
    const { cluster } = target;
    const kept = filterByName(cluster.nodes, names(invocation.bound.Name), (name) => `The cluster node '${name}' was not found.`);
    if (!kept.ok) return { ok: false, error: cmdletError(getClusterNodeSig, kept.message, invocation.extent, { category: 'ObjectNotFound' }) };
    // 2008 R2's view shows Name and State; from 2012 the node's ID sits between them.
    const withId = invocation.session.osVersion !== '2008R2';
    const items = kept.items.map((node): PsObject => ({
      typeName: TYPE_NAMES.node,
      properties: { Name: node.name, Id: String(node.nodeId), State: node.state, Cluster: cluster.name, NodeWeight: node.nodeWeight, ...(withId ? { DynamicWeight: node.dynamicWeight } : {}) },
      table: withId ? [['Name', node.name], ['ID', String(node.nodeId)], ['State', node.state]] : [['Name', node.name], ['State', node.state]],
    }));
    return { ok: true, items };
  },
};

/** PowerShell's ClusterGroupState names ("Partially Online" is PartialOnline). */
const groupState = (state: string) => (state === 'Partially Online' ? 'PartialOnline' : state);

type GroupRow = { name: string; ownerNode: string | null; state: string };

function groupObject(cluster: Cluster, row: GroupRow): PsObject {
  const state = groupState(row.state);
  const owner = row.ownerNode ?? '';
  return { typeName: TYPE_NAMES.group, properties: { Name: row.name, OwnerNode: owner, State: state, Cluster: cluster.name }, table: [['Name', row.name], ['OwnerNode', owner], ['State', state]] };
}

/** The groups every cluster has besides its roles: the core resources and the storage no role uses. */
function builtInGroups(cluster: Cluster): GroupRow[] {
  const core: GroupRow = { name: 'Cluster Group', ownerNode: cluster.coreOwner, state: cluster.state === 'Online' && cluster.coreOwner ? 'Online' : 'Offline' };
  const available = cluster.disks.filter((disk) => disk.usage === 'available');
  if (available.length === 0) return [core];
  const online = available.filter((disk) => disk.state === 'Online').length;
  const state = online === available.length ? 'Online' : online === 0 ? 'Offline' : 'Partially Online';
  return [core, { name: 'Available Storage', ownerNode: available[0]!.ownerNode, state }];
}

const getClusterGroupSig = getterSignature('Get-ClusterGroup', CLASS_NAMES.getClusterGroup);

const getClusterGroup: Cmdlet = {
  signature: getClusterGroupSig,
  module: FAILOVER_CLUSTERS,
  async run(invocation) {
    const target = await targetCluster(invocation, getClusterGroupSig);
    if (!target.ok) return target.result;
    const { cluster } = target;
    const roles = await read(invocation.session, { type: 'clusterRoles', name: cluster.name });
    if (!roles.ok) return { ok: false, error: cmdletError(getClusterGroupSig, roles.message, invocation.extent) };
    const groups = [...builtInGroups(cluster), ...roles.value.roles];
    const kept = filterByName(groups, names(invocation.bound.Name), (name) => `The cluster group '${name}' was not found.`);
    if (!kept.ok) return { ok: false, error: cmdletError(getClusterGroupSig, kept.message, invocation.extent, { category: 'ObjectNotFound' }) };
    return { ok: true, items: kept.items.map((group) => groupObject(cluster, group)) };
  },
};

const moveSig: Signature = {
  name: 'Move-ClusterVirtualMachineRole',
  className: CLASS_NAMES.moveVmRole,
  params: [
    { name: 'Name', type: 'string', position: 0, mandatory: true },
    { name: 'Node', type: 'string', position: 1 },
    { name: 'MigrationType', type: { enum: MIGRATION_TYPE_NAMES, typeName: TYPE_NAMES.migrationType } },
    { name: 'Cluster', type: 'string' },
    { name: 'Wait', type: 'int' },
    { name: 'Cancel', type: 'switch' },
  ],
};

const LAB_TYPES: Record<string, MigrationType> = { Live: 'live', Quick: 'quick' };

/** The roles a piped Get-ClusterGroup gives (their names), else -Name. */
function rolesToMove(invocation: Invocation): string[] {
  const piped = invocation.input.flatMap((item) => ('typeName' in item && item.typeName === TYPE_NAMES.group ? [String(item.properties.Name)] : []));
  return invocation.bound.Name !== undefined ? [String(invocation.bound.Name)] : piped;
}

async function moveOne(session: Session, invocation: Invocation, cluster: Cluster, role: string): Promise<CmdletResult> {
  const fail = (message: string, category?: string) => ({ ok: false as const, error: cmdletError(moveSig, message, invocation.extent, category ? { category } : {}) });
  const reads = [{ type: 'clusterRole' as const, name: cluster.name, role }];
  let result;
  if (invocation.bound.Cancel === true) {
    const migrations = await read(session, { type: 'migrations', cluster: cluster.name });
    if (!migrations.ok) return fail(migrations.message);
    const running = migrations.value.migrations.find((each) => each.role.toLowerCase() === role.toLowerCase() && !MIGRATION_END_STATES.includes(each.state));
    if (!running) return fail(`No migration of '${role}' is queued or running.`, 'InvalidOperation');
    result = await change(session, { type: 'migrationCancel', id: running.id }, reads);
  } else {
    const typeName = String(invocation.bound.MigrationType ?? 'Live');
    const migrationType = LAB_TYPES[typeName];
    if (!migrationType) return fail(`The lab moves a virtual machine by live or quick migration only; -MigrationType ${typeName} is not simulated.`, 'NotImplemented');
    const command = { type: 'migrationStart' as const, cluster: cluster.name, role, migrationType, ...(invocation.bound.Node !== undefined ? { node: String(invocation.bound.Node) } : {}) };
    result = await change(session, command, reads);
  }
  if (!result.ok) return fail(result.error.message);
  const answer = result.answers[0];
  if (!answer?.ok) return fail(`The group '${role}' could not be read after the move.`);
  return { ok: true, items: [groupObject(cluster, answer.value as ClusterRole)] };
}

const moveClusterVirtualMachineRole: Cmdlet = {
  signature: moveSig,
  module: FAILOVER_CLUSTERS,
  pipelineParam: 'Name',
  async run(invocation) {
    const target = await targetCluster(invocation, moveSig);
    if (!target.ok) return target.result;
    const items = [];
    for (const role of rolesToMove(invocation)) {
      const moved = await moveOne(invocation.session, invocation, target.cluster, role);
      if (!moved.ok) return moved;
      items.push(...moved.items);
    }
    return { ok: true, items };
  },
};

export const CLUSTER_CMDLETS: readonly Cmdlet[] = [getClusterNode, getClusterGroup, moveClusterVirtualMachineRole];
