// Writes wait, they do not fail. Under synchronous replication (DRBD protocol C,
// StarWind "each write operation requires control confirmation from both storage nodes") a write
// whose synchronized partner is silent but not yet declared lost stalls: it is kept as a pending
// batch (the slice's `pendingWrites`, in the snapshot), followed by a `starwind.writes` job, and
// nothing of it is applied or acknowledged until one of these happens:
//   - the sync channel comes back first → it completes mirrored then (its first write's latency:
//     the wait plus one mirrored write);
//   - the partner is declared lost, or the failover strategy takes it out of step → it completes
//     alone then, its blocks dirty on this side;
//   - the side written can no longer take writes (its service stopped, it was blocked, put into
//     maintenance) → the job fails with the reason; the device removed → the job is cancelled.
// No timer of its own: it is settled after every event that can change those conditions (a host's
// power or link, the partner-lost timer, a device action or removal; see index.ts), so a batch of
// a million writes is one record and one job. Later writes to the same side queue behind it.
import {
  batchLatency,
  diskServiceUs,
  mirroredWriteUs,
  US_PER_MS,
  writeLatencyDetails,
  WRITES_JOB_KIND,
  type WriteLatency,
  type WriteMode,
} from '../../../domain/starwind';
import { touch, type LabContext } from '../../context';
import { endJob, startJob } from '../../jobs';
import type { LabState } from '../../state';
import type { HaDevice, PendingWriteBatch, StarWindDevice } from '../../types';
import { otherSide, serviceRunning, touchHa } from './common';
import { haBlocksOf, refreshBytesToSync, syncUp } from './replication';

export type WriteOutcome =
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'wait' }
  | { kind: 'write'; mode: WriteMode };

/** What a write through side `own` of `ha` does now (the same rule for a new write and a pending one). */
export function writeOutcome(state: LabState, ha: HaDevice, own: 0 | 1): WriteOutcome {
  const side = ha.sides[own];
  const partner = ha.sides[otherSide(own)];
  if (!serviceRunning(state, side.host)) return { kind: 'refused', code: 'starwind.service_stopped', message: `The StarWind service on ${side.host} is not running.` };
  if (side.maintenance) return { kind: 'refused', code: 'starwind.maintenance', message: 'The device is in maintenance mode: client connections are cut.' };
  if (side.blocked) return { kind: 'refused', code: 'starwind.device_blocked', message: `The replica on ${side.host} is blocked for reads and writes until it is synchronized.` };
  if (side.syncState !== 'synchronized') return { kind: 'refused', code: 'starwind.not_synchronized', message: `The replica on ${side.host} is not synchronized.` };
  const partnerInSync = partner.syncState === 'synchronized' || (partner.syncState === 'synchronizing' && ha.sync?.sourceSide === own);
  if (partnerInSync && side.partnerAlive) return syncUp(side) ? { kind: 'write', mode: 'mirrored' } : { kind: 'wait' };
  return { kind: 'write', mode: 'alone' };
}

/** Speed of the sync channel in use: the slower NIC of the first channel that is up, bits/s. */
function syncLinkBitsPerS(state: LabState, ha: HaDevice, own: 0 | 1): number {
  const channel = ha.sides[own].syncChannels.find((candidate) => candidate.up);
  if (!channel) return 0;
  const local = state.network.nicByIp.get(channel.localIp)?.nic.speedBitsPerS ?? 0;
  const remote = state.network.nicByIp.get(channel.partnerIp)?.nic.speedBitsPerS ?? 0;
  return Math.min(local, remote);
}

/** The model's latency of one write of `lengthBytes` through side `own` in `mode`, µs. */
export function perWriteUs(state: LabState, ha: HaDevice, own: 0 | 1, mode: WriteMode, lengthBytes: number): number {
  if (mode === 'alone') return diskServiceUs(lengthBytes);
  const linkBitsPerS = syncLinkBitsPerS(state, ha, own);
  // A mirrored write needs a channel that is up; without one the partner's leg is not counted.
  return linkBitsPerS > 0 ? mirroredWriteUs(lengthBytes, linkBitsPerS) : diskServiceUs(lengthBytes);
}

/** The distribution of a batch that did not wait, acknowledged at `nowMs`. */
export function immediateLatency(mode: WriteMode, count: number, perUs: number, nowMs: number): WriteLatency {
  return batchLatency(mode, count, perUs, perUs, 0, nowMs);
}

/** Applies one write generation over [fromBlock, toBlock) through side `own` and acknowledges it. */
export function applyHaWrite(ctx: LabContext, ha: HaDevice, own: 0 | 1, fromBlock: number, toBlock: number, mode: WriteMode): void {
  applyHaWrites(ctx, ha, own, [[fromBlock, toBlock]], mode);
}

/**
 * Applies writes acknowledged together over several block extents through side `own`: one
 * generation and one refresh of the bytes to sync for the batch, so a run of scattered writes
 * costs its extents, not a refresh each.
 */
