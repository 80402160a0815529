// What a migration needs, checked when it is asked for and again when it leaves the queue, each
// refusal naming its field and the rule: the cluster running with quorum; the role online, its
// machine Running and its owner Up (or Paused: drained); a destination that qualifies
// (destination.ts); and, for a live migration, a network between the two nodes.
import type { Cluster, ClusterNode, ClusterRole } from '../../../domain/cluster';
import type { VirtualMachine } from '../../../domain/hyperv';
import { MIGRATION_TYPES, type Migration, type MigrationType } from '../../../domain/migration';
import type { LabState } from '../../state';
import { roleOrRefusal, runningClusterRefusal } from '../cluster/roles/refusals';
import { clusterOrRefusal, conflict, invalid, isRefusal, nodeOrRefusal, type Refusal } from '../cluster/refusals';
import { liveMigrationNetwork, type LiveNetwork } from './network-choice';
import { bestDestination, destinationProblem } from './destination';

export interface MigrationPlan {
  cluster: Cluster;
  role: ClusterRole;
  vm: VirtualMachine;
  source: ClusterNode;
  destination: ClusterNode;
  bestPossibleNode: boolean;
  type: MigrationType;
  /** Live only. */
  network: LiveNetwork | null;
}

/** `self`: a queued migration checked again as it leaves the queue (its own record is no obstacle). */
export function planMigration(state: LabState, clusterName: unknown, roleName: unknown, nodeName: unknown, type: unknown, self?: Migration): MigrationPlan | Refusal {
  const cluster = clusterOrRefusal(state, clusterName);
  if (isRefusal(cluster)) return cluster;
  const down = runningClusterRefusal(cluster);
  if (down) return down;
  const role = roleOrRefusal(state, cluster, roleName);
  if (isRefusal(role)) return role;
  if (!MIGRATION_TYPES.includes(type as MigrationType)) return invalid('migration.invalid_type', 'migrationType', `The migration type is one of ${MIGRATION_TYPES.join(', ')}.`);
  const migrationType = type as MigrationType;
  const open = state.migration.openByVm.get(role.vmId);
  if (open && open !== self) return conflict('migration.in_progress', 'role', `${role.name} is already being migrated (${open.id}, ${open.state}).`);
  if (role.pending !== null) return conflict('cluster.role_pending', 'role', `${role.name} is ${role.state}: wait until its ${role.pending.action} ends.`);
  const vm = state.hyperv.vms.get(role.vmId);
  if (!vm) return conflict('cluster.vm_missing', 'role', `The virtual machine of ${role.name} is gone.`);
  if (role.state !== 'Online' || vm.state !== 'Running')
    return conflict('migration.not_running', 'role', `${role.name} is ${role.state} and '${vm.name}' is ${vm.state}: only an online role with its machine Running is ${migrationType === 'live' ? 'live' : 'quick'} migrated.`);
  const source = cluster.nodes.find((node) => node.name === role.ownerNode);
  // A Paused owner still runs its roles (Pause → Drain Roles moves them off it).
  if (!source || (source.state !== 'Up' && source.state !== 'Paused'))
    return conflict('migration.source_not_up', 'role', `The owner of ${role.name}, ${String(role.ownerNode)}, is ${source?.state ?? 'not a node'}: both nodes must be Up.`);
  let destination: ClusterNode | undefined;
  if (nodeName === undefined) {
    destination = bestDestination(state, cluster, role, vm, source.name);
    if (!destination) return conflict('cluster.no_possible_owner', 'node', `No other node of cluster ${cluster.name} can take ${role.name} now.`);
  } else {
    const node = nodeOrRefusal(cluster, nodeName);
    if (isRefusal(node)) return node;
    if (node.name === source.name) return conflict('cluster.already_owner', 'node', `${node.name} already owns ${role.name}.`);
    const problem = node.state === 'Up' ? destinationProblem(state, cluster, node, vm) : `${node.name} is ${node.state}.`;
    if (problem) return conflict('cluster.node_cannot_host', 'node', `${role.name} cannot move to ${node.name}: ${problem}`);
    destination = node;
  }
  let network: LiveNetwork | null = null;
  if (migrationType === 'live') {
    network = liveMigrationNetwork(state, cluster, source.name, destination.name) ?? null;
    if (!network) return conflict('migration.no_network', 'node', `No cluster network of the live-migration order joins ${source.name} and ${destination.name} now.`);
  }
  return { cluster, role, vm, source, destination, bestPossibleNode: self?.bestPossibleNode ?? nodeName === undefined, type: migrationType, network };
}
