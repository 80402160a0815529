// Synchronisation: one keyed timer per running sync, due when it completes; progress in between is
// analytic ((now − startedMs) × rate), so nothing runs per tick. The copy goes in ascending block
// order, so an interrupted sync has copied exactly the first k blocks of what it had to move.
//
// What a sync moves:
//   initial — the whole device (created with "clear" or "synchronize from ..."),
//   full    — the whole device (the target needs it: interrupted initial or full sync, Mark as
//             synchronized on the source, write-back cache stopped uncleanly, journal lost),
//   fast    — exactly the blocks in either side's dirty set (DRBD combines both bitmaps).
import { HA_BLOCK_SIZE_BYTES, type SyncType } from '../../../domain/starwind';
import { BITS_PER_BYTE, MS_PER_S } from '../../../domain/units';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';
import type { HaDevice, HaSide, HaSyncJob, TimerRecord } from '../../types';
import { blocksOfBytes, bytesOfBlocks, logPartnerState, otherSide, serviceRunning, syncEfficiency, touchHa } from './common';
import type { ExtentMap } from './extent-map';
import type { HaBlocks } from './state';
import { startSyncJob, syncJobFailed, syncJobSucceeded } from './sync-job';

export const SYNC_TIMER_KIND = 'starwind.sync';

export interface SyncTimerData {
  ha: string;
}

export function syncTimerKey(haId: string): string {
  return `starwind-sync:${haId}`;
}

export function haBlocksOf(state: LabState, ha: HaDevice): HaBlocks {
  const blocks = state.starwind.haBlocks.get(ha.id);
  if (!blocks) throw new Error(`No block state for ${ha.id}.`);
  return blocks;
}

/** Blocks a fast sync moves: either side's dirty set. */
export function fastSyncSet(blocks: HaBlocks): ExtentMap {
  const set = blocks.sides[0].dirty.clone();
  set.addAll(blocks.sides[1].dirty, 1);
  return set;
}

export function syncUp(side: HaSide): boolean {
  return side.syncChannels.some((channel) => channel.up);
}

export function heartbeatUp(side: HaSide): boolean {
  return side.heartbeatChannels.some((channel) => channel.up);
}

/** Rate of the first sync channel that is up: the slower NIC's speed / 8 × efficiency. */
export function syncRateBytesPerS(state: LabState, side: HaSide): number | undefined {
  const channel = side.syncChannels.find((candidate) => candidate.up);
  if (!channel) return undefined;
  const local = state.network.nicByIp.get(channel.localIp)?.nic.speedBitsPerS ?? 0;
  const remote = state.network.nicByIp.get(channel.partnerIp)?.nic.speedBitsPerS ?? 0;
  return (Math.min(local, remote) / BITS_PER_BYTE) * syncEfficiency(state);
}

/** Bytes of the running sync done at `nowMs`. */
export function syncDoneBytes(job: HaSyncJob, nowMs: number): number {
  return Math.min(job.totalBytes, Math.floor(((nowMs - job.startedMs) * job.rateBytesPerS) / MS_PER_S));
}

/** Recomputes each side's `bytesToSyncBytes` (the value when the entity last changed). */
export function refreshBytesToSync(state: LabState, ha: HaDevice, nowMs: number): void {
  const blocks = haBlocksOf(state, ha);
  const fastBytes = bytesOfBlocks(fastSyncSet(blocks), ha.sizeBytes);
  ha.sides.forEach((side, index) => {
    if (side.syncState === 'synchronized') side.bytesToSyncBytes = 0;
    else if (ha.sync && ha.sync.targetSide === index) side.bytesToSyncBytes = ha.sync.totalBytes - syncDoneBytes(ha.sync, nowMs);
    else side.bytesToSyncBytes = blocks.sides[index]!.needsFull ? ha.sizeBytes : fastBytes;
  });
}

