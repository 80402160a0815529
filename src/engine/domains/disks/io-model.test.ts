import { describe, expect, test } from 'vitest';
import { ExtentMap } from '../starwind/extent-map';
import { closedQueue, mismatchedReads, mismatchedSlots, percentileUs, slotWindows, writtenBlocks } from './io-model';
import { sharePaths } from './path-select';

const run = { baseBytes: 0, slots: 100, startSlot: 90, blockBytes: 4096 };

describe('the I/O model', () => {
  test('an interval of I/Os is whole passes plus at most two windows of slots', () => {
    expect(slotWindows(run, 0, 20)).toEqual({ passes: 0, windows: [[90, 100], [0, 10]] });
    expect(slotWindows(run, 5, 255)).toEqual({ passes: 2, windows: [[95, 100], [0, 45]] });
    expect(writtenBlocks(run, 0, 20)).toEqual([[90, 100], [0, 10]]);
    expect(writtenBlocks(run, 0, 250)).toEqual([[0, 100]]);
  });

  test('a read of a block whose replica lacks the acknowledged generation is a mismatch, counted per I/O and pass', () => {
    const acked = new ExtentMap();
    const replica = new ExtentMap();
    acked.set(0, 100, 5);
    replica.set(0, 100, 5);
    expect(mismatchedSlots(run, replica, acked)).toEqual([]);
    const stale = new ExtentMap();
    stale.set(0, 50, 5);
    stale.set(10, 12, 4);
    stale.set(51, 100, 5); // block 50 lost
    const bad = mismatchedSlots(run, stale, acked);
    expect(bad).toEqual([[10, 12], [50, 51]]);
    // I/Os 0..20 read slots 90..99 and 0..9: none bad; 0..221 read every slot twice, then 90..99 and 0..10 (slot 10 once more).
    expect(mismatchedReads(run, bad, 0, 20)).toBe(0);
    expect(mismatchedReads(run, bad, 0, 221)).toBe(2 * 3 + 1);
    expect(mismatchedReads(run, bad, 20, 23)).toBe(2);
  });

  test('closed queue: a path holding half an I/O outstanding completes one every two service times', () => {
    expect(closedQueue(221, 1, 500, 1000)).toEqual({ stepUs: 442, latencyUs: 221 });
    expect(closedQueue(221, 8, 500, 1000)).toEqual({ stepUs: 221, latencyUs: 884 });
    expect(percentileUs([[221, 98], [1000, 2]], 99)).toBe(1000);
    expect(percentileUs([[221, 99], [1000, 1]], 99)).toBe(221);
  });

  test('policies: Least Queue Depth gives the faster path more; Weighted Paths the lowest weight; Round Robin With Subset the primaries', () => {
    const fast = { path: 'a', standby: false, weight: 5, serviceUs: 100 };
    const slow = { path: 'b', standby: true, weight: 1, serviceUs: 300 };
    expect(sharePaths('least-queue-depth', [fast, slow], 1000, 0).counts).toEqual([750, 250]);
    expect(sharePaths('least-queue-depth', [fast, { ...slow, serviceUs: 100 }], 1001, 0).counts).toEqual([501, 500]);
    expect(sharePaths('weighted-paths', [fast, slow], 10, 0).counts).toEqual([0, 10]);
    expect(sharePaths('round-robin-with-subset', [fast, slow], 10, 0).counts).toEqual([10, 0]);
    expect(sharePaths('round-robin-with-subset', [slow], 10, 0).counts).toEqual([10]);
    expect(sharePaths('round-robin', [fast, slow], 11, 1)).toEqual({ counts: [5, 6], cursor: 0 });
  });
});
