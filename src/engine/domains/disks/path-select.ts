// MSDSM path selection (domain-facts Part B §6): how a run's I/Os are shared among a disk's
// usable paths under each load-balance policy. Shares are computed for a whole run at once (never
// per I/O):
//   - Round Robin: every usable path in turn, from the disk's persisted cursor;
//   - Fail Over Only: the first usable non-standby path, else the first usable standby (so it fails
//     back as soon as the active path returns);
//   - Round Robin With Subset: Round Robin over the usable non-standby paths, the standby ones only
//     when every primary failed;
//   - Least Queue Depth / Least Blocks: each I/O goes where the fewest are outstanding, so in a
//     closed queue each path's share follows its speed (1 / service time); with one block size per
//     run, fewest blocks outstanding is the same rule;
//   - Weighted Paths: the lowest weight; paths of equal weight take turns (Round Robin).
import type { MpioPolicy } from '../../../domain/disks';

export interface PathChoice {
  path: string;
  standby: boolean;
  weight: number;
  /** One I/O's service time on the path, µs. */
  serviceUs: number;
}

export interface Shares {
  /** I/Os per path, in the candidates' order (0 for a path not used). */
  counts: number[];
  /** The Round Robin cursor after the run. */
  cursor: number;
}

/** `total` spread over `members` (indexes) in turn from `cursor`. */
function roundRobin(members: number[], size: number, total: number, cursor: number): Shares {
  const counts = new Array<number>(size).fill(0);
  const k = members.length;
  const start = cursor % k;
  members.forEach((index, position) => {
    const turn = (position - start + k) % k;
    counts[index] = Math.floor(total / k) + (turn < total % k ? 1 : 0);
  });
  return { counts, cursor: (start + (total % k)) % k };
}

/** Largest-remainder split of `total` proportional to `weights`; ties to the earlier path. */
function proportional(weights: number[], total: number): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const exact = weights.map((weight) => (weight / sum) * total);
  const counts = exact.map((value) => Math.floor(value));
  let left = total - counts.reduce((acc, value) => acc + value, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    left--;
  }
  return counts;
}

/** The run's I/Os per candidate under `policy`; the candidates are the usable paths in session order. */
export function sharePaths(policy: MpioPolicy, candidates: PathChoice[], total: number, cursor: number): Shares {
  const size = candidates.length;
  const all = candidates.map((_, index) => index);
  const primaries = all.filter((index) => !candidates[index]!.standby);
  const standbys = all.filter((index) => candidates[index]!.standby);
  switch (policy) {
    case 'round-robin':
      return roundRobin(all, size, total, cursor);
    case 'fail-over-only': {
      const counts = new Array<number>(size).fill(0);
      counts[primaries[0] ?? standbys[0]!] = total;
      return { counts, cursor };
    }
    case 'round-robin-with-subset':
      return roundRobin(primaries.length > 0 ? primaries : standbys, size, total, cursor);
    case 'least-queue-depth':
    case 'least-blocks':
      return { counts: proportional(candidates.map((choice) => 1 / choice.serviceUs), total), cursor };
    case 'weighted-paths': {
      const lowest = Math.min(...candidates.map((choice) => choice.weight));
      return roundRobin(all.filter((index) => candidates[index]!.weight === lowest), size, total, cursor);
    }
  }
}
