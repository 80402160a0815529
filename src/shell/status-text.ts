// What the status bar says the lab is doing, from the engine's jobs (src/domain/jobs.ts): a job's
// progress is computed from the clock, so the text follows the lab time without any ticking.
import { jobPercent, jobRemainingMs, type Job } from '../domain/jobs';
import { formatDurationShort } from '../ui/lab-time';

export const STATUS_LABELS = {
  notProgressing: 'not progressing',
  left: (time: string) => `${time} left`,
  more: (count: number) => (count === 1 ? '1 more job running' : `${count} more jobs running`),
} as const;

/** Running jobs, the oldest first (ids are deterministic and ordered: job-0001, job-0002…). */
export function runningJobs(jobs: Readonly<Record<string, Job>>): Job[] {
  return Object.values(jobs)
    .filter((job) => job.state === 'running')
    .sort((a, b) => a.startedMs - b.startedMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** "Initial synchronization of HA1: 35%, 1 min 51 s left" */
export function jobStatusLine(job: Job, nowMs: number): string {
  const remainingMs = jobRemainingMs(job, nowMs);
  const rest = remainingMs === null ? STATUS_LABELS.notProgressing : STATUS_LABELS.left(formatDurationShort(remainingMs));
  return `${job.title}: ${jobPercent(job, nowMs)}%, ${rest}`;
}

/** The oldest running job's line, and how many others run; null when no job runs. */
export function jobsStatusText(running: readonly Job[], nowMs: number): string | null {
  const [first, ...others] = running;
  if (!first) return null;
  const line = jobStatusLine(first, nowMs);
  return others.length === 0 ? line : `${line} (${STATUS_LABELS.more(others.length)})`;
}
