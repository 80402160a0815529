// A server that stops (shut down, restarted or its plug pulled) takes its virtual machines down
// with it: each that held memory is Off at once, hard (the Automatic Stop Action, Save by default
// in the product, comes with a later slice). When the server is running again, the Automatic
// Start Action starts those that ask for it, under the same memory and limit checks as Start.
import type { HostChange, LabContext } from '../../context';
import { applyVmAction, turnOff } from './actions';
import { holdsMemory, startRefusal } from './resources';
import { hyperVRefusal } from './refusals';
import { touchVm, vmsOfHost } from './state';

export function onHyperVHostChanged(ctx: LabContext, change: HostChange): void {
  if (change.cause !== 'power') return;
  const { state } = ctx;
  const host = state.network.hosts.get(change.hostId);
  if (!host) return;
  const vms = vmsOfHost(state, host.id);
  if (host.powerState !== 'on') {
    for (const vm of vms) {
      if (!holdsMemory(vm)) continue;
      vm.runningWhenHostStopped = vm.state !== 'Stopping';
      turnOff(ctx, vm);
    }
    return;
  }
  if (hyperVRefusal(state, host)) return;
  for (const vm of vms) {
    const wanted = vm.automaticStartAction === 'AlwaysStart' || (vm.automaticStartAction === 'StartIfRunning' && vm.runningWhenHostStopped);
    if (vm.runningWhenHostStopped) {
      vm.runningWhenHostStopped = false;
      touchVm(ctx, vm);
    }
    if (wanted && (vm.state === 'Off' || vm.state === 'Saved') && !startRefusal(state, host, vm)) applyVmAction(ctx, vm, 'start');
  }
}
