// Where a migration may go and where it goes by default. A destination is Up, in the cluster,
// not the owner, can run the machine (Hyper-V, no machine of its name), has its memory free (less
// what live migrations already reserve there and what a drain sends it), stays under the host's
// limit of running machines, and reaches the machine's volume (CSV access Direct or Redirected
// Access). The cluster's own limit is not weighed: the machine already runs in the cluster.
// The best possible node: the first preferred owner that qualifies, else the one with the fewest
// machines running or on their way to it (ties: node order).
import { RUNNING_VMS_PER_HOST_MAX, type VirtualMachine } from '../../../domain/hyperv';
import type { Cluster, ClusterNode, ClusterRole } from '../../../domain/cluster';
import type { LabState } from '../../state';
import { hostingProblem, pickNode } from '../cluster/roles/placement';
import { accessNow, flows, volumeOfVm } from '../hyperv/io-flow';
import { vmMemoryCapacityBytes } from '../hyperv/resources';
import { hostLoad } from '../hyperv/state';
import { reservedBytes } from './state';

/** Machines and memory already promised to nodes by the caller (a drain placing many at once), by node name. */
export type Incoming = Map<string, { vms: number; bytes: number }>;
const NONE = { vms: 0, bytes: 0 };

export function destinationProblem(state: LabState, cluster: Cluster, node: ClusterNode, vm: VirtualMachine, incoming?: Incoming): string | null {
  const problem = hostingProblem(state, node, vm, false);
  if (problem) return problem;
  const host = state.network.hosts.get(node.hostId)!;
  const load = hostLoad(state, host.id);
  const coming = incoming?.get(node.name) ?? NONE;
  const freeBytes = vmMemoryCapacityBytes(host) - load.assignedMemoryBytes - reservedBytes(state, cluster.name, node.name) - coming.bytes;
  if (freeBytes < vm.memoryBytes) return `${node.name} has ${Math.max(0, freeBytes)} bytes of memory free for virtual machines; '${vm.name}' needs ${vm.memoryBytes}.`;
  const hostMax = RUNNING_VMS_PER_HOST_MAX[host.osVersion];
  if (load.runningVms + coming.vms >= hostMax) return `${node.name} already runs ${hostMax} virtual machines, the most a Windows Server ${host.osVersion} host runs.`;
  const volume = volumeOfVm(state, vm);
  if (volume && !flows(accessNow(volume.disk, node.name))) return `${node.name} cannot reach ${volume.disk.csvPath ?? volume.disk.name} (its access is ${accessNow(volume.disk, node.name) ?? 'none'}).`;
  return null;
}

export function bestDestination(state: LabState, cluster: Cluster, role: ClusterRole, vm: VirtualMachine, source: string, incoming?: Incoming): ClusterNode | undefined {
  const fits = (node: ClusterNode) => node.name !== source && node.state === 'Up' && destinationProblem(state, cluster, node, vm, incoming) === null;
  return pickNode(cluster, role, fits, (node) => hostLoad(state, node.hostId).runningVms + (incoming?.get(node.name)?.vms ?? 0));
}
