// Moves virtual time with wall time: paused, at a fixed speed (virtual ms = wall ms × speed, on a
// short wall tick), or at "max" (as fast as possible in slices of at most MAX_SPEED_SLICE_WALL_MS,
// yielding between slices so requests are served). ARCHITECTURE.md, "The host and the clock".
import { MAX_SPEED_SLICE_WALL_MS } from '../domain/lab';
import type { ClockState } from '../api/types';
import type { Scheduler } from './scheduler';

/** Wall interval between advances at a fixed speed (and at "max" when nothing is due). */
export const CLOCK_TICK_WALL_MS = 50;
/** Speed "max" moves like this when no timer is due. */
export const MAX_SPEED_IDLE_FACTOR = 1000;
/** Wall time one tick may catch up (a suspended tab): beyond this, virtual time lags instead of one huge advance. */
export const TICK_CATCH_UP_WALL_MS_MAX = 5000;
/** Advances in one max-speed slice, in case many timers fall due at the same virtual instant. */
export const ADVANCES_PER_SLICE_MAX = 100_000;

export interface ClockTarget {
  nowMs(): number;
  nextDueMs(): number | null;
  advance(ms: number): void;
}

export class ClockDriver {
  private state: ClockState = { paused: true, speed: 1 };
  private timerId: number | null = null;
  private lastWallMs = 0;
  /** Fractions of a virtual ms left over from earlier ticks, so 1× stays exact over time. */
  private carryVirtualMs = 0;
  /** While held, ticks skip advancing (the wall time they skip is caught up after release). */
  private holds = 0;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly target: () => ClockTarget,
    /** Called after every advance the driver makes (the host notes time, persists throttled). */
    private readonly onAdvanced: () => void,
  ) {}

  get settings(): ClockState {
    return { ...this.state };
  }

  set(next: ClockState): void {
    this.stopTimer();
    this.state = { ...next };
    this.carryVirtualMs = 0;
    this.lastWallMs = this.scheduler.now();
    if (!next.paused) this.schedule(next.speed === 'max' ? 0 : CLOCK_TICK_WALL_MS);
  }

  /**
   * Keeps virtual time still until release(): the host holds it while it stores a change, so the
   * change applies at the virtual time it was stored with. Wall time that passes meanwhile is caught
   * up by the first tick after release (within TICK_CATCH_UP_WALL_MS_MAX).
   */
  hold(): void {
    this.holds++;
  }

  release(): void {
    this.holds = Math.max(0, this.holds - 1);
  }

  stop(): void {
    this.stopTimer();
  }

  private stopTimer(): void {
    if (this.timerId !== null) this.scheduler.clearTimeout(this.timerId);
    this.timerId = null;
  }

  private schedule(delayMs: number): void {
    this.timerId = this.scheduler.setTimeout(() => {
      this.timerId = null;
      this.tick();
    }, delayMs);
  }

  private tick(): void {
    if (this.state.paused) return;
    if (this.holds > 0) {
      this.schedule(CLOCK_TICK_WALL_MS);
      return;
    }
    if (this.state.speed === 'max') {
      this.schedule(this.runMaxSlice() ? 0 : CLOCK_TICK_WALL_MS);
    } else {
      this.advanceByWall(this.state.speed);
      this.schedule(CLOCK_TICK_WALL_MS);
    }
  }

  /** Virtual time = elapsed wall × speed, keeping the fraction for the next tick. */
  private advanceByWall(speed: number): void {
    const nowWallMs = this.scheduler.now();
    const elapsedWallMs = Math.min(Math.max(0, nowWallMs - this.lastWallMs), TICK_CATCH_UP_WALL_MS_MAX);
    this.lastWallMs = nowWallMs;
    const virtualMs = elapsedWallMs * speed + this.carryVirtualMs;
    const wholeMs = Math.floor(virtualMs);
    this.carryVirtualMs = virtualMs - wholeMs;
    if (wholeMs > 0) {
      this.target().advance(wholeMs);
      this.onAdvanced();
    }
  }

  /**
   * One slice at "max": jump from due timer to due timer until the slice's wall budget is spent.
   * Returns false when nothing was due (the clock then moves like 1000× until something is).
   */
  private runMaxSlice(): boolean {
    const lab = this.target();
    if (lab.nextDueMs() === null) {
      this.advanceByWall(MAX_SPEED_IDLE_FACTOR);
      return false;
    }
    const sliceStartWallMs = this.scheduler.now();
    for (let advances = 0; advances < ADVANCES_PER_SLICE_MAX; advances++) {
      const dueMs = lab.nextDueMs();
      if (dueMs === null) break;
      lab.advance(Math.max(0, dueMs - lab.nowMs()));
      if (this.scheduler.now() - sliceStartWallMs >= MAX_SPEED_SLICE_WALL_MS) break;
    }
    this.lastWallMs = this.scheduler.now();
    this.carryVirtualMs = 0;
    this.onAdvanced();
    return true;
  }
}
