// The StarWind version a lab simulates (lab option `starwindVersion`): 5 shows the seed document's
// Add Target wizard, 8 StarWind 8's pages. The one place the console reads it.
import type { LabInfo } from '../../api/types';
import { DEFAULT_STARWIND_VERSION, type StarWindVersion } from '../../domain/starwind';

export type { StarWindVersion };

/** New labs are 5 (the seed's); labs saved before the option open as 8 (the engine writes it). */
export function starwindVersionOf(lab: Pick<LabInfo, 'options'> | null | undefined): StarWindVersion {
  return lab?.options.starwindVersion ?? DEFAULT_STARWIND_VERSION;
}
