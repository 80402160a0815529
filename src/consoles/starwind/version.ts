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

/**
 * Whether the lab's engine takes a version 5 HA device without heartbeat addresses. It does once it
 * knows the option, and it then writes `starwindVersion` into every lab's options; an engine from
 * before that answers without it and refuses empty heartbeat addresses, so the version 5 wizard
 * sends the sync addresses as the heartbeat too (one link, the seed's single interface).
 * MERGE: always true once the engine branch is in; remove this with the fallback above.
 */
export function engineTakesNoHeartbeat(lab: Pick<LabInfo, 'options'> | null | undefined): boolean {
  return (lab?.options as { starwindVersion?: unknown } | undefined)?.starwindVersion !== undefined;
}
