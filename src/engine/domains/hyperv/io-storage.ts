// A machine whose disk is on a Cluster Shared Volume starts only where that volume is reachable:
// on a node of the volume's cluster that reaches it now (Direct or Redirected Access). Elsewhere
// Hyper-V cannot open its files (the volume is lost on the node, the node is not a running member,
// or its cluster is offline), so Start is refused with that reason, as the cluster's placement is.
import { CSV_ROOT, type Cluster } from '../../../domain/cluster';
import type { VirtualMachine } from '../../../domain/hyperv';
import type { LabState } from '../../state';
import type { Host } from '../../types';
import { clusterOfHost } from '../cluster/state';
import { accessNow, flows } from './io-flow';
import { conflict, type Refusal } from './refusals';

const CSV_ROOT_UPPER = `${CSV_ROOT.toUpperCase()}\\`;

/** `cluster`: the host's cluster when the caller has it (startRefusal), so a failover's weighing of every node stays O(1) each. */
export function storageRefusal(state: LabState, host: Host, vm: VirtualMachine, cluster: Cluster | undefined = clusterOfHost(state, host.id)): Refusal | undefined {
  if (vm.hardDisk.mode === 'later') return undefined;
  const path = vm.hardDisk.path;
  const pathUpper = path.toUpperCase();
  if (!pathUpper.startsWith(CSV_ROOT_UPPER)) return undefined;
  const disk = cluster?.disks.find((candidate) => candidate.usage === 'csv' && candidate.csvPath !== null && pathUpper.startsWith(`${candidate.csvPath.toUpperCase()}\\`));
  if (disk && flows(accessNow(disk, host.name))) return undefined;
  const volume = disk?.csvPath ?? path.split('\\').slice(0, 3).join('\\');
  return conflict('hyperv.storage_unavailable', 'vm', `'${vm.name}' could not start: its virtual hard disk ${path} is on ${volume}, which ${host.name} cannot reach now.`);
}
