// vmSetSettings: the Settings dialog's Memory (only while the machine is Off: 2008 R2 has no
// memory change while it runs) and Automatic Start Action, and the lab's workload of the guest.
import { AUTOMATIC_START_ACTIONS, type VmWorkload } from '../../../domain/hyperv';
import { accept, UNCHANGED, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { memoryRefusal } from './memory';
import { conflict, hostOrRefusal, hyperVRefusal, invalid, isRefusal, vmOrRefusal } from './refusals';
import { joinFlow, leaveFlow } from './io-flow';
import { touchVm } from './state';

type SetSettings = Extract<Command, { type: 'vmSetSettings' }>;

const WORKLOAD_FIELDS = ['dirtyBytesPerS', 'diskWriteBytesPerS', 'wwsBytes'] as const;

export function decideVmSetSettings(state: LabState, command: SetSettings): Decision {
  const host = hostOrRefusal(state, command.host);
  if (isRefusal(host)) return host;
  const vm = vmOrRefusal(state, host, command.vm);
  if (isRefusal(vm)) return vm;
  // Settings are kept by the server's Virtual Machine Management service: it must be running.
  const notReady = hyperVRefusal(state, host);
  if (notReady) return notReady;
  const { memoryBytes, automaticStartAction, workload } = command;
  if (memoryBytes !== undefined && memoryBytes !== vm.memoryBytes) {
    if (vm.state !== 'Off') return conflict('hyperv.vm_not_off', 'memoryBytes', `The memory of '${vm.name}' changes only while it is Off; it is ${vm.state}.`);
    const refusal = memoryRefusal(host, memoryBytes);
    if (refusal) return refusal;
  }
  if (automaticStartAction !== undefined && !AUTOMATIC_START_ACTIONS.includes(automaticStartAction)) {
    return invalid('hyperv.invalid_start_action', 'automaticStartAction', `The automatic start action is one of ${AUTOMATIC_START_ACTIONS.join(', ')}.`);
  }
  // A highly available machine is started by its cluster, never by its host (facts Part A §2.4).
  const role = state.cluster.roles.byVm.get(vm.id);
  if (role && automaticStartAction !== undefined && automaticStartAction !== 'Nothing') {
    return conflict('hyperv.vm_highly_available', 'automaticStartAction', `'${vm.name}' is highly available (the role ${role.name} of its cluster): its Automatic Start Action stays Nothing, the cluster starts it.`);
  }
  const next: VmWorkload = { ...vm.workload };
  for (const field of WORKLOAD_FIELDS) {
    const value = workload?.[field];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 0) return invalid('hyperv.invalid_workload', `workload.${field}`, `${field} is a whole number of bytes ≥ 0.`);
    next[field] = value;
  }
  const memoryAfter = memoryBytes ?? vm.memoryBytes;
  if (next.wwsBytes > memoryAfter) return invalid('hyperv.invalid_workload', 'workload.wwsBytes', `The writable working set of '${vm.name}' cannot exceed its memory (${memoryAfter} bytes).`);
  const changed = memoryAfter !== vm.memoryBytes || (automaticStartAction ?? vm.automaticStartAction) !== vm.automaticStartAction || WORKLOAD_FIELDS.some((field) => next[field] !== vm.workload[field]);
  if (!changed) return UNCHANGED;
  return accept((ctx) => {
    vm.memoryBytes = memoryAfter;
    if (automaticStartAction !== undefined) vm.automaticStartAction = automaticStartAction;
    // A running machine's writes change rate from now: settled at the old rate, then counted at the new one.
    const writing = vm.io?.writing === true;
    if (writing) leaveFlow(ctx, vm);
    vm.workload = next;
    if (writing) joinFlow(ctx, vm);
    touchVm(ctx, vm);
  });
}
