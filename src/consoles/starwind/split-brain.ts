// Reads of an HA device's split-brain policy and of the last split brain's outcome, for the
// device view: which side a split brain keeps, and how many acknowledged blocks it discarded.
import type { HaDevice, SplitBrainWinner } from '../../api/types';

export type { SplitBrainWinner };

/** The part of the engine's `splitBrainWarning` the console shows. */
export interface SplitBrainDiscard {
  discardedBlocks: number;
  /** The server whose writes were discarded (the losing replica's). */
  loserHost: string;
  /** The engine's own words (the same text as its event). */
  message: string;
}

export function splitBrainWinnerOf(ha: HaDevice): SplitBrainWinner {
  return ha.splitBrainWinner;
}

/** The last split brain's discarded acknowledged blocks; undefined when there was none. */
export function splitBrainDiscardOf(ha: HaDevice): SplitBrainDiscard | undefined {
  const warning = ha.splitBrainWarning;
  return warning ? { discardedBlocks: warning.discardedBlocks, loserHost: ha.sides[warning.loserSide].host, message: warning.message } : undefined;
}