/** Starts a sync from `sourceIndex` to the other side now. The caller checked it can run. */
export function startSync(ctx: LabContext, ha: HaDevice, sourceIndex: 0 | 1, initial = false): void {
  const { state, kernel } = ctx;
  const targetIndex = otherSide(sourceIndex);
  const source = ha.sides[sourceIndex];
  const target = ha.sides[targetIndex];
  const blocks = haBlocksOf(state, ha);
  const whole = initial || blocks.sides[targetIndex].needsFull;
  const type: SyncType = initial ? 'initial' : whole ? 'full' : 'fast';
  if (whole) blocks.sides[targetIndex].needsFull = true;
  const totalBytes = whole ? ha.sizeBytes : bytesOfBlocks(fastSyncSet(blocks), ha.sizeBytes);
  const rateBytesPerS = syncRateBytesPerS(state, source) ?? 0;
  const nowMs = kernel.nowMs();
  if (totalBytes === 0 || rateBytesPerS <= 0) {
    // Nothing to move (a fast sync after an outage without writes): synchronized at once. It is
    // still a job, so whoever asked for the sync can follow it like any other.
    const instant = { type, sourceSide: sourceIndex, targetSide: targetIndex, startedMs: nowMs, totalBytes, rateBytesPerS, dueMs: nowMs };
    syncJobSucceeded(ctx, ha, { ...instant, jobId: startSyncJob(ctx, ha, instant) });
    ha.lastSync = { type, sourceSide: sourceIndex, bytesMoved: 0, startedMs: nowMs, finishedMs: nowMs, completed: true };
    completeSync(ctx, ha, sourceIndex, whole);
    return;
  }
  const durationMs = Math.ceil((totalBytes * MS_PER_S) / rateBytesPerS);
  const sync = { type, sourceSide: sourceIndex, targetSide: targetIndex, startedMs: nowMs, totalBytes, rateBytesPerS, dueMs: nowMs + durationMs };
  ha.sync = { ...sync, jobId: startSyncJob(ctx, ha, sync) };
  target.syncState = 'synchronizing';
  target.bytesToSyncBytes = totalBytes;
  kernel.scheduleAt(SYNC_TIMER_KIND, ha.sync.dueMs, { ha: ha.id } satisfies SyncTimerData, syncTimerKey(ha.id));
  logPartnerState(ctx, source, target, 'synchronizing');
  touchHa(ctx, ha);
}

/** The sync timer: everything was copied. */
export function onSyncTimer(ctx: LabContext, timer: TimerRecord): void {
  const { ha: haId } = timer.data as SyncTimerData;
  const ha = ctx.state.starwind.haDevices.get(haId);
  const job = ha?.sync;
  if (!ha || !job) return;
  ha.lastSync = { type: job.type, sourceSide: job.sourceSide, bytesMoved: job.totalBytes, startedMs: job.startedMs, finishedMs: ctx.kernel.nowMs(), completed: true };
  ha.sync = null;
  syncJobSucceeded(ctx, ha, job);
  completeSync(ctx, ha, job.sourceSide, job.type !== 'fast');
}

function completeSync(ctx: LabContext, ha: HaDevice, sourceIndex: 0 | 1, whole: boolean): void {
  const targetIndex = otherSide(sourceIndex);
  const blocks = haBlocksOf(ctx.state, ha);
  const source = blocks.sides[sourceIndex];
  const target = blocks.sides[targetIndex];
  if (whole) target.data = source.data.clone();
  else for (const [from, to] of [...fastSyncSet(blocks).extents()]) target.data.copyRangeFrom(source.data, from, to);
  source.dirty.clear();
  target.dirty.clear();
  target.needsFull = false;
  const targetSide = ha.sides[targetIndex];
  targetSide.syncState = 'synchronized';
  targetSide.blocked = false;
  refreshBytesToSync(ctx.state, ha, ctx.kernel.nowMs());
  logPartnerState(ctx, ha.sides[sourceIndex], targetSide, 'synchronized');
  touchHa(ctx, ha);
}

