// Contract of POST /api/v1/hosts/{name}/disks/{number}/io (and its ?validate=only twin): the I/O
// generator on Demo1's HA1 disk over two paths. 200 with the result of a run shorter than 1 ms,
// 202 with the `disks.io` job of a longer one (its details carry the same result); per-path
// counters readable in GET .../disks/{number}/mpio; every refusal names its field and changes nothing.
import { beforeEach, describe, expect, test } from 'vitest';
import type { IoResult } from '../src/domain/disks';
import { api, STORE1, STORE2, withHa1Lab } from './starwind-test-support';
import { expectRefusedUnchanged, send } from './test-support';

const T1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const T2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';
const IO = '/api/v1/hosts/Demo1/disks/1/io';

withHa1Lab();

async function restart(): Promise<void> {
  await api.call('powerHost', { params: { name: 'Demo1' }, body: { action: 'restart' } });
  await api.call('advanceClock', { body: { ms: 300_000 } });
}

beforeEach(async () => {
  await api.call('installHostFeatures', { params: { name: 'Demo1' }, body: { features: ['Multipath-IO'] } });
  await restart();
  await api.call('setIscsi', { params: { name: 'Demo1' }, body: { startService: true } });
  for (const address of [STORE1.iscsiIp, STORE2.iscsiIp]) await api.call('addIscsiPortal', { params: { name: 'Demo1' }, body: { address } });
  for (const iqn of [T1, T2]) await api.call('connectIscsiTarget', { params: { name: 'Demo1', iqn }, body: { multipath: true } });
  await api.call('setMpio', { params: { name: 'Demo1' }, body: { iscsiClaimed: true } });
  await restart();
  await api.call('setDisk', { params: { name: 'Demo1', number: '1' }, body: { online: true } });
});

describe('POST /api/v1/hosts/{name}/disks/{number}/io', () => {
  test('an instant run answers 200 with its result; a longer one 202 with its job, whose details carry the result', async () => {
    const instant = await send('POST', IO, { op: 'write', pattern: 'sequential', blockBytes: 4096, count: 2 });
    expect(instant.status).toBe(200);
    expect(await instant.json()).toMatchObject({ host: 'Demo1', number: 1, jobId: null, result: { acknowledged: 2, errors: 0, mismatches: 0, latencyMs: { max: 0.354 } } });
    const long = await send('POST', IO, { op: 'read', pattern: 'random', blockBytes: 4096, count: 1_000, queueDepth: 4 });
    expect(long.status).toBe(202);
    const started = (await long.json()) as { jobId: string; result: null };
    expect(started.result).toBeNull();
    await api.call('advanceClock', { body: { ms: 1_000 } });
    const job = await api.call('getJob', { params: { id: started.jobId } });
    expect(job).toMatchObject({ kind: 'disks.io', state: 'succeeded' });
    const result = JSON.parse(job.result!.details.result!) as IoResult;
    expect(result).toMatchObject({ acknowledged: 1_000, errors: 0, mismatches: 0 });
    expect(result.perPath.map((entry) => entry.reads)).toEqual([500, 500]);
    const mpio = await api.call('getDiskMpio', { params: { name: 'Demo1', number: '1' } });
    expect(mpio.paths.map((path) => path.counters)).toEqual([
      { reads: 500, writes: 1, bytes: 501 * 4096 },
      { reads: 500, writes: 1, bytes: 501 * 4096 },
    ]);
  });

  test('?validate=only runs every check and starts nothing', async () => {
    const valid = await send('POST', `${IO}?validate=only`, { op: 'read', pattern: 'sequential', blockBytes: 4096, count: 10 });
    expect(await valid.json()).toMatchObject({ valid: true });
    const mpio = await api.call('getDiskMpio', { params: { name: 'Demo1', number: '1' } });
    expect(mpio.paths.map((path) => path.counters.reads)).toEqual([0, 0]);
    await expectRefusedUnchanged(() => send('POST', `${IO}?validate=only`, { op: 'read', pattern: 'sequential', blockBytes: 1000, count: 10 }), 422, 'io.invalid');
  });

  test('each rule is refused with its field; nothing changes', async () => {
    const base = { op: 'read', pattern: 'sequential', blockBytes: 4096, count: 10 };
    const cases: [Record<string, unknown>, string][] = [
      [{ op: 'erase' }, 'op'],
      [{ pattern: 'zigzag' }, 'pattern'],
      [{ blockBytes: 1000 }, 'blockBytes'],
      [{ blockBytes: 16 * 1024 * 1024 }, 'blockBytes'],
      [{ count: 0 }, 'count'],
      [{ queueDepth: 0 }, 'queueDepth'],
      [{ offsetBytes: 2 ** 30 }, 'offsetBytes'],
    ];
    for (const [change, field] of cases) {
      const problem = await expectRefusedUnchanged(() => send('POST', IO, { ...base, ...change }), 422, 'io.invalid');
      expect(problem.errors).toHaveProperty(field);
    }
    await expectRefusedUnchanged(() => send('POST', IO, { ...base, extra: 1 }), 400, /./);
    await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Demo1/disks/7/io', base), 404, 'disk.not_found');
    await api.call('setDisk', { params: { name: 'Demo1', number: '1' }, body: { online: false } });
    await expectRefusedUnchanged(() => send('POST', IO, base), 409, 'disk.offline');
  });

  test('a write run whose node is preempted mid-run: its job fails with the reservation conflict, what it wrote stays acknowledged', async () => {
    const KEY1 = '0123456789abcdef';
    const KEY2 = 'fedcba9876543210';
    await api.call('setIscsi', { params: { name: 'Demo2' }, body: { startService: true } });
    await api.call('addIscsiPortal', { params: { name: 'Demo2' }, body: { address: STORE2.iscsiIp } });
    await api.call('connectIscsiTarget', { params: { name: 'Demo2', iqn: T2 }, body: { multipath: true } });
    const reserveOut = (host: string, body: { action: string; key: string; preemptKey?: string }) => api.call('persistentReserveOut', { params: { name: host, number: '1' }, body });
    await reserveOut('Demo1', { action: 'register', key: KEY1 });
    await reserveOut('Demo2', { action: 'register', key: KEY2 });
    await reserveOut('Demo2', { action: 'reserve', key: KEY2 });
    const started = await send('POST', IO, { op: 'write', pattern: 'random', blockBytes: 4096, count: 100_000 });
    expect(started.status).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };
    await api.call('advanceClock', { body: { ms: 1_000 } });
    await reserveOut('Demo2', { action: 'preempt', key: KEY2, preemptKey: KEY1 });
    const job = await api.call('getJob', { params: { id: jobId } });
    expect(job).toMatchObject({ kind: 'disks.io', state: 'failed' });
    expect(job.result!.details.reason).toBe('disk.reservation_conflict');
    // QD 1 over two paths of 354 µs mirrored writes: each path completes one every 708 µs.
    const done = 2 * Math.floor(1_000_000 / 708);
    expect(JSON.parse(job.result!.details.result!)).toMatchObject({ acknowledged: done, errors: 100_000 - done });
    const mpio = await api.call('getDiskMpio', { params: { name: 'Demo1', number: '1' } });
    expect(mpio.paths.reduce((sum, path) => sum + path.counters.writes, 0)).toBe(done);
    await expectRefusedUnchanged(() => send('POST', IO, { op: 'write', pattern: 'random', blockBytes: 4096, count: 10 }), 409, 'disk.reservation_conflict');
  });
});
