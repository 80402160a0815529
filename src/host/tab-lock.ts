// One browser tab owns a lab (ARCHITECTURE.md, "Persistence"): two tabs writing one IndexedDB
// command log would interleave it. Ownership is a Web Lock held for as long as the tab lives;
// another tab learns the lab is taken and may take it over (steal), which tells the first tab.
export const LAB_LOCK_NAME = 'ha-lab/owner';

export interface LabOwnership {
  /** Resolves when another tab takes the lab over; this tab must then stop using its host. */
  lost: Promise<void>;
  release(): void;
}

/**
 * Claims the lab for this tab. Resolves null when another tab owns it (unless takeOver), and an
 * ownership that never reports a loss where the browser has no Web Locks (nothing to coordinate).
 */
export async function claimLab(options: { takeOver?: boolean } = {}): Promise<LabOwnership | null> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return { lost: new Promise<void>(() => {}), release: () => {} };

  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let granted: (owned: boolean) => void = () => {};
  const decided = new Promise<boolean>((resolve) => (granted = resolve));

  const request = options.takeOver
    ? locks.request(LAB_LOCK_NAME, { steal: true }, () => {
        granted(true);
        return held;
      })
    : locks.request(LAB_LOCK_NAME, { ifAvailable: true }, (lock) => {
        granted(lock !== null);
        return lock ? held : undefined;
      });
  // A steal by another tab rejects this tab's request with an AbortError: that is the loss.
  const lost = request.then(
    () => new Promise<void>(() => {}),
    () => undefined,
  );
  return (await decided) ? { lost, release } : null;
}
