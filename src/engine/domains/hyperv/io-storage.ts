// A machine whose disk is on a Cluster Shared Volume starts only where that volume is reachable:
// on a node of the volume's cluster that reaches it now (Direct or Redirected Access). Elsewhere
// Hyper-V cannot open its files (the volume is lost on the node, the node is not a running member,
// or its cluster is offline), so Start is refused with that reason, as the cluster's placement is.
import { CSV_ROOT } from '../../../domain/cluster';
import type { VirtualMachine } from '../../../domain/hyperv';
import type { LabState } from '../../state';
import type { Host } from '../../types';
import { clusterOfHost } from '../cluster/state';
import { accessNow, flows } from './io-flow';
import { conflict, type Refusal } from './refusals';

export function storageRefusal(state: LabState, host: Host, vm: VirtualMachine): Refusal | undefined {
  if (vm.hardDisk.mode === 'later') return undefined;
  const path = vm.hardDisk.path;
  const upper = path.toUpperCase();
  if (!upper.startsWith(`${CSV_ROOT.toUpperCase()}\\`)) return undefined;
  const cluster = clusterOfHost(state, host.id);
  const disk = cluster?.disks.find((candidate) => candidate.usage === 'csv' && candidate.csvPath !== null && upper.startsWith(`${candidate.csvPath.toUpperCase()}\\`));
  if (disk && flows(accessNow(disk, host.name))) return undefined;
  const volume = disk?.csvPath ?? path.split('\\').slice(0, 3).join('\\');
  return conflict('hyperv.storage_unavailable', 'vm', `'${vm.name}' could not start: its virtual hard disk ${path} is on ${volume}, which ${host.name} cannot reach now.`);
}
