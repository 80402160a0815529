// The one place the wizard framework reads engine jobs: from the mirror's `jobs` collection and
// from a create route's answer (`jobId`, 202).
import type { Job } from '../domain/jobs';
import { useLabMirror, type LabMirrorState } from '../stores/lab-mirror';

/** The job with this id as the mirror holds it, or undefined (not yet arrived, or no jobs). */
export function jobOf(state: LabMirrorState, id: string | null): Job | undefined {
  if (id === null) return undefined;
  return state.jobs[id];
}

/** A create route's answer names the job that carries on its work (202 + jobId). */
export function jobIdOf(answer: unknown): string | undefined {
  const jobId = typeof answer === 'object' && answer !== null ? (answer as { jobId?: unknown }).jobId : undefined;
  return typeof jobId === 'string' ? jobId : undefined;
}

/** The job and the lab clock, re-rendering as either moves. */
export function useJob(id: string | null): { job: Job | undefined; nowMs: number } {
  const job = useLabMirror((state) => jobOf(state, id));
  // Only a followed job needs the clock: without one, a running clock would redraw the whole
  // wizard with every batch while the user fills its pages.
  const nowMs = useLabMirror((state) => (id === null ? 0 : state.nowMs));
  return { job, nowMs };
}
