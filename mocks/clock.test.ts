// Contract of the clock routes: settings, advance, step.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Host, LabInfo } from '../src/api/types';
import { STEP_IDLE_MS } from '../src/domain/lab';
import { resetLab, server } from './node';
import { expectRefusedUnchanged, getLab, send } from './test-support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
});

describe('GET|PUT /api/v1/lab/clock', () => {
  test('a new lab runs at 1×', async () => {
    expect(await (await send('GET', '/api/v1/lab/clock')).json()).toEqual({ paused: false, speed: 1 });
  });

  test('PUT changes what it names and answers the clock with the version', async () => {
    const version = (await getLab()).version;
    const paused = await send('PUT', '/api/v1/lab/clock', { paused: true });
    expect(paused.status).toBe(200);
    expect(await paused.json()).toEqual({ paused: true, speed: 1, version });
    const max = await (await send('PUT', '/api/v1/lab/clock', { speed: 'max' })).json();
    expect(max).toEqual({ paused: true, speed: 'max', version });
    expect(await (await send('GET', '/api/v1/lab/clock')).json()).toEqual({ paused: true, speed: 'max' });
  });

  test('a speed that is not offered is a 400 on the field', async () => {
    const problem = await expectRefusedUnchanged(() => send('PUT', '/api/v1/lab/clock', { speed: 5 }), 400, 'request.invalid_body');
    expect(problem.errors?.speed).toContain('expected one of');
    expect(await (await send('GET', '/api/v1/lab/clock')).json()).toEqual({ paused: false, speed: 1 });
  });

  test('unknown fields and malformed JSON are 400s', async () => {
    await expectRefusedUnchanged(() => send('PUT', '/api/v1/lab/clock', { paused: 'yes', rate: 2 }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('PUT', '/api/v1/lab/clock', undefined, '{paused: true}'), 400, 'request.malformed_json');
  });
});

describe('POST /api/v1/lab/clock/advance', () => {
  test('moves virtual time by ms and answers the lab', async () => {
    const response = await send('POST', '/api/v1/lab/clock/advance', { ms: 60_000 });
    expect(response.status).toBe(200);
    const info = (await response.json()) as LabInfo;
    expect(info.nowMs).toBe(60_000);
    expect(await getLab()).toEqual(info);
  });

  test('a missing, negative, fractional or too large ms is a 400', async () => {
    for (const body of [{}, { ms: -1 }, { ms: 1.5 }, { ms: 8 * 24 * 3600 * 1000 }, { ms: '100' }]) {
      const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/lab/clock/advance', body), 400, 'request.invalid_body');
      expect(Object.keys(problem.errors ?? {})).toEqual(['ms']);
    }
  });
});

describe('POST /api/v1/lab/clock/step', () => {
  test('moves to the next due timer, or STEP_IDLE_MS when none is due', async () => {
    const shutdown = (await (await send('POST', '/api/v1/hosts/Demo2/power', { action: 'shutdown' })).json()) as Host;
    const dueMs = shutdown.powerTransition?.dueMs;
    expect(dueMs).toBeGreaterThan(0);
    const stepped = (await (await send('POST', '/api/v1/lab/clock/step')).json()) as LabInfo;
    expect(stepped.nowMs).toBe(dueMs);
    expect(((await (await send('GET', '/api/v1/hosts/Demo2')).json()) as Host).powerState).toBe('off');
    const idle = (await (await send('POST', '/api/v1/lab/clock/step')).json()) as LabInfo;
    expect(idle.nowMs).toBe(stepped.nowMs + STEP_IDLE_MS);
  });
});
