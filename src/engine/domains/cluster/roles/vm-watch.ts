// Hyper-V tells the cluster when a highly available machine changes state (hyperv/state.ts
// `touchVm` calls this for every change, whoever made it: Hyper-V Manager, a host that stops, a
// lost disk that pauses it critically). A change the cluster waits for ends its pending change; an
// Online role whose machine leaves Running unasked gets its next LooksAlive poll (health.ts).
import type { VirtualMachine, VmState } from '../../../../domain/hyperv';
import type { LabContext } from '../../../context';
import { migrationsSeeVm } from '../../migration/vm-seen';
import { schedulePoll } from './health';
import { finishQuickMove, markFailed, markOffline, markOnline } from './lifecycle';

export function onVmStateChanged(ctx: LabContext, vm: VirtualMachine, previous: VmState): void {
  rolesSeeVm(ctx, vm, previous);
  // After the role reacted (a quick move's next step happens inside it): its migration follows.
  migrationsSeeVm(ctx, vm);
}

function rolesSeeVm(ctx: LabContext, vm: VirtualMachine, previous: VmState): void {
  const role = ctx.state.cluster.roles.byVm.get(vm.id);
  if (!role) return;
  const pending = role.pending;
  if (pending?.action === 'stop') {
    if (vm.state === 'Off' || vm.state === 'Saved') markOffline(ctx, role);
    return;
  }
  if (pending?.action === 'move' && pending.targetNode !== null) {
    if (vm.state === 'Off' || vm.state === 'Saved') finishQuickMove(ctx, role, vm);
    return;
  }
  if (pending) {
    if (vm.state === 'Running') markOnline(ctx, role);
    // A start that did not end Running (turned off, its host lost) failed.
    else if (previous === 'Starting') markFailed(ctx, role, vm, `'${vm.name}' stopped while it was starting (${vm.state}).`);
    return;
  }
  if (role.state === 'Online') {
    if (vm.state !== 'Running') schedulePoll(ctx, role);
    return;
  }
  // Started outside the cluster (Hyper-V Manager): the cluster finds it running, if the Cluster
  // service runs at all (with quorum; quorum back starts the roles wanted online).
  if (vm.state === 'Running' && ctx.state.cluster.clusters.get(role.cluster)?.state === 'Online') markOnline(ctx, role);
}
