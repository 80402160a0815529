// Which StarWind the lab simulates (issue 7): version 5 (the seed document's Add Target with its
// High Availability pages) or version 8 (Add Device, then Replication Manager → Add Replica).
// The one place this console reads the lab option `options.starwindVersion`.
import type { LabInfo } from '../../api/types';
import { STARWIND_VERSION_OF_EARLIER_LABS, type StarWindVersion } from '../../domain/starwind';

/**
 * The lab's StarWind version. Every lab the engine builds or restores carries it (5 by default,
 * 8 for labs saved before the option); a lab info without it comes from an earlier host and keeps
 * the behaviour it was built with, as the engine's migration decides.
 */
export function starwindVersionOf(lab: Pick<LabInfo, 'options'> | null | undefined): StarWindVersion {
  return lab?.options.starwindVersion ?? STARWIND_VERSION_OF_EARLIER_LABS;
}

/** Version 8 labs only (and nothing while the mirror has no lab yet). */
export const isStarWind8 = (lab: Pick<LabInfo, 'options'> | null | undefined): boolean => lab !== null && lab !== undefined && starwindVersionOf(lab) === 8;
