// How a storage fault reaches the virtual machines: when their node's access to a Cluster Shared
// Volume changes (csv-access.ts), their account is settled under the old access and continues
// under the new one. Lost (no path, no redirection): their writes are queued, and a machine whose
// writes stayed queued for VM_CRITICAL_PAUSE_MS goes Paused-Critical (one timer per account).
// Access back: the queue drains and Paused-Critical machines run again (UNVERIFIED, facts.ts).
import { VM_CRITICAL_PAUSE_MS, VM_RESUMES_WHEN_STORAGE_RETURNS } from '../../../domain/hyperv';
import type { LabContext } from '../../context';
import type { TimerRecord } from '../../types';
import { watchCsvAccess, type CsvAccessChange } from '../cluster/csv-access';
import { armStallTimer, flows, ioStallTimerKey, settleGroup } from './io-flow';
import { ioGroupKey, type IoGroup } from './io-state';
import { touchVm, vmsOfHost } from './state';
import { setVmState } from './vm-state';

function onCsvAccessChanged(ctx: LabContext, change: CsvAccessChange): void {
  const group = ctx.state.hyperv.io.get(ioGroupKey(change.node.hostId, change.disk.lun));
  if (!group) return;
  settleGroup(ctx, group);
  const wasFlowing = flows(group.access);
  group.access = change.after ?? null;
  const nowMs = ctx.kernel.nowMs();
  if (wasFlowing && !flows(group.access)) {
    group.stalledSinceMs = nowMs;
    if (group.writers > 0) armStallTimer(ctx, group, nowMs + VM_CRITICAL_PAUSE_MS);
  } else if (!wasFlowing && flows(group.access)) {
    group.stalledSinceMs = null;
    ctx.kernel.cancel(ioStallTimerKey(group.key));
    if (!VM_RESUMES_WHEN_STORAGE_RETURNS) return;
    for (const vm of vmsOfHost(ctx.state, group.hostId)) {
      if (vm.state !== 'Paused-Critical' || vm.io?.lun !== group.lun) continue;
      setVmState(ctx, vm, 'Running');
      touchVm(ctx, vm);
    }
  }
}
watchCsvAccess(onCsvAccessChanged);

/** Pauses the account's machines whose writes have been queued long enough; waits for the next one. */
export function onIoStallTimer(ctx: LabContext, timer: TimerRecord): void {
  const group: IoGroup | undefined = ctx.state.hyperv.io.get((timer.data as { group: string }).group);
  if (!group || group.stalledSinceMs === null) return;
  const nowMs = ctx.kernel.nowMs();
  let nextMs = Infinity;
  for (const vm of vmsOfHost(ctx.state, group.hostId)) {
    if (vm.state !== 'Running' || vm.io?.lun !== group.lun || !vm.io.writing) continue;
    const dueMs = Math.max(group.stalledSinceMs, vm.io.sinceMs) + VM_CRITICAL_PAUSE_MS;
    if (dueMs <= nowMs) {
      setVmState(ctx, vm, 'Paused-Critical');
      touchVm(ctx, vm);
    } else nextMs = Math.min(nextMs, dueMs);
  }
  if (nextMs !== Infinity) armStallTimer(ctx, group, nextMs);
}
