import { describe, expect, test } from 'vitest';
import type { Job } from '../domain/jobs';
import { jobsStatusText, runningJobs } from './status-text';

function job(id: string, overrides: Partial<Job> = {}): Job {
  return {
    id,
    kind: 'starwind.sync',
    title: 'Initial synchronization of HA1',
    subject: { collection: 'haDevices', id: 'ha-0001' },
    state: 'running',
    startedMs: 0,
    markMs: 0,
    doneAtMarkUnits: 0,
    unitsPerMs: 125_000,
    totalUnits: 125_000 * 171_000,
    unit: 'bytes',
    dueMs: 171_000,
    endedMs: null,
    steps: [],
    result: null,
    ...overrides,
  };
}

describe('the status bar says what the lab is doing', () => {
  test('one job: percent and time left, from the clock', () => {
    // 60 s into a 171 s sync: 35 %, 1 min 51 s left.
    expect(jobsStatusText([job('job-0001')], 60_000)).toBe('Initial synchronization of HA1: 35%, 1 min 51 s left');
  });

  test('a job that cannot progress says so; none running gives null', () => {
    expect(jobsStatusText([job('job-0001', { unitsPerMs: 0, dueMs: null, doneAtMarkUnits: 125_000 * 17_100 })], 60_000)).toBe('Initial synchronization of HA1: 10%, not progressing');
    expect(jobsStatusText([], 0)).toBeNull();
  });

  test('several: the oldest first and how many more run; ended jobs are left out', () => {
    const jobs = {
      'job-0003': job('job-0003', { title: 'Fast synchronization of HA2', startedMs: 10_000 }),
      'job-0001': job('job-0001', { state: 'succeeded', endedMs: 5_000 }),
      'job-0002': job('job-0002', { startedMs: 2_000, markMs: 2_000, dueMs: 173_000 }),
      'job-0004': job('job-0004', { startedMs: 10_000 }),
    };
    const running = runningJobs(jobs);
    expect(running.map((entry) => entry.id)).toEqual(['job-0002', 'job-0003', 'job-0004']);
    expect(jobsStatusText(running, 62_000)).toBe('Initial synchronization of HA1: 35%, 1 min 51 s left (2 more jobs running)');
  });
});
