// The I/O generator's types (as administrators use DiskSpd): a run of `count` reads or writes of
// `blockBytes` against a disk, through MPIO and the StarWind replication below it. Work is kept
// by extents (I/O index intervals), never per I/O; the latency model is in the README ("I/O model").

export type IoOp = 'read' | 'write';
export type IoPattern = 'sequential' | 'random';

/** The job kind of a run longer than an instant. */
export const IO_JOB_KIND = 'disks.io';
/** A run shorter than this completes in the command (200); a longer one is a job (202). */
export const IO_INSTANT_MAX_US = 1_000;
/** DiskSpd-like limits: the block is whole 512-byte sectors, 512 B to 8 MiB. */
export const IO_SECTOR_BYTES = 512;
export const IO_BLOCK_MAX_BYTES = 8 * 1024 * 1024;
export const IO_COUNT_MAX = 1_000_000_000;
export const IO_QUEUE_DEPTH_MAX = 256;

/** Cumulative I/O through one path of a disk. */
export interface PathCounters {
  /** "initiatorAddress->portal". */
  path: string;
  reads: number;
  writes: number;
  bytes: number;
}

export interface IoResult {
  /** I/Os completed (reads and acknowledged writes). */
  acknowledged: number;
  /** I/Os that failed (no path left before the disk disappeared, or refused by the storage). */
  errors: number;
  /** Reads whose replica held another generation than the last acknowledged write. */
  mismatches: number;
  /** Simulated latency distribution (nearest rank), ms. */
  latencyMs: { p50: number; p99: number; max: number };
  perPath: PathCounters[];
  /** Simulated run time, µs. */
  durationUs: number;
}

/** I/Os [from, to) of the run on one path, planned from `startMs`. */
export interface IoSlice {
  path: string;
  /** The StarWind device behind the path's target. */
  device: string;
  /** The replica side the path's target belongs to (0 for a plain device). */
  side: 0 | 1;
  from: number;
  to: number;
  /** One I/O's service time on this path, µs. */
  serviceUs: number;
  /** Time per completed I/O on this path at this run's queue share (closed queue), µs. */
  stepUs: number;
  /** Latency of each I/O on this path (queue share × service time), µs. */
  latencyUs: number;
  /** Writes only: mirrored or alone, as StarWind answered when planned. */
  mode: 'mirrored' | 'alone' | null;
}

/** Writes of a path that wait for StarWind's partner-loss detection: a `starwind.writes` batch each. */
export interface IoParked {
  path: string;
  device: string;
  side: 0 | 1;
  jobs: string[];
  from: number;
  to: number;
  issuedMs: number;
  latencyUs: number;
  /** Outstanding I/Os that stalled (the others follow at the path's pace). */
  stalled: number;
}

export interface IoRun {
  job: string;
  op: IoOp;
  pattern: IoPattern;
  blockBytes: number;
  queueDepth: number;
  count: number;
  /** First byte of the range; the range holds `slots` blocks of `blockBytes`. */
  baseBytes: number;
  slots: number;
  /** Slot of I/O 0 (sequential: 0). */
  startSlot: number;
  /**
   * Random runs: the key of their slot permutation (drawn from the lab's seeded stream), from
   * which the slot of any I/O index is recomputed. Absent: slots follow on from `startSlot`
   * (sequential runs, and random runs saved before random placement, which go on as planned).
   */
  randomKey?: number;
  startedMs: number;
  /** I/O index intervals not yet issued. */
  todo: [number, number][];
  segmentStartMs: number;
  slices: IoSlice[];
  /** What the current plan was made from (paths, their state and speed): a change elsewhere leaves it alone. */
  planKey: string;
  parked: IoParked[];
  /**
   * I/Os that were in flight on a path when it failed (or all paths went down): they complete late
   * by the time from `sinceMs` to the next plan's start (`extraUs`, set when that plan is made).
   */
  stall: { sinceMs: number; count: number; extraUs: number | null } | null;
  acknowledged: number;
  errors: number;
  mismatches: number;
  /** [latencyUs, I/Os] pairs, one per distinct latency. */
  histogram: [number, number][];
  perPath: PathCounters[];
}

/** A disk's I/O record: the Round Robin cursor, cumulative per-path counters, runs in progress, the last run's answer. */
export interface DiskIo {
  rrCursor: number;
  counters: PathCounters[];
  runs: IoRun[];
  last: { job: string | null; result: IoResult | null };
}

export const emptyDiskIo = (): DiskIo => ({ rrCursor: 0, counters: [], runs: [], last: { job: null, result: null } });
