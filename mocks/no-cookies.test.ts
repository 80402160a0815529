// The browser build replaces msw's cookie jar with one that holds none (mocks/no-cookie-jar.ts):
// that is only right while no route answers with a cookie. Every route is called here, answers
// and refusals alike, and none may set one; the stand-in jar refuses a cookie loudly.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { routes } from '../src/api/routes';
import { CookieJar, MemoryCookieStore } from './no-cookie-jar';
import { resetLab, server } from './node';
import { send } from './test-support';

const SAMPLE_PARAMS: Record<string, string> = { name: 'Demo1', nic: 'Public', host: 'SWS-Store1', id: 'no-such-id' };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
});

describe('no route sets a cookie', () => {
  for (const [id, route] of Object.entries(routes)) {
    it(`${route.method} ${route.path} (${id})`, async () => {
      const path = route.path.replace(/:(\w+)/g, (_match, name: string) => SAMPLE_PARAMS[name] ?? name);
      const query = 'query' in route ? `?${new URLSearchParams(route.query as Record<string, string>)}` : '';
      // An empty body: mutations answer their refusal, which must not set a cookie either.
      const response = await send(route.method, `${path}${query}`, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
      await response.arrayBuffer();
      expect(response.status).toBeLessThan(500);
      expect(response.headers.get('set-cookie')).toBeNull();
    });
  }
});

describe('the stand-in cookie jar', () => {
  it('holds no cookie and refuses to store one, naming it', async () => {
    const jar = new CookieJar(new MemoryCookieStore());
    expect(jar.getCookiesSync()).toEqual([]);
    await expect(jar.setCookie('session=abc; Path=/', 'http://localhost/api/v1/lab')).rejects.toThrow(/session.*keeps no cookies/);
  });
});
