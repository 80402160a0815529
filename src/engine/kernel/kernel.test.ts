import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ChangeBatch, TimerRecord } from '../types';
import { Kernel } from './kernel';

/** A kernel with a 'tick' kind that records when each timer ran. */
function recordingKernel(seed = 1) {
  const kernel = new Kernel({ seed });
  const ran: Array<{ atMs: number; seq: number; data: unknown }> = [];
  kernel.registerTimerKind('tick', (timer) => ran.push({ atMs: kernel.nowMs(), seq: timer.seq, data: timer.data }));
  return { kernel, ran };
}

describe('timers', () => {
  test('run in (dueMs, seq) order with the clock at each due time', () => {
    const { kernel, ran } = recordingKernel();
    kernel.schedule('tick', 300, 'c');
    kernel.schedule('tick', 100, 'a');
    kernel.schedule('tick', 300, 'd');
    kernel.schedule('tick', 100, 'b');
    kernel.advance(1000);
    expect(ran).toEqual([
      { atMs: 100, seq: 2, data: 'a' },
      { atMs: 100, seq: 4, data: 'b' },
      { atMs: 300, seq: 1, data: 'c' },
      { atMs: 300, seq: 3, data: 'd' },
    ]);
    expect(kernel.nowMs()).toBe(1000);
  });

  test('a timer due exactly at the end of an advance runs; one ms later does not', () => {
    const { kernel, ran } = recordingKernel();
    kernel.schedule('tick', 500);
    kernel.schedule('tick', 501);
    kernel.advance(500);
    expect(ran.map((entry) => entry.atMs)).toEqual([500]);
    expect(kernel.nextDueMs()).toBe(501);
  });

  test('a keyed timer replaces the earlier one of that key; cancel removes it', () => {
    const { kernel, ran } = recordingKernel();
    kernel.schedule('tick', 100, 'first', 'k');
    kernel.schedule('tick', 200, 'second', 'k');
    kernel.schedule('tick', 150, 'other', 'j');
    expect(kernel.timerCount()).toBe(2);
    expect(kernel.cancel('j')).toBe(true);
    expect(kernel.cancel('j')).toBe(false);
    expect(kernel.nextDueMs()).toBe(200);
    kernel.advance(1000);
    expect(ran).toEqual([{ atMs: 200, seq: 2, data: 'second' }]);
    expect(kernel.timerCount()).toBe(0);
    expect(kernel.nextDueMs()).toBeNull();
  });

  test('handlers may schedule more timers, which run in the same advance when due', () => {
    const kernel = new Kernel({ seed: 1 });
    const times: number[] = [];
    kernel.registerTimerKind('beat', (timer) => {
      times.push(kernel.nowMs());
      if (times.length < 5) kernel.schedule('beat', 1000, null, timer.key);
    });
    kernel.schedule('beat', 1000, null, 'hb');
    kernel.advance(3500);
    expect(times).toEqual([1000, 2000, 3000]);
    kernel.advance(10_000);
    expect(times).toEqual([1000, 2000, 3000, 4000, 5000]);
  });

  test('many replacements stay cheap: stale records are compacted away', () => {
    const { kernel } = recordingKernel();
    for (let index = 0; index < 50_000; index++) kernel.schedule('tick', 10_000 + index, null, 'same');
    expect(kernel.timerCount()).toBe(1);
    expect(kernel.liveTimers()).toHaveLength(1);
    expect(kernel.nextDueMs()).toBe(59_999);
  });

  test('advance(a + b) ≡ advance(a); advance(b) (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ delayMs: fc.integer({ min: 0, max: 5000 }), key: fc.option(fc.constantFrom('a', 'b', 'c')) }), { maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 6 }),
        (timers, steps) => {
          const run = (advances: number[]) => {
            const kernel = new Kernel({ seed: 3 });
            const log: string[] = [];
            kernel.registerTimerKind('t', (timer: TimerRecord) => {
              log.push(`${kernel.nowMs()}:${timer.seq}`);
              // Each handler reschedules once, with a delay drawn from the seeded stream.
              if ((timer.data as number) < 1) kernel.schedule('t', kernel.stream('s').below(2000), (timer.data as number) + 1);
            });
            for (const timer of timers) kernel.schedule('t', timer.delayMs, 0, timer.key);
            for (const ms of advances) kernel.advance(ms);
            return { log, snapshot: kernel.snapshot(), nowMs: kernel.nowMs() };
          };
          const total = steps.reduce((sum, ms) => sum + ms, 0);
          expect(run(steps)).toEqual(run([total]));
        },
      ),
    );
  });

  test('refuses fractional or negative delays and unknown kinds', () => {
    const { kernel } = recordingKernel();
    expect(() => kernel.schedule('tick', 1.5)).toThrow(/whole number/);
    expect(() => kernel.schedule('tick', -1)).toThrow(/whole number/);
    expect(() => kernel.schedule('nope', 1)).toThrow(/No handler/);
    expect(() => kernel.advance(0.5)).toThrow(/whole number/);
  });

  test('a handler that reschedules itself at the same instant forever is stopped', () => {
    const kernel = new Kernel({ seed: 1 });
    let count = 0;
    kernel.registerTimerKind('loop', () => {
      count++;
      kernel.schedule('loop', 0);
    });
    kernel.schedule('loop', 0);
    expect(() => kernel.advance(0)).toThrow(/reschedules itself/);
    expect(count).toBeGreaterThan(1_000_000);
  });
});

