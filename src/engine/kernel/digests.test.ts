// The kernel's parts of the incremental hash: the event log's digest (with eviction from a small
// ring) and the live timers' digest always equal their recomputation from scratch, including in a
// kernel restored from a snapshot.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Kernel } from './kernel';

type Op =
  | { kind: 'event'; host: string }
  | { kind: 'schedule'; delayMs: number; key: string | null; data: number }
  | { kind: 'cancel'; key: string }
  | { kind: 'advance'; ms: number }
  | { kind: 'read' };

const KEYS = ['a', 'b', 'c'];
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('event' as const), host: fc.constantFrom('H1', 'H2') }),
  fc.record({ kind: fc.constant('schedule' as const), delayMs: fc.integer({ min: 0, max: 50 }), key: fc.option(fc.constantFrom(...KEYS)), data: fc.integer() }),
  fc.record({ kind: fc.constant('cancel' as const), key: fc.constantFrom(...KEYS) }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 60 }) }),
  fc.constant({ kind: 'read' as const }),
);

function kernelWith(capacity: number, init: Partial<ConstructorParameters<typeof Kernel>[0]> = {}): Kernel {
  const kernel = new Kernel({ seed: 1, eventCapacity: capacity, ...init });
  // A timer appends an event when it runs, so advances evict too.
  kernel.registerTimerKind('tick', (timer) => kernel.appendEvent({ host: 'T', log: 'System', source: 'tick', eventId: 1, level: 'Information', message: String(timer.data) }));
  return kernel;
}

function expectConsistent(kernel: Kernel): void {
  expect(kernel.events.digest().toJSON()).toEqual(kernel.events.fullDigest().toJSON());
  expect(kernel.timersDigest().toJSON()).toEqual(kernel.timersDigest(true).toJSON());
  expect(kernel.events.digest().count).toBe(kernel.events.size);
  expect(kernel.timersDigest().count).toBe(kernel.timerCount());
}

function run(kernel: Kernel, ops: Op[]): void {
  for (const op of ops) {
    if (op.kind === 'event') kernel.transact(() => kernel.appendEvent({ host: op.host, log: 'System', source: 'test', eventId: 7, level: 'Information', message: 'm' }));
    else if (op.kind === 'schedule') kernel.transact(() => kernel.schedule('tick', op.delayMs, op.data, op.key));
    else if (op.kind === 'cancel') kernel.transact(() => kernel.cancel(op.key));
    else if (op.kind === 'advance') kernel.advance(op.ms);
    else expectConsistent(kernel);
  }
}

describe('kernel digests', () => {
  test('events (evicted from a ring of 5) and live timers: kept digest = recomputed digest, also after a restore', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), fc.array(opArb, { maxLength: 40 }), (before, after) => {
        const kernel = kernelWith(5);
        run(kernel, before);
        expectConsistent(kernel);
        const snapshot = kernel.snapshot();
        const restored = kernelWith(5, { snapshot, nowMs: kernel.nowMs(), events: kernel.events.all().map((event) => ({ ...event })) });
        expect(restored.events.digest().toJSON()).toEqual(kernel.events.digest().toJSON());
        expect(restored.timersDigest().toJSON()).toEqual(kernel.timersDigest().toJSON());
        run(restored, after);
        run(kernel, after);
        expectConsistent(restored);
        expect(restored.events.digest().toJSON()).toEqual(kernel.events.digest().toJSON());
        expect(restored.timersDigest().toJSON()).toEqual(kernel.timersDigest().toJSON());
      }),
      { numRuns: 300 },
    );
  });

  test('an evicted event leaves the digest: the digest is that of the events held', () => {
    const kernel = kernelWith(2);
    const append = (message: string) => kernel.transact(() => kernel.appendEvent({ host: 'H', log: 'System', source: 's', eventId: 1, level: 'Information', message }));
    append('one');
    const one = kernel.events.digest().toJSON();
    append('two');
    append('three');
    expect(kernel.events.digest().toJSON()).not.toEqual(one);
    expect(kernel.events.digest().count).toBe(2);
    expect(kernel.events.digest().toJSON()).toEqual(kernel.events.fullDigest().toJSON());
  });
});

describe('digests see every field', () => {
  test('two logs differing in any one field of one event digest differently', () => {
    const base = { host: 'H', log: 'System' as const, source: 's', eventId: 1, level: 'Information' as const, message: 'm' };
    const digestOf = (event: typeof base, atMs = 0) => {
      const kernel = kernelWith(5);
      kernel.advance(atMs);
      kernel.transact(() => kernel.appendEvent(event));
      return JSON.stringify(kernel.events.digest());
    };
    const variants = [
      digestOf(base),
      digestOf(base, 1),
      digestOf({ ...base, host: 'H2' }),
      digestOf({ ...base, log: 'Application' as 'System' }),
      digestOf({ ...base, source: 't' }),
      digestOf({ ...base, eventId: 2 }),
      digestOf({ ...base, level: 'Error' as 'Information' }),
      digestOf({ ...base, message: 'n' }),
      // A boundary moved between two strings.
      digestOf({ ...base, host: 'Hs', source: '' }),
    ];
    expect(new Set(variants).size).toBe(variants.length);
  });
});
