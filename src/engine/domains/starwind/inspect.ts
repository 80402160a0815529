// Engine-internal reads of the block state, for tests and benchmarks (not part of the Lab API).
import type { Lab } from '../../types';
import { labContextOf } from '../../lab';
import type { ExtentMap } from './extent-map';

function blocksOf(lab: Lab, haId: string) {
  const blocks = labContextOf(lab).state.starwind.haBlocks.get(haId);
  if (!blocks) throw new Error(`No HA device ${haId}.`);
  return blocks;
}

/** Block → generation held by one replica (a copy). */
export function replicaBlocks(lab: Lab, haId: string, side: 0 | 1): ExtentMap {
  return blocksOf(lab, haId).sides[side].data.clone();
}

/** Blocks this replica wrote that its partner lacks (a copy). */
export function dirtyBlocks(lab: Lab, haId: string, side: 0 | 1): ExtentMap {
  return blocksOf(lab, haId).sides[side].dirty.clone();
}

/** Block → generation of the last acknowledged write (a copy). */
export function ackedBlocks(lab: Lab, haId: string): ExtentMap {
  return blocksOf(lab, haId).acked.clone();
}

export function needsFullSync(lab: Lab, haId: string, side: 0 | 1): boolean {
  return blocksOf(lab, haId).sides[side].needsFull;
}

/** Extents held in the block state of one HA device (both replicas, dirty sets, acknowledgements). */
export function extentCountOf(lab: Lab, haId: string): number {
  const blocks = blocksOf(lab, haId);
  return blocks.acked.extentCount + blocks.sides.reduce((sum, side) => sum + side.data.extentCount + side.dirty.extentCount, 0);
}

/** Every acknowledged write is held, at its generation or later, by each synchronized replica. */
export function lostAcknowledgedBlocks(lab: Lab, haId: string, side: 0 | 1): number {
  const blocks = blocksOf(lab, haId);
  const data = blocks.sides[side].data;
  let lost = 0;
  for (const [from, to, gen] of blocks.acked.extents()) {
    let covered = 0;
    for (const [start, end, held] of data.extentsIn(from, to)) if (held >= gen) covered += end - start;
    lost += to - from - covered;
  }
  return lost;
}
