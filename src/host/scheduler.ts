// Wall time for the host: the clock driver and the batch coalescer ask this, never `Date` or the
// global timers, so Node tests can drive them with a manual scheduler and exact numbers.

export interface Scheduler {
  /** Wall time in ms (monotonic where the platform offers it). */
  now(): number;
  /** Runs callback after delayMs of wall time; 0 means "after yielding to pending messages". */
  setTimeout(callback: () => void, delayMs: number): number;
  clearTimeout(id: number): void;
}

/**
 * Real timers. A delay of 0 goes through a MessageChannel: nested setTimeout(0) is clamped to
 * 4 ms by browsers, which would waste most of every 10 ms slice at "max" speed.
 */
export function createRealScheduler(): Scheduler {
  let nextId = 1;
  const timeouts = new Map<number, ReturnType<typeof globalThis.setTimeout>>();
  const yielded = new Map<number, () => void>();
  const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
  if (channel) {
    // Each message runs the oldest yielded callback; Map iteration keeps insertion order.
    channel.port1.onmessage = () => {
      const first = yielded.entries().next();
      if (first.done) return;
      const [id, callback] = first.value;
      yielded.delete(id);
      callback();
    };
  }
  // Why: an open MessagePort keeps a Node process alive; unref where the platform has it.
  (channel?.port1 as { unref?: () => void } | undefined)?.unref?.();

  return {
    now: () => (typeof performance === 'undefined' ? Date.now() : performance.now()),
    setTimeout(callback, delayMs) {
      const id = nextId++;
      if (delayMs <= 0 && channel) {
        yielded.set(id, callback);
        channel.port2.postMessage(null);
      } else {
        timeouts.set(id, globalThis.setTimeout(() => {
          timeouts.delete(id);
          callback();
        }, delayMs));
      }
      return id;
    },
    clearTimeout(id) {
      yielded.delete(id);
      const handle = timeouts.get(id);
      if (handle !== undefined) globalThis.clearTimeout(handle);
      timeouts.delete(id);
    },
  };
}
