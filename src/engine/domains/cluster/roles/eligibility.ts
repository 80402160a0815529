// Which virtual machines Configure a Service or Application may make highly available: a machine
// of a node of the cluster, not a role yet, not in the middle of a change, with all its files on
// cluster storage (seed document: "All of the Hyper-V configuration and image files need to be
// stored on the shared storage of the failover cluster"): its configuration folder and its virtual
// hard disk under C:\ClusterStorage\VolumeN of an Online Cluster Shared Volume of this cluster.
// A machine on a plain cluster disk owned by its node is not offered (the lab keeps VMs on CSVs).
import { CSV_ROOT, type Cluster, type RoleCandidate } from '../../../../domain/cluster';
import type { VirtualMachine } from '../../../../domain/hyperv';
import type { LabState } from '../../../state';
import { vmsOfHost } from '../../hyperv/state';

const MOVING: readonly VirtualMachine['state'][] = ['Starting', 'Stopping', 'Saving'];

/** The CSV volume ("C:\ClusterStorage\Volume1") a path is on, or null. */
function csvVolumeOf(path: string): string | null {
  const upper = path.toUpperCase();
  const root = CSV_ROOT.toUpperCase();
  if (!upper.startsWith(`${root}\\`)) return null;
  return upper.split('\\').slice(0, 3).join('\\');
}

/** Why `path` is not on an Online CSV of the cluster, or null when it is. */
function storageProblem(cluster: Cluster, path: string, what: string, vm: VirtualMachine): string | null {
  const volume = csvVolumeOf(path);
  if (volume === null) return `The ${what} of '${vm.name}' is in ${path}, not on cluster storage: store every file of the virtual machine on a Cluster Shared Volume of ${cluster.name}.`;
  const disk = cluster.disks.find((each) => each.usage === 'csv' && each.csvPath?.toUpperCase() === volume);
  if (!disk) return `The ${what} of '${vm.name}' is in ${path}, which is not a Cluster Shared Volume of ${cluster.name}.`;
  if (disk.state !== 'Online') return `The ${what} of '${vm.name}' is on ${disk.csvPath} (${disk.name}), which is ${disk.state}.`;
  return null;
}

/** Why `vm` (on a node of `cluster`) cannot be made highly available now, or null. */
export function notEligibleReason(state: LabState, cluster: Cluster, vm: VirtualMachine): string | null {
  const role = state.cluster.roles.byVm.get(vm.id);
  if (role) return `'${vm.name}' is already highly available: it is the role ${role.name}.`;
  if (MOVING.includes(vm.state)) return `'${vm.name}' is ${vm.state}; wait until it finishes.`;
  const location = storageProblem(cluster, vm.location, 'configuration', vm);
  if (location) return location;
  if (vm.hardDisk.mode !== 'later') return storageProblem(cluster, vm.hardDisk.path, 'virtual hard disk', vm);
  return null;
}

/** Select Virtual Machine: every machine of the cluster's nodes, node by node, each with its reason if not eligible. */
export function roleCandidates(state: LabState, cluster: Cluster): RoleCandidate[] {
  const candidates: RoleCandidate[] = [];
  for (const node of cluster.nodes) {
    for (const vm of vmsOfHost(state, node.hostId)) {
      candidates.push({ host: vm.host, vm: vm.name, state: vm.state, notEligible: notEligibleReason(state, cluster, vm) });
    }
  }
  return candidates;
}
