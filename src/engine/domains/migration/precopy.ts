// The pre-copy model (facts Part B §9), one pass at a time: pass 1 sends the whole memory M at the
// link's rate B; while a pass of t s runs the guest dirties min(D·t, WWS) bytes (whole pages), and
// the next pass sends exactly that. Pre-copy stops when what is dirty fits the downtime target at
// rate B, or when the OS's pass limit is reached; the stop-and-copy then sends the rest with the
// machine paused. Pages are counted, never stored: each step is O(1) whatever the memory size.
import { PAGE_SIZE_BYTES } from '../../../domain/migration';
import { MS_PER_S } from '../../../domain/units';

/** Time to send `bytes` at `bytesPerS` in whole ms (rounded up: the last byte has arrived). */
export function transferMs(bytes: number, bytesPerS: number): number {
  return Math.ceil((bytes * MS_PER_S) / bytesPerS);
}

/** Bytes a guest dirtying `dirtyBytesPerS` touches in `durationMs`, in whole pages, at most its writable working set. */
export function dirtiedBytes(durationMs: number, dirtyBytesPerS: number, wwsBytes: number): number {
  const pages = Math.ceil((dirtyBytesPerS * durationMs) / MS_PER_S / PAGE_SIZE_BYTES);
  return Math.min(pages * PAGE_SIZE_BYTES, wwsBytes);
}

/** Whether pre-copy stops after `passesDone` passes with `dirtyBytes` left: they fit the target, or no pass is left. */
export function switchOverNow(dirtyBytes: number, passesDone: number, passLimit: number, bytesPerS: number, downtimeTargetMs: number): boolean {
  return dirtyBytes * MS_PER_S <= bytesPerS * downtimeTargetMs || passesDone >= passLimit;
}
