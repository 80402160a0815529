// What a server gives its virtual machines: memory and logical processors derived from its role
// (the lab's scenario choice, facts.ts; the network domain's Host is not changed), less the parent
// partition's reserve; and the running-VM limits of its OS version, per host and per cluster.
import {
  CLUSTER_NODE_LOGICAL_PROCESSORS,
  CLUSTER_NODE_MEMORY_BYTES,
  PARENT_PARTITION_RESERVE_BYTES,
  RUNNING_VMS_PER_CLUSTER_MAX,
  RUNNING_VMS_PER_HOST_MAX,
  VM_MEMORY_HOLDING_STATES,
  type HyperVHostView,
  type VirtualMachine,
} from '../../../domain/hyperv';
import { HYPER_V } from '../../../domain/features';
import { formatBytesWindows } from '../../../domain/units';
import type { Cluster } from '../../../domain/cluster';
import type { LabState } from '../../state';
import type { Host } from '../../types';
import { clusterOfHost } from '../cluster/state';
import { storageRefusal } from './io-storage';
import { conflict, type Refusal } from './refusals';
import { hostLoad } from './state';

export function hostMemoryBytes(host: Host): number {
  return host.role === 'cluster-node' ? CLUSTER_NODE_MEMORY_BYTES : 0;
}

export function hostLogicalProcessors(host: Host): number {
  return host.role === 'cluster-node' ? CLUSTER_NODE_LOGICAL_PROCESSORS : 0;
}

/** Memory virtual machines may hold in all: the total less the parent partition's reserve. */
export function vmMemoryCapacityBytes(host: Host): number {
  return Math.max(0, hostMemoryBytes(host) - PARENT_PARTITION_RESERVE_BYTES);
}

export const holdsMemory = (vm: VirtualMachine) => VM_MEMORY_HOLDING_STATES.includes(vm.state);

export function assignedMemoryBytes(state: LabState, host: Host): number {
  return hostLoad(state, host.id).assignedMemoryBytes;
}

export function runningVms(state: LabState, hostId: string): number {
  return hostLoad(state, hostId).runningVms;
}

export function hostView(state: LabState, host: Host): HyperVHostView {
  const assigned = assignedMemoryBytes(state, host);
  return {
    host: host.name,
    hyperV: state.features.servers.get(host.id)?.installed.includes(HYPER_V) ?? false,
    memoryBytes: hostMemoryBytes(host),
    logicalProcessors: hostLogicalProcessors(host),
    reserveBytes: PARENT_PARTITION_RESERVE_BYTES,
    assignedMemoryBytes: assigned,
    availableMemoryBytes: Math.max(0, vmMemoryCapacityBytes(host) - assigned),
    runningVms: runningVms(state, host.id),
    runningVmsMax: RUNNING_VMS_PER_HOST_MAX[host.osVersion],
  };
}

const mb = (bytes: number) => formatBytesWindows(bytes);

/**
 * The virtual machines the cluster runs: those on its active members (Up or Paused). A node out of
 * the membership (Down: off, removed, its Cluster service stopped) runs none of the cluster's; its
 * machines, if its Windows still runs them, are the ones the survivors fail over, so they must not
 * count against the limit that failover checks (one failed node of a full 2016 cluster: 8,000).
 */
export function clusterRunningVms(state: LabState, cluster: Cluster): number {
  let running = 0;
  for (const node of cluster.nodes) if (node.state === 'Up' || node.state === 'Paused') running += runningVms(state, node.hostId);
  return running;
}

/**
 * Why `vm` cannot start on `host` now (memory, the OS version's limits, then its volume: io-storage.ts), if it cannot.
 * `clusterRunning`: clusterRunningVms of the host's cluster, when the caller weighs many hosts of
 * one cluster at once (a failover's choice of node), so each is O(1).
 */
export function startRefusal(state: LabState, host: Host, vm: VirtualMachine, clusterRunning?: number): Refusal | undefined {
  const available = vmMemoryCapacityBytes(host) - assignedMemoryBytes(state, host);
  if (vm.memoryBytes > available) {
    return conflict('hyperv.not_enough_memory', 'vm', `'${vm.name}' could not initialize: not enough memory on ${host.name} to start it. It needs ${mb(vm.memoryBytes)}; ${mb(Math.max(0, available))} of ${mb(vmMemoryCapacityBytes(host))} is free for virtual machines.`);
  }
  const hostMax = RUNNING_VMS_PER_HOST_MAX[host.osVersion];
  if (runningVms(state, host.id) >= hostMax) return conflict('hyperv.host_vm_limit', 'vm', `${host.name} already runs ${hostMax} virtual machines, the most a Windows Server ${host.osVersion} host runs.`);
  const cluster = clusterOfHost(state, host.id);
  if (cluster) {
    const clusterMax = RUNNING_VMS_PER_CLUSTER_MAX[cluster.osVersion];
    if ((clusterRunning ?? clusterRunningVms(state, cluster)) >= clusterMax) return conflict('hyperv.cluster_vm_limit', 'vm', `Cluster ${cluster.name} already runs ${clusterMax} virtual machines, the most a Windows Server ${cluster.osVersion} cluster runs.`);
  }
  return storageRefusal(state, host, vm, cluster);
}
