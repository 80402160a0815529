// The I/O generator's arithmetic, O(paths + extents) whatever the count (README "I/O model"):
//   - one I/O's service time on a path, µs: 2 × hop + wire(block, slower NIC of initiator and
//     portal) + the storage's part: disk(block) for a read, StarWind's write latency (alone or
//     mirrored over the sync channel, perWriteUs) for a write;
//   - a closed queue: a path holding q of the run's queueDepth outstanding I/Os (q = depth × its
//     share) completes one every serviceUs / min(1, q) and each I/O takes max(1, q) × serviceUs;
//   - sequential: I/O i of a run touches slot (startSlot + i) mod slots of the range, so any interval
//     of I/O indexes is a window of slots (whole passes plus at most two extents); random: a keyed
//     permutation per pass (io-random.ts), so an interval is whole passes plus its scattered slots.
import { HA_BLOCK_SIZE_BYTES, WRITE_LATENCY_MODEL, wireUs } from '../../../domain/starwind';
import type { IoRun } from '../../../domain/disks';
import type { ExtentMap } from '../starwind/extent-map';
import { countInIntervals, randomSlots, slotIntervals } from './io-random';

/** Service time of one I/O of `blockBytes` over a link of `linkBitsPerS` whose storage part takes `storageUs`, µs. */
export function ioServiceUs(blockBytes: number, linkBitsPerS: number, storageUs: number): number {
  return 2 * WRITE_LATENCY_MODEL.syncHopUs + wireUs(blockBytes, linkBitsPerS) + storageUs;
}

/** A path's pace and latency when it carries `count` of `total` I/Os at `queueDepth` (closed queue). */
export function closedQueue(serviceUs: number, queueDepth: number, count: number, total: number): { stepUs: number; latencyUs: number } {
  const outstanding = (queueDepth * count) / total;
  return { stepUs: Math.ceil(serviceUs / Math.min(1, outstanding)), latencyUs: Math.ceil(Math.max(1, outstanding) * serviceUs) };
}

/** Adds `count` I/Os of `latencyUs` to a histogram of [latencyUs, I/Os] pairs (sorted by latency). */
export function addLatency(histogram: [number, number][], latencyUs: number, count: number): void {
  if (count <= 0) return;
  const found = histogram.find((entry) => entry[0] === latencyUs);
  if (found) found[1] += count;
  else {
    histogram.push([latencyUs, count]);
    histogram.sort((a, b) => a[0] - b[0]);
  }
}

/** Nearest-rank percentile of a histogram, µs (0 when empty). */
export function percentileUs(histogram: [number, number][], percent: number): number {
  const total = histogram.reduce((sum, entry) => sum + entry[1], 0);
  if (total === 0) return 0;
  const rank = Math.max(1, Math.ceil((percent / 100) * total));
  let seen = 0;
  for (const [latencyUs, count] of histogram) {
    seen += count;
    if (seen >= rank) return latencyUs;
  }
  return histogram.at(-1)![0];
}

type Geometry = Pick<IoRun, 'baseBytes' | 'slots' | 'startSlot' | 'blockBytes' | 'randomKey'>;

/** The slot intervals [from, to) touched by I/Os [from, to) of the run, with how many passes cover the whole range. */
export function slotWindows(run: Geometry, from: number, to: number): { passes: number; windows: [number, number][] } {
  const length = to - from;
  const passes = Math.floor(length / run.slots);
  const rest = length % run.slots;
  if (rest === 0) return { passes, windows: [] };
  const first = (run.startSlot + from) % run.slots;
  const end = first + rest;
  return { passes, windows: end <= run.slots ? [[first, end]] : [[first, run.slots], [0, end - run.slots]] };
}

