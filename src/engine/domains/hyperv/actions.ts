// vmAction: Hyper-V Manager's Start, Turn Off, Shut Down, Save, Pause and Resume. Moves that take
// time (Starting, Stopping, Saving) run on one keyed kernel timer per machine; Turn Off, Pause
// and Resume are immediate. A start from Saved reads the state file back (its duration grows
// with the memory, facts.ts); a start needs the server running with Hyper-V in effect, the memory
// free, and the OS version's running-VM limits not reached.
import { stateFileTransferMs, VM_ACTION_FROM, VM_ACTION_LABELS, VM_ACTIONS, VM_SHUTDOWN_MS, VM_START_MS, vmActionApplies, type VirtualMachine, type VmAction } from '../../../domain/hyperv';
import type { LabContext } from '../../context';
import { accept, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command, Host, TimerRecord } from '../../types';
import { conflict, hostOrRefusal, hyperVRefusal, invalid, isRefusal, vmOrRefusal, type Refusal } from './refusals';
import { startRefusal } from './resources';
import { touchVm } from './state';
import { setVmState } from './vm-state';

export const VM_TIMER_KIND = 'hyperv.vm';
export const vmTimerKey = (vmId: string) => `hyperv-vm:${vmId}`;
export interface VmTimerData {
  vm: string;
}

type Action = Extract<Command, { type: 'vmAction' }>;

function refusalFor(state: LabState, host: Host, vm: VirtualMachine, action: VmAction): Refusal | undefined {
  if (!vmActionApplies(action, vm.state)) {
    return conflict('hyperv.vm_state', 'action', `${VM_ACTION_LABELS[action]} does not apply to '${vm.name}' while it is ${vm.state}; it applies when it is ${VM_ACTION_FROM[action].join(' or ')}.`);
  }
  return action === 'start' ? startRefusal(state, host, vm) : undefined;
}

export function decideVmAction(state: LabState, command: Action): Decision {
  const host = hostOrRefusal(state, command.host);
  if (isRefusal(host)) return host;
  const vm = vmOrRefusal(state, host, command.vm);
  if (isRefusal(vm)) return vm;
  if (!VM_ACTIONS.includes(command.action)) return invalid('hyperv.invalid_action', 'action', `The action is one of ${VM_ACTIONS.join(', ')}.`);
  const notReady = hyperVRefusal(state, host);
  if (notReady) return notReady;
  const refusal = refusalFor(state, host, vm, command.action);
  if (refusal) return refusal;
  const action = command.action;
  return accept((ctx) => applyVmAction(ctx, vm, action));
}

function begin(ctx: LabContext, vm: VirtualMachine, state: VirtualMachine['state'], action: VmAction, durationMs: number): void {
  const nowMs = ctx.kernel.nowMs();
  setVmState(ctx, vm, state);
  vm.transition = { action, startedMs: nowMs, dueMs: nowMs + durationMs };
  ctx.kernel.schedule(VM_TIMER_KIND, durationMs, { vm: vm.id } satisfies VmTimerData, vmTimerKey(vm.id));
}

/** Off at once, whatever it was doing: what Turn Off and a host that stops do. */
export function turnOff(ctx: LabContext, vm: VirtualMachine): void {
  ctx.kernel.cancel(vmTimerKey(vm.id));
  setVmState(ctx, vm, 'Off');
  vm.transition = null;
  vm.startedMs = null;
  vm.assignedMemoryBytes = 0;
  touchVm(ctx, vm);
}

export function applyVmAction(ctx: LabContext, vm: VirtualMachine, action: VmAction): void {
  switch (action) {
    case 'start':
      begin(ctx, vm, 'Starting', action, vm.state === 'Saved' ? stateFileTransferMs(vm.memoryBytes) : VM_START_MS);
      vm.assignedMemoryBytes = vm.memoryBytes;
      break;
    case 'turn-off':
      return turnOff(ctx, vm);
    case 'shut-down':
      begin(ctx, vm, 'Stopping', action, VM_SHUTDOWN_MS);
      break;
    case 'save':
      begin(ctx, vm, 'Saving', action, stateFileTransferMs(vm.assignedMemoryBytes));
      break;
    case 'pause':
      setVmState(ctx, vm, 'Paused');
      break;
    case 'resume':
      setVmState(ctx, vm, 'Running');
      break;
  }
  touchVm(ctx, vm);
}

/** The end of Starting, Stopping or Saving. */
export function onVmTimer(ctx: LabContext, timer: TimerRecord): void {
  const vm = ctx.state.hyperv.vms.get((timer.data as VmTimerData).vm);
  if (!vm?.transition) return;
  switch (vm.state) {
    case 'Starting':
      vm.startedMs = ctx.kernel.nowMs();
      setVmState(ctx, vm, 'Running');
      break;
    case 'Stopping':
      setVmState(ctx, vm, 'Off');
      vm.startedMs = null;
      vm.assignedMemoryBytes = 0;
      break;
    case 'Saving':
      setVmState(ctx, vm, 'Saved');
      vm.startedMs = null;
      vm.assignedMemoryBytes = 0;
      break;
    default:
      return;
  }
  vm.transition = null;
  touchVm(ctx, vm);
}
