// The I/O generator meets the LUN's SCSI-3 persistent reservation: under Write Exclusive -
// Registrants Only a node that is not registered is refused with a reservation conflict and
// nothing is written; once registered it writes; preempted, it is refused again.
import { describe, expect, test } from 'vitest';
import { KEY1, KEY2, reservationLab, reserveOut } from '../../testing/reservation-helpers';
import { ok } from '../../testing/starwind-helpers';
import type { Command, Job, Lab } from '../../types';
import { ackedBlocks } from '../starwind/inspect';

const write = (host: string): Command => ({ type: 'diskIo', host, number: 1, op: 'write', pattern: 'sequential', blockBytes: 65_536, count: 16 });

function haId(lab: Lab): string {
  const answer = lab.query({ type: 'haDevices' });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.devices[0]!.id;
}

describe('writes under a persistent reservation', () => {
  test('an unregistered node is refused, a registered one writes, a preempted one is refused again', () => {
    const lab = reservationLab();
    for (const host of ['Demo1', 'Demo2']) ok(lab, { type: 'diskSet', host, number: 1, online: true });
    ok(lab, reserveOut('Demo1', 'register', KEY1));
    ok(lab, reserveOut('Demo1', 'reserve', KEY1));
    const ha = haId(lab);
    const before = ackedBlocks(lab, ha).count();

    const refused = lab.dispatch(write('Demo2'));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('disk.reservation_conflict');
    expect(refused.error.errors?.op).toMatch(/^Reservation conflict: .* reserved .* by Demo1, and Demo2 is not registered\.$/);
    expect(ackedBlocks(lab, ha).count()).toBe(before);

    ok(lab, write('Demo1'));
    ok(lab, reserveOut('Demo2', 'register', KEY2));
    ok(lab, write('Demo2'));
    lab.advance(1_000);

    ok(lab, reserveOut('Demo1', 'preempt', KEY1, { preemptKey: KEY2 }));
    const fenced = lab.dispatch(write('Demo2'));
    expect(fenced.ok ? 'accepted' : fenced.error.code).toBe('disk.reservation_conflict');
  });
});

describe('a run fenced mid-run', () => {
  // The reservation lab's 1 GbE paths, 4 KiB mirrored writes: 2 × 50 + 33 + 221 = 354 µs each;
  // QD 1 over two Round Robin paths: each path completes one every 2 × 354 µs.
  const STEP_US = 2 * 354;

  test('Demo2 preempted 1 s into a write run: what it wrote stays, the rest fails with the reservation conflict at that instant', () => {
    const lab = reservationLab();
    for (const host of ['Demo1', 'Demo2']) ok(lab, { type: 'diskSet', host, number: 1, online: true });
    ok(lab, reserveOut('Demo1', 'register', KEY1));
    ok(lab, reserveOut('Demo1', 'reserve', KEY1));
    ok(lab, reserveOut('Demo2', 'register', KEY2));
    const ha = haId(lab);
    const before = ackedBlocks(lab, ha).count();
    const startMs = lab.nowMs();
    ok(lab, { type: 'diskIo', host: 'Demo2', number: 1, op: 'write', pattern: 'random', blockBytes: 4096, count: 100_000 });
    lab.advance(1_000);
    ok(lab, reserveOut('Demo1', 'preempt', KEY1, { preemptKey: KEY2 }));

    const done = 2 * Math.floor((1_000 * 1_000) / STEP_US);
    const job = lastJob(lab, 'Demo2');
    expect(job).toMatchObject({ state: 'failed', endedMs: startMs + 1_000 });
    expect(job.result?.details.reason).toBe('disk.reservation_conflict');
    expect(job.result?.message).toMatch(/Reservation conflict: .* by Demo1, and Demo2 is not registered\. The remaining writes failed\.$/);
    const result = JSON.parse(job.result!.details.result!) as { acknowledged: number; errors: number };
    expect(result).toMatchObject({ acknowledged: done, errors: 100_000 - done });
    // What was acknowledged stays: one block per write (random, the first pass).
    expect(ackedBlocks(lab, ha).count()).toBe(before + done);
    lab.advance(60_000);
    expect(ackedBlocks(lab, ha).count()).toBe(before + done);
  });

  test('a reservation change that leaves the node registered does not touch its run', () => {
    const lab = reservationLab();
    for (const host of ['Demo1', 'Demo2']) ok(lab, { type: 'diskSet', host, number: 1, online: true });
    ok(lab, reserveOut('Demo1', 'register', KEY1));
    ok(lab, reserveOut('Demo1', 'reserve', KEY1));
    ok(lab, reserveOut('Demo2', 'register', KEY2));
    ok(lab, { type: 'diskIo', host: 'Demo2', number: 1, op: 'write', pattern: 'sequential', blockBytes: 4096, count: 10_000 });
    lab.advance(1_000);
    ok(lab, reserveOut('Demo1', 'release', KEY1));
    lab.advance(10_000);
    const job = lastJob(lab, 'Demo2');
    expect(job.state).toBe('succeeded');
    expect(JSON.parse(job.result!.details.result!)).toMatchObject({ acknowledged: 10_000, errors: 0 });
  });
});

function lastJob(lab: Lab, host: string): Job {
  const last = lab.query({ type: 'diskIoLast', host, number: 1 });
  if (!last.ok) throw new Error(last.error.message);
  const jobs = lab.query({ type: 'jobs' });
  if (!jobs.ok) throw new Error(jobs.error.message);
  const job = jobs.value.jobs.find((candidate) => candidate.id === last.value.jobId);
  if (!job) throw new Error('no job');
  return job;
}
