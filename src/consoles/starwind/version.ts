// Which StarWind the lab simulates (issue 7): version 5 (the seed document's Add Target with its
// High Availability pages) or version 8 (Add Device, then Replication Manager → Add Replica).
// The one place the console reads the lab option; the other consoles' files ask here.
import type { LabInfo } from '../../api/types';

export type StarWindVersion = 5 | 8;

/**
 * The lab's `options.starwindVersion`. New labs carry it (5 by default). A lab without it was built
 * before the option existed and keeps the behaviour it was built with, version 8, as the engine's
 * migration decides for saved labs ("labs saved before this change open as 8"). While the
 * mirror has no lab yet nothing version-specific is offered, so the fallback only decides for labs
 * whose options lack the key.
 */
export function starwindVersionOf(lab: Pick<LabInfo, 'options'> | null | undefined): StarWindVersion {
  const version = (lab?.options as { starwindVersion?: unknown } | undefined)?.starwindVersion;
  return version === 5 ? 5 : 8;
}

export const isStarWind8 = (lab: Pick<LabInfo, 'options'> | null | undefined): boolean => lab !== null && lab !== undefined && starwindVersionOf(lab) === 8;
