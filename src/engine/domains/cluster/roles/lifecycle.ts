// The steps every role change is made of: bring the machine online on the owner, take it
// offline, move it (quick: saved on the owner and restored on the target; cold: off on the owner
// and started on the target), mark it Online or Failed. Each keeps the role, its resources and
// the machine's host in step; the machine's state changes come back through vm-watch.ts, which
// ends the pending change.
import { EVENT_SOURCES } from '../../../../domain/event-log';
import {
  ROLE_EVENTS,
  ROLE_OFFLINE_VM_ACTION,
  type ClusterResource,
  type ClusterRole,
  type ResourceState,
  type RolePending,
  type RoleState,
} from '../../../../domain/cluster';
import type { VirtualMachine } from '../../../../domain/hyperv';
import { logEvent, type LabContext } from '../../../context';
import type { Host } from '../../../types';
import { applyVmAction, turnOff } from '../../hyperv/actions';
import { hyperVRefusal } from '../../hyperv/refusals';
import { holdsMemory, startRefusal } from '../../hyperv/resources';
import { rehostVm } from '../../hyperv/state';
import { hostingProblem } from './placement';
import { setOwner, touchRole } from './state';

export const ROLE_TIMER_KIND = 'cluster.role';
export const roleTimerKey = (roleId: string) => `cluster-role:${roleId}`;
export const FAILBACK_TIMER_KIND = 'cluster.failback';
export const failbackTimerKey = (roleId: string) => `cluster-failback:${roleId}`;

/** poll: the LooksAlive poll that finds a failure; restart: the end of RestartDelay. */
export interface RoleTimerData {
  role: string;
  step: 'poll' | 'restart';
}

export const vmResource = (role: ClusterRole): ClusterResource => role.resources.find((resource) => resource.type === 'Virtual Machine')!;

export function setResources(role: ClusterRole, vmState: ResourceState, configurationState: ResourceState = vmState === 'Failed' ? 'Online' : vmState): void {
  for (const resource of role.resources) resource.state = resource.type === 'Virtual Machine' ? vmState : configurationState;
}

function setRole(ctx: LabContext, role: ClusterRole, state: RoleState, pending: RolePending['action'] | null, targetNode: string | null = null): void {
  role.state = state;
  role.pending = pending === null ? null : { action: pending, targetNode, sinceMs: ctx.kernel.nowMs() };
  touchRole(ctx, role);
}

export function vmOfRole(ctx: LabContext, role: ClusterRole): VirtualMachine | undefined {
  return ctx.state.hyperv.vms.get(role.vmId);
}

export function logRoleEvent(ctx: LabContext, role: ClusterRole, eventId: number, level: 'Error' | 'Warning' | 'Information', message: string): void {
  logEvent(ctx, { host: role.ownerNode ?? role.cluster, log: 'System', source: EVENT_SOURCES.failoverClustering, eventId, level, message });
}

/** Starts the machine on its owner (restoring it when Saved); Online when it runs (vm-watch). */
export function bringOnline(ctx: LabContext, role: ClusterRole, vm: VirtualMachine, action: 'start' | 'restart' | 'failover' | 'move'): void {
  ctx.kernel.cancel(roleTimerKey(role.id));
  role.onlineSinceMs = null;
  role.wantedOnline = true;
  if (vm.state === 'Running') return markOnline(ctx, role);
  setResources(role, 'Online Pending', 'Online');
  setRole(ctx, role, 'Pending', action);
  if (vm.state !== 'Off' && vm.state !== 'Saved') turnOff(ctx, vm);
  // Checked again here: memory or a limit may have run out since the decision (a failover storm).
  const host = ctx.state.network.hosts.get(vm.hostId);
  const refusal = host ? (hyperVRefusal(ctx.state, host) ?? startRefusal(ctx.state, host, vm)) : undefined;
  if (!host || refusal) return markFailed(ctx, role, vm, refusal?.error.message ?? `its host ${vm.host} is gone.`);
  applyVmAction(ctx, vm, 'start');
}