export function applyHaWrites(ctx: LabContext, ha: HaDevice, own: 0 | 1, extents: readonly (readonly [number, number])[], mode: WriteMode): void {
  const gen = ++ctx.state.starwind.writeGen;
  const blocks = haBlocksOf(ctx.state, ha);
  for (const [fromBlock, toBlock] of extents) {
    blocks.sides[own].data.set(fromBlock, toBlock, gen);
    if (mode === 'mirrored') blocks.sides[otherSide(own)].data.set(fromBlock, toBlock, gen);
    else blocks.sides[own].dirty.set(fromBlock, toBlock, 1);
    blocks.acked.set(fromBlock, toBlock, gen);
  }
  if (mode !== 'mirrored') refreshBytesToSync(ctx.state, ha, ctx.kernel.nowMs());
  touchHa(ctx, ha);
}

/** Applies one write generation over [fromBlock, toBlock) of a plain image-file device (one copy, acknowledged at once). */
export function applyPlainWrite(ctx: LabContext, device: StarWindDevice, fromBlock: number, toBlock: number): void {
  applyPlainWrites(ctx, device, [[fromBlock, toBlock]]);
}

/** Applies writes acknowledged together over several block extents of a plain device: one generation. */
export function applyPlainWrites(ctx: LabContext, device: StarWindDevice, extents: readonly (readonly [number, number])[]): void {
  const gen = ++ctx.state.starwind.writeGen;
  const map = ctx.state.starwind.plainBlocks.get(device.id);
  for (const [fromBlock, toBlock] of extents) map?.set(fromBlock, toBlock, gen);
  touch(ctx, 'starwindDevices', device.id);
}

/** Batches waiting on side `own` of `haId`. */
export function pendingOn(state: LabState, haId: string, own: 0 | 1): PendingWriteBatch[] {
  return state.starwind.pendingWrites.filter((batch) => batch.ha === haId && batch.side === own);
}

/** Keeps a write that must wait, with the job that follows it; answers the job's id. */
export function enqueueWrite(ctx: LabContext, ha: HaDevice, own: 0 | 1, write: Omit<PendingWriteBatch, 'ha' | 'side' | 'jobId' | 'issuedMs'>): string {
  const side = ha.sides[own];
  const partner = ha.sides[otherSide(own)];
  const job = startJob(ctx, {
    kind: WRITES_JOB_KIND,
    title: `Writes to ${side.targetAlias} waiting for ${partner.host}`,
    subject: { collection: 'haDevices', id: ha.id },
    totalUnits: write.count * write.lengthBytes,
    unit: 'bytes',
    // Nothing moves while the partner is silent; the job ends when it answers or is declared lost.
    unitsPerMs: 0,
  });
  ctx.state.starwind.pendingWrites.push({ ha: ha.id, side: own, jobId: job.id, ...write, issuedMs: ctx.kernel.nowMs() });
  return job.id;
}

/**
 * Completes, fails or cancels every pending batch whose conditions changed; keeps the others in
 * order. O(1) when nothing waits, so callers may call it after any event.
 */
export function settlePendingWrites(ctx: LabContext): void {
  const sw = ctx.state.starwind;
  if (sw.pendingWrites.length === 0) return;
  const waiting: PendingWriteBatch[] = [];
  for (const batch of sw.pendingWrites) {
    const ha = sw.haDevices.get(batch.ha);
    if (!ha) {
      endJob(ctx, batch.jobId, 'cancelled', 0, 'The device was removed while its writes waited for the partner.', { reason: 'starwind.device_not_found' });
      continue;
    }
    const outcome = writeOutcome(ctx.state, ha, batch.side);
    if (outcome.kind === 'wait') waiting.push(batch);
    else if (outcome.kind === 'refused') {
      endJob(ctx, batch.jobId, 'failed', 0, `The writes to ${ha.sides[batch.side].targetAlias} failed while they waited: ${outcome.message}`, { reason: outcome.code });
    } else completeBatch(ctx, ha, batch, outcome.mode);
  }
  sw.pendingWrites = waiting;
}

function completeBatch(ctx: LabContext, ha: HaDevice, batch: PendingWriteBatch, mode: WriteMode): void {
  const nowMs = ctx.kernel.nowMs();
  const waitedMs = nowMs - batch.issuedMs;
  const perUs = perWriteUs(ctx.state, ha, batch.side, mode, batch.lengthBytes);
  // Mirrored: the first write reaches the partner only now, then takes a whole mirrored write.
  // Alone: its local disk write finished long ago (or finishes now), so it is released at once.
  const firstUs = mode === 'mirrored' ? waitedMs * US_PER_MS + perUs : Math.max(waitedMs * US_PER_MS, perUs);
  applyHaWrite(ctx, ha, batch.side, batch.fromBlock, batch.toBlock, mode);
  const latency = batchLatency(mode, batch.count, perUs, firstUs, waitedMs, nowMs);
  const side = ha.sides[batch.side];
  const partner = ha.sides[otherSide(batch.side)];
  const message =
    mode === 'mirrored'
      ? `${batch.count} writes to ${side.targetAlias} were acknowledged on both replicas after waiting ${waitedMs} ms for ${partner.host}.`
      : `${batch.count} writes to ${side.targetAlias} were acknowledged on ${side.host} alone after waiting ${waitedMs} ms: ${partner.host} no longer takes part, so the blocks are kept for its next synchronization.`;
  endJob(ctx, batch.jobId, 'succeeded', batch.count * batch.lengthBytes, message, writeLatencyDetails(latency));
}