/**
 * Stops the running sync now (channel lost, a service stopped). What was copied stays copied:
 * the first k blocks in ascending order. After a fast sync the rest stays dirty; after an
 * initial or full sync the target still needs a full one (facts: "initial sync was interrupted").
 */
export function interruptSync(ctx: LabContext, ha: HaDevice): void {
  const job = ha.sync;
  if (!job) return;
  const { state, kernel } = ctx;
  const nowMs = kernel.nowMs();
  const doneBytes = syncDoneBytes(job, nowMs);
  const copiedBlocks = doneBytes >= job.totalBytes ? Number.MAX_SAFE_INTEGER : Math.floor(doneBytes / HA_BLOCK_SIZE_BYTES);
  const blocks = haBlocksOf(state, ha);
  const source = blocks.sides[job.sourceSide];
  const target = blocks.sides[job.targetSide];
  if (job.type === 'fast') {
    const copied = fastSyncSet(blocks).firstBlocks(copiedBlocks);
    for (const [from, to] of [...copied.extents()]) target.data.copyRangeFrom(source.data, from, to);
    source.dirty.deleteAll(copied);
    target.dirty.deleteAll(copied);
  } else {
    target.data.copyRangeFrom(source.data, 0, Math.min(copiedBlocks, blocksOfBytes(ha.sizeBytes)));
    target.needsFull = true;
  }
  kernel.cancel(syncTimerKey(ha.id));
  ha.lastSync = { type: job.type, sourceSide: job.sourceSide, bytesMoved: doneBytes, startedMs: job.startedMs, finishedMs: nowMs, completed: false };
  ha.sync = null;
  syncJobFailed(ctx, ha, job, doneBytes);
  const targetSide = ha.sides[job.targetSide];
  targetSide.syncState = 'not-synchronized';
  refreshBytesToSync(state, ha, nowMs);
  logPartnerState(ctx, ha.sides[job.sourceSide], targetSide, 'not-synchronized');
  touchHa(ctx, ha);
}

/**
 * Which side a sync would copy from now, or why none can run. A sync needs exactly one
 * synchronized, unblocked side, the other not synchronized, both services running, the sync
 * channel up and no maintenance mode.
 */
export function syncSourceOf(state: LabState, ha: HaDevice): { ok: true; source: 0 | 1 } | { ok: false; code: string; message: string } {
  if (ha.sync) return { ok: false, code: 'starwind.sync_in_progress', message: 'A synchronization is already running.' };
  if (ha.sides.some((side) => side.maintenance)) return { ok: false, code: 'starwind.maintenance', message: 'The device is in maintenance mode; switch it off first.' };
  const synced = ha.sides.map((side) => side.syncState === 'synchronized' && !side.blocked);
  if (synced[0] && synced[1]) return { ok: false, code: 'starwind.already_synchronized', message: 'Both replicas are already synchronized.' };
  if (!synced[0] && !synced[1]) {
    return { ok: false, code: 'starwind.no_sync_source', message: 'Neither replica is synchronized, so none can be the source: mark one as synchronized first.' };
  }
  const source: 0 | 1 = synced[0] ? 0 : 1;
  const sourceSide = ha.sides[source];
  const targetSide = ha.sides[otherSide(source)];
  if (!serviceRunning(state, sourceSide.host) || !serviceRunning(state, targetSide.host)) {
    const down = serviceRunning(state, sourceSide.host) ? targetSide.host : sourceSide.host;
    return { ok: false, code: 'starwind.service_stopped', message: `The StarWind service on ${down} is not running.` };
  }
  if (!syncUp(sourceSide)) return { ok: false, code: 'starwind.partner_unreachable', message: `The synchronization channel between ${sourceSide.host} and ${targetSide.host} is down.` };
  return { ok: true, source };
}

/** autoSync: start the needed sync from the synchronized side as soon as it can run. */
export function maybeAutoSync(ctx: LabContext, ha: HaDevice): void {
  if (!ha.autoSync) return;
  const choice = syncSourceOf(ctx.state, ha);
  if (choice.ok) startSync(ctx, ha, choice.source);
}
