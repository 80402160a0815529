// Resolving a split brain: both replicas ran alone (every channel down, both services running) and
// acknowledged writes the other lacks. When they can talk again, one replica's data is kept (the
// device's `splitBrainWinner` policy) and the other is Not synchronized and blocked until the fast
// sync of both dirty sets overwrites it from the winner. StarWind's blog says the writes of the
// "wrong primary" "will be lost"; the lab says how many: the blocks whose last acknowledged write
// only the loser held. They are logged (an event on both hosts) and kept as a warning on the device;
// the acknowledged map then records the winner's data for them (those acknowledgements are void).
import {
  HA_BLOCK_SIZE_BYTES,
  STARWIND_EVENT_IDS,
  STARWIND_EVENT_LEVELS,
  starwindMessages,
  type SplitBrainWinner,
} from '../../../domain/starwind';
import type { LabContext } from '../../context';
import type { HaDevice } from '../../types';
import { logPartnerState, logStarWind, otherSide, serviceRunning, touchHa } from './common';
import { ExtentMap } from './extent-map';
import { haBlocksOf } from './replication';
import type { HaBlocks, ReplicaBlocks } from './state';

export function lowerPriorityIndex(ha: HaDevice): 0 | 1 {
  return ha.sides[0].priority === 'secondary' ? 0 : 1;
}

/** The newest write generation a replica acknowledged alone (its dirty blocks); 0 when none. */
export function newestOwnWriteGen(replica: ReplicaBlocks): number {
  let newest = 0;
  for (const [from, to] of replica.dirty.extents()) for (const [, , gen] of replica.data.extentsIn(from, to)) newest = Math.max(newest, gen);
  return newest;
}

/** The side whose data a split brain keeps under `policy` (most recent writes: ties go to priority). */
export function splitBrainWinnerIndex(ha: HaDevice, blocks: HaBlocks, policy: SplitBrainWinner): 0 | 1 {
  const high = otherSide(lowerPriorityIndex(ha));
  if (policy === 'priority') return high;
  const newest = blocks.sides.map(newestOwnWriteGen);
  if (newest[0] === newest[1]) return high;
  return (newest[0] ?? 0) > (newest[1] ?? 0) ? 0 : 1;
}

/**
 * Blocks whose last acknowledged write the loser held alone and the winner lacks (it holds an older
 * generation or nothing there): what the resync from the winner discards.
 */
export function discardedBlocks(blocks: HaBlocks, winner: 0 | 1): ExtentMap {
  const loser = blocks.sides[otherSide(winner)];
  const kept = blocks.sides[winner].data;
  const discarded = new ExtentMap();
  for (const [from, to] of loser.dirty.extents()) {
    for (const [start, end, ackedGen] of blocks.acked.extentsIn(from, to)) {
      let cursor = start;
      for (const [heldFrom, heldTo, heldGen] of kept.extentsIn(start, end)) {
        if (cursor < heldFrom) discarded.set(cursor, heldFrom, 1);
        if (heldGen < ackedGen) discarded.set(heldFrom, heldTo, 1);
        cursor = heldTo;
      }
      if (cursor < end) discarded.set(cursor, end, 1);
    }
  }
  return discarded;
}

/** A resolution no service could log (decided as the last one lost power): the first to start logs it. */
export function logPendingSplitBrain(ctx: LabContext, ha: HaDevice, host: string): void {
  const warning = ha.splitBrainWarning;
  if (!warning || warning.logged) return;
  logStarWind(ctx, host, STARWIND_EVENT_IDS.splitBrainResolved, warning.message, STARWIND_EVENT_LEVELS.splitBrainResolved);
  warning.logged = true;
  touchHa(ctx, ha);
}

/**
 * Back in contact after running apart, or the last service stopping before that (its journal, the
 * dirty sets, would go with it): the policy picks the winner; the loser gives way. `stoppingHost`
 * is a service stopping cleanly, which still writes its log.
 */
export function resolveSplitBrain(ctx: LabContext, ha: HaDevice, stoppingHost?: string): void {
  ha.splitBrainRisk = false;
  const blocks = haBlocksOf(ctx.state, ha);
  const policy = ha.splitBrainWinner;
  const winner = splitBrainWinnerIndex(ha, blocks, policy);
  const loser = otherSide(winner);
  const winnerSide = ha.sides[winner];
  const loserSide = ha.sides[loser];
  const discarded = discardedBlocks(blocks, winner);
  const discardedCount = discarded.count();
  for (const [from, to] of discarded.extents()) blocks.acked.copyRangeFrom(blocks.sides[winner].data, from, to);
  const discardedBytes = discardedCount * HA_BLOCK_SIZE_BYTES;
  const message = starwindMessages.splitBrainResolved(winnerSide.iqn, winnerSide.host, loserSide.host, discardedCount, discardedBytes, policy);
  let logged = false;
  for (const side of [winnerSide, loserSide]) {
    if (!serviceRunning(ctx.state, side.host) && side.host !== stoppingHost) continue;
    logStarWind(ctx, side.host, STARWIND_EVENT_IDS.splitBrainResolved, message, STARWIND_EVENT_LEVELS.splitBrainResolved);
    logged = true;
  }
  ha.splitBrainWarning = { atMs: ctx.kernel.nowMs(), policy, winnerSide: winner, loserSide: loser, discardedBlocks: discardedCount, discardedBytes, message, logged };
  if (loserSide.syncState !== 'not-synchronized' || !loserSide.blocked) {
    // Blocked until the resync: its data is not the device's any more.
    loserSide.syncState = 'not-synchronized';
    loserSide.blocked = true;
    logPartnerState(ctx, winnerSide, loserSide, 'not-synchronized');
  }
}
