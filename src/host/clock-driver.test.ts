// The clock driver against a manual scheduler: fixed speeds, and "max" in bounded slices.
import { describe, expect, test } from 'vitest';
import { MAX_SPEED_SLICE_WALL_MS } from '../domain/lab';
import { CLOCK_TICK_WALL_MS, ClockDriver, MAX_SPEED_IDLE_FACTOR, type ClockTarget } from './clock-driver';
import { ManualScheduler } from './manual-scheduler';

/** A lab stand-in: a periodic timer every periodMs of virtual time (or none). */
function fakeLab(periodMs: number | null): ClockTarget & { advances: number[] } {
  let nowMs = 0;
  const advances: number[] = [];
  return {
    advances,
    nowMs: () => nowMs,
    nextDueMs: () => (periodMs === null ? null : (Math.floor(nowMs / periodMs) + 1) * periodMs),
    advance(ms) {
      advances.push(ms);
      nowMs += ms;
    },
  };
}

/** A scheduler where each reading of the wall clock costs 1 ms, as if every advance took work. */
class BusyScheduler extends ManualScheduler {
  override now(): number {
    const wallMs = super.now();
    this.setWallMs(wallMs + 1);
    return wallMs;
  }
}

describe('ClockDriver', () => {
  test('paused does nothing; fixed speeds advance wall × speed', () => {
    for (const speed of [1, 10, 100, 1000] as const) {
      const scheduler = new ManualScheduler();
      const lab = fakeLab(null);
      const driver = new ClockDriver(scheduler, () => lab, () => {});
      driver.set({ paused: true, speed });
      scheduler.advanceWallMs(1000);
      expect(lab.nowMs()).toBe(0);
      driver.set({ paused: false, speed });
      scheduler.advanceWallMs(1000);
      expect(lab.nowMs()).toBe(1000 * speed);
      expect(lab.advances).toHaveLength(1000 / CLOCK_TICK_WALL_MS);
      driver.stop();
      expect(scheduler.pendingCount()).toBe(0);
    }
  });

  test('"max" jumps timer to timer within one slice of wall time, then yields', () => {
    const scheduler = new BusyScheduler();
    const lab = fakeLab(1000);
    let notified = 0;
    const driver = new ClockDriver(scheduler, () => lab, () => notified++);
    driver.set({ paused: false, speed: 'max' });
    scheduler.runDue(); // first slice
    const sliceAdvances = lab.advances.length;
    expect(sliceAdvances).toBeGreaterThan(1);
    expect(sliceAdvances).toBeLessThanOrEqual(MAX_SPEED_SLICE_WALL_MS);
    expect(lab.advances.every((ms) => ms === 1000)).toBe(true);
    expect(notified).toBe(1);
    // The next slice is queued as a zero-delay yield, so a request waiting in between is served.
    expect(scheduler.pendingCount()).toBe(1);
    scheduler.runDue();
    expect(lab.advances.length).toBeGreaterThan(sliceAdvances);
    driver.set({ paused: true, speed: 'max' });
    expect(scheduler.pendingCount()).toBe(0);
  });

  test('"max" with nothing due moves like 1000×', () => {
    const scheduler = new ManualScheduler();
    const lab = fakeLab(null);
    const driver = new ClockDriver(scheduler, () => lab, () => {});
    driver.set({ paused: false, speed: 'max' });
    scheduler.advanceWallMs(1000);
    expect(lab.nowMs()).toBe(1000 * MAX_SPEED_IDLE_FACTOR);
    driver.stop();
  });

  test('held, virtual time stays still (at any speed); after release the held wall time is caught up', () => {
    for (const speed of [10, 'max'] as const) {
      const scheduler = new ManualScheduler();
      const lab = fakeLab(null);
      const driver = new ClockDriver(scheduler, () => lab, () => {});
      driver.set({ paused: false, speed });
      driver.hold();
      scheduler.advanceWallMs(400);
      expect(lab.nowMs()).toBe(0);
      driver.release();
      scheduler.advanceWallMs(CLOCK_TICK_WALL_MS);
      const factor = speed === 'max' ? MAX_SPEED_IDLE_FACTOR : speed;
      expect(lab.nowMs()).toBe((400 + CLOCK_TICK_WALL_MS) * factor);
      driver.stop();
    }
  });
});
