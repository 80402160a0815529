import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TimerRecord } from '../types';
import { TimerHeap } from './timer-heap';

const record = (dueMs: number, seq: number): TimerRecord => ({ dueMs, seq, kind: 'k', key: null, data: null });

describe('TimerHeap', () => {
  test('pops by dueMs, ties by seq', () => {
    const heap = new TimerHeap();
    for (const [dueMs, seq] of [[5, 1], [3, 2], [5, 3], [3, 4], [1, 5]] as const) heap.push(record(dueMs, seq));
    const order: string[] = [];
    for (let item = heap.pop(); item; item = heap.pop()) order.push(`${item.dueMs}/${item.seq}`);
    expect(order).toEqual(['1/5', '3/2', '3/4', '5/1', '5/3']);
  });

  test('any push order pops sorted (property), also after rebuild', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), (dues) => {
        const records = dues.map((dueMs, index) => record(dueMs, index + 1));
        const expected = [...records].sort((a, b) => a.dueMs - b.dueMs || a.seq - b.seq);
        const pushed = new TimerHeap();
        for (const item of records) pushed.push(item);
        const rebuilt = new TimerHeap();
        rebuilt.rebuild(records);
        for (const heap of [pushed, rebuilt]) {
          const out: TimerRecord[] = [];
          for (let item = heap.pop(); item; item = heap.pop()) out.push(item);
          expect(out).toEqual(expected);
        }
      }),
    );
  });
});
