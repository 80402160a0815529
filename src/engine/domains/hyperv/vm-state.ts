// The one way a virtual machine's state changes: its I/O follows (a machine writes only while
// Running, io-flow.ts) and the domains that watch machines are told (the cluster's VM roles).
import type { VirtualMachine, VmState } from '../../../domain/hyperv';
import type { LabContext } from '../../context';
import { joinFlow, leaveFlow } from './io-flow';
import { touchVm } from './state';

/** Told after a machine's state changed, with the state it left. */
export type VmStateWatcher = (ctx: LabContext, vm: VirtualMachine, before: VmState) => void;
const watchers: VmStateWatcher[] = [];
export function watchVmState(watcher: VmStateWatcher): void {
  if (!watchers.includes(watcher)) watchers.push(watcher);
}

export function setVmState(ctx: LabContext, vm: VirtualMachine, next: VmState): void {
  const before = vm.state;
  touchVm(ctx, vm);
  if (before === next) return;
  if (before === 'Running') leaveFlow(ctx, vm);
  vm.state = next;
  if (next === 'Running') joinFlow(ctx, vm);
  for (const watcher of watchers) watcher(ctx, vm, before);
}
