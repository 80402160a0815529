import { describe, expect, test } from 'vitest';
import { engineTakesNoHeartbeat, starwindVersionOf } from './version';
import { splitBrainDiscardOf, splitBrainWinnerOf } from './split-brain';
import type { HaDevice } from '../../api/types';

const options = (extra: Record<string, unknown>) => ({ options: { osVersion: '2008R2', clusterNodes: 2, startEpochMs: 0, ...extra } }) as never;

describe('the issue 7 fields read in one place', () => {
  test('starwindVersion: 5 unless the lab says 8', () => {
    expect(starwindVersionOf(null)).toBe(5);
    expect(starwindVersionOf(options({}))).toBe(5);
    expect(starwindVersionOf(options({ starwindVersion: 8 }))).toBe(8);
    expect(engineTakesNoHeartbeat(options({}))).toBe(false);
    expect(engineTakesNoHeartbeat(options({ starwindVersion: 5 }))).toBe(true);
  });

  test('the split-brain policy defaults to priority; the warning needs a count of discarded blocks', () => {
    const ha = (extra: Record<string, unknown>) => extra as unknown as HaDevice;
    expect(splitBrainWinnerOf(ha({}))).toBe('priority');
    expect(splitBrainWinnerOf(ha({ splitBrainWinner: 'most-recent-writes' }))).toBe('most-recent-writes');
    expect(splitBrainDiscardOf(ha({ splitBrainWarning: null }))).toBeUndefined();
    expect(splitBrainDiscardOf(ha({ splitBrainWarning: { discardedBlocks: 'x' } }))).toBeUndefined();
    expect(splitBrainDiscardOf(ha({ splitBrainWarning: { discardedBlocks: 3, message: 'lost' } }))).toEqual({ discardedBlocks: 3, message: 'lost' });
  });
});
