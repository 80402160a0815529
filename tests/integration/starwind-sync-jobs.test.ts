// The StarWind sync is a lab job: Add Target with an initial sync and the Synchronize action answer
// 202 Accepted with `jobId`; the job (collection `jobs`) follows the sync to its end, through the
// API under msw/node and in the page's mirror (so it lives here, beside the other cross-part tests).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ChangeBatch, Job } from '../../src/api/types';
import { jobPercent, jobRemainingMs } from '../../src/domain/jobs';
import { BATCH_COALESCE_WALL_MS } from '../../src/domain/lab';
import type { ManualScheduler } from '../../src/host/manual-scheduler';
import { createLabMirror } from '../../src/stores/lab-mirror';
import { labHost, resetLab, server } from '../../mocks/node';
import { api, consoleWithBothStores, GIGABIT_BYTES_PER_S, ha1Request, SIZE_1_GIB, STORE1, STORE2 } from '../../mocks/starwind-test-support';
import { expectProblem, send } from '../../mocks/test-support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
  await consoleWithBothStores();
});

/** Through the REST route a script follows a 202 answer with. */
async function jobs(): Promise<Job[]> {
  const response = await send('GET', '/api/v1/jobs');
  expect(response.status).toBe(200);
  return ((await response.json()) as { jobs: Job[] }).jobs;
}

describe('sync jobs', () => {
  test('Add Target with an initial sync answers 202 with the job, which succeeds when the sync completes', async () => {
    const response = await send('POST', `/api/v1/starwind/servers/${STORE1.name}/devices`, ha1Request());
    expect(response.status).toBe(202);
    const created = (await response.json()) as { id: string; jobId: string; nowMs: number; version: number };
    expect(created.jobId).toBe('job-0001');
    const [job] = await jobs();
    const durationMs = Math.ceil((SIZE_1_GIB * 1000) / GIGABIT_BYTES_PER_S);
    expect(job).toMatchObject({
      id: 'job-0001', kind: 'starwind.sync', title: 'Initial synchronization of HA1', subject: { collection: 'haDevices', id: created.id },
      state: 'running', unit: 'bytes', totalUnits: SIZE_1_GIB, startedMs: created.nowMs, dueMs: created.nowMs + durationMs, endedMs: null, result: null,
    });
    // Progress comes from the clock: half-way in time is half-way in bytes.
    expect(jobPercent(job!, created.nowMs + durationMs / 2)).toBe(50);
    expect(jobRemainingMs(job!, created.nowMs + 1000)).toBe(durationMs - 1000);
    await api.call('advanceClock', { body: { ms: durationMs } });
    expect(await jobs()).toEqual([expect.objectContaining({ id: 'job-0001', state: 'succeeded', endedMs: created.nowMs + durationMs, result: { message: 'HA1 is synchronized.', details: { bytesMoved: String(SIZE_1_GIB) } } })]);
  });

  test('GET /api/v1/jobs/{id} answers one job, and 404 for an id that names none', async () => {
    const created = await api.call('createStarWindDevice', { params: { host: STORE1.name }, body: ha1Request() });
    const one = await send('GET', `/api/v1/jobs/${created.jobId}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ id: created.jobId, kind: 'starwind.sync', state: 'running' });
    await expectProblem(await send('GET', '/api/v1/jobs/job-9999'), 404, 'job.not_found');
  });

  test('a device created without a sync answers 200 with jobId null', async () => {
    const response = await send('POST', `/api/v1/starwind/servers/${STORE1.name}/devices`, ha1Request({}, { initMethod: 'do-not-synchronize' }));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { jobId: unknown }).jobId).toBeNull();
    expect(await jobs()).toEqual([]);
  });

  test('an interrupted sync fails its job; Synchronize answers 202 with a new job; removal cancels a running one', async () => {
    const created = await api.call('createStarWindDevice', { params: { host: STORE1.name }, body: ha1Request() });
    await api.call('advanceClock', { body: { ms: 2000 } });
    await api.call('setNic', { params: { name: STORE2.name, nic: 'iSCSI' }, body: { linkUp: false } });
    const [failed] = await jobs();
    expect(failed).toMatchObject({ state: 'failed', doneAtMarkUnits: 2000 * (GIGABIT_BYTES_PER_S / 1000) });
    expect(failed!.result?.message).toContain('interrupted');
    await api.call('setNic', { params: { name: STORE2.name, nic: 'iSCSI' }, body: { linkUp: true } });
    await api.call('advanceClock', { body: { ms: 6000 } });
    const running = (await jobs()).filter((job) => job.state === 'running');
    let jobId = running[0]?.id;
    if (!jobId) {
      const response = await send('POST', `/api/v1/starwind/devices/${created.id}/actions`, { action: 'synchronize', side: 1 });
      expect(response.status).toBe(202);
      jobId = ((await response.json()) as { jobId: string }).jobId;
    }
    expect(jobId).toBe('job-0002');
    await api.call('removeStarWindDevice', { params: { id: created.id } });
    expect((await jobs()).find((job) => job.id === jobId)).toMatchObject({ state: 'cancelled', dueMs: null });
  });

  test('the mirror keeps jobs like any collection', async () => {
    const mirror = createLabMirror();
    const unsubscribe = await labHost.subscribe((message) => {
      if (message.type === 'batch') mirror.getState().applyBatch(message.batch as ChangeBatch);
    });
    const created = await api.call('createStarWindDevice', { params: { host: STORE1.name }, body: ha1Request() });
    // Batches are coalesced over wall time, which is manual here.
    (labHost.scheduler as ManualScheduler).advanceWallMs(BATCH_COALESCE_WALL_MS);
    await mirror.getState().waitForVersion(created.version);
    expect(mirror.getState().jobs[created.jobId!]).toMatchObject({ state: 'running', kind: 'starwind.sync' });
    unsubscribe();
  });
});
