// Which archive checkpoints to keep, and where the archived log starts, so the archive stays
// within its size limit: pure, shared by the IndexedDB and the memory persistence.
import { ARCHIVE_COMMANDS_MAX, ARCHIVE_DENSE_CHECKPOINTS } from '../../domain/lab';

export interface ArchiveLimits {
  /** Commands the archive keeps at most (the oldest stretches beyond are dropped). */
  commandsMax: number;
  /** Newest checkpoints always kept; older ones are spaced by at least 1/this of their age. */
  denseCheckpoints: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { commandsMax: ARCHIVE_COMMANDS_MAX, denseCheckpoints: ARCHIVE_DENSE_CHECKPOINTS };

export interface ArchivePlan {
  /** Where the archived log starts: 0 (the lab's start) or a kept checkpoint's count. Everything before goes. */
  baseCount: number;
  /** The checkpoints kept, ascending; every other one is deleted. */
  keep: number[];
}

/**
 * checkpoints: the archive's checkpoint counts, ascending (all above startCount's, or equal to a
 * base); startCount: where the archive starts now; endCount: where it ends (the tail's start).
 * Dropping happens at checkpoints only, so the archive always starts where a replay can begin.
 */
export function planArchive(checkpoints: readonly number[], startCount: number, endCount: number, limits: ArchiveLimits): ArchivePlan {
  let baseCount = startCount;
  if (endCount - startCount > limits.commandsMax) {
    // The oldest checkpoint close enough to the end; failing that the newest one (the archive keeps at least a stretch).
    const within = checkpoints.find((count) => count > startCount && endCount - count <= limits.commandsMax);
    baseCount = within ?? checkpoints.at(-1) ?? startCount;
  }
  const candidates = checkpoints.filter((count) => count >= baseCount);
  const keep: number[] = [];
  let lastKept = Infinity;
  // Newest first: the newest ones all stay, then each older one only if far enough from the last one kept.
  for (let index = candidates.length - 1; index >= 0; index--) {
    const count = candidates[index] as number;
    const rank = candidates.length - 1 - index;
    const ageCommands = endCount - count;
    if (count === baseCount || rank < limits.denseCheckpoints || lastKept - count >= ageCommands / limits.denseCheckpoints) {
      keep.push(count);
      lastKept = count;
    }
  }
  return { baseCount, keep: keep.reverse() };
}
