// The lab of the ready bench and the browser bench: seed-lab-ready on 64 Windows Server 2016
// nodes, plus highly available virtual machines up to 8,000 (the 2016 cluster's limit), 125 per
// node (VM1, the scenario's, is one of Demo1's), 128 MB each so that a node's share and a failed
// node's 125 fit on the others. Every machine is stored on the CSV, a role of Cluster1, Online.
import { BYTES_PER_MIB } from '../../src/domain/units';
import { createLab } from '../../src/engine/lab';
import { CLUSTER_NAME, CSV_PATH, highlyAvailableCommands, nodeNames, READY_VM, ROLE_ONLINE_MS, runSteps, type ReadyStep } from '../../src/engine/scenarios/seed-lab-ready';
import type { Lab } from '../../src/engine/types';

export const FLEET_NODES = 64;
export const VMS_PER_NODE = 125;
export const FLEET_VMS = FLEET_NODES * VMS_PER_NODE;
export const FLEET_VM_MEMORY_BYTES = 128 * BYTES_PER_MIB;

export interface FleetVm {
  host: string;
  vm: string;
}

/** The machines of each node, in creation order: VM1 on Demo1 first, then VM2… round the nodes. */
export function fleetVms(): FleetVm[] {
  const vms: FleetVm[] = [{ host: READY_VM.host, vm: READY_VM.name }];
  let number = 2;
  for (const host of nodeNames(FLEET_NODES)) {
    const count = host === READY_VM.host ? VMS_PER_NODE - 1 : VMS_PER_NODE;
    for (let index = 0; index < count; index++) vms.push({ host, vm: `VM${number++}` });
  }
  return vms;
}

/**
 * The steps that add the machines to the ready lab, as the seed document adds VM1: New Virtual
 * Machine on the CSV, Configure a Service or Application, Bring this service or application online.
 */
export function fleetSteps(vms: readonly FleetVm[] = fleetVms(), memoryBytes = FLEET_VM_MEMORY_BYTES): ReadyStep[] {
  const added = vms.filter((vm) => vm.vm !== READY_VM.name);
  const steps: ReadyStep[] = [];
  for (const { host, vm } of added) steps.push({ command: { type: 'vmCreate', host, name: vm, location: CSV_PATH, memoryBytes } });
  for (const command of highlyAvailableCommands(added.map(({ host, vm }) => ({ host, name: vm })))) steps.push({ command });
  steps.push({ advanceMs: ROLE_ONLINE_MS });
  return steps;
}

export const FLEET_PARAMS = { seed: 1, scenario: 'seed-lab-ready', options: { osVersion: '2016', clusterNodes: FLEET_NODES } } as const;

/** How many roles of `vms` are Online (their machine Running) on a node other than `failed`: the failover is done at all of them. */
export function onlineElsewhere(lab: Lab, vms: readonly FleetVm[], failed: string): number {
  let online = 0;
  for (const { vm } of vms) {
    const answer = lab.query({ type: 'clusterRole', name: CLUSTER_NAME, role: vm });
    if (answer.ok && answer.value.state === 'Online' && answer.value.ownerNode !== failed) online++;
  }
  return online;
}

export function fleetLab(): { lab: Lab; vms: FleetVm[] } {
  const lab = createLab(FLEET_PARAMS);
  const vms = fleetVms();
  runSteps(lab, fleetSteps(vms));
  return { lab, vms };
}
