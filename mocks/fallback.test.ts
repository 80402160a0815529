// The in-page transport answers the same handlers without a service worker (or msw's server).
import { describe, expect, test } from 'vitest';
import { createApiClient } from '../src/api/client';
import { createInProcessHost } from '../src/host/in-process';
import { createFallbackFetch } from './fallback';
import { createHandlers } from './handlers';
import { expectProblem } from './test-support';

describe('createFallbackFetch', () => {
  const host = createInProcessHost();
  const transport = createFallbackFetch(createHandlers(host));

  test('answers the routes through the handlers', async () => {
    const api = createApiClient({ fetch: transport, baseUrl: 'http://lab.example:8080' });
    const { hosts } = await api.call('listHosts');
    expect(hosts).toHaveLength(5);
    const stopping = await api.call('powerHost', { params: { name: 'Demo2' }, body: { action: 'shutdown' } });
    expect(stopping.powerState).toBe('stopping');
  });

  test('an unknown route is a 404 problem', async () => {
    await expectProblem(await transport(new Request('http://lab.example/api/v1/nothing-here')), 404, 'route.not_found');
  });
});
