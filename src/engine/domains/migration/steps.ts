// What every migration does along its way, live or quick: its current step and timeline, its
// events, the machine changing host at the switch-over, and its end (the indexes follow through
// updateMigration; an end frees its nodes, so the cluster's queue is looked at).
import type { VirtualMachine } from '../../../domain/hyperv';
import { MIGRATION_EVENT_SOURCE, MIGRATION_EVENTS, type Migration, type MigrationPhase, type MigrationState } from '../../../domain/migration';
import { logEvent, type LabContext } from '../../context';
import { hostingProblem } from '../cluster/roles/placement';
import { setOwner } from '../cluster/roles/state';
import { findCluster } from '../cluster/state';
import { joinFlow, leaveFlow } from '../hyperv/io-flow';
import { rehostVm } from '../hyperv/state';
import { migrationTimerKey } from './live';
import { admitQueued } from './queue';
import { updateMigration } from './state';

const typeLabel = (migration: Migration) => (migration.type === 'live' ? 'Live migration' : 'Quick migration');

export function migrationEvent(ctx: LabContext, migration: Migration, host: string, text: string, eventId: number = MIGRATION_EVENTS.phase, level: 'Information' | 'Warning' | 'Error' = 'Information'): void {
  const message = `${typeLabel(migration)} of '${migration.vm}' from ${migration.source} to ${migration.destination}: ${text}`;
  logEvent(ctx, { host, log: 'System', source: MIGRATION_EVENT_SOURCE, eventId, level, message });
}

/** The step now: `phase` from now for `durationMs`; a new phase goes on the timeline. */
export function setStep(ctx: LabContext, migration: Migration, phase: MigrationPhase, bytes: number, durationMs: number): void {
  const nowMs = ctx.kernel.nowMs();
  updateMigration(ctx, migration, () => {
    if (migration.phase !== phase) migration.timeline.push({ phase, atMs: nowMs });
    migration.phase = phase;
    migration.current = { phase, bytes, startedMs: nowMs, dueMs: nowMs + durationMs };
  });
}

/**
 * The switch-over of a live migration: the running machine moves to the destination (its disk
 * I/O with it) and the destination owns the role. Answers why it cannot, or null.
 */
export function moveMachine(ctx: LabContext, migration: Migration, vm: VirtualMachine): string | null {
  const { state } = ctx;
  const cluster = findCluster(state, migration.cluster);
  const role = state.cluster.roles.byVm.get(vm.id);
  const node = cluster?.nodes.find((each) => each.name === migration.destination);
  const host = node && state.network.hosts.get(node.hostId);
  if (!cluster || !role || !node || !host) return `${migration.destination} or the role ${migration.role} is gone.`;
  if (vm.state !== 'Running') return `'${vm.name}' is ${vm.state}.`;
  const problem = hostingProblem(state, node, vm, false);
  if (problem) return problem;
  const writing = vm.io?.writing === true;
  if (writing) leaveFlow(ctx, vm);
  rehostVm(ctx, vm, host);
  if (writing) joinFlow(ctx, vm);
  setOwner(ctx, role, node.name);
  return null;
}

const END_EVENTS: Record<Exclude<MigrationState, 'Queued' | 'Running'>, number> = { Completed: MIGRATION_EVENTS.completed, Cancelled: MIGRATION_EVENTS.cancelled, Failed: MIGRATION_EVENTS.failed };

/** Ends a queued or running migration; the machine stays where it is (on the source unless it had moved). */
export function endMigration(ctx: LabContext, migration: Migration, end: 'Completed' | 'Cancelled' | 'Failed', reason: string | null = null): void {
  const nowMs = ctx.kernel.nowMs();
  ctx.kernel.cancel(migrationTimerKey(migration.id));
  updateMigration(ctx, migration, () => {
    migration.state = end;
    migration.current = null;
    migration.reason = reason;
    migration.endedMs = nowMs;
    migration.totalMs = nowMs - (migration.startedMs ?? nowMs);
  });
  const host = end === 'Completed' ? migration.destination : migration.source;
  const text = end === 'Completed' ? `completed in ${migration.totalMs} ms; the virtual machine was unavailable for ${migration.downtimeMs} ms.` : `${end.toLowerCase()}: ${reason ?? ''} The virtual machine stays on ${migration.source}.`;
  migrationEvent(ctx, migration, host, text, END_EVENTS[end], end === 'Completed' ? 'Information' : end === 'Cancelled' ? 'Warning' : 'Error');
  if (end === 'Completed' && migration.clientsKeptConnection === false)
    migrationEvent(ctx, migration, host, `the virtual machine was unavailable for ${migration.downtimeMs} ms, longer than the TCP timeout (${migration.tcpTimeoutMs} ms): client connections were dropped.`, MIGRATION_EVENTS.clientsDropped, 'Warning');
  admitQueued(ctx, migration.cluster);
}

export function completeMigration(ctx: LabContext, migration: Migration): void {
  endMigration(ctx, migration, 'Completed');
}
