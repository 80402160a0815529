// The hyperv slice: each virtual machine by id, and an index of each host's machines by upper-cased
// name (names are unique per host, without case), so a lookup or a host's list costs no scan of
// the whole lab (8,000 machines later). Each host's running machines and the memory they hold are
// counters, kept in step by `touchVm` (every change of a machine goes through it): it compares the
// machine with what was last counted of it, so a Start checks the limits in O(1) and the cluster's
// roles hear of every change of state, whoever made it (vm-watch.ts).
import { VIRTUAL_MACHINES_COLLECTION, VM_MEMORY_HOLDING_STATES, type VirtualMachine, type VmState } from '../../../domain/hyperv';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';
import type { Host } from '../../types';
import { loadIoGroups, type IoGroup } from './io-state';
import { onVmStateChanged } from '../cluster/roles/vm-watch';

/** What the counters last counted of a machine. */
interface Counted {
  state: VmState;
  hostId: string;
  assignedMemoryBytes: number;
}

/** A host's machines that hold memory (Starting … Paused-Critical) and the memory they hold. */
export interface HostLoad {
  runningVms: number;
  assignedMemoryBytes: number;
}

export interface HyperVSlice {
  vms: Map<string, VirtualMachine>;
  /** Host id → upper-cased name → the machine. Rebuilt on load; kept in step by `addVm`. */
  byHost: Map<string, Map<string, VirtualMachine>>;
  /** Each node's write account per volume (io-state.ts): the internal part of the slice. */
  io: Map<string, IoGroup>;
  /** Host id → its load (derived: rebuilt on load, kept in step by `touchVm`). */
  load: Map<string, HostLoad>;
  counted: Map<string, Counted>;
}

declare module '../../state' {
  interface LabState {
    hyperv: HyperVSlice;
  }
}

export function loadHyperVState(entities: { virtualMachines?: VirtualMachine[] }, internal: unknown): HyperVSlice {
  const slice: HyperVSlice = { vms: new Map(), byHost: new Map(), load: new Map(), counted: new Map(), io: loadIoGroups(internal) };
  for (const vm of entities.virtualMachines ?? []) {
    indexVm(slice, vm);
    count(slice, vm);
  }
  return slice;
}

const holds = (state: VmState) => VM_MEMORY_HOLDING_STATES.includes(state);

function loadOf(slice: HyperVSlice, hostId: string): HostLoad {
  let load = slice.load.get(hostId);
  if (!load) slice.load.set(hostId, (load = { runningVms: 0, assignedMemoryBytes: 0 }));
  return load;
}

/** Moves the counters from what was counted of `vm` to what it is; answers the state counted before. */
function count(slice: HyperVSlice, vm: VirtualMachine): VmState | undefined {
  const before = slice.counted.get(vm.id);
  if (before) {
    const load = loadOf(slice, before.hostId);
    if (holds(before.state)) load.runningVms -= 1;
    load.assignedMemoryBytes -= before.assignedMemoryBytes;
  }
  const load = loadOf(slice, vm.hostId);
  if (holds(vm.state)) load.runningVms += 1;
  load.assignedMemoryBytes += vm.assignedMemoryBytes;
  slice.counted.set(vm.id, { state: vm.state, hostId: vm.hostId, assignedMemoryBytes: vm.assignedMemoryBytes });
  return before?.state;
}

export function hostLoad(state: LabState, hostId: string): HostLoad {
  return state.hyperv.load.get(hostId) ?? { runningVms: 0, assignedMemoryBytes: 0 };
}

/** A machine moves to another host under the same id (a quick move or a failover of its role). */
export function rehostVm(ctx: LabContext, vm: VirtualMachine, host: Host): void {
  const slice = ctx.state.hyperv;
  slice.byHost.get(vm.hostId)?.delete(vm.name.toUpperCase());
  vm.host = host.name;
  vm.hostId = host.id;
  indexVm(slice, vm);
  touchVm(ctx, vm);
}

function indexVm(slice: HyperVSlice, vm: VirtualMachine): void {
  slice.vms.set(vm.id, vm);
  let named = slice.byHost.get(vm.hostId);
  if (!named) slice.byHost.set(vm.hostId, (named = new Map()));
  named.set(vm.name.toUpperCase(), vm);
}

export function addVm(ctx: LabContext, vm: VirtualMachine): void {
  indexVm(ctx.state.hyperv, vm);
  touchVm(ctx, vm);
}

export function touchVm(ctx: LabContext, vm: VirtualMachine): void {
  ctx.kernel.markDirty(VIRTUAL_MACHINES_COLLECTION, vm.id);
  const before = count(ctx.state.hyperv, vm);
  if (before !== undefined && before !== vm.state) onVmStateChanged(ctx, vm, before);
}

/**
 * A host's virtual machines, in creation order. Sorted: a machine that moved in (a role's move) is
 * last in its index, but first in a restored copy's; loops over a host's machines must not differ.
 */
export function vmsOfHost(state: LabState, hostId: string): VirtualMachine[] {
  return [...(state.hyperv.byHost.get(hostId)?.values() ?? [])].sort((a, b) => a.createdMs - b.createdMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function findVm(state: LabState, host: Host, name: unknown): VirtualMachine | undefined {
  return typeof name === 'string' ? state.hyperv.byHost.get(host.id)?.get(name.toUpperCase()) : undefined;
}