describe('streams, ids and events', () => {
  test('streams are per domain and reproducible by seed', () => {
    const draws = (seed: number, name: string) => {
      const kernel = new Kernel({ seed });
      return [kernel.stream(name).nextU32(), kernel.stream(name).nextU32()];
    };
    expect(draws(7, 'power')).toEqual(draws(7, 'power'));
    expect(draws(7, 'power')).not.toEqual(draws(1337, 'power'));
    expect(draws(7, 'power')).not.toEqual(draws(7, 'cluster'));
  });

  test('id sequences by prefix', () => {
    const kernel = new Kernel({ seed: 1 });
    expect([kernel.nextId('vm'), kernel.nextId('vm'), kernel.nextId('disk'), kernel.nextId('vm')]).toEqual(['vm-0001', 'vm-0002', 'disk-0001', 'vm-0003']);
    expect(kernel.snapshot().idSeqs).toEqual({ vm: 3, disk: 1 });
  });

  test('the event log drops the oldest beyond its capacity and filters oldest first', () => {
    const kernel = new Kernel({ seed: 1, eventCapacity: 5 });
    kernel.registerTimerKind('log', (timer) => {
      kernel.appendEvent({ host: timer.data as string, log: 'System', source: 'EventLog', eventId: 6005, level: 'Information', message: 'x' });
    });
    for (let index = 0; index < 8; index++) kernel.schedule('log', index * 10, index % 2 === 0 ? 'A' : 'B');
    kernel.advance(100);
    const all = kernel.events.query({});
    expect(all.map((event) => event.seq)).toEqual([4, 5, 6, 7, 8]);
    expect(all.map((event) => event.timeMs)).toEqual([30, 40, 50, 60, 70]);
    expect(kernel.events.query({ host: 'a' }).map((event) => event.seq)).toEqual([5, 7]);
    expect(kernel.events.query({ since: 5, limit: 2 }).map((event) => event.seq)).toEqual([6, 7]);
    expect(kernel.events.query({ since: 100 })).toEqual([]);
  });
});

describe('change batches', () => {
  function trackedKernel() {
    const entities = new Map<string, { id: string; value: number }>([['a', { id: 'a', value: 1 }]]);
    const kernel = new Kernel({ seed: 1, entityOf: (collection, id) => (collection === 'hosts' ? entities.get(id) : undefined) });
    kernel.registerTimerKind('bump', (timer) => {
      const entity = entities.get(timer.data as string);
      if (entity) entity.value += 1;
      kernel.markDirty('hosts', timer.data as string);
    });
    return { kernel, entities };
  }

  test('one batch per change with copies; nothing when nothing changed', () => {
    const { kernel, entities } = trackedKernel();
    const batches: ChangeBatch[] = [];
    kernel.subscribe((batch) => batches.push(batch));
    kernel.advance(1000);
    expect(batches).toEqual([]);
    expect(kernel.version()).toBe(0);
    kernel.schedule('bump', 10, 'a');
    kernel.schedule('bump', 20, 'a');
    kernel.advance(100);
    expect(kernel.version()).toBe(1);
    expect(batches).toEqual([{ fromVersion: 0, toVersion: 1, nowMs: 1100, full: false, changes: { hosts: { upsert: [{ id: 'a', value: 3 }], remove: [] } }, events: [] }]);
    entities.get('a')!.value = 99;
    expect(batches[0]!.changes.hosts!.upsert[0]).toEqual({ id: 'a', value: 3 });
    kernel.transact(() => {
      entities.delete('a');
      kernel.markRemoved('hosts', 'a');
    });
    expect(batches[1]).toMatchObject({ fromVersion: 1, toVersion: 2, changes: { hosts: { upsert: [], remove: ['a'] } } });
  });

  test('versions advance without subscribers, and unsubscribe stops delivery', () => {
    const { kernel } = trackedKernel();
    const batches: ChangeBatch[] = [];
    const unsubscribe = kernel.subscribe((batch) => batches.push(batch));
    kernel.transact(() => kernel.markDirty('hosts', 'a'));
    unsubscribe();
    kernel.transact(() => kernel.markDirty('hosts', 'a'));
    expect(batches).toHaveLength(1);
    expect(kernel.version()).toBe(2);
  });

  test('dispatches and advances do not nest', () => {
    const { kernel } = trackedKernel();
    expect(() => kernel.transact(() => kernel.advance(1))).toThrow(/do not nest/);
  });
});

describe('kernel snapshots', () => {
  test('a restored kernel continues identically', () => {
    const build = (snapshot?: ReturnType<Kernel['snapshot']>, nowMs?: number) => {
      const kernel = new Kernel({ seed: 42, snapshot, nowMs });
      const log: string[] = [];
      kernel.registerTimerKind('r', (timer) => {
        log.push(`${kernel.nowMs()}:${String(timer.data)}`);
        kernel.schedule('r', 1 + kernel.stream('x').below(1000), timer.data, timer.key);
      });
      return { kernel, log };
    };
    const original = build();
    original.kernel.schedule('r', 5, 'p', 'p');
    original.kernel.schedule('r', 7, 'q');
    original.kernel.nextId('vm');
    original.kernel.advance(5000);
    const restored = build(JSON.parse(JSON.stringify(original.kernel.snapshot())), original.kernel.nowMs());
    expect(restored.kernel.snapshot()).toEqual(original.kernel.snapshot());
    original.kernel.advance(20_000);
    restored.kernel.advance(20_000);
    expect(restored.log).toEqual(original.log.slice(original.log.length - restored.log.length));
    expect(restored.kernel.snapshot()).toEqual(original.kernel.snapshot());
    expect(restored.kernel.nextId('vm')).toBe('vm-0002');
  });
});
