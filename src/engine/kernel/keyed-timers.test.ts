// Keyed timers against a naive model: a plain list searched for its (dueMs, seq) minimum. The
// kernel reuses a key's slot when a handler reschedules that key and drops replaced or cancelled
// records lazily; none of that may show in which timers run, when, or in what order.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TimerRecord } from '../types';
import { Kernel } from './kernel';

/** What a timer's handler does when it runs, in order: reschedule its own key or cancel a key (its own too). */
type Step = { rescheduleMs: number } | { cancelKey: string } | { cancelOwn: true };
type Then = Step[];

type Op =
  | { op: 'schedule'; key: string | null; delayMs: number; then: Then }
  | { op: 'cancel'; key: string }
  | { op: 'advance'; ms: number };

interface ModelTimer {
  dueMs: number;
  seq: number;
  key: string | null;
  then: Then;
}

const KEYS = ['a', 'b', 'c', 'd'];
const keyArb = fc.constantFrom(...KEYS);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ rescheduleMs: fc.integer({ min: 0, max: 300 }) }),
  fc.record({ cancelKey: keyArb }),
  fc.constant({ cancelOwn: true as const }),
);
const thenArb: fc.Arbitrary<Then> = fc.array(stepArb, { maxLength: 3 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('schedule' as const), key: fc.option(keyArb, { freq: 4 }), delayMs: fc.integer({ min: 0, max: 500 }), then: thenArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancel' as const), key: keyArb }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 400 }) }) },
);

/** The naive model: every operation on a list, the next timer found by a linear scan. */
class ModelKernel {
  nowMs = 0;
  private seq = 0;
  timers: ModelTimer[] = [];
  readonly fired: string[] = [];

  schedule(delayMs: number, key: string | null, then: Then): void {
    if (key !== null) this.cancel(key);
    this.timers.push({ dueMs: this.nowMs + delayMs, seq: ++this.seq, key, then });
  }

  cancel(key: string): boolean {
    const before = this.timers.length;
    this.timers = this.timers.filter((timer) => timer.key !== key);
    return this.timers.length < before;
  }

  advance(ms: number): void {
    const targetMs = this.nowMs + ms;
    for (;;) {
      const next = this.sorted()[0];
      if (next === undefined || next.dueMs > targetMs) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.nowMs = next.dueMs;
      this.fired.push(`${next.dueMs}/${next.seq}/${next.key ?? '-'}`);
      // A rescheduled timer does nothing when it runs again, so that runs end.
      for (const step of next.then) {
        if ('cancelKey' in step) this.cancel(step.cancelKey);
        else if ('cancelOwn' in step) {
          if (next.key !== null) this.cancel(next.key);
        } else this.schedule(step.rescheduleMs, next.key, []);
      }
    }
    this.nowMs = targetMs;
  }

  sorted(): ModelTimer[] {
    return [...this.timers].sort((a, b) => a.dueMs - b.dueMs || a.seq - b.seq);
  }
}

function kernelUnderTest() {
  const kernel = new Kernel({ seed: 1 });
  const fired: string[] = [];
  kernel.registerTimerKind('t', (timer: TimerRecord) => {
    fired.push(`${timer.dueMs}/${timer.seq}/${timer.key ?? '-'}`);
    for (const step of timer.data as Then) {
      if ('cancelKey' in step) kernel.cancel(step.cancelKey);
      else if ('cancelOwn' in step) {
        if (timer.key !== null) kernel.cancel(timer.key);
      } else kernel.schedule('t', step.rescheduleMs, [], timer.key);
    }
  });
  return { kernel, fired };
}

describe('keyed timers', () => {
  test('fire, replace and cancel exactly as a sorted-list model does (property)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const model = new ModelKernel();
        const { kernel, fired } = kernelUnderTest();
        for (const op of ops) {
          if (op.op === 'schedule') {
            model.schedule(op.delayMs, op.key, op.then);
            kernel.schedule('t', op.delayMs, op.then, op.key);
          } else if (op.op === 'cancel') {
            expect(kernel.cancel(op.key)).toBe(model.cancel(op.key));
          } else {
            model.advance(op.ms);
            kernel.advance(op.ms);
          }
          expect(kernel.timerCount()).toBe(model.timers.length);
          expect(kernel.nextDueMs()).toBe(model.sorted()[0]?.dueMs ?? null);
        }
        expect(fired).toEqual(model.fired);
        expect(kernel.nowMs()).toBe(model.nowMs);
        expect(kernel.liveTimers().map((timer) => `${timer.dueMs}/${timer.seq}/${timer.key ?? '-'}`)).toEqual(
          model.sorted().map((timer) => `${timer.dueMs}/${timer.seq}/${timer.key ?? '-'}`),
        );
        for (const key of KEYS) {
          const live = model.timers.find((timer) => timer.key === key);
          expect(kernel.timerOf(key)?.seq).toBe(live?.seq);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a timer that runs without rescheduling leaves no key behind; rescheduling in its handler keeps it', () => {
    const { kernel } = kernelUnderTest();
    kernel.schedule('t', 10, [], 'once');
    kernel.schedule('t', 10, [{ rescheduleMs: 50 }], 'again');
    kernel.advance(10);
    expect(kernel.timerOf('once')).toBeUndefined();
    expect(kernel.timerOf('again')?.dueMs).toBe(60);
    expect(kernel.timerCount()).toBe(1);
  });

  test('a handler that reschedules its key, cancels it and reschedules it again leaves the last one live', () => {
    const { kernel } = kernelUnderTest();
    kernel.schedule('t', 10, [{ rescheduleMs: 5 }, { cancelOwn: true }, { rescheduleMs: 7 }], 'a');
    kernel.advance(10);
    expect(kernel.timerOf('a')?.dueMs).toBe(17);
    expect(kernel.timerCount()).toBe(1);
    expect(kernel.nextDueMs()).toBe(17);
  });
});
