// A scheduler whose wall time moves only when told: the in-process host's default (Node tests
// stay exact: virtual time moves only by advance/step unless a test moves wall time) and the
// fake that host tests drive.
import type { Scheduler } from './scheduler';

interface Pending {
  id: number;
  dueWallMs: number;
  callback: () => void;
}

/** A run of callbacks that keep rescheduling themselves at 0 ms stops here instead of spinning. */
const CALLBACKS_PER_RUN_MAX = 100_000;

export class ManualScheduler implements Scheduler {
  private wallMs = 0;
  private nextId = 1;
  private pending: Pending[] = [];

  now(): number {
    return this.wallMs;
  }

  setTimeout(callback: () => void, delayMs: number): number {
    const id = this.nextId++;
    this.pending.push({ id, dueWallMs: this.wallMs + Math.max(0, delayMs), callback });
    return id;
  }

  clearTimeout(id: number): void {
    this.pending = this.pending.filter((entry) => entry.id !== id);
  }

  /** How many callbacks wait. */
  pendingCount(): number {
    return this.pending.length;
  }

  /** Moves wall time by ms, running every callback that falls due, in due order. */
  advanceWallMs(ms: number): void {
    const endWallMs = this.wallMs + ms;
    for (let run = 0; run < CALLBACKS_PER_RUN_MAX; run++) {
      const next = this.takeNextDue(endWallMs);
      if (!next) break;
      this.wallMs = Math.max(this.wallMs, next.dueWallMs);
      next.callback();
    }
    this.wallMs = Math.max(this.wallMs, endWallMs);
  }

  /** Runs what is due now (zero-delay yields included) without moving wall time. */
  runDue(): void {
    this.advanceWallMs(0);
  }

  /** For fakes that model work taking wall time (max-speed slicing tests). */
  setWallMs(wallMs: number): void {
    this.wallMs = wallMs;
  }

  private takeNextDue(endWallMs: number): Pending | undefined {
    let best: Pending | undefined;
    for (const entry of this.pending) {
      if (entry.dueWallMs <= endWallMs && (!best || entry.dueWallMs < best.dueWallMs || (entry.dueWallMs === best.dueWallMs && entry.id < best.id))) best = entry;
    }
    if (best) this.pending = this.pending.filter((entry) => entry !== best);
    return best;
  }
}
