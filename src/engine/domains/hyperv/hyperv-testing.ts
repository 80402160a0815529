// Helpers for the hyperv tests: the seed lab with Hyper-V in effect on the Demo nodes (installed,
// then one restart), and the same prepared for Create Cluster with Cluster1 created and Cluster
// Disk 2 (the VM LUN) added to Cluster Shared Volumes as C:\ClusterStorage\Volume1.
import type { VmView } from '../../../domain/hyperv';
import { createLab } from '../../lab';
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
export function hyperVClusterLab({ nodes = 2 } = {}): Lab {
  const lab = createLab(clusterLabParams({ nodes }));
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
