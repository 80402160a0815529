// @vitest-environment jsdom
// The shared read of a console: what the last asked read answered, never an older one that ends
// later; a new read on reload and on a new trigger; a failure in the lab's words, cleared by the
// next answer.
import './testing/jsdom';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { ApiError, type ApiClient } from '../api/client';
import { useLabRead } from './use-lab-read';

afterEach(() => cleanup());

const api = {} as ApiClient;

/** Reads that end when the test says, in any order. */
function deferredReads() {
  const pending: { host: string; resolve(value: string): void; reject(reason: unknown): void }[] = [];
  const read = (_api: ApiClient, host: string) => new Promise<string>((resolve, reject) => pending.push({ host, resolve, reject }));
  return { pending, read };
}

test('an older read that ends after a newer one is dropped', async () => {
  const { pending, read } = deferredReads();
  const { result, rerender } = renderHook(({ host }) => useLabRead(api, host, read, null), { initialProps: { host: 'Demo1' } });
  rerender({ host: 'Demo2' });
  expect(pending.map((entry) => entry.host)).toEqual(['Demo1', 'Demo2']);
  await act(async () => pending[1]!.resolve('Demo2 data'));
  await act(async () => pending[0]!.resolve('Demo1 data'));
  expect(result.current.data).toBe('Demo2 data');
});

test('reload and a new trigger read again; no client, no read', async () => {
  const { pending, read } = deferredReads();
  const { result, rerender } = renderHook(({ client, trigger }) => useLabRead(client, 'Demo1', read, trigger), {
    initialProps: { client: null as ApiClient | null, trigger: {} as unknown },
  });
  expect(pending).toHaveLength(0);
  rerender({ client: api, trigger: {} });
  expect(pending).toHaveLength(1);
  act(() => result.current.reload());
  expect(pending).toHaveLength(2);
  const same = { version: 1 };
  rerender({ client: api, trigger: same });
  rerender({ client: api, trigger: same });
  expect(pending).toHaveLength(3);
});

test("a failure shows in the lab's words until an answer comes", async () => {
  const { pending, read } = deferredReads();
  const { result } = renderHook(() => useLabRead(api, 'Demo1', read, null));
  await act(async () => pending[0]!.reject(new ApiError({ type: 'urn:ha-lab:error:host.off', title: 'Off', status: 409, code: 'host.off', detail: 'Demo1 is off.' })));
  expect(result.current.error).toBe('Demo1 is off.');
  act(() => result.current.reload());
  await act(async () => pending[1]!.resolve('data'));
  await waitFor(() => expect(result.current).toMatchObject({ data: 'data', error: null }));
});
