// The StarWind version a lab simulates (lab option `starwindVersion`, issue 7): 5 shows the seed
// document's Add Target wizard, 8 StarWind 8's flow. The option is added to LabParams on another
// branch; until it merges this is the ONE place that reads it, so the merge changes one line.
import type { LabInfo } from '../../api/types';

export type StarWindVersion = 5 | 8;

/** New labs default to 5 (the seed's); the engine writes 8 into labs saved before the option. */
export const DEFAULT_STARWIND_VERSION: StarWindVersion = 5;

export function starwindVersionOf(lab: Pick<LabInfo, 'options'> | null | undefined): StarWindVersion {
  // MERGE: becomes `lab?.options.starwindVersion ?? DEFAULT_STARWIND_VERSION` once LabParams has it.
  const version = (lab?.options as { starwindVersion?: StarWindVersion } | undefined)?.starwindVersion;
  return version === 8 ? 8 : DEFAULT_STARWIND_VERSION;
}
