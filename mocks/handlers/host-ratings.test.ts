// Contract of GET /clusters/{name}/roles/{role}/host-ratings (Virtual Machine Manager's Select
// Host) over the ready lab (POST /lab {scenario: 'seed-lab-ready'}: VM1 Online on Demo1): every
// other node rated for Live and Quick with its reasons; an unknown role is a 404 naming the field.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { server } from '../node';
import { expectProblem, send } from '../test-support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

test('the ready lab: Demo2 rated for Live and Quick with its free memory; an unknown role is refused by field', async () => {
  expect((await send('POST', '/api/v1/lab', { scenario: 'seed-lab-ready' })).ok).toBe(true);
  const answer = await (await send('GET', '/api/v1/clusters/Cluster1/roles/VM1/host-ratings')).json();
  expect(answer).toMatchObject({ cluster: 'Cluster1', role: 'VM1', vm: 'VM1', source: 'Demo1', ratings: { live: [{ node: 'Demo2', stars: 4.5 }], quick: [{ node: 'Demo2', stars: 4.5 }] } });
  expect(answer.ratings.live[0].reasons).toEqual(["29.5 GB of 30 GB of memory for virtual machines stays free on Demo2 with 'VM1' there."]);
  const problem = await expectProblem(await send('GET', '/api/v1/clusters/Cluster1/roles/VM9/host-ratings'), 404, 'cluster.role_not_found');
  expect(problem.errors).toEqual({ role: expect.stringContaining('VM9') });
});