export function markOnline(ctx: LabContext, role: ClusterRole): void {
  ctx.kernel.cancel(roleTimerKey(role.id));
  role.onlineSinceMs = ctx.kernel.nowMs();
  role.lastError = null;
  role.wantedOnline = true;
  setResources(role, 'Online');
  setRole(ctx, role, 'Online', null);
}

/** Take offline: the guest is shut down (ROLE_OFFLINE_VM_ACTION), or turned off when it cannot be. */
export function takeOffline(ctx: LabContext, role: ClusterRole, vm: VirtualMachine): void {
  ctx.kernel.cancel(roleTimerKey(role.id));
  role.wantedOnline = false;
  role.onlineSinceMs = null;
  if (vm.state === 'Off' || vm.state === 'Saved') return markOffline(ctx, role);
  setResources(role, 'Offline Pending');
  setRole(ctx, role, 'Pending', 'stop');
  if (vm.state === 'Running') applyVmAction(ctx, vm, ROLE_OFFLINE_VM_ACTION);
  else turnOff(ctx, vm);
}

export function markOffline(ctx: LabContext, role: ClusterRole): void {
  ctx.kernel.cancel(roleTimerKey(role.id));
  role.onlineSinceMs = null;
  setResources(role, 'Offline');
  setRole(ctx, role, 'Offline', null);
}

/** Failed: the machine is turned off (the cluster terminates a failed resource), the reason kept and logged. */
export function markFailed(ctx: LabContext, role: ClusterRole, vm: VirtualMachine | undefined, reason: string): void {
  ctx.kernel.cancel(roleTimerKey(role.id));
  role.onlineSinceMs = null;
  role.lastError = reason;
  setResources(role, 'Failed');
  setRole(ctx, role, 'Failed', null);
  logRoleEvent(ctx, role, ROLE_EVENTS.groupNotOnline, 'Error', `Cluster service or application '${role.name}' could not be brought fully online: ${reason}`);
  if (vm && holdsMemory(vm)) turnOff(ctx, vm);
}

/** The machine and the role go to `host` (the machine Off or Saved, or turned off here: a cold move). */
export function rehostRole(ctx: LabContext, role: ClusterRole, vm: VirtualMachine, host: Host): void {
  if (holdsMemory(vm)) turnOff(ctx, vm);
  if (vm.hostId !== host.id) rehostVm(ctx, vm, host);
  setOwner(ctx, role, host.name);
}

/** Quick move of an online role: saved on the owner; vm-watch restores it on `target` once Saved. */
export function quickMove(ctx: LabContext, role: ClusterRole, vm: VirtualMachine, target: string): void {
  ctx.kernel.cancel(roleTimerKey(role.id));
  role.onlineSinceMs = null;
  setResources(role, 'Offline Pending');
  setRole(ctx, role, 'Pending', 'move', target);
  // Only a running or paused machine can be saved; any other (found failed, not polled yet) moves cold.
  if (vm.state === 'Running' || vm.state === 'Paused') applyVmAction(ctx, vm, 'save');
  else finishQuickMove(ctx, role, vm);
}

/** The machine is Saved on the owner: it goes to the target and is restored there. */
export function finishQuickMove(ctx: LabContext, role: ClusterRole, vm: VirtualMachine): void {
  const target = role.pending?.targetNode ?? null;
  // Checked again: while it was saving the target may have gone down, filled up or got a machine of its name.
  const node = ctx.state.cluster.clusters.get(role.cluster)?.nodes.find((each) => each.name === target);
  const problem = node ? hostingProblem(ctx.state, node, vm, true) : `the node ${String(target)} it was moving to is gone.`;
  const host = node && ctx.state.network.hosts.get(node.hostId);
  if (problem || !host) return markFailed(ctx, role, vm, `it could not move to ${String(target)}: ${problem ?? 'its host is gone.'}`);
  rehostRole(ctx, role, vm, host);
  bringOnline(ctx, role, vm, 'move');
}
