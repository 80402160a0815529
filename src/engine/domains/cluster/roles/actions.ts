// clusterRoleAction: Bring this service or application online (start), Take this service or
// application offline (stop) and Move this service or application to another node (move: to
// `node`, or the best possible node). An online role moves quickly (saved on the owner, restored
// on the target: its machine keeps its id and changes host; recorded as a quick migration); an
// offline one only changes owner.
// Every action needs the cluster running with quorum and the role not in the middle of a change.
import { ROLE_ACTIONS, type Cluster, type ClusterRole } from '../../../../domain/cluster';
import type { VirtualMachine } from '../../../../domain/hyperv';
import { accept, type Decision } from '../../../decision';
import type { LabState } from '../../../state';
import type { Command } from '../../../types';
import { hyperVRefusal } from '../../hyperv/refusals';
import { startRefusal } from '../../hyperv/resources';
import { clusterOrRefusal, conflict, invalid, isRefusal, nodeOrRefusal, type Refusal } from '../refusals';
import { startQuick } from '../../migration/quick';
import { bringOnline, markOnline, rehostRole, takeOffline } from './lifecycle';
import { bestNode, hostingProblem } from './placement';
import { roleOrRefusal, runningClusterRefusal } from './refusals';

type Action = Extract<Command, { type: 'clusterRoleAction' }>;

const MOVING_VM: readonly VirtualMachine['state'][] = ['Starting', 'Stopping', 'Saving'];

function startDecision(state: LabState, cluster: Cluster, role: ClusterRole, vm: VirtualMachine): Decision {
  if (role.state === 'Online') return conflict('cluster.role_online', 'action', `${role.name} is already Online.`);
  if (vm.state === 'Running') return accept((ctx) => markOnline(ctx, role));
  if (vm.state !== 'Off' && vm.state !== 'Saved') return conflict('cluster.vm_state', 'action', `'${vm.name}' is ${vm.state}; it is brought online from Off or Saved.`);
  const owner = cluster.nodes.find((node) => node.name === role.ownerNode);
  const problem = owner ? hostingProblem(state, owner, vm, false, true) : `${String(role.ownerNode)} is not a node of cluster ${cluster.name}.`;
  if (problem) return conflict('cluster.owner_unavailable', 'action', `${role.name} cannot come online on its owner: ${problem}`);
  const host = state.network.hosts.get(owner!.hostId)!;
  const refusal = hyperVRefusal(state, host) ?? startRefusal(state, host, vm);
  if (refusal) return refusal;
  return accept((ctx) => bringOnline(ctx, role, vm, 'start'));
}

function moveDecision(state: LabState, cluster: Cluster, role: ClusterRole, vm: VirtualMachine, nodeName: unknown): Decision {
  const online = role.state === 'Online';
  if (!online && vm.state !== 'Off' && vm.state !== 'Saved') return conflict('cluster.vm_state', 'node', `'${vm.name}' is ${vm.state}; take ${role.name} offline or bring it online before moving it.`);
  let target;
  if (nodeName === undefined) {
    target = bestNode(state, cluster, role, vm, role.ownerNode, online);
    if (!target) return conflict('cluster.no_possible_owner', 'node', `No other node of cluster ${cluster.name} can run ${role.name} now.`);
  } else {
    const node = nodeOrRefusal(cluster, nodeName);
    if (isRefusal(node)) return node;
    if (node.name === role.ownerNode) return conflict('cluster.already_owner', 'node', `${node.name} already owns ${role.name}.`);
    const problem = hostingProblem(state, node, vm, online);
    if (problem) return conflict('cluster.node_cannot_host', 'node', `${role.name} cannot move to ${node.name}: ${problem}`);
    target = node;
  }
  const host = state.network.hosts.get(target.hostId)!;
  const name = target.name;
  // An online role moves by quick migration, recorded as a Migration (one code path: migration/quick.ts).
  const best = nodeName === undefined;
  return accept((ctx) => (online ? void startQuick(ctx, cluster, role, vm, name, best) : rehostRole(ctx, role, vm, host)));
}

export function decideRoleAction(state: LabState, command: Action): Decision {
  const cluster = clusterOrRefusal(state, command.cluster);
  if (isRefusal(cluster)) return cluster;
  const down = runningClusterRefusal(cluster);
  if (down) return down;
  const role = roleOrRefusal(state, cluster, command.role);
  if (isRefusal(role)) return role;
  if (!ROLE_ACTIONS.includes(command.action)) return invalid('cluster.invalid_role_action', 'action', `The action is one of ${ROLE_ACTIONS.join(', ')}.`);
  const migration = state.migration.openByVm.get(role.vmId);
  if (migration) return conflict('migration.in_progress', 'action', `${role.name} is being migrated (${migration.id}, ${migration.state}); wait until it ends or cancel it.`);
  if (role.pending !== null) return conflict('cluster.role_pending', 'action', `${role.name} is ${role.state}: wait until its ${role.pending.action} ends.`);
  const vm = state.hyperv.vms.get(role.vmId);
  if (!vm) return conflict('cluster.vm_missing', 'role', `The virtual machine of ${role.name} is gone.`) as Refusal;
  if (MOVING_VM.includes(vm.state) && command.action !== 'stop') return conflict('cluster.vm_state', 'action', `'${vm.name}' is ${vm.state}; wait until it finishes.`);
  switch (command.action) {
    case 'start':
      return startDecision(state, cluster, role, vm);
    case 'stop':
      if (role.state === 'Offline') return conflict('cluster.role_offline', 'action', `${role.name} is already Offline.`);
      return accept((ctx) => takeOffline(ctx, role, vm));
    case 'move':
      return moveDecision(state, cluster, role, vm, command.node);
  }
}
