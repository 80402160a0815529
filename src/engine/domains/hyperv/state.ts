// The hyperv slice: each virtual machine by id, and an index of each host's machines by upper-cased
// name (names are unique per host, without case), so a lookup or a host's list costs no scan of
// the whole lab (8,000 machines later).
import { VIRTUAL_MACHINES_COLLECTION, type VirtualMachine } from '../../../domain/hyperv';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';
import type { Host } from '../../types';
import { loadIoGroups, type IoGroup } from './io-state';

export interface HyperVSlice {
  vms: Map<string, VirtualMachine>;
  /** Host id → upper-cased name → the machine. Rebuilt on load; kept in step by `addVm`. */
  byHost: Map<string, Map<string, VirtualMachine>>;
  /** Each node's write account per volume (io-state.ts): the internal part of the slice. */
  io: Map<string, IoGroup>;
}

declare module '../../state' {
  interface LabState {
    hyperv: HyperVSlice;
  }
}

export function loadHyperVState(entities: { virtualMachines?: VirtualMachine[] }, internal: unknown): HyperVSlice {
  const slice: HyperVSlice = { vms: new Map(), byHost: new Map(), io: loadIoGroups(internal) };
  for (const vm of entities.virtualMachines ?? []) indexVm(slice, vm);
  return slice;
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
}

/** A host's virtual machines, in creation order. */
export function vmsOfHost(state: LabState, hostId: string): VirtualMachine[] {
  return [...(state.hyperv.byHost.get(hostId)?.values() ?? [])];
}

export function findVm(state: LabState, host: Host, name: unknown): VirtualMachine | undefined {
  return typeof name === 'string' ? state.hyperv.byHost.get(host.id)?.get(name.toUpperCase()) : undefined;
}
