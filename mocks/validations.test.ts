// Contract of the validation routes: POST /cluster-validations (+ ?validate=only) starts Validate
// a Configuration as a job (202), GET reads a report again, GET lists them. On the fresh seed lab
// Demo1 and Demo2 have no shared storage and no Failover Clustering, so those tests fail.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { resetLab, server } from './node';
import { api } from './starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from './test-support';

const PATH = '/api/v1/cluster-validations';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
});

describe('POST|GET /api/v1/cluster-validations', () => {
  test('a run is a job (202); its report is read again by id and in the list once the tests ran', async () => {
    const before = await getLab();
    const valid = await send('POST', `${PATH}?validate=only`, { servers: ['Demo1', 'Demo2'] });
    expect(await valid.json()).toEqual({ valid: true, warnings: {} });
    expect(await getLab()).toEqual(before);

    const response = await send('POST', PATH, { servers: ['Demo1', 'Demo2'], tests: ['Validate Cluster Service and Driver Settings', 'List Operating System Information'] });
    expect(response.status).toBe(202);
    const started = (await response.json()) as { id: string; jobId: string; state: string; version: number };
    expect(started).toMatchObject({ state: 'running', servers: ['Demo1', 'Demo2'], categories: [], version: before.version + 1 });
    const job = await api.call('getJob', { params: { id: started.jobId } });
    expect(job.steps.map((step) => step.name)).toEqual(['List Operating System Information', 'Validate Cluster Service and Driver Settings']);

    await api.call('advanceClock', { body: { ms: 60_000 } });
    const report = await api.call('getClusterValidation', { params: { id: started.id } });
    expect(report).toMatchObject({
      state: 'completed', overall: 'Failed',
      categories: [
        { category: 'Inventory', tests: [{ name: 'List Operating System Information', result: 'Passed' }] },
        { category: 'System Configuration', tests: [{ name: 'Validate Cluster Service and Driver Settings', result: 'Failed', explanation: expect.stringContaining('Failover Clustering') }] },
      ],
    });
    expect((await api.call('listClusterValidations', {})).validations.map((entry) => entry.id)).toEqual([started.id]);
  });

  test('unknown servers or tests, a bad body or an unknown report are refused and change nothing', async () => {
    await expectRefusedUnchanged(() => send('POST', PATH, { servers: ['Nowhere'] }), 404, 'host.not_found');
    await expectRefusedUnchanged(() => send('POST', `${PATH}?validate=only`, { servers: ['Nowhere'] }), 404, 'host.not_found');
    const unknown = await expectRefusedUnchanged(() => send('POST', PATH, { servers: ['Demo1'], tests: ['Validate Disk Failover'] }), 422, 'validation.unknown_test');
    expect(unknown.errors?.tests).toContain('Validate Disk Failover');
    await expectRefusedUnchanged(() => send('POST', PATH, { servers: ['Demo1'], tests: ['Validate Quorum Configuration'] }), 422, 'validation.needs_cluster');
    await expectRefusedUnchanged(() => send('POST', PATH, { servers: [] }), 422, 'validation.no_servers');
    await expectRefusedUnchanged(() => send('POST', PATH, { servers: 'Demo1' }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('GET', `${PATH}/validation-9999`), 404, 'validation.not_found');
  });
});
