// Helpers for the hyperv tests: the seed lab with Hyper-V in effect on the Demo nodes (installed,
// then one restart), and the same prepared for Create Cluster with Cluster1 created and Cluster
// Disk 2 (the VM LUN) added to Cluster Shared Volumes as C:\ClusterStorage\Volume1.
import { VM_MEMORY_DEFAULT_BYTES, VM_START_MS, type VmView } from '../../../domain/hyperv';
import { createLab, labContextOf } from '../../lab';
import { BOOTS_DONE_MS, createCluster, preparationSteps, runSteps, sharedVolumeCommands } from '../../scenarios/seed-lab-ready';
import { clusterLabParams, nodeNames, ok } from '../../testing/cluster-helpers';
import type { Lab, OsVersion } from '../../types';

export { BOOTS_DONE_MS };

/** Demo1..DemoN with Hyper-V in effect, nothing else prepared. */
export function hyperVLab({ nodes = 2, osVersion = '2008R2' as OsVersion } = {}): Lab {
  const lab = createLab(clusterLabParams({ nodes, osVersion }));
  for (const host of nodeNames(nodes)) {
    ok(lab, { type: 'featuresInstall', host, features: ['Hyper-V'] });
    ok(lab, { type: 'setPower', host, action: 'restart' });
  }
  lab.advance(BOOTS_DONE_MS);
  return lab;
}

/** Cluster1 on Demo1..DemoN with Hyper-V, and Volume1 a Cluster Shared Volume. */
export function hyperVClusterLab({ nodes = 2, osVersion = '2008R2' as OsVersion } = {}): Lab {
  const lab = createLab(clusterLabParams({ nodes, osVersion }));
  // Hyper-V is installed with the other features; the preparation's restarts put it in effect.
  runSteps(lab, preparationSteps({ nodes, hyperV: true }));
  createCluster(lab, nodes);
  for (const command of sharedVolumeCommands()) ok(lab, command);
  return lab;
}

export function vmOf(lab: Lab, host: string, vm: string): VmView {
  const result = lab.query({ type: 'vm', host, vm });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function hostVms(lab: Lab, host: string) {
  const result = lab.query({ type: 'hostVms', host });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** hyperVClusterLab with the VM LUN's initial synchronisation finished (both replicas take writes). */
export function syncedHyperVClusterLab({ nodes = 2 } = {}): Lab {
  const lab = hyperVClusterLab({ nodes });
  for (const ha of labContextOf(lab).state.starwind.haDevices.values()) if (ha.sync) lab.advance(Math.max(0, ha.sync.dueMs - lab.nowMs()));
  return lab;
}

/** A virtual machine on Volume1 writing `diskWriteBytesPerS`, started and Running (answers when it became Running). */
export function writingVm(lab: Lab, host: string, name: string, diskWriteBytesPerS: number, memoryBytes = VM_MEMORY_DEFAULT_BYTES): number {
  ok(lab, { type: 'vmCreate', host, name, location: 'C:\\ClusterStorage\\Volume1\\', memoryBytes });
  ok(lab, { type: 'vmSetSettings', host, vm: name, workload: { diskWriteBytesPerS } });
  ok(lab, { type: 'vmAction', host, vm: name, action: 'start' });
  lab.advance(VM_START_MS);
  return lab.nowMs();
}
