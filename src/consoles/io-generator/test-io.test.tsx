// @vitest-environment jsdom
// Test I/O… against a fake client that checks as the lab does: a block size that is no whole
// number of sectors is refused on the Block size field and nothing runs; an instant run's answer
// is drawn (counts, latency, duration, both paths); a longer run follows its job from the mirror,
// running then succeeded, with the result its details carry; a failed one shows the lab's reason.
import '../../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, type ApiClient } from '../../api/client';
import type { IoResult } from '../../domain/disks';
import type { Job } from '../../domain/jobs';
import { labMirror } from '../../stores/lab-mirror';
import { TestIoDialog } from './test-io.dialog';

afterEach(() => {
  cleanup();
  labMirror.setState({ jobs: {} });
});

async function click(element: Element) {
  await act(async () => {
    fireEvent.pointerDown(element, { pointerType: 'mouse', button: 0, pointerId: 1 });
    fireEvent.mouseDown(element, { button: 0 });
    fireEvent.pointerUp(element, { pointerType: 'mouse', button: 0, pointerId: 1 });
    fireEvent.mouseUp(element, { button: 0 });
    fireEvent.click(element, { button: 0 });
  });
}

const RESULT: IoResult = {
  acknowledged: 1000,
  errors: 0,
  mismatches: 0,
  latencyMs: { p50: 0.354, p99: 0.354, max: 0.708 },
  perPath: [
    { path: '172.30.100.31->172.30.100.21:3260', reads: 0, writes: 500, bytes: 32_768_000 },
    { path: '172.30.100.31->172.30.100.22:3260', reads: 0, writes: 500, bytes: 32_768_000 },
  ],
  durationUs: 354_000,
};
const SECTORS = 'The block size is a whole number of 512-byte sectors from 512 bytes to 8 MiB.';

function fakeApi(run: { result: IoResult | null; jobId: string | null }) {
  const calls: { id: string; body?: unknown }[] = [];
  const api: ApiClient = {
    call: vi.fn(async (id: string, args?: { body?: unknown }) => {
      calls.push({ id, body: args?.body });
      const body = args?.body as { blockBytes: number };
      if (body.blockBytes % 512 !== 0) throw new ApiError({ type: 'urn:ha-lab:error:invalid', title: 'Invalid', status: 422, detail: SECTORS, code: 'io.invalid', errors: { blockBytes: SECTORS } });
      if (id === 'validateDiskIo') return { valid: true, warnings: {} };
      if (id === 'runDiskIo') return { host: 'Demo1', number: 1, version: 7, ...run };
      throw new Error(`unexpected ${id}`);
    }) as ApiClient['call'],
  };
  return { api, calls };
}

async function openDialog(api: ApiClient) {
  render(<TestIoDialog api={api} host="Demo1" number={1} onClose={() => undefined} />);
  return screen.findByRole('dialog', { name: 'Test I/O — Disk 1 on Demo1' });
}

function job(state: Job['state'], result: IoResult | null, message = 'done'): Job {
  return {
    id: 'job-0009', kind: 'disks.io', title: '1000 sequential writes of 65536 bytes on Disk 1', subject: { collection: 'hostDisks', id: 'd1' }, state,
    startedMs: 0, markMs: 0, doneAtMarkUnits: 0, unitsPerMs: 0, totalUnits: 1, unit: 'bytes', dueMs: null, endedMs: state === 'running' ? null : 354, steps: [],
    result: result ? { message, details: { result: JSON.stringify(result) } } : null,
  };
}

