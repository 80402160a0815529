// What a run did (the route's answer, or its job's details once it ended) and the state of a run
// that is a job, as the mirror holds it: running, then succeeded or failed with the lab's reason.
import type { IoResult } from '../../domain/disks';
import type { Job } from '../../domain/jobs';
import { PropertyList } from '../../ui/property-list';
import { JOB, RESULT } from './labels';
import { formatCount, formatDurationUs, formatMs } from './model';

const STATE_LABELS: Record<Job['state'], string> = { running: JOB.running, succeeded: JOB.succeeded, failed: JOB.failed, cancelled: JOB.cancelled };

export function JobState({ job }: { job: Job | undefined }) {
  const state = job ? STATE_LABELS[job.state] : JOB.waiting;
  const reason = job && job.state !== 'running' && job.state !== 'succeeded' ? (job.result?.message ?? null) : null;
  return (
    <section aria-label={JOB.heading} className="mt-3 border-t border-line pt-2">
      <PropertyList
        items={[
          { label: JOB.heading, value: job ? `${job.title} (${job.id})` : JOB.waiting },
          { label: JOB.state, value: <span role="status">{state}</span> },
          ...(reason ? [{ label: JOB.reason, value: <span className="text-error">{reason}</span> }] : []),
        ]}
      />
      {job?.state === 'running' && <p className="mt-1 text-xs text-muted">{JOB.closeNote}</p>}
    </section>
  );
}

export function ResultPanel({ result }: { result: IoResult }) {
  const { latencyMs } = result;
  return (
    <section aria-label={RESULT.heading} className="mt-3 border-t border-line pt-2">
      <h3 className="mb-1 font-semibold">{RESULT.heading}</h3>
      <PropertyList
        items={[
          { label: RESULT.acknowledged, value: formatCount(result.acknowledged) },
          { label: RESULT.errors, value: formatCount(result.errors) },
          { label: RESULT.mismatches, value: formatCount(result.mismatches) },
          { label: RESULT.latency, value: `${formatMs(latencyMs.p50)} / ${formatMs(latencyMs.p99)} / ${formatMs(latencyMs.max)}` },
          { label: RESULT.duration, value: formatDurationUs(result.durationUs) },
        ]}
      />
      {/* A plain table: a disk has a handful of paths, and every row is read at once. */}
      <table aria-label={RESULT.perPath} className="mt-2 w-full border-collapse text-sm">
        <caption className="mb-1 text-left text-muted">{RESULT.perPath}</caption>
        <thead>
          <tr className="border-b border-line bg-header text-left">
            <th scope="col" className="px-2 py-1 font-normal">{RESULT.path}</th>
            <th scope="col" className="px-2 py-1 text-right font-normal">{RESULT.reads}</th>
            <th scope="col" className="px-2 py-1 text-right font-normal">{RESULT.writes}</th>
            <th scope="col" className="px-2 py-1 text-right font-normal">{RESULT.bytes}</th>
          </tr>
        </thead>
        <tbody>
          {result.perPath.length === 0 ? (
            <tr>
              <td colSpan={4} className="px-2 py-1 text-muted">{RESULT.noPaths}</td>
            </tr>
          ) : (
            result.perPath.map((row) => (
              <tr key={row.path} className="border-b border-line">
                <td className="break-all px-2 py-1 font-mono text-xs">{row.path}</td>
                <td className="px-2 py-1 text-right tabular-nums">{formatCount(row.reads)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{formatCount(row.writes)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{formatCount(row.bytes)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
