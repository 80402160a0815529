// The StarWind sync is a lab job (`starwind.sync`): started with the sync, ended when it
// completes (succeeded), is interrupted (failed) or its device is removed (cancelled). A sync's
// rate is fixed while it runs (a lost channel interrupts it), so its job's mark never moves.
import { MS_PER_S } from '../../../domain/units';
import type { LabContext } from '../../context';
import { endJob, startJob } from '../../jobs';
import type { HaDevice, HaSyncJob, Job } from '../../types';

export const SYNC_JOB_KIND = 'starwind.sync';

const SYNC_TITLES = { initial: 'Initial synchronization', fast: 'Fast synchronization', full: 'Full synchronization' } as const;

function deviceName(ha: HaDevice): string {
  return ha.sides[0].targetAlias;
}

/** The job of a sync as it stands at its start (also what a migration gives a running sync). */
export function syncJobOf(haId: string, sync: Omit<HaSyncJob, 'jobId'>, name: string): Omit<Job, 'id'> {
  return {
    kind: SYNC_JOB_KIND,
    title: `${SYNC_TITLES[sync.type]} of ${name}`,
    subject: { collection: 'haDevices', id: haId },
    state: 'running',
    startedMs: sync.startedMs,
    markMs: sync.startedMs,
    doneAtMarkUnits: 0,
    unitsPerMs: sync.rateBytesPerS / MS_PER_S,
    totalUnits: sync.totalBytes,
    unit: 'bytes',
    dueMs: sync.dueMs,
    endedMs: null,
    steps: [],
    result: null,
  };
}

/** Starts the job of a sync that starts now; answers its id for `sync.jobId`. */
export function startSyncJob(ctx: LabContext, ha: HaDevice, sync: Omit<HaSyncJob, 'jobId'>): string {
  const spec = syncJobOf(ha.id, sync, deviceName(ha));
  return startJob(ctx, { kind: spec.kind, title: spec.title, subject: spec.subject, totalUnits: spec.totalUnits, unit: 'bytes', unitsPerMs: spec.unitsPerMs, dueMs: sync.dueMs }).id;
}

export function syncJobSucceeded(ctx: LabContext, ha: HaDevice, sync: HaSyncJob): void {
  endJob(ctx, sync.jobId, 'succeeded', sync.totalBytes, `${deviceName(ha)} is synchronized.`, { bytesMoved: String(sync.totalBytes) });
}

export function syncJobFailed(ctx: LabContext, ha: HaDevice, sync: HaSyncJob, doneBytes: number): void {
  endJob(ctx, sync.jobId, 'failed', doneBytes, `The synchronization of ${deviceName(ha)} was interrupted after ${doneBytes} of ${sync.totalBytes} bytes.`, { bytesMoved: String(doneBytes) });
}

export function syncJobCancelled(ctx: LabContext, ha: HaDevice, sync: HaSyncJob, doneBytes: number): void {
  endJob(ctx, sync.jobId, 'cancelled', doneBytes, `${deviceName(ha)} was removed during its synchronization.`, { bytesMoved: String(doneBytes) });
}
