// A live migration's steps (the seed document's six), one kernel timer per running migration at
// the end of its current step: setup (TCP connection, configuration, skeleton machine with its
// memory reserved); memory copy, one pass per timer (precopy.ts); the stop-and-copy of what is
// left with the machine paused; the switch-over (device state, storage handles: the fixed time);
// then the machine runs on the destination, which owns the role, and a gratuitous ARP is sent.
// Downtime = stop-and-copy + switch-over, compared with the TCP timeout.
import { MIGRATION_PHASE_LABELS, type Migration, type MigrationPhase } from '../../../domain/migration';
import type { LabContext } from '../../context';
import type { TimerRecord } from '../../types';
import { dirtiedBytes, switchOverNow, transferMs } from './precopy';
import { completeMigration, endMigration, migrationEvent, moveMachine, setStep } from './steps';

export const MIGRATION_TIMER_KIND = 'migration.step';
export const migrationTimerKey = (id: string) => `migration:${id}`;

/** Arms the timer at the end of the step just set. */
export function armStep(ctx: LabContext, migration: Migration): void {
  if (migration.current) ctx.kernel.scheduleAt(MIGRATION_TIMER_KIND, migration.current.dueMs, { id: migration.id }, migrationTimerKey(migration.id));
}

const wwsOf = (migration: Migration, wwsBytes: number) => (wwsBytes > 0 ? wwsBytes : migration.memoryBytes);

function enter(ctx: LabContext, migration: Migration, phase: MigrationPhase, bytes: number, durationMs: number): void {
  setStep(ctx, migration, phase, bytes, durationMs);
  migrationEvent(ctx, migration, phase === 'online' || phase === 'gratuitous-arp' ? migration.destination : migration.source, `${MIGRATION_PHASE_LABELS[phase]}.`);
  armStep(ctx, migration);
}

/** The live migration leaves the queue (or starts at once): the setup step. */
export function beginLive(ctx: LabContext, migration: Migration, setupMs: number): void {
  enter(ctx, migration, 'setup', 0, setupMs);
}

/** The end of the current step of a running live migration. */
export function onLiveStep(ctx: LabContext, migration: Migration): void {
  const step = migration.current;
  if (!step) return;
  const vm = ctx.state.hyperv.vms.get(migration.vmId);
  if (!vm) return endMigration(ctx, migration, 'Failed', `The virtual machine '${migration.vm}' is gone.`);
  const bytesPerS = migration.bandwidthBytesPerS;
  switch (step.phase) {
    case 'setup':
      return enter(ctx, migration, 'memory-copy', migration.memoryBytes, transferMs(migration.memoryBytes, bytesPerS));
    case 'memory-copy': {
      const durationMs = ctx.kernel.nowMs() - step.startedMs;
      const dirty = dirtiedBytes(durationMs, vm.workload.dirtyBytesPerS, wwsOf(migration, vm.workload.wwsBytes));
      migration.passes.push({ bytesSent: step.bytes, bytesDirtied: dirty, durationMs });
      if (!switchOverNow(dirty, migration.passes.length, migration.passLimit, bytesPerS, migration.downtimeTargetMs)) {
        // The next pass sends what was dirtied; the same phase, so only its step and timer change.
        setStep(ctx, migration, 'memory-copy', dirty, transferMs(dirty, bytesPerS));
        return armStep(ctx, migration);
      }
      const stopCopyMs = transferMs(dirty, bytesPerS);
      migration.downtimeMs = stopCopyMs + migration.switchOverMs;
      migration.clientsKeptConnection = migration.downtimeMs < migration.tcpTimeoutMs;
      return enter(ctx, migration, 'state-transfer', dirty, stopCopyMs);
    }
    case 'state-transfer':
      return enter(ctx, migration, 'storage-handles', 0, migration.switchOverMs);
    case 'storage-handles': {
      const problem = moveMachine(ctx, migration, vm);
      if (problem) return endMigration(ctx, migration, 'Failed', problem);
      enter(ctx, migration, 'online', 0, 0);
      enter(ctx, migration, 'gratuitous-arp', 0, 0);
      return completeMigration(ctx, migration);
    }
    default:
      return;
  }
}

export function onMigrationTimer(ctx: LabContext, timer: TimerRecord): void {
  const migration = ctx.state.migration.byId.get((timer.data as { id: string }).id);
  if (migration?.state === 'Running' && migration.type === 'live') onLiveStep(ctx, migration);
}