/** The HA blocks (4 KiB) holding slots [from, to). */
export function blocksOfSlots(run: Geometry, from: number, to: number): [number, number] {
  const startBytes = run.baseBytes + from * run.blockBytes;
  const endBytes = run.baseBytes + to * run.blockBytes;
  return [Math.floor(startBytes / HA_BLOCK_SIZE_BYTES), Math.ceil(endBytes / HA_BLOCK_SIZE_BYTES)];
}

/** Block extents of slot intervals, sorted, those that share or meet a block merged. */
function blocksOfIntervals(run: Geometry, intervals: [number, number][]): [number, number][] {
  const blocks: [number, number][] = [];
  for (const [start, end] of intervals) {
    const [fromBlock, toBlock] = blocksOfSlots(run, start, end);
    const last = blocks.at(-1);
    if (last && fromBlock <= last[1]) last[1] = Math.max(last[1], toBlock);
    else blocks.push([fromBlock, toBlock]);
  }
  return blocks;
}

/**
 * Block extents written by I/Os [from, to): the whole range after a full pass, else the window
 * (sequential) or the scattered slots, merged where adjacent (random: at most one extent per I/O).
 */
export function writtenBlocks(run: Geometry, from: number, to: number): [number, number][] {
  if (run.randomKey !== undefined) {
    // A whole pass inside [from, to) touches every slot: no need to enumerate the rest.
    if (Math.ceil(from / run.slots) * run.slots + run.slots <= to) return [blocksOfSlots(run, 0, run.slots)];
    const { wholePasses, partial } = randomSlots(run.randomKey, run.slots, from, to);
    if (wholePasses > 0) return [blocksOfSlots(run, 0, run.slots)];
    return blocksOfIntervals(run, slotIntervals(partial));
  }
  const { passes, windows } = slotWindows(run, from, to);
  if (passes > 0) return [blocksOfSlots(run, 0, run.slots)];
  return windows.map(([start, end]) => blocksOfSlots(run, start, end));
}

/**
 * Slot intervals of the range whose blocks on `replica` differ from the last acknowledged
 * generation (`acked`): a block acknowledged but missing or held at another generation.
 */
export function mismatchedSlots(run: Geometry, replica: ExtentMap, acked: ExtentMap): [number, number][] {
  const [rangeFrom, rangeTo] = blocksOfSlots(run, 0, run.slots);
  const bad: [number, number][] = [];
  for (const [from, to, gen] of acked.extentsIn(rangeFrom, rangeTo)) {
    let cursor = from;
    for (const [start, end, held] of replica.extentsIn(from, to)) {
      if (start > cursor) bad.push([cursor, start]);
      if (held !== gen) bad.push([start, end]);
      cursor = end;
    }
    if (cursor < to) bad.push([cursor, to]);
  }
  const slots: [number, number][] = [];
  for (const [from, to] of bad) {
    const first = Math.max(0, Math.floor((from * HA_BLOCK_SIZE_BYTES - run.baseBytes) / run.blockBytes));
    const end = Math.min(run.slots, Math.ceil((to * HA_BLOCK_SIZE_BYTES - run.baseBytes) / run.blockBytes));
    if (end <= first) continue;
    const last = slots.at(-1);
    if (last && first <= last[1]) last[1] = Math.max(last[1], end);
    else slots.push([first, end]);
  }
  return slots;
}

/** How many of I/Os [from, to) read a mismatched slot. */
export function mismatchedReads(run: Geometry, bad: [number, number][], from: number, to: number): number {
  if (bad.length === 0) return 0;
  const badTotal = bad.reduce((sum, [start, end]) => sum + end - start, 0);
  if (run.randomKey !== undefined) {
    const { wholePasses, partial } = randomSlots(run.randomKey, run.slots, from, to);
    return wholePasses * badTotal + countInIntervals(partial, bad);
  }
  const { passes, windows } = slotWindows(run, from, to);
  let count = passes * badTotal;
  for (const [wStart, wEnd] of windows) for (const [start, end] of bad) count += Math.max(0, Math.min(end, wEnd) - Math.max(start, wStart));
  return count;
}
