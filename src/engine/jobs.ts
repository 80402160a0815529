// Jobs: the core collection `jobs`. A domain starts a job when an operation that takes simulated
// time begins and ends it with a result; the end moves the mark to what was done. Progress is never
// ticked: views compute it from mark and rate (src/domain/jobs.ts). A job whose rate changes while
// it runs (an I/O run re-planned when a path changes) is re-marked: mark = now, done = progress
// at now, new rate (remarkJob).
import { ENDED_JOBS_KEPT, JOBS_COLLECTION } from '../domain/jobs';
import type { LabContext } from './context';
import type { Job, JobState, JobUnit } from './types';

export interface NewJob {
  kind: string;
  title: string;
  subject: { collection: string; id: string };
  totalUnits: number;
  unit: JobUnit;
  unitsPerMs: number;
  /** When it completes, if the domain computes it exactly (e.g. a sync's timer); else from the rate. */
  dueMs?: number;
}

/** Starts a job now, with id `job-0001`... from the kernel's id sequence. */
export function startJob(ctx: LabContext, spec: NewJob): Job {
  const nowMs = ctx.kernel.nowMs();
  const job: Job = {
    id: ctx.kernel.nextId('job'),
    kind: spec.kind,
    title: spec.title,
    subject: { ...spec.subject },
    state: 'running',
    startedMs: nowMs,
    markMs: nowMs,
    doneAtMarkUnits: 0,
    unitsPerMs: spec.unitsPerMs,
    totalUnits: spec.totalUnits,
    unit: spec.unit,
    dueMs: spec.dueMs ?? dueAt(nowMs, 0, spec.totalUnits, spec.unitsPerMs),
    endedMs: null,
    steps: [],
    result: null,
  };
  ctx.state.jobs.set(job.id, job);
  ctx.kernel.markDirty(JOBS_COLLECTION, job.id);
  ctx.startedJobs.push(job.id);
  return job;
}

/** A running job's rate changed: progress so far becomes the mark, and it goes on at `unitsPerMs` until `dueMs`. */
export function remarkJob(ctx: LabContext, id: string, doneUnits: number, unitsPerMs: number, dueMs: number | null): void {
  const job = ctx.state.jobs.get(id);
  if (!job || job.state !== 'running') return;
  job.markMs = ctx.kernel.nowMs();
  job.doneAtMarkUnits = Math.min(job.totalUnits, doneUnits);
  job.unitsPerMs = unitsPerMs;
  job.dueMs = dueMs;
  ctx.kernel.markDirty(JOBS_COLLECTION, id);
}

/** Ends a running job with its outcome; keeps at most ENDED_JOBS_KEPT ended jobs (oldest go first). */
export function endJob(ctx: LabContext, id: string, state: Exclude<JobState, 'running'>, doneUnits: number, message: string, details: Record<string, string> = {}): void {
  const job = ctx.state.jobs.get(id);
  if (!job || job.state !== 'running') return;
  const nowMs = ctx.kernel.nowMs();
  job.state = state;
  job.markMs = nowMs;
  job.doneAtMarkUnits = Math.min(job.totalUnits, doneUnits);
  job.unitsPerMs = 0;
  job.dueMs = null;
  job.endedMs = nowMs;
  job.result = { message, details };
  ctx.kernel.markDirty(JOBS_COLLECTION, id);
  pruneEndedJobs(ctx);
}

/** The lab keeps every running job and the last ENDED_JOBS_KEPT ended ones, so the collection stays bounded. */
function pruneEndedJobs(ctx: LabContext): void {
  let ended = 0;
  for (const job of ctx.state.jobs.values()) if (job.state !== 'running') ended++;
  if (ended <= ENDED_JOBS_KEPT) return;
  // Map order is creation order, so the first ended ones met are the oldest.
  for (const job of ctx.state.jobs.values()) {
    if (ended <= ENDED_JOBS_KEPT) break;
    if (job.state === 'running') continue;
    ctx.state.jobs.delete(job.id);
    ctx.kernel.markRemoved(JOBS_COLLECTION, job.id);
    ended--;
  }
}

function dueAt(nowMs: number, doneUnits: number, totalUnits: number, unitsPerMs: number): number | null {
  if (unitsPerMs <= 0) return null;
  return nowMs + Math.ceil((totalUnits - doneUnits) / unitsPerMs);
}
