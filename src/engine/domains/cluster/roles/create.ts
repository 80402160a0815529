// clusterRoleCreate: Configure a Service or Application → Virtual Machine → Select Virtual Machine
// → Confirmation. One role per selected machine, named as the machine, owned by its node, with the
// machine's two resources and the group defaults (role-facts.ts). The seed document's machine is
// Off, so its role shows Offline ("the new resource will be shown as offline and needs to be
// started"); a running machine's role is Online at once. The machine's Automatic Start Action
// becomes Nothing (facts Part A §2.4): from now on the cluster, not the host, starts it.
import {
  FAILBACK_DEFAULT,
  FAILOVER_PERIOD_DEFAULT_HOURS,
  FAILOVER_THRESHOLD_NODES_MINUS_ONE,
  ROLE_TYPES,
  vmConfigurationResourceName,
  vmResourceName,
  type Cluster,
  type ClusterRole,
} from '../../../../domain/cluster';
import type { VirtualMachine } from '../../../../domain/hyperv';
import { accept, type Decision } from '../../../decision';
import type { LabState } from '../../../state';
import type { Command } from '../../../types';
import { findVm, touchVm } from '../../hyperv/state';
import { clusterOrRefusal, conflict, invalid, isRefusal, notFound, type Refusal } from '../refusals';
import { notEligibleReason } from './eligibility';
import { runningClusterRefusal } from './refusals';
import { addRole, findRole, roleId } from './state';

type Create = Extract<Command, { type: 'clusterRoleCreate' }>;

/** The machines a create names, each found on a node of the cluster and eligible; or the first refusal. */
function selectedVms(state: LabState, cluster: Cluster, command: Create): VirtualMachine[] | Refusal {
  if (!Array.isArray(command.vms) || command.vms.length === 0) return invalid('cluster.no_vm_selected', 'vms', 'Select at least one virtual machine.');
  const chosen: VirtualMachine[] = [];
  const names = new Set<string>();
  for (const wanted of command.vms) {
    const hostName = typeof wanted?.host === 'string' ? wanted.host.toUpperCase() : undefined;
    const node = cluster.nodes.find((each) => each.name.toUpperCase() === hostName);
    if (!node) return notFound('cluster.node_not_found', 'vms', `${String(wanted?.host)} is not a node of cluster ${cluster.name}.`);
    const host = state.network.hosts.get(node.hostId);
    const vm = host ? findVm(state, host, wanted.vm) : undefined;
    if (!vm) return notFound('hyperv.vm_not_found', 'vms', `${node.name} has no virtual machine named "${String(wanted.vm)}".`);
    const upper = vm.name.toUpperCase();
    if (names.has(upper)) return conflict('cluster.role_name_taken', 'vms', `Two selected virtual machines are named '${vm.name}'; a role takes its machine's name, which is unique in the cluster.`);
    names.add(upper);
    const reason = notEligibleReason(state, cluster, vm);
    if (reason) return conflict('cluster.vm_not_eligible', 'vms', reason);
    const taken = findRole(state, cluster.id, vm.name);
    if (taken) return conflict('cluster.role_name_taken', 'vms', `Cluster ${cluster.name} already has a service or application named ${taken.name}.`);
    chosen.push(vm);
  }
  // Created in the order a restored lab lists them (by id), whatever the order of the selection.
  return chosen.sort((a, b) => (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1));
}

export function newRole(cluster: Cluster, vm: VirtualMachine, nowMs: number): ClusterRole {
  const online = vm.state === 'Running';
  const resourceState = online ? 'Online' : 'Offline';
  return {
    id: roleId(cluster.id, vm.name),
    cluster: cluster.id,
    name: vm.name,
    type: 'VirtualMachine',
    vmId: vm.id,
    state: online ? 'Online' : 'Offline',
    ownerNode: vm.host,
    preferredOwners: [],
    failoverThreshold: FAILOVER_THRESHOLD_NODES_MINUS_ONE,
    failoverPeriodHours: FAILOVER_PERIOD_DEFAULT_HOURS,
    failback: FAILBACK_DEFAULT,
    failoversMs: [],
    resources: [
      { name: vmResourceName(vm.name), type: 'Virtual Machine', state: resourceState, disk: null, restartFailuresMs: [] },
      { name: vmConfigurationResourceName(vm.name), type: 'Virtual Machine Configuration', state: resourceState, disk: null, restartFailuresMs: [] },
    ],
    createdMs: nowMs,
    lastError: null,
    wantedOnline: online,
    onlineSinceMs: online ? nowMs : null,
    pending: null,
  };
}

export function decideRoleCreate(state: LabState, command: Create): Decision {
  const cluster = clusterOrRefusal(state, command.cluster);
  if (isRefusal(cluster)) return cluster;
  const down = runningClusterRefusal(cluster);
  if (down) return down;
  if (!ROLE_TYPES.includes(command.roleType)) return invalid('cluster.invalid_role_type', 'roleType', `The lab configures ${ROLE_TYPES.join(', ')} services and applications.`);
  const vms = selectedVms(state, cluster, command);
  if (isRefusal(vms)) return vms;
  return accept((ctx) => {
    const nowMs = ctx.kernel.nowMs();
    for (const vm of vms) {
      addRole(ctx, newRole(cluster, vm, nowMs));
      vm.automaticStartAction = 'Nothing';
      touchVm(ctx, vm);
    }
  });
}
