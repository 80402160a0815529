import { describe, expect, test } from 'vitest';
import { waitFor, WaitForTimeoutError, type WaitForDeps } from './wait-for';

/** A lab with a paused or running clock and timers at given times; `synced` turns true at syncAtMs. */
function fakeLab(options: { paused: boolean; timersMs: number[]; syncAtMs: number }) {
  let nowMs = 0;
  const timers = [...options.timersMs].sort((a, b) => a - b);
  const listeners = new Set<() => void>();
  const state = () => ({ nowMs, version: nowMs, synced: nowMs >= options.syncAtMs });
  let steps = 0;
  let gets = 0;
  const deps: WaitForDeps<ReturnType<typeof state>> = {
    nowMs: () => nowMs,
    labNowMs: () => Promise.resolve(nowMs),
    paused: () => options.paused,
    step: () => {
      steps++;
      const next = timers.find((at) => at > nowMs);
      nowMs = next ?? nowMs + 1000;
      return Promise.resolve(nowMs);
    },
    get: (path) => {
      gets++;
      if (path === '/api/v1/starwind/devices/ha-0001') return Promise.resolve({ synced: nowMs >= options.syncAtMs });
      return Promise.reject(Object.assign(new Error('No route'), { code: 'route.not_found' }));
    },
    nextChange: () => new Promise((resolve) => listeners.add(resolve)),
    mirror: state,
  };
  /** The running clock's next batch. */
  const tick = (ms: number) => {
    nowMs += ms;
    const waiting = [...listeners];
    listeners.clear();
    waiting.forEach((resolve) => resolve());
  };
  return { deps, tick, steps: () => steps, gets: () => gets, now: () => nowMs };
}

describe('haLab.waitFor', () => {
  test('paused: steps to each next due event until the predicate holds, and no further', async () => {
    const lab = fakeLab({ paused: true, timersMs: [5_000, 90_000, 172_000, 400_000], syncAtMs: 172_000 });
    const value = await waitFor(lab.deps, (mirror) => mirror.synced && mirror.nowMs);
    expect(value).toBe(172_000);
    expect(lab.now()).toBe(172_000);
    expect(lab.steps()).toBe(3);
  });

  test('paused, a route: the answer that matched comes back', async () => {
    const lab = fakeLab({ paused: true, timersMs: [60_000, 172_000], syncAtMs: 172_000 });
    const answer = await waitFor(lab.deps, { path: '/api/v1/starwind/devices/ha-0001', until: (device) => (device as { synced: boolean }).synced });
    expect(answer).toEqual({ synced: true });
    expect(lab.gets()).toBe(3);
  });

  test('paused: an event past the timeout rejects, saying where the clock stands', async () => {
    const lab = fakeLab({ paused: true, timersMs: [30_000, 172_000], syncAtMs: 172_000 });
    const waiting = waitFor(lab.deps, (mirror) => mirror.synced, { timeoutSimMs: 60_000 });
    await expect(waiting).rejects.toBeInstanceOf(WaitForTimeoutError);
    await expect(waiting).rejects.toThrow(/did not hold within 60000 ms of simulated time .*next scheduled event was at 172000 ms/);
  });

  test('running: re-checks on each change, never steps, and times out by simulated time', async () => {
    const lab = fakeLab({ paused: false, timersMs: [], syncAtMs: 10_000 });
    const done = waitFor(lab.deps, (mirror) => mirror.synced);
    for (let index = 0; index < 4; index++) {
      await Promise.resolve();
      await Promise.resolve();
      lab.tick(2_500);
    }
    await expect(done).resolves.toBe(true);
    expect(lab.steps()).toBe(0);

    const late = fakeLab({ paused: false, timersMs: [], syncAtMs: Infinity });
    const timingOut = waitFor(late.deps, (mirror) => mirror.synced, { timeoutSimMs: 3_000 });
    for (let index = 0; index < 3; index++) {
      await Promise.resolve();
      await Promise.resolve();
      late.tick(1_000);
    }
    await expect(timingOut).rejects.toThrow(/did not hold within 3000 ms of simulated time \(lab time 0 → 3000 ms\)/);
  });

  test('an unknown route is refused at once; a bad condition or timeout is a usage error', async () => {
    const lab = fakeLab({ paused: true, timersMs: [], syncAtMs: 0 });
    await expect(waitFor(lab.deps, { path: '/api/v1/nothing', until: () => true })).rejects.toThrow('No route');
    await expect(waitFor(lab.deps, { path: '/api/v1/lab' } as never)).rejects.toThrow(/takes a predicate/);
    await expect(waitFor(lab.deps, () => true, { timeoutSimMs: -1 })).rejects.toThrow(RangeError);
  });
});