describe('Test I/O…', () => {
  test('a block size of no whole sectors is refused on its field by the lab check; nothing runs', async () => {
    const { api, calls } = fakeApi({ result: RESULT, jobId: null });
    const dialog = await openDialog(api);
    const block = dialog.querySelector('[data-field="blockKib"] input') as HTMLInputElement;
    expect(block.value).toBe('64');
    expect((dialog.querySelector('[data-field="count"] input') as HTMLInputElement).value).toBe('10000');
    expect((dialog.querySelector('[data-field="queueDepth"] input') as HTMLInputElement).value).toBe('1');
    await act(async () => {
      fireEvent.change(block, { target: { value: '0.3' } });
      fireEvent.blur(block);
    });
    await click(within(dialog).getByRole('button', { name: 'Start' }));
    expect(await within(dialog.querySelector('[data-field="blockKib"]') as HTMLElement).findByText(SECTORS)).toBeTruthy();
    expect(calls.map((call) => call.id)).toEqual(['validateDiskIo']);
    expect(within(dialog).queryByRole('region', { name: 'Result' })).toBeNull();
  });

  test('an instant run: its answer is drawn with the per-path table', async () => {
    const { api, calls } = fakeApi({ result: RESULT, jobId: null });
    const dialog = await openDialog(api);
    await click(within(dialog).getByRole('radio', { name: 'Write' }));
    await click(within(dialog).getByRole('button', { name: 'Start' }));
    const result = await within(dialog).findByRole('region', { name: 'Result' });
    expect(calls.map((call) => call.id)).toEqual(['validateDiskIo', 'runDiskIo']);
    expect(calls[1]!.body).toEqual({ op: 'write', pattern: 'sequential', blockBytes: 65_536, count: 10_000, offsetBytes: 0, queueDepth: 1 });
    expect(result.textContent).toContain('Acknowledged:1,000');
    expect(result.textContent).toContain('Mismatches (lost or stale data):0');
    expect(result.textContent).toContain('0.354 ms / 0.354 ms / 0.708 ms');
    expect(result.textContent).toContain('Simulated duration:354 ms');
    const rows = within(within(result).getByRole('table', { name: 'Per-path I/O' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['PathReadsWritesBytes', '172.30.100.31->172.30.100.21:3260050032,768,000', '172.30.100.31->172.30.100.22:3260050032,768,000']);
  });

  test('a longer run follows its job: running, then succeeded with the result of its details', async () => {
    const { api } = fakeApi({ result: null, jobId: 'job-0009' });
    labMirror.setState({ jobs: { 'job-0009': job('running', null) } });
    const dialog = await openDialog(api);
    await click(within(dialog).getByRole('button', { name: 'Start' }));
    const state = await within(dialog).findByRole('status');
    expect(state.textContent).toBe('Running');
    expect(within(dialog).queryByRole('region', { name: 'Result' })).toBeNull();
    expect((within(dialog).getByRole('button', { name: 'Start' }) as HTMLButtonElement).disabled).toBe(true);
    act(() => labMirror.setState({ jobs: { 'job-0009': job('succeeded', RESULT) } }));
    expect(within(dialog).getByRole('status').textContent).toBe('Succeeded');
    expect(within(dialog).getByRole('region', { name: 'Result' }).textContent).toContain('Acknowledged:1,000');
  });

  test('a run whose disk went away ends failed with the lab\'s reason and what it did before', async () => {
    const { api } = fakeApi({ result: null, jobId: 'job-0009' });
    labMirror.setState({ jobs: { 'job-0009': job('running', null) } });
    const dialog = await openDialog(api);
    await click(within(dialog).getByRole('button', { name: 'Start' }));
    expect((await within(dialog).findByRole('status')).textContent).toBe('Running');
    const reason = '1000 writes of 65536 bytes on Disk 1: Disk 1 has no path left.';
    act(() => labMirror.setState({ jobs: { 'job-0009': job('failed', { ...RESULT, acknowledged: 400, errors: 600 }, reason) } }));
    expect(within(dialog).getByRole('status').textContent).toBe('Failed');
    expect(within(dialog).getByRole('region', { name: 'Job' }).textContent).toContain(`Reason:${reason}`);
    expect(within(dialog).getByRole('region', { name: 'Result' }).textContent).toContain('Errors:600');
    expect((within(dialog).getByRole('button', { name: 'Start' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
