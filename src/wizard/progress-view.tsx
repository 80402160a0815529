// A page that follows an engine job: its title, percent and time left (computed from the clock,
// as src/domain/jobs.ts defines them), its steps with their results, and its outcome.
import { CheckCircle2, CircleX, Loader2 } from 'lucide-react';
import { jobPercent, jobRemainingMs, type Job } from '../domain/jobs';
import { formatDurationShort } from '../ui/lab-time';
import { ProgressBar } from '../ui/progress-bar';

export const PROGRESS_LABELS = {
  waiting: 'Waiting for the lab to report progress…',
  left: (time: string) => `${time} left`,
  stalled: 'Not progressing',
  states: { running: 'Running', succeeded: 'Completed', failed: 'Failed', cancelled: 'Cancelled', pending: 'Pending' },
} as const;

export function progressText(job: Job, nowMs: number): string {
  const percent = `${jobPercent(job, nowMs)}%`;
  if (job.state !== 'running') return `${percent}, ${PROGRESS_LABELS.states[job.state]}`;
  const remainingMs = jobRemainingMs(job, nowMs);
  return remainingMs === null ? `${percent}, ${PROGRESS_LABELS.stalled}` : `${percent}, ${PROGRESS_LABELS.left(formatDurationShort(remainingMs))}`;
}

export function JobProgress({ job, jobId, nowMs }: { job: Job | undefined; jobId: string; nowMs: number }) {
  if (!job) {
    return (
      <p className="text-sm text-muted" data-job={jobId} aria-live="polite">
        {PROGRESS_LABELS.waiting}
      </p>
    );
  }
  const Icon = job.state === 'running' ? Loader2 : job.state === 'succeeded' ? CheckCircle2 : CircleX;
  return (
    <div className="flex flex-col gap-2" data-job={job.id} data-job-state={job.state}>
      <p className="flex items-center gap-2 text-sm">
        <Icon aria-hidden className={job.state === 'succeeded' ? 'size-4 text-ok' : job.state === 'running' ? 'size-4 text-accent' : 'size-4 text-error'} />
        {job.title}
      </p>
      <ProgressBar label={job.title} value={jobPercent(job, nowMs)} valueText={progressText(job, nowMs)} />
      {job.steps.length > 0 && (
        <table className="text-sm" aria-label={`${job.title}: steps`}>
          <tbody>
            {job.steps.map((step) => (
              <tr key={step.name} data-job-step={step.state}>
                <td className="pr-3">{step.name}</td>
                <td className="text-muted">{step.result ?? PROGRESS_LABELS.states[step.state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {job.result && (
        <p className="text-sm" role="status">
          {job.result.message}
        </p>
      )}
    </div>
  );
}
