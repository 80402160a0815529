// The one way a virtual machine's state changes: its I/O follows (a machine writes only while
// Running, io-flow.ts). The cluster's roles hear of the change through touchVm (state.ts), which
// the callers make once the machine's other fields are set too.
import type { VirtualMachine, VmState } from '../../../domain/hyperv';
import type { LabContext } from '../../context';
import { joinFlow, leaveFlow } from './io-flow';

export function setVmState(ctx: LabContext, vm: VirtualMachine, next: VmState): void {
  const before = vm.state;
  if (before === next) return;
  if (before === 'Running') leaveFlow(ctx, vm);
  vm.state = next;
  if (next === 'Running') joinFlow(ctx, vm);
}
