// Shared by the API contract tests: raw requests on http://localhost and the "nothing changed"
// check every 4xx must pass (ARCHITECTURE.md: nothing changes on any 4xx).
import { expect } from 'vitest';
import type { LabInfo, Problem } from '../src/api/types';
import { labHost } from './node';

export const ORIGIN = 'http://localhost';

export function send(method: string, path: string, body?: unknown, rawBody?: string): Promise<Response> {
  const text = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  return fetch(`${ORIGIN}${path}`, {
    method,
    headers: text === undefined ? undefined : { 'content-type': 'application/json' },
    body: text,
  });
}

export async function getLab(): Promise<LabInfo> {
  return (await (await send('GET', '/api/v1/lab')).json()) as LabInfo;
}

/**
 * Asserts the answer is a problem of this status and code (a pattern where the exact code is the
 * engine's to choose), and returns it.
 */
export async function expectProblem(response: Response, status: number, code: string | RegExp): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = (await response.json()) as Problem;
  expect(problem.status).toBe(status);
  if (typeof code === 'string') expect(problem.code).toBe(code);
  else expect(problem.code).toMatch(code);
  expect(problem.type).toBe(`urn:ha-lab:error:${problem.code}`);
  expect(problem.title).toBeTruthy();
  expect(problem.detail).toBeTruthy();
  return problem;
}

/** Runs a refused request and asserts the lab (hash, version, time, command log) did not move. */
export async function expectRefusedUnchanged(request: () => Promise<Response>, status: number, code: string | RegExp): Promise<Problem> {
  const before = await getLab();
  const logBefore = await labHost.commandLog();
  const problem = await expectProblem(await request(), status, code);
  expect(await getLab()).toEqual(before);
  expect(await labHost.commandLog()).toEqual(logBefore);
  return problem;
}
