import { describe, expect, test } from 'vitest';
import type { HaDevice } from '../../api/types';
import { splitBrainDiscardOf, splitBrainWinnerOf } from './split-brain';
import { starwindVersionOf } from './version';

const lab = (starwindVersion: 5 | 8) => ({ options: { osVersion: '2008R2', clusterNodes: 2, startEpochMs: 0, starwindVersion } }) as never;

describe('the StarWind version and split-brain reads', () => {
  test('starwindVersion: the lab option, 5 before the lab is known', () => {
    expect(starwindVersionOf(null)).toBe(5);
    expect(starwindVersionOf(lab(5))).toBe(5);
    expect(starwindVersionOf(lab(8))).toBe(8);
  });

  test('the policy and the discarded blocks of the last split brain', () => {
    const ha = (extra: Partial<HaDevice>) => ({ splitBrainWinner: 'priority', splitBrainWarning: null, sides: [{ host: 'SWS-Store1' }, { host: 'SWS-Store2' }], ...extra }) as HaDevice;
    expect(splitBrainWinnerOf(ha({}))).toBe('priority');
    expect(splitBrainWinnerOf(ha({ splitBrainWinner: 'most-recent-writes' }))).toBe('most-recent-writes');
    expect(splitBrainDiscardOf(ha({}))).toBeUndefined();
    const warning = { atMs: 1, policy: 'priority', winnerSide: 0, loserSide: 1, discardedBlocks: 3, discardedBytes: 3 * 4096, message: 'lost', logged: true } as const;
    expect(splitBrainDiscardOf(ha({ splitBrainWarning: warning }))).toEqual({ discardedBlocks: 3, loserHost: 'SWS-Store2', message: 'lost' });
  });
});
