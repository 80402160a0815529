// haLab.waitFor: wait until the lab's state meets a condition, without polling by hand. With the
// clock running it re-checks on each change the console receives; with the clock paused it moves
// the clock itself, to each next due event (the step route), so a paused script stays exact. It
// gives up once `timeoutSimMs` of simulated time has passed since the call.
import type { WaitForCondition, WaitForOptions } from '../api/types';

/** Without timeoutSimMs: one simulated hour. */
export const WAIT_FOR_TIMEOUT_SIM_MS_DEFAULT = 3_600_000;
/** A bound on steps of a paused clock (a lab full of periodic timers would otherwise loop for long). */
export const WAIT_FOR_STEPS_MAX = 100_000;

export interface WaitForDeps<Mirror> {
  /** The lab's time as the console knows it now. */
  nowMs(): number;
  /** The lab's time, asked of the lab itself (exact even while the clock runs). */
  labNowMs(): Promise<number>;
  paused(): boolean;
  /** POST /api/v1/lab/clock/step; resolves with the time reached once the console shows it. */
  step(): Promise<number>;
  /** A GET route's answer. */
  get(path: string): Promise<unknown>;
  /** Resolves at the console's next change (a batch, a clock change). */
  nextChange(): Promise<void>;
  mirror(): Mirror;
}

export class WaitForTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WaitForTimeoutError';
  }
}

function describe(condition: WaitForCondition<unknown>): string {
  return typeof condition === 'function' ? 'the predicate' : `GET ${condition.path} until its answer matched`;
}

function brief(value: unknown): string {
  if (value instanceof Error) return value.message;
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

export async function waitFor<Mirror>(deps: WaitForDeps<Mirror>, condition: WaitForCondition<Mirror>, options: WaitForOptions = {}): Promise<unknown> {
  const timeoutSimMs = options.timeoutSimMs ?? WAIT_FOR_TIMEOUT_SIM_MS_DEFAULT;
  if (!(timeoutSimMs >= 0)) throw new RangeError(`haLab.waitFor: timeoutSimMs must be a number of ms ≥ 0, not ${String(options.timeoutSimMs)}.`);
  if (typeof condition !== 'function' && (typeof condition?.path !== 'string' || typeof condition.until !== 'function')) {
    throw new TypeError('haLab.waitFor takes a predicate, or { path, until } with a GET route and a predicate on its answer.');
  }
  const startMs = await deps.labNowMs();
  const deadlineMs = startMs + timeoutSimMs;
  let reachedMs = startMs;
  let lastAnswer: unknown = undefined;

  const check = async (): Promise<{ done: boolean; value: unknown }> => {
    if (typeof condition === 'function') {
      const value = await condition(deps.mirror());
      return { done: Boolean(value), value };
    }
    try {
      lastAnswer = await deps.get(condition.path);
    } catch (error) {
      // A resource that does not exist yet (a device being created) is "not yet"; an unknown
      // route never answers and is refused at once.
      if ((error as { code?: string }).code === 'route.not_found') throw error;
      lastAnswer = error;
      return { done: false, value: undefined };
    }
    const value: unknown = lastAnswer;
    return { done: Boolean(await condition.until(value)), value };
  };

  for (let steps = 0; ; ) {
    const result = await check();
    if (result.done) return result.value;
    reachedMs = Math.max(reachedMs, deps.nowMs());
    if (reachedMs >= deadlineMs) {
      const last = typeof condition === 'function' ? '' : ` Its last answer: ${brief(lastAnswer)}.`;
      throw new WaitForTimeoutError(
        `haLab.waitFor: ${describe(condition as WaitForCondition<unknown>)} did not hold within ${timeoutSimMs} ms of simulated time (lab time ${startMs} → ${reachedMs} ms).${last}`,
      );
    }
    if (deps.paused()) {
      if (++steps > WAIT_FOR_STEPS_MAX) {
        throw new WaitForTimeoutError(`haLab.waitFor: ${describe(condition as WaitForCondition<unknown>)} did not hold after ${WAIT_FOR_STEPS_MAX} steps of the paused clock (lab time ${reachedMs} ms).`);
      }
      reachedMs = Math.max(reachedMs, await deps.step());
      // The step went to an event past the deadline: what holds there holds too late.
      if (reachedMs > deadlineMs) {
        throw new WaitForTimeoutError(
          `haLab.waitFor: ${describe(condition as WaitForCondition<unknown>)} did not hold within ${timeoutSimMs} ms of simulated time (lab time ${startMs} → ${deadlineMs} ms); the next scheduled event was at ${reachedMs} ms, where the paused clock now stands.`,
        );
      }
    } else {
      await deps.nextChange();
    }
  }
}
