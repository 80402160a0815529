// The lab's model of how long a StarWind HA write takes.
// Latency is CALCULATED, never timed: a batch of `count` writes at queue depth 1 is laid end to end,
// every write of a batch has the same size, so the distribution follows from one write's latency
// and, when the batch waited for a silent partner, the stall of its first write.
//
// Every value below is the LAB'S MODEL (UNVERIFIED against StarWind: no published figure was
// found, see notes/issue7-facts.md §5). They are plausible for a 2009 storage server on 1 GbE and
// are kept in one object so a test, a bench or a later lab option can pass another model.
//   write alone    = disk(length)
//   write mirrored = disk(length) + wire(length) + 2 × hop
// (protocol C: the local and the remote disk write run in parallel, and the remote path — data
// over the wire, one hop there, the partner's disk, the acknowledgement one hop back — is always
// the longer one, so the sum is the latency.)

/** Microseconds in one millisecond. */
export const US_PER_MS = 1000;
/** Microseconds in one second. */
export const US_PER_S = 1_000_000;

export interface WriteLatencyModel {
  /** Disk service time of any write: seek/command overhead of the backing store, µs. */
  diskBaseUs: number;
  /** Disk service time per 4 KiB of a write (its streaming rate), µs. */
  diskUsPer4KiB: number;
  /** One-way latency of one hop on the sync channel (NIC, switch, TCP/iSCSI stack), µs. */
  syncHopUs: number;
}

/**
 * The lab's model: 80 µs per write plus 8 µs per 4 KiB (≈ 512 MB/s streaming) on the backing disk,
 * 50 µs per hop on the sync channel. A 4 KiB write: 88 µs alone; on 1 GbE mirrored
 * 88 + 33 (4096 × 8 bits at 10^9 bit/s = 32.768, rounded up) + 100 = 221 µs.
 */
export const WRITE_LATENCY_MODEL: WriteLatencyModel = { diskBaseUs: 80, diskUsPer4KiB: 8, syncHopUs: 50 };

const FOUR_KIB_BYTES = 4096;
const BITS_PER_BYTE = 8;

/** Disk service time of one write of `lengthBytes` (a partial 4 KiB counts as a whole one), µs. */
export function diskServiceUs(lengthBytes: number, model: WriteLatencyModel = WRITE_LATENCY_MODEL): number {
  return model.diskBaseUs + Math.ceil(lengthBytes / FOUR_KIB_BYTES) * model.diskUsPer4KiB;
}

/** Time to put `lengthBytes` on a link of `linkBitsPerS`, whole µs rounded up. */
export function wireUs(lengthBytes: number, linkBitsPerS: number): number {
  return Math.ceil((lengthBytes * BITS_PER_BYTE * US_PER_S) / linkBitsPerS);
}

/** One mirrored write over a sync channel whose slower NIC runs at `linkBitsPerS`, µs. */
export function mirroredWriteUs(lengthBytes: number, linkBitsPerS: number, model: WriteLatencyModel = WRITE_LATENCY_MODEL): number {
  return diskServiceUs(lengthBytes, model) + wireUs(lengthBytes, linkBitsPerS) + 2 * model.syncHopUs;
}

export type WriteMode = 'mirrored' | 'alone';

/** The latency distribution of one batch of writes, as the writes route and the writes job report it. */
export interface WriteLatency {
  /** Mirrored on both replicas, or alone on the side written (its blocks dirty). */
  mode: WriteMode;
  writes: number;
  /** Latency of every write that did not wait, µs. */
  perWriteUs: number;
  /** Nearest-rank percentiles and the maximum over the batch's writes, µs. */
  p50Us: number;
  p99Us: number;
  maxUs: number;
  /** The whole batch laid end to end at queue depth 1, the first write's stall included, µs. */
  batchUs: number;
  /** How long the first write stalled waiting for the partner, ms (0 when it did not wait). */
  waitedMs: number;
  /** Simulated time at which the batch was acknowledged (released to the initiator), ms. */
  acknowledgedAtMs: number;
}

/** The value at percentile `percent` (nearest rank) of `count` values sorted ascending. */
function rankOf(percent: number, count: number): number {
  return Math.max(1, Math.ceil((percent / 100) * count));
}

/**
 * The distribution of `count` writes at queue depth 1: the first write takes `firstUs` (its
 * stall included), every other one `perWriteUs`. O(1) whatever `count` is.
 */
export function batchLatency(mode: WriteMode, count: number, perWriteUs: number, firstUs: number, waitedMs: number, acknowledgedAtMs: number): WriteLatency {
  // Sorted ascending, the batch is (count − 1) × min(first, per) then max(first, per) last.
  const low = Math.min(firstUs, perWriteUs);
  const high = Math.max(firstUs, perWriteUs);
  const at = (percent: number) => (rankOf(percent, count) === count ? high : low);
  return {
    mode,
    writes: count,
    perWriteUs,
    p50Us: at(50),
    p99Us: at(99),
    maxUs: high,
    batchUs: firstUs + (count - 1) * perWriteUs,
    waitedMs,
    acknowledgedAtMs,
  };
}

/** The job result's details (text values, as every job's) of a batch's latency. */
export function writeLatencyDetails(latency: WriteLatency): Record<string, string> {
  return {
    mode: latency.mode,
    writes: String(latency.writes),
    acknowledgedAtMs: String(latency.acknowledgedAtMs),
    waitedMs: String(latency.waitedMs),
    perWriteUs: String(latency.perWriteUs),
    p50Us: String(latency.p50Us),
    p99Us: String(latency.p99Us),
    maxUs: String(latency.maxUs),
    batchUs: String(latency.batchUs),
  };
}

/** The job kind of a batch of writes that waits for a silent partner. */
export const WRITES_JOB_KIND = 'starwind.writes';
