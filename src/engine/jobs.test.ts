import { describe, expect, test } from 'vitest';
import { ENDED_JOBS_KEPT, jobPercent, jobRemainingMs } from '../domain/jobs';
import { endJob, startJob } from './jobs';
import { createLab, labContextOf } from './lab';

const spec = { kind: 'test.copy', title: 'Copying', subject: { collection: 'hosts', id: 'Demo1' }, totalUnits: 1000, unit: 'bytes', unitsPerMs: 1 } as const;

describe('jobs', () => {
  test('ids come from the kernel sequence; progress is computed from the clock; the end marks what was done', () => {
    const lab = createLab();
    const ctx = labContextOf(lab);
    let id = '';
    ctx.kernel.transact(() => (id = startJob(ctx, spec).id));
    expect(id).toBe('job-0001');
    const job = ctx.state.jobs.get(id)!;
    expect(job).toMatchObject({ state: 'running', startedMs: 0, markMs: 0, dueMs: 1000, endedMs: null });
    expect(jobPercent(job, 250)).toBe(25);
    expect(jobRemainingMs(job, 250)).toBe(750);
    lab.advance(400);
    ctx.kernel.transact(() => endJob(ctx, id, 'failed', 400, 'Stopped.'));
    expect(job).toMatchObject({ state: 'failed', markMs: 400, doneAtMarkUnits: 400, unitsPerMs: 0, dueMs: null, endedMs: 400, result: { message: 'Stopped.', details: {} } });
    expect(jobPercent(job, 10_000)).toBe(40);
    expect(jobRemainingMs(job, 10_000)).toBeNull();
  });

  test(`keeps every running job and the last ${ENDED_JOBS_KEPT} ended ones`, () => {
    const lab = createLab();
    const ctx = labContextOf(lab);
    const batches: { remove: string[] }[] = [];
    lab.subscribe((batch) => batches.push({ remove: batch.changes.jobs?.remove ?? [] }));
    ctx.kernel.transact(() => {
      const running = startJob(ctx, spec).id;
      for (let index = 0; index < ENDED_JOBS_KEPT + 5; index++) endJob(ctx, startJob(ctx, spec).id, 'succeeded', 1000, 'Done.');
      expect(ctx.state.jobs.get(running)?.state).toBe('running');
    });
    const jobs = [...ctx.state.jobs.values()];
    expect(jobs.filter((job) => job.state !== 'running')).toHaveLength(ENDED_JOBS_KEPT);
    expect(jobs.filter((job) => job.state === 'running')).toHaveLength(1);
    // The five oldest ended jobs went first (ids 2 to 6), and the batch says so.
    expect(ctx.state.jobs.has('job-0006')).toBe(false);
    expect(ctx.state.jobs.has('job-0007')).toBe(true);
    expect(batches.at(-1)!.remove).toEqual(['job-0002', 'job-0003', 'job-0004', 'job-0005', 'job-0006']);
    expect(lab.snapshot().entities.jobs).toHaveLength(ENDED_JOBS_KEPT + 1);
  });
});
