// A virtual machine's disk I/O as Hyper-V Manager could show it, read at the lab's time without
// settling anything: bytes from its account's flow clock, latency from the I/O model of the path
// in use now (its node's MPIO disk, or the coordinator's plus the cluster network hop).
import { VM_IO_BLOCK_BYTES, type VirtualMachine, type VmDiskIoView } from '../../../domain/hyperv';
import type { Cluster, ClusterDisk, CsvAccess } from '../../../domain/cluster';
import type { LabState } from '../../state';
import { redirectLinkBitsPerS } from '../cluster/csv-access';
import { ioServiceUs } from '../disks/io-model';
import { usablePaths } from '../disks/io-paths';
import { sharePaths } from '../disks/path-select';
import { accessNow, diskInUse, flows, volumeOfVm, vmWrittenBytes } from './io-flow';

/** I/Os the latency is averaged over, spread by the disk's MPIO policy (Round Robin alternates paths). */
const LATENCY_SAMPLE_IOS = 1024;

/** One write's service time for the node now, µs (null when its I/O has no path). */
export function writeLatencyUs(state: LabState, cluster: Cluster, disk: ClusterDisk, hostId: string, node: string, access: CsvAccess | null): number | null {
  const hostDisk = diskInUse(state, cluster, disk, hostId, access);
  if (!hostDisk) return null;
  const choices = usablePaths(state, hostDisk, 'write', VM_IO_BLOCK_BYTES).usable.map((path) => path.choice);
  if (choices.length === 0) return null;
  const { counts } = sharePaths(hostDisk.policy, choices, LATENCY_SAMPLE_IOS, 0);
  let weighted = 0;
  let total = 0;
  choices.forEach((choice, index) => {
    weighted += (counts[index] ?? 0) * choice.serviceUs;
    total += counts[index] ?? 0;
  });
  const storageUs = Math.ceil(weighted / Math.max(1, total));
  if (access !== 'Redirected Access') return storageUs;
  // Redirected: the write crosses the cluster network to the coordinator, which writes it on its path.
  const linkBitsPerS = disk.ownerNode === null ? undefined : redirectLinkBitsPerS(state, cluster, node, disk.ownerNode);
  return linkBitsPerS === undefined ? null : ioServiceUs(VM_IO_BLOCK_BYTES, linkBitsPerS, storageUs);
}

export function vmDiskIoView(state: LabState, vm: VirtualMachine, nowMs: number): VmDiskIoView | undefined {
  if (!vm.io) return undefined;
  const found = volumeOfVm(state, vm);
  const access = found ? accessNow(found.disk, vm.host) : null;
  const stalled = vm.state === 'Paused-Critical' || (vm.state === 'Running' && !flows(access));
  const latencyUs = found && vm.state === 'Running' && !stalled ? writeLatencyUs(state, found.cluster, found.disk, vm.hostId, vm.host, access) : null;
  return { volume: vm.io.volume, access, writtenBytes: vmWrittenBytes(state, vm, nowMs), latencyUs, stalled };
}
