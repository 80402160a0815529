// One browser tab owns the lab (ARCHITECTURE.md, "Persistence"): the Web Lock 'ha-lab-owner'.
// Another tab says so and offers to take over; the tab that loses the lock reloads into a
// "the lab moved to another tab" state, which stops its worker (and its writes) for good.

export const OWNER_LOCK = 'ha-lab-owner';
const MOVED_FLAG = 'ha-lab-moved';
/** A reload releases the old document's lock a moment after the new one asks: retry briefly. */
const BUSY_RETRIES = 6;
const BUSY_RETRY_DELAY_MS = 250;

export type Ownership = 'owned' | 'busy';

function locks(): LockManager | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

/** True when this tab lost the lab to another tab just before it reloaded. */
export function takeMovedFlag(): boolean {
  try {
    const moved = sessionStorage.getItem(MOVED_FLAG) === '1';
    sessionStorage.removeItem(MOVED_FLAG);
    return moved;
  } catch {
    return false;
  }
}

function onLost() {
  try {
    sessionStorage.setItem(MOVED_FLAG, '1');
  } catch {
    // Without session storage the reload simply asks for the lock again.
  }
  location.reload();
}

function requestOnce(steal: boolean): Promise<Ownership> {
  const manager = locks();
  // Web Locks need a secure context; on plain http this tab simply runs the lab.
  if (!manager) return Promise.resolve('owned');
  return new Promise<Ownership>((resolve) => {
    manager
      .request(OWNER_LOCK, steal ? { steal: true } : { ifAvailable: true }, async (lock) => {
        if (!lock) {
          resolve('busy');
          return;
        }
        resolve('owned');
        // Hold the lock for the life of the page.
        await new Promise<never>(() => undefined);
      })
      .catch((error: unknown) => {
        // Another tab took the lab over (steal): our hold is aborted.
        if (error instanceof DOMException && error.name === 'AbortError') onLost();
      });
  });
}

export async function acquireOwnership(options: { steal?: boolean } = {}): Promise<Ownership> {
  if (options.steal) return requestOnce(true);
  for (let attempt = 0; attempt < BUSY_RETRIES; attempt += 1) {
    if ((await requestOnce(false)) === 'owned') return 'owned';
    await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_DELAY_MS));
  }
  return 'busy';
}
