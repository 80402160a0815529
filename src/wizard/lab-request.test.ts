import { describe, expect, test, vi } from 'vitest';
import { createApiClient } from '../api/client';
import type { Problem } from '../api/types';
import { labRequest } from './lab-request';

type Values = { address: string };

function lab(answer: (request: Request) => { status: number; body: unknown }) {
  const seen: Array<{ url: URL; body: unknown }> = [];
  const api = createApiClient({
    baseUrl: 'http://lab',
    fetch: async (request) => {
      seen.push({ url: new URL(request.url), body: await request.clone().json() });
      const { status, body } = answer(request);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
    },
  });
  return { api, seen };
}

const problem = (status: number, detail: string, errors?: Record<string, string>): Problem => ({ type: 'urn:ha-lab:error:x', title: 'Refused', status, detail, code: 'x', ...(errors ? { errors } : {}) });

describe('labRequest: one helper for ?validate=only and refusals on fields', () => {
  test('Next sends the same body with ?validate=only and keeps its warnings; Finish sends it without', async () => {
    const { api, seen } = lab((request) => (new URL(request.url).searchParams.get('validate') === 'only' ? { status: 200, body: { valid: true, warnings: { host: 'Unusual.' } } } : { status: 201, body: { host: 'SWS-Store1', version: 3 } }));
    const accepted = vi.fn();
    const hooks = labRequest<Values, 'addStarWindServer'>({ api, route: 'addStarWindServer', body: (v) => ({ address: v.address }), validate: true, onAccepted: accepted });
    expect(await hooks.check?.({ address: 'SWS-Store1' })).toEqual({ warnings: { host: 'Unusual.' } });
    expect(await hooks.submit({ address: 'SWS-Store1' })).toEqual({});
    expect(seen.map((call) => `${call.url.pathname}${call.url.search}`)).toEqual(['/api/v1/starwind/servers?validate=only', '/api/v1/starwind/servers']);
    expect(seen.every((call) => JSON.stringify(call.body) === '{"address":"SWS-Store1"}')).toBe(true);
    expect(accepted).toHaveBeenCalledWith({ host: 'SWS-Store1', version: 3 }, { address: 'SWS-Store1' });
  });

  test('a refusal keeps its field errors keyed by request path; without them, its detail is the message', async () => {
    const fields = lab(() => ({ status: 422, body: problem(422, 'The port is out of range.', { port: 'Port must be from 1 to 65535.' }) }));
    const hooks = labRequest<Values, 'addStarWindServer'>({ api: fields.api, route: 'addStarWindServer', body: (v) => ({ address: v.address }), validate: true });
    expect(await hooks.check?.({ address: 'x' })).toEqual({ errors: { port: 'Port must be from 1 to 65535.' } });
    expect(await hooks.submit({ address: 'x' })).toEqual({ errors: { port: 'Port must be from 1 to 65535.' } });
    const loose = lab(() => ({ status: 409, body: problem(409, 'SWS-Store1 is off.') }));
    const plain = labRequest<Values, 'addStarWindServer'>({ api: loose.api, route: 'addStarWindServer', body: (v) => ({ address: v.address }) });
    expect(plain.check).toBeUndefined();
    expect(await plain.submit({ address: 'x' })).toEqual({ message: 'SWS-Store1 is off.' });
  });

  test("a create answered with a job (202) hands the job's id to the wizard", async () => {
    const { api } = lab(() => ({ status: 202, body: { jobId: 'job-0007', version: 9 } }));
    const hooks = labRequest<Values, 'addStarWindServer'>({ api, route: 'addStarWindServer', body: (v) => ({ address: v.address }) });
    expect(await hooks.submit({ address: 'x' })).toEqual({ jobId: 'job-0007' });
  });
});
