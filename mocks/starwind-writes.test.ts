// Writes wait, they do not fail: POST /api/v1/starwind/devices/{id}/writes answers 200
// with the batch's modelled latency when it is acknowledged at once, and 202 with a
// `starwind.writes` job while a synchronized partner is silent but not yet declared lost.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Job, WritesAnswer } from '../src/api/types';
import { labHost, resetLab, server } from './node';
import { api, consoleWithBothStores, GIGABIT_BYTES_PER_S, ha1Request, SIZE_1_GIB, STORE1, STORE2 } from './starwind-test-support';
import { send } from './test-support';

/** One 4 KiB write on the lab's model (src/domain/starwind/latency.ts): 88 µs alone, 221 µs mirrored on 1 GbE. */
const MIRRORED_4K_US = 221;
const ALONE_4K_US = 88;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
  await consoleWithBothStores();
});

async function jobs(): Promise<Job[]> {
  const answer = await labHost.query({ type: 'jobs' });
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { jobs: Job[] }).jobs;
}

/** HA1 created and synchronized (its initial sync is job-0001). */
async function syncedHa1(): Promise<string> {
  const created = await api.call('createStarWindDevice', { params: { host: STORE1.name }, body: ha1Request() });
  await api.call('advanceClock', { body: { ms: Math.ceil((SIZE_1_GIB * 1000) / GIGABIT_BYTES_PER_S) } });
  return created.id;
}

async function writeThrough(id: string, count: number, offsetBytes = 0): Promise<{ status: number; body: WritesAnswer }> {
  const response = await send('POST', `/api/v1/starwind/devices/${id}/writes`, { side: 0, offsetBytes, lengthBytes: 4096, count });
  return { status: response.status, body: (await response.json()) as WritesAnswer };
}

describe('the writes route', () => {
  test('acknowledged at once: 200 with jobId null and the modelled latency, mirrored then alone', async () => {
    const id = await syncedHa1();
    const mirrored = await writeThrough(id, 1000);
    expect(mirrored.status).toBe(200);
    expect(mirrored.body).toMatchObject({ id, jobId: null, version: expect.any(Number) });
    expect(mirrored.body.latency).toEqual({
      mode: 'mirrored', writes: 1000, perWriteUs: MIRRORED_4K_US, p50Us: MIRRORED_4K_US, p99Us: MIRRORED_4K_US, maxUs: MIRRORED_4K_US,
      batchUs: 1000 * MIRRORED_4K_US, waitedMs: 0, acknowledgedAtMs: mirrored.body.nowMs,
    });
    await api.call('setNic', { params: { name: STORE2.name, nic: 'iSCSI' }, body: { linkUp: false } });
    await api.call('advanceClock', { body: { ms: 5000 } });
    const alone = await writeThrough(id, 10);
    expect(alone.status).toBe(200);
    expect(alone.body.latency).toMatchObject({ mode: 'alone', writes: 10, perWriteUs: ALONE_4K_US, maxUs: ALONE_4K_US, batchUs: 10 * ALONE_4K_US });
  });

  test('while the partner is silent: 202 with the job, which succeeds mirrored when the cable returns, with the latency result', async () => {
    const id = await syncedHa1();
    await api.call('setNic', { params: { name: STORE2.name, nic: 'iSCSI' }, body: { linkUp: false } });
    const waiting = await writeThrough(id, 50);
    expect(waiting.status).toBe(202);
    expect(waiting.body).toMatchObject({ id, jobId: 'job-0002', latency: null });
    const t0 = waiting.body.nowMs;
    expect((await jobs()).find((job) => job.id === 'job-0002')).toMatchObject({ kind: 'starwind.writes', state: 'running', subject: { collection: 'haDevices', id } });
    // A second write queues behind it: also 202, its own job.
    const queued = await writeThrough(id, 1, 4096 * 50);
    expect(queued).toMatchObject({ status: 202, body: { jobId: 'job-0003', latency: null } });
    await api.call('advanceClock', { body: { ms: 2000 } });
    await api.call('setNic', { params: { name: STORE2.name, nic: 'iSCSI' }, body: { linkUp: true } });
    const ended = (await jobs()).filter((job) => job.kind === 'starwind.writes');
    expect(ended.map((job) => [job.id, job.state, job.endedMs])).toEqual([
      ['job-0002', 'succeeded', t0 + 2000],
      ['job-0003', 'succeeded', t0 + 2000],
    ]);
    expect(ended[0]!.result?.details).toEqual({
      mode: 'mirrored', writes: '50', acknowledgedAtMs: String(t0 + 2000), waitedMs: '2000', perWriteUs: String(MIRRORED_4K_US),
      p50Us: String(MIRRORED_4K_US), p99Us: String(2_000_000 + MIRRORED_4K_US), maxUs: String(2_000_000 + MIRRORED_4K_US), batchUs: String(2_000_000 + 50 * MIRRORED_4K_US),
    });
  });

  test('while the partner is silent: the job succeeds alone at the detection time when it does not come back', async () => {
    const id = await syncedHa1();
    await api.call('setNic', { params: { name: STORE2.name, nic: 'iSCSI' }, body: { linkUp: false } });
    const waiting = await writeThrough(id, 1);
    expect(waiting.status).toBe(202);
    await api.call('advanceClock', { body: { ms: 5000 } });
    const job = (await jobs()).find((each) => each.id === waiting.body.jobId);
    expect(job).toMatchObject({ state: 'succeeded', endedMs: waiting.body.nowMs + 5000, result: { details: { mode: 'alone', waitedMs: '5000' } } });
    const device = await api.call('getStarWindDevice', { params: { id } });
    expect(device.kind === 'ha' && device.sides[1].syncState).toBe('not-synchronized');
  });
});
