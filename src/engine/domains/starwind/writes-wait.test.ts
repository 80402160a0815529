import { describe, expect, test } from 'vitest';
import { diskServiceUs, mirroredWriteUs, WRITE_LATENCY_MODEL, WRITES_JOB_KIND } from '../../../domain/starwind';
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../../../domain/units';
import { labContextOf, restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import { consoleLab, createHa, finishSync, haView, ok, STORE1, STORE2, write } from '../../testing/starwind-helpers';
import type { Job, Lab } from '../../types';
import { ackedBlocks, dirtyBlocks, extentCountOf, lostAcknowledgedBlocks, replicaBlocks } from './inspect';

const GIGABIT_BITS_PER_S = 1_000_000_000;
/** One 4 KiB write on the lab's model: 80 + 8 µs on disk; mirrored over 1 GbE + 33 µs wire + 2 × 50 µs. */
const ALONE_4K_US = 88;
const MIRRORED_4K_US = 221;

function syncedLab(sizeBytes = 64 * BYTES_PER_MIB): { lab: Lab; id: string } {
  const lab = consoleLab();
  const id = createHa(lab, { sizeBytes });
  finishSync(lab, id);
  return { lab, id };
}

const link = (lab: Lab, host: string, nic: string, linkUp: boolean) => ok(lab, { type: 'setNicLink', host, nic, linkUp });
const jobOf = (lab: Lab, id: string): Job => {
  const job = labContextOf(lab).state.jobs.get(id);
  if (!job) throw new Error(`no job ${id}`);
  return job;
};
const pending = (lab: Lab) => labContextOf(lab).state.starwind.pendingWrites;
const latencyNow = (lab: Lab, device: string, side: 0 | 1, lengthBytes: number, count: number) => {
  const answer = lab.query({ type: 'starwindWriteLatency', device, side, lengthBytes, count });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.latency;
};

/** Writes through side 0 that must wait: answers the job id the dispatch reported. */
function waitingWrite(lab: Lab, id: string, offsetBytes: number, lengthBytes: number, count = 1): string {
  const result = write(lab, id, 0, offsetBytes, lengthBytes, count);
  if (!result.ok) throw new Error(result.error.message);
  expect(result.jobIds).toHaveLength(1);
  return result.jobIds[0]!;
}

describe('the latency model (the lab model, in µs)', () => {
  test('disk service time per write size, and the mirrored round trip over the sync link', () => {
    expect(WRITE_LATENCY_MODEL).toEqual({ diskBaseUs: 80, diskUsPer4KiB: 8, syncHopUs: 50 });
    expect(diskServiceUs(4096)).toBe(ALONE_4K_US);
    expect(diskServiceUs(512)).toBe(ALONE_4K_US);
    expect(diskServiceUs(65_536)).toBe(80 + 16 * 8);
    expect(mirroredWriteUs(4096, GIGABIT_BITS_PER_S)).toBe(MIRRORED_4K_US);
    // 64 KiB: 208 µs disk, 524.288 → 525 µs on the wire, 100 µs of hops.
    expect(mirroredWriteUs(65_536, GIGABIT_BITS_PER_S)).toBe(208 + 525 + 100);
  });
});

describe('writes that need not wait are acknowledged at once, with the modelled latency', () => {
  test('mirrored while the sync channel is up; alone once the partner is declared lost', () => {
    const { lab, id } = syncedLab();
    const nowMs = lab.nowMs();
    expect(latencyNow(lab, id, 0, 4096, 10)).toEqual({ mode: 'mirrored', writes: 10, perWriteUs: MIRRORED_4K_US, p50Us: MIRRORED_4K_US, p99Us: MIRRORED_4K_US, maxUs: MIRRORED_4K_US, batchUs: 10 * MIRRORED_4K_US, waitedMs: 0, acknowledgedAtMs: nowMs });
    const result = write(lab, id, 0, 0, 4096, 10);
    expect(result).toMatchObject({ ok: true, jobIds: [] });
    expect(ackedBlocks(lab, id).count()).toBe(10);
    link(lab, STORE2.name, 'iSCSI', false);
    expect(latencyNow(lab, id, 0, 4096, 1)).toBeNull(); // it would wait
    lab.advance(5000);
    expect(latencyNow(lab, id, 0, 4096, 3)).toMatchObject({ mode: 'alone', perWriteUs: ALONE_4K_US, maxUs: ALONE_4K_US, batchUs: 3 * ALONE_4K_US });
    expect(write(lab, id, 0, 40_960, 4096, 3)).toMatchObject({ ok: true, jobIds: [] });
    expect(dirtyBlocks(lab, id, 0).toJSON()).toEqual([10, 13, 1]);
  });
});

describe('writes wait while a synchronized partner is silent but not yet declared lost', () => {
  test('the sync cable returns at t + 2 s: the writes complete mirrored then, 2 s + one mirrored write for the first', () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    const t0 = lab.nowMs();
    const jobId = waitingWrite(lab, id, 0, 4096, 100);
    expect(jobOf(lab, jobId)).toMatchObject({ kind: WRITES_JOB_KIND, state: 'running', subject: { collection: 'haDevices', id }, dueMs: null, totalUnits: 409_600 });
    // Nothing is applied or acknowledged while the write waits.
    expect(ackedBlocks(lab, id).count()).toBe(0);
    expect(replicaBlocks(lab, id, 0).count()).toBe(0);
    lab.advance(2000);
    link(lab, STORE2.name, 'iSCSI', true);
    const job = jobOf(lab, jobId);
    expect(job).toMatchObject({ state: 'succeeded', endedMs: t0 + 2000 });
    expect(job.result?.details).toEqual({
      mode: 'mirrored',
      writes: '100',
      acknowledgedAtMs: String(t0 + 2000),
      waitedMs: '2000',
      perWriteUs: String(MIRRORED_4K_US),
      p50Us: String(MIRRORED_4K_US),
      // Nearest rank: the 99th of 100 writes is still an ordinary one; the first is the maximum.
      p99Us: String(MIRRORED_4K_US),
      maxUs: String(2_000_000 + MIRRORED_4K_US),
      batchUs: String(2_000_000 + 100 * MIRRORED_4K_US),
    });
    expect(replicaBlocks(lab, id, 0).toJSON()).toEqual(replicaBlocks(lab, id, 1).toJSON());
    expect(ackedBlocks(lab, id).count()).toBe(100);
    expect(dirtyBlocks(lab, id, 0).count()).toBe(0);
    expect(pending(lab)).toEqual([]);
    expect(haView(lab, id).sides.map((side) => side.syncState)).toEqual(['synchronized', 'synchronized']);
  });

  test('the partner is declared lost: the writes complete alone at exactly the detection time, their blocks dirty', () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    const t0 = lab.nowMs();
    const jobId = waitingWrite(lab, id, 0, 4096, 1);
    lab.advance(4999);
    expect(jobOf(lab, jobId).state).toBe('running');
    lab.advance(1);
    // Heartbeat still up: the lower priority (SWS-Store2) is Not synchronized; Store1 continues alone.
    expect(jobOf(lab, jobId)).toMatchObject({ state: 'succeeded', endedMs: t0 + 5000 });
    expect(jobOf(lab, jobId).result?.details).toMatchObject({ mode: 'alone', waitedMs: '5000', acknowledgedAtMs: String(t0 + 5000), p50Us: '5000000', p99Us: '5000000', maxUs: '5000000' });
    expect(dirtyBlocks(lab, id, 0).toJSON()).toEqual([0, 1, 1]);
    expect(replicaBlocks(lab, id, 1).count()).toBe(0);
    expect(lostAcknowledgedBlocks(lab, id, 0)).toBe(0);
    expect(haView(lab, id).sides[1].syncState).toBe('not-synchronized');
  });

  test('every channel lost (the partner still runs): they complete alone at the detection time too', () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    link(lab, STORE2.name, 'Public', false);
    const jobId = waitingWrite(lab, id, 0, 4096, 3);
    lab.advance(5000);
    expect(jobOf(lab, jobId)).toMatchObject({ state: 'succeeded', result: { details: { mode: 'alone', waitedMs: '5000' } } });
    expect(dirtyBlocks(lab, id, 0).toJSON()).toEqual([0, 3, 1]);
    expect(lostAcknowledgedBlocks(lab, id, 0)).toBe(0);
  });

  test('a second write queues behind the first and completes with it, in order (its own wait)', () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    const first = waitingWrite(lab, id, 0, 4096, 2);
    lab.advance(500);
    const second = waitingWrite(lab, id, 4096, 4096, 2); // overlaps the first's second block
    expect(pending(lab).map((batch) => batch.jobId)).toEqual([first, second]);
    lab.advance(1500);
    link(lab, STORE2.name, 'iSCSI', true);
    expect(jobOf(lab, first).result?.details).toMatchObject({ mode: 'mirrored', waitedMs: '2000' });
    expect(jobOf(lab, second).result?.details).toMatchObject({ mode: 'mirrored', waitedMs: '1500', maxUs: String(1_500_000 + MIRRORED_4K_US) });
    // The second batch is the later generation where they overlap.
    const acked = ackedBlocks(lab, id).toJSON();
    expect(acked.length).toBe(6);
    expect(acked[0]).toBe(0);
    expect(acked[2]).toBeLessThan(acked[5]!);
    expect(replicaBlocks(lab, id, 1).toJSON()).toEqual(acked);
  });

  test("the written side's own service stops while its writes wait: the job fails with the reason, nothing is acknowledged", () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    const jobId = waitingWrite(lab, id, 0, 4096, 1);
    lab.advance(1000);
    ok(lab, { type: 'setPower', host: STORE1.name, action: 'off' });
    expect(jobOf(lab, jobId)).toMatchObject({ state: 'failed', endedMs: lab.nowMs(), result: { details: { reason: 'starwind.service_stopped' } } });
    expect(ackedBlocks(lab, id).count()).toBe(0);
    expect(pending(lab)).toEqual([]);
  });

  test('writes through the lower-priority side fail when the heartbeat rule blocks it at the detection time', () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    const result = write(lab, id, 1, 0, 4096);
    expect(result).toMatchObject({ ok: true, jobIds: [expect.any(String)] });
    const jobId = result.ok ? result.jobIds[0]! : '';
    lab.advance(5000);
    expect(jobOf(lab, jobId)).toMatchObject({ state: 'failed', endedMs: lab.nowMs(), result: { details: { reason: 'starwind.device_blocked' } } });
    expect(ackedBlocks(lab, id).count()).toBe(0);
    expect(replicaBlocks(lab, id, 1).count()).toBe(0);
  });

  test('maintenance mode switched on while writes wait cuts them: the job fails', () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    const jobId = waitingWrite(lab, id, 0, 4096, 1);
    ok(lab, { type: 'starwindDeviceAction', device: id, action: 'maintenance-on', side: 0 });
    expect(jobOf(lab, jobId)).toMatchObject({ state: 'failed', result: { details: { reason: 'starwind.maintenance' } } });
  });

  test('the device removed while its writes wait: the job is cancelled', () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    const jobId = waitingWrite(lab, id, 0, 4096, 1);
    ok(lab, { type: 'starwindRemoveDevice', device: id });
    expect(jobOf(lab, jobId).state).toBe('cancelled');
    expect(pending(lab)).toEqual([]);
  });

  test('a waiting batch is in the snapshot: a restored lab completes it identically', () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    const jobId = waitingWrite(lab, id, 0, 4096, 7);
    lab.advance(1000);
    const restored = restoreLab(JSON.parse(JSON.stringify(lab.snapshot())));
    expect(restored.hash()).toBe(lab.hash());
    for (const each of [lab, restored]) {
      each.advance(1000);
      link(each, STORE2.name, 'iSCSI', true);
    }
    expect(restored.hash()).toBe(lab.hash());
    expect(jobOf(restored, jobId).result?.details).toMatchObject({ mode: 'mirrored', waitedMs: '2000' });
  });

  test('a lab saved at StarWind part 2 (before pendingWrites) opens with none waiting', () => {
    const { lab } = syncedLab();
    const saved = JSON.parse(JSON.stringify(lab.snapshot())) as { domainVersions: Record<string, number>; domains: { starwind: Record<string, unknown> } };
    saved.domainVersions.starwind = 2;
    delete saved.domains.starwind.pendingWrites;
    const restored = restoreLab(saved);
    expect(restored.snapshot().domains.starwind).toMatchObject({ pendingWrites: [] });
    expect(restored.hash()).toBe(lab.hash());
  });

  test('the snapshot check names a pending batch without its device, its running job or a valid range', () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    waitingWrite(lab, id, 0, 4096, 2);
    expect(validateSnapshot(lab.snapshot())).toEqual([]);
    const broken = JSON.parse(JSON.stringify(lab.snapshot())) as { domains: { starwind: { pendingWrites: Record<string, unknown>[] } } };
    Object.assign(broken.domains.starwind.pendingWrites[0]!, { ha: 'ha-0999', jobId: 'job-0999', fromBlock: 5, toBlock: 5 });
    expect(validateSnapshot(broken).map((problem) => problem.path)).toEqual([
      'domains.starwind.pendingWrites[0].ha',
      'domains.starwind.pendingWrites[0].jobId',
      'domains.starwind.pendingWrites[0].toBlock',
    ]);
  });

  test('a batch of 1,000,000 writes costs one record, one job and no timer of its own; its blocks stay a few extents', () => {
    const { lab, id } = syncedLab(BYTES_PER_GIB * 4);
    const kernel = labContextOf(lab).kernel;
    link(lab, STORE2.name, 'iSCSI', false);
    const timersBefore = kernel.timerCount();
    const jobId = waitingWrite(lab, id, 0, 4096, 1_000_000);
    expect(kernel.timerCount()).toBe(timersBefore);
    expect(pending(lab)).toHaveLength(1);
    lab.advance(2000);
    link(lab, STORE2.name, 'iSCSI', true);
    // data on each side, acked: one extent each.
    expect(extentCountOf(lab, id)).toBe(3);
    expect(jobOf(lab, jobId).result?.details).toMatchObject({ writes: '1000000', p50Us: String(MIRRORED_4K_US), p99Us: String(MIRRORED_4K_US), maxUs: String(2_000_000 + MIRRORED_4K_US), batchUs: String(2_000_000 + 1_000_000 * MIRRORED_4K_US) });
    // An immediate batch of a million: no timer either.
    const timers = kernel.timerCount();
    expect(write(lab, id, 0, 0, 4096, 1_000_000)).toMatchObject({ ok: true, jobIds: [] });
    expect(kernel.timerCount()).toBe(timers);
    expect(extentCountOf(lab, id)).toBe(3);
  });
});
