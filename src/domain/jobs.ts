// Jobs: operations that run over simulated time (a StarWind sync, a restart, validation tests,
// cluster creation, a migration). A job is a core collection (`jobs`) of the lab. Its progress is
// computed from the clock, never ticked: the engine stores when the job started and when it is due
// at its current rate, and re-stores those when the rate changes.

// Its zod schema is in job-schema.ts: zod loads on first use (descriptor.ts).

/** The core collection of jobs, in every lab whatever its domains. */
export const JOBS_COLLECTION = 'jobs';
/** Ended jobs the lab keeps (the oldest ended go first); running jobs are always kept. */
export const ENDED_JOBS_KEPT = 200;

export const JOB_STATES = ['running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** What a job's steps are counted in, for the progress text ("35%", "12 of 40 tests"). */
export type JobUnit = 'bytes' | 'steps';

export interface JobStep {
  /** The step's name as the console shows it, e.g. "Validate Active Directory Configuration". */
  name: string;
  state: 'pending' | JobState;
  /** A step's outcome in words ("Passed", "Warning: ..."), once it has ended. */
  result: string | null;
}

export interface JobResult {
  /** One sentence for the console, e.g. "HA1 is synchronized." */
  message: string;
  /** Free-form details for a report page (key → text), in display order. */
  details: Record<string, string>;
}

export interface Job {
  /** Deterministic id, `job-0001`. */
  id: string;
  /** What kind of work, dotted: `starwind.sync`, later `cluster.validate`, `migration.live`. */
  kind: string;
  /** What the console calls it while it runs: "Synchronizing HA1". */
  title: string;
  /** The entity the job works on, so a view can find the job of what it shows. */
  subject: { collection: string; id: string };
  state: JobState;
  startedMs: number;
  /**
   * Progress is `doneAtMarkUnits + (now − markMs) × unitsPerMs`, capped at totalUnits. The engine
   * moves the mark whenever the rate changes (a link drops, a pass ends), so progress is linear
   * between marks and exact at every instant.
   */
  markMs: number;
  doneAtMarkUnits: number;
  unitsPerMs: number;
  totalUnits: number;
  unit: JobUnit;
  /** When it completes at the current rate; null while it cannot progress (rate 0). */
  dueMs: number | null;
  endedMs: number | null;
  /** Ordered steps for jobs made of several (validation tests); empty for a single transfer. */
  steps: JobStep[];
  result: JobResult | null;
}

/** Units done at `nowMs`, from the job's mark and rate. */
export function jobDoneUnits(job: Job, nowMs: number): number {
  if (job.state !== 'running') return job.state === 'succeeded' ? job.totalUnits : Math.min(job.totalUnits, job.doneAtMarkUnits);
  const elapsedMs = Math.max(0, nowMs - job.markMs);
  return Math.min(job.totalUnits, job.doneAtMarkUnits + elapsedMs * job.unitsPerMs);
}

/** Whole percent done at `nowMs` (0–100); 100 only once the job has succeeded. */
export function jobPercent(job: Job, nowMs: number): number {
  if (job.state === 'succeeded') return 100;
  if (job.totalUnits <= 0) return 0;
  return Math.min(99, Math.floor((jobDoneUnits(job, nowMs) / job.totalUnits) * 100));
}

/** Simulated ms left at the current rate, or null when the job cannot progress or has ended. */
export function jobRemainingMs(job: Job, nowMs: number): number | null {
  if (job.state !== 'running' || job.dueMs === null) return null;
  return Math.max(0, job.dueMs - nowMs);
}
