// Reads of the HA device's split-brain fields (issue 7). The engine adds them on another branch
// (`splitBrainWinner`, and the last resolution as `splitBrainWarning`); until it merges they are
// read here, defensively, so a device without them shows the default policy and no warning.
import type { HaDevice } from '../../api/types';

export type SplitBrainWinner = 'priority' | 'most-recent-writes';

/** The part of the warning the console shows (the engine's object has more). */
export interface SplitBrainDiscard {
  discardedBlocks: number;
  /** The engine's own words, when it gives them (the same text as its event). */
  message?: string;
}

type WithSplitBrain = { splitBrainWinner?: unknown; splitBrainWarning?: unknown };

export function splitBrainWinnerOf(ha: HaDevice): SplitBrainWinner {
  return (ha as unknown as WithSplitBrain).splitBrainWinner === 'most-recent-writes' ? 'most-recent-writes' : 'priority';
}

/** The last split brain's discarded acknowledged blocks; undefined when there was none. */
export function splitBrainDiscardOf(ha: HaDevice): SplitBrainDiscard | undefined {
  const warning = (ha as unknown as WithSplitBrain).splitBrainWarning;
  if (typeof warning !== 'object' || warning === null) return undefined;
  const { discardedBlocks, message } = warning as { discardedBlocks?: unknown; message?: unknown };
  if (typeof discardedBlocks !== 'number' || !Number.isFinite(discardedBlocks)) return undefined;
  return { discardedBlocks, ...(typeof message === 'string' ? { message } : {}) };
}
