// Semantic checks of the hyperv part of a snapshot: each virtual machine once, on a known host
// (its name as the host's), names unique per host without case; a transition exactly in the
// moving states (Starting, Stopping, Saving) with the timer that ends it (and every such timer a
// moving machine's); memory held exactly in the states that hold it; a start time exactly while
// it has run since its last start; and no host holding more memory than it has for machines.
import { VM_MEMORY_HOLDING_STATES } from '../../../domain/hyperv';
import { isRecord, show } from '../../params';
import type { DomainCheckInput } from '../../snapshot-problems';
import type { Host } from '../../types';
import { VM_TIMER_KIND } from './actions';
import { vmMemoryCapacityBytes } from './resources';

const MOVING = ['Starting', 'Stopping', 'Saving'];
const RUN_SINCE_START = ['Running', 'Paused', 'Saving', 'Stopping', 'Paused-Critical'];

export function checkHyperVSnapshot({ snapshot, timers, problems }: DomainCheckInput): void {
  const hosts = new Map<string, Host>();
  for (const host of snapshot.entities.hosts ?? []) if (isRecord(host) && typeof host.id === 'string') hosts.set(host.id, host as unknown as Host);
  const ids = new Set<string>();
  const names = new Set<string>();
  const moving = new Map<string, string>();
  const heldByHost = new Map<string, number>();
  (snapshot.entities.virtualMachines ?? []).forEach((vm: unknown, index) => {
    const at = `entities.virtualMachines[${index}]`;
    if (!isRecord(vm) || typeof vm.id !== 'string' || typeof vm.name !== 'string' || typeof vm.hostId !== 'string') return problems.add(at, `${at}: a virtual machine needs its id, name and host.`);
    const where = `virtualMachines[${index}] (${vm.id})`;
    if (ids.has(vm.id)) problems.add(at, `${where}: the virtual machine is there twice.`);
    ids.add(vm.id);
    const host = hosts.get(vm.hostId);
    if (!host) problems.add(`${at}.hostId`, `${where}: the lab has no host ${show(vm.hostId)}.`);
    else if (host.name !== vm.host) problems.add(`${at}.host`, `${where}: host ${show(vm.hostId)} is named ${show(host.name)}, not ${show(vm.host)}.`);
    const key = `${vm.hostId}/${vm.name.toUpperCase()}`;
    if (names.has(key)) problems.add(`${at}.name`, `${where}: ${show(vm.host)} has two virtual machines named ${show(vm.name)}.`);
    names.add(key);
    const state = String(vm.state);
    if (MOVING.includes(state) !== (vm.transition !== null)) problems.add(`${at}.transition`, `${where}: a virtual machine has a transition exactly while it is Starting, Stopping or Saving.`);
    if (MOVING.includes(state)) moving.set(vm.id, at);
    const holds = (VM_MEMORY_HOLDING_STATES as readonly string[]).includes(state);
    if (vm.assignedMemoryBytes !== (holds ? vm.memoryBytes : 0)) problems.add(`${at}.assignedMemoryBytes`, `${where}: a ${state} virtual machine holds ${holds ? 'its memory' : 'no memory'}.`);
    if (holds) heldByHost.set(vm.hostId, (heldByHost.get(vm.hostId) ?? 0) + Number(vm.assignedMemoryBytes));
    if (RUN_SINCE_START.includes(state) !== (vm.startedMs !== null)) problems.add(`${at}.startedMs`, `${where}: a start time goes with a virtual machine that has run since it started (${RUN_SINCE_START.join(', ')}).`);
  });
  for (const [hostId, held] of heldByHost) {
    const host = hosts.get(hostId);
    if (host && held > vmMemoryCapacityBytes(host)) problems.add('entities.virtualMachines', `host ${hostId}: its virtual machines hold ${held} bytes, more than the ${vmMemoryCapacityBytes(host)} it has for them.`);
  }
  const timed = new Set<string>();
  for (const { timer, path } of timers) {
    if (timer.kind !== VM_TIMER_KIND) continue;
    const id = isRecord(timer.data) ? timer.data.vm : undefined;
    if (typeof id !== 'string' || !moving.has(id)) problems.add(path, `${path}: the ${VM_TIMER_KIND} timer refers to ${show(id)}, which is not a virtual machine starting, stopping or saving.`);
    else timed.add(id);
  }
  for (const [id, at] of moving) if (!timed.has(id)) problems.add(at, `virtual machine ${id} is moving but no timer ends its move.`);
}
