// A run of the I/O generator on one disk, kept on the disk's I/O record (`io.runs`) with one keyed
// kernel timer. A plan is a segment: from `segmentStartMs` each usable path carries its share of
// the I/Os still to do (slices, by index interval) at its closed-queue pace. The timer fires at
// the segment's end, or earlier when the run waits (all paths down: PDORemovePeriod; writes held
// by StarWind: its partner-loss detection). When a path changes (a session event, a host change)
// the I/O done so far is accounted and the rest is re-planned; a run whose paths did not change
// is left alone. Writes that StarWind makes wait become its own pending batches (enqueueWrite),
// completed or failed by its rules; the run counts them when their job ends.
import {
  IO_JOB_KIND,
  MPIO_RETRY_INTERVAL_MS,
  type DiskIo,
  type HostDisk,
  type IoParked,
  type IoResult,
  type IoRun,
  type IoSlice,
  type PathCounters,
} from '../../../domain/disks';
import { US_PER_MS, type WriteMode } from '../../../domain/starwind';
import type { LabContext } from '../../context';
import { endJob, remarkJob, startJob } from '../../jobs';
import type { TimerRecord } from '../../types';
import type { ExtentMap } from '../starwind/extent-map';
import { partnerLostTimerKey } from '../starwind/partner-watch';
import { haBlocksOf } from '../starwind/replication';
import { findDeviceRef } from '../starwind/writes';
import { applyHaWrites, applyPlainWrites, enqueueWrite, writeOutcome } from '../starwind/writes-wait';
import { addLatency, closedQueue, mismatchedReads, mismatchedSlots, percentileUs, slotWindows, writtenBlocks } from './io-model';
import { usablePaths, type UsablePath } from './io-paths';
import { sharePaths } from './path-select';
import { reservationWriteRefusal } from '../reservations/queries';
import { touchDisk } from './state';
import { pdoKey } from './sync';

export const IO_TIMER_KIND = 'disks.io';
export const ioTimerKey = (job: string) => `disks-io:${job}`;

const todoTotal = (run: IoRun) => run.todo.reduce((sum, [from, to]) => sum + to - from, 0);

function countOn(list: PathCounters[], path: string, op: IoRun['op'], count: number, bytes: number): void {
  let entry = list.find((candidate) => candidate.path === path);
  if (!entry) {
    entry = { path, reads: 0, writes: 0, bytes: 0 };
    list.push(entry);
  }
  if (op === 'read') entry.reads += count;
  else entry.writes += count;
  entry.bytes += bytes;
}

/** I/Os [from, to) of a run completed on a path: counters, latency, and what they did to the data. */
function complete(ctx: LabContext, io: DiskIo, run: IoRun, slice: IoSlice, from: number, to: number, misreads: Map<string, [number, number][]>): void {
  const done = to - from;
  if (done <= 0) return;
  const ref = findDeviceRef(ctx.state, slice.device);
  if (!ref) {
    run.errors += done;
    return;
  }
  if (run.op === 'write') {
    // One batch per slice: its extents (at most one per I/O, adjacent ones merged) in one generation.
    const extents = writtenBlocks(run, from, to);
    if (ref.kind === 'plain') applyPlainWrites(ctx, ref.device, extents);
    else {
      // Done before a change StarWind has already seen: alone now means the partner must get them at its next sync.
      const now = writeOutcome(ctx.state, ref.ha, slice.side);
      applyHaWrites(ctx, ref.ha, slice.side, extents, now.kind === 'write' ? now.mode : (slice.mode ?? 'alone'));
    }
  } else if (ref.kind === 'ha') {
    const key = `${ref.ha.id}#${slice.side}`;
    let bad = misreads.get(key);
    if (!bad) {
      const blocks = haBlocksOf(ctx.state, ref.ha);
      bad = mismatchedSlots(run, blocks.sides[slice.side].data as ExtentMap, blocks.acked);
      misreads.set(key, bad);
    }
    run.mismatches += mismatchedReads(run, bad, from, to);
  }
  run.acknowledged += done;
  const late = run.stall?.extraUs != null ? Math.min(run.stall.count, done) : 0;
  if (late > 0) {
    addLatency(run.histogram, slice.latencyUs + run.stall!.extraUs!, late);
    run.stall!.count -= late;
    if (run.stall!.count === 0) run.stall = null;
  }
  addLatency(run.histogram, slice.latencyUs, done - late);
  countOn(run.perPath, slice.path, run.op, done, done * run.blockBytes);
  countOn(io.counters, slice.path, run.op, done, done * run.blockBytes);
}

/** Accounts the slices' I/O done by `nowMs` (all of it when `all`); the rest goes back to the todo list. Answers whether a path left work behind. */
function accountSlices(ctx: LabContext, io: DiskIo, run: IoRun, nowMs: number, all: boolean, usable: Set<string>): boolean {
  const elapsedUs = Math.max(0, nowMs - run.segmentStartMs) * US_PER_MS;
  const misreads = new Map<string, [number, number][]>();
  const spent = new Map<string, number>();
  let retry = false;
  for (const slice of run.slices) {
    const n = slice.to - slice.from;
    // A path's slices run one after another at its pace.
    const before = spent.get(slice.path) ?? 0;
    const done = all ? n : Math.min(n, Math.max(0, Math.floor(elapsedUs / slice.stepUs) - before));
    spent.set(slice.path, before + n);
    complete(ctx, io, run, slice, slice.from, slice.from + done, misreads);
    if (done < n) {
      run.todo.push([slice.from + done, slice.to]);
      if (!usable.has(slice.path)) {
        retry = true;
        // Its outstanding I/Os (its share of the queue) wait for another path.
        const inFlight = Math.min(n - done, Math.ceil(slice.serviceUs > 0 ? slice.latencyUs / slice.serviceUs : 1));
        // Those still waiting from an earlier failure wait on, from then.
        if (run.stall) run.stall = { sinceMs: run.stall.sinceMs, count: run.stall.count + inFlight, extraUs: null };
        else run.stall = { sinceMs: nowMs, count: inFlight, extraUs: null };
      }
    }
  }
  run.slices = [];
  run.todo.sort((a, b) => a[0] - b[0]);
  return retry;
}

/**
 * How a parked batch ended: its job says so; a job already pruned from the kept ended jobs (many
 * end at once when a partner is declared lost) ended as StarWind's rule answers now, at once.
 */
function batchOutcome(ctx: LabContext, parked: IoParked, id: string): { state: 'running' | 'succeeded' | 'failed'; endedMs: number; mode: WriteMode } {
  const job = ctx.state.jobs.get(id);
  const ref = findDeviceRef(ctx.state, parked.device);
  const now = ref?.kind === 'ha' ? writeOutcome(ctx.state, ref.ha, parked.side) : undefined;
  const modeNow: WriteMode = now?.kind === 'write' ? now.mode : 'alone';
  if (job) {
    const state = job.state === 'running' ? 'running' : job.state === 'succeeded' ? 'succeeded' : 'failed';
    const mode = job.result?.details.mode === 'mirrored' || job.result?.details.mode === 'alone' ? job.result.details.mode : modeNow;
    return { state, endedMs: job.endedMs ?? ctx.kernel.nowMs(), mode };
  }
  if (ctx.state.starwind.pendingWrites.some((batch) => batch.jobId === id)) return { state: 'running', endedMs: 0, mode: modeNow };
  return { state: now?.kind === 'write' ? 'succeeded' : 'failed', endedMs: ctx.kernel.nowMs(), mode: modeNow };
}

/** Parked writes whose StarWind batches ended: acknowledged (stalled ones with their wait) or back to the todo list; answers whether any went back. */
function settleParked(ctx: LabContext, io: DiskIo, run: IoRun, giveUp: boolean): boolean {
  const left: IoParked[] = [];
  let retried = false;
  for (const parked of run.parked) {
    const outcomes = parked.jobs.map((id) => batchOutcome(ctx, parked, id));
    const n = parked.to - parked.from;
    if (outcomes.some((outcome) => outcome.state === 'running')) {
      if (giveUp) run.errors += n;
      else left.push(parked);
      continue;
    }
    if (!outcomes.every((outcome) => outcome.state === 'succeeded')) {
      // The replica refused them while they waited (blocked, stopped): nothing was written, so
      // MPIO retries them on another path after RetryInterval (the disk lost: they fail).
      if (giveUp) run.errors += n;
      else {
        run.todo.push([parked.from, parked.to]);
        run.todo.sort((a, b) => a[0] - b[0]);
        retried = true;
      }
      continue;
    }
    const endedMs = Math.max(parked.issuedMs, ...outcomes.map((outcome) => outcome.endedMs));
    if (run.randomKey !== undefined) applyRandomParked(ctx, run, parked, outcomes[0]?.mode ?? 'alone');
    const stalled = Math.min(parked.stalled, n);
    run.acknowledged += n;
    addLatency(run.histogram, (endedMs - parked.issuedMs) * US_PER_MS + parked.latencyUs, stalled);
    addLatency(run.histogram, parked.latencyUs, n - stalled);
    countOn(run.perPath, parked.path, run.op, n, n * run.blockBytes);
    countOn(io.counters, parked.path, run.op, n, n * run.blockBytes);
  }
  run.parked = left;
  return retried;
}

/**
 * A random run's parked writes: StarWind's one batch carried their wait, their answer and their
 * first extent (scattered writes are up to one extent each, not a batch each); the run writes the
 * other extents as one batch when it learns the batch was released, in the mode StarWind chose.
 */
function applyRandomParked(ctx: LabContext, run: IoRun, parked: IoParked, mode: WriteMode): void {
  const ref = findDeviceRef(ctx.state, parked.device);
  const rest = writtenBlocks(run, parked.from, parked.to).slice(1);
  if (ref?.kind === 'ha' && rest.length > 0) applyHaWrites(ctx, ref.ha, parked.side, rest, mode);
}

/** Takes `count` I/Os off the front of the todo list as index intervals. */
function takeTodo(run: IoRun, count: number): [number, number][] {
  const taken: [number, number][] = [];
  let left = count;
  while (left > 0 && run.todo.length > 0) {
    const first = run.todo[0]!;
    const take = Math.min(left, first[1] - first[0]);
    taken.push([first[0], first[0] + take]);
    first[0] += take;
    left -= take;
    if (first[0] === first[1]) run.todo.shift();
  }
  return taken;
}

/**
 * Parks a path's writes behind StarWind's wait: sequential, one pending batch per extent written
 * (at most two); random, one batch of the whole count with its first extent (applyRandomParked writes the rest).
 */
function park(ctx: LabContext, run: IoRun, path: UsablePath, from: number, to: number, latencyUs: number, stalled: number): IoParked {
  const ha = path.ref.kind === 'ha' ? path.ref.ha : undefined;
  const jobs: string[] = [];
  if (run.randomKey !== undefined) {
    const [first] = writtenBlocks(run, from, to);
    if (ha && first) jobs.push(enqueueWrite(ctx, ha, path.side, { fromBlock: first[0], toBlock: first[1], lengthBytes: run.blockBytes, count: to - from }));
    return { path: path.path, device: path.device, side: path.side, jobs, from, to, issuedMs: ctx.kernel.nowMs(), latencyUs, stalled };
  }
  const { passes, windows } = slotWindows(run, from, to);
  const blocks = writtenBlocks(run, from, to);
  blocks.forEach(([fromBlock, toBlock], index) => {
    const count = passes > 0 ? to - from : windows[index]![1] - windows[index]![0];
    if (ha) jobs.push(enqueueWrite(ctx, ha, path.side, { fromBlock, toBlock, lengthBytes: run.blockBytes, count }));
  });
  return { path: path.path, device: path.device, side: path.side, jobs, from, to, issuedMs: ctx.kernel.nowMs(), latencyUs, stalled };
}

/** When StarWind decides about the partner the parked writes wait for (its partner-lost timer). */
function detectionDueMs(ctx: LabContext, parked: IoParked): number | undefined {
  const ref = findDeviceRef(ctx.state, parked.device);
  return ref?.kind === 'ha' ? ctx.kernel.timerOf(partnerLostTimerKey(ref.ha.id, parked.side))?.dueMs : undefined;
}

const planKeyOf = (usable: UsablePath[]) => usable.map((path) => `${path.path}|${path.wait ? 'wait' : (path.mode ?? 'read')}|${path.choice.serviceUs}`).join(',');

/** Plans the todo list over the usable paths from `startMs`; answers the plan's end (null when nothing runs). */
function planSegment(ctx: LabContext, disk: HostDisk, io: DiskIo, run: IoRun, usable: UsablePath[], startMs: number): number | null {
  const total = todoTotal(run);
  run.segmentStartMs = startMs;
  run.planKey = planKeyOf(usable);
  if (total === 0 || usable.length === 0) return null;
  const shares = sharePaths(disk.policy, usable.map((path) => path.choice), total, io.rrCursor);
  io.rrCursor = shares.cursor;
  let endUs = 0;
  usable.forEach((path, index) => {
    const n = shares.counts[index] ?? 0;
    if (n === 0) return;
    const pace = closedQueue(path.choice.serviceUs, run.queueDepth, n, total);
    for (const [from, to] of takeTodo(run, n)) {
      if (path.wait) run.parked.push(park(ctx, run, path, from, to, pace.latencyUs, Math.min(to - from, Math.ceil((run.queueDepth * n) / total))));
      else run.slices.push({ path: path.path, device: path.device, side: path.side, from, to, serviceUs: path.choice.serviceUs, stepUs: pace.stepUs, latencyUs: pace.latencyUs, mode: path.mode });
    }
    if (!path.wait) endUs = Math.max(endUs, n * pace.stepUs);
  });
  if (run.stall && run.stall.extraUs === null && run.slices.length > 0) run.stall.extraUs = (startMs - run.stall.sinceMs) * US_PER_MS;
  return run.slices.length > 0 ? startMs + Math.ceil(endUs / US_PER_MS) : null;
}

export function ioResultOf(run: IoRun, durationUs: number): IoResult {
  return {
    acknowledged: run.acknowledged,
    errors: run.errors,
    mismatches: run.mismatches,
    latencyMs: { p50: percentileUs(run.histogram, 50) / US_PER_MS, p99: percentileUs(run.histogram, 99) / US_PER_MS, max: percentileUs(run.histogram, 100) / US_PER_MS },
    perPath: run.perPath.map((entry) => ({ ...entry })),
    durationUs,
  };
}

/** Why the run ended early, with the reason code its job carries; null when it ran to its end. */
type Ending = { message: string; reason: string } | null;

function finish(ctx: LabContext, disk: HostDisk, io: DiskIo, run: IoRun, ending: Ending): void {
  const nowMs = ctx.kernel.nowMs();
  const result = ioResultOf(run, (nowMs - run.startedMs) * US_PER_MS);
  io.runs = io.runs.filter((candidate) => candidate !== run);
  io.last = { job: run.job, result };
  ctx.kernel.cancel(ioTimerKey(run.job));
  const details = {
    acknowledged: String(result.acknowledged), errors: String(result.errors), mismatches: String(result.mismatches),
    p50Ms: String(result.latencyMs.p50), p99Ms: String(result.latencyMs.p99), maxMs: String(result.latencyMs.max), durationUs: String(result.durationUs),
    result: JSON.stringify(result),
  };
  const what = `${run.count} ${run.op}s of ${run.blockBytes} bytes on Disk ${disk.number}`;
  if (ending) endJob(ctx, run.job, 'failed', result.acknowledged * run.blockBytes, `${what}: ${ending.message}`, { ...details, reason: ending.reason });
  else endJob(ctx, run.job, 'succeeded', result.acknowledged * run.blockBytes, `${what}: ${result.acknowledged} completed, ${result.errors} failed, ${result.mismatches} mismatched reads.`, details);
  touchDisk(ctx, disk);
}

/**
 * Accounts what the run did until now and plans the rest. `force`: the run's own timer (its
 * segment ended or its wait is due); otherwise a path change, acted on only when the run's paths changed.
 */
export function replanRun(ctx: LabContext, disk: HostDisk, run: IoRun, force: boolean): void {
  const io = disk.io!;
  const nowMs = ctx.kernel.nowMs();
  const { usable, connected } = usablePaths(ctx.state, disk, run.op, run.blockBytes);
  const waitingEnded = run.parked.some((parked) => parked.jobs.some((id) => batchOutcome(ctx, parked, id).state !== 'running'));
  // Fenced: the node's registration was removed (preempted) under a registrants-only reservation.
  const fenced = run.op === 'write' ? reservationWriteRefusal(ctx.state, disk.lun, disk.hostId) : undefined;
  const fencedNow = fenced !== undefined && run.todo.length + run.slices.length > 0;
  if (!force && disk.present && !waitingEnded && !fencedNow && planKeyOf(usable) === run.planKey) return;
  const failedOver = accountSlices(ctx, io, run, nowMs, false, new Set(usable.map((path) => path.path)));
  const retry = settleParked(ctx, io, run, !disk.present) || failedOver;
  touchDisk(ctx, disk);
  if (!disk.present) {
    run.errors += todoTotal(run);
    run.todo = [];
    return finish(ctx, disk, io, run, { message: `Disk ${disk.number} disappeared (no path for PDORemovePeriod); the I/O in flight failed.`, reason: 'disk.lost' });
  }
  if (fenced !== undefined) {
    // Every write not yet done gets RESERVATION CONFLICT; what was acknowledged stays, and
    // writes StarWind already holds (issued before the preempt) end by its rules.
    run.errors += todoTotal(run);
    run.todo = [];
    if (run.parked.length === 0) return finish(ctx, disk, io, run, { message: `${fenced} The remaining writes failed.`, reason: 'disk.reservation_conflict' });
  }
  if (usable.length === 0 && connected > 0) {
    // Every connected path ends on a replica that refuses I/O: the retries fail too.
    run.errors += todoTotal(run);
    run.todo = [];
  }
  if (run.todo.length === 0 && run.parked.length === 0) return finish(ctx, disk, io, run, fenced !== undefined && run.errors > 0 ? { message: `${fenced} The remaining writes failed.`, reason: 'disk.reservation_conflict' } : null);
  const startMs = nowMs + (retry && usable.length > 0 ? MPIO_RETRY_INTERVAL_MS : 0);
  const endMs = planSegment(ctx, disk, io, run, usable, startMs);
  const wakes: number[] = [];
  if (endMs !== null) wakes.push(endMs);
  for (const parked of run.parked) wakes.push(detectionDueMs(ctx, parked) ?? nowMs + MPIO_RETRY_INTERVAL_MS);
  // All paths down: the I/O waits for a path until the disk disappears.
  if (run.todo.length > 0) wakes.push(ctx.kernel.timerOf(pdoKey(disk.id))?.dueMs ?? nowMs + MPIO_RETRY_INTERVAL_MS);
  const wakeMs = Math.max(nowMs + 1, Math.min(...wakes));
  ctx.kernel.scheduleAt(IO_TIMER_KIND, wakeMs, { disk: disk.id, job: run.job }, ioTimerKey(run.job));
  const doneBytes = run.acknowledged * run.blockBytes;
  const leftBytes = (run.count - run.acknowledged - run.errors) * run.blockBytes;
  remarkJob(ctx, run.job, doneBytes, endMs !== null && endMs > nowMs ? leftBytes / (endMs - nowMs) : 0, endMs);
}

/** Starts a run: instant (under IO_INSTANT_MAX_US, nothing waits) it completes now with no job; else a job on one timer. */
export function startRun(ctx: LabContext, disk: HostDisk, run: IoRun, instantMaxUs: number): void {
  const io = disk.io!;
  const nowMs = ctx.kernel.nowMs();
  const { usable } = usablePaths(ctx.state, disk, run.op, run.blockBytes);
  const probe = JSON.parse(JSON.stringify(run)) as IoRun;
  const cursor = io.rrCursor;
  if (usable.every((path) => !path.wait) && usable.length > 0) {
    planSegment(ctx, disk, io, probe, usable, nowMs);
    const durationUs = Math.max(...probe.slices.map((slice) => (slice.to - slice.from) * slice.stepUs));
    if (durationUs < instantMaxUs) {
      accountSlices(ctx, io, probe, nowMs, true, new Set());
      io.last = { job: null, result: ioResultOf(probe, durationUs) };
      touchDisk(ctx, disk);
      return;
    }
    io.rrCursor = cursor;
  }
  const job = startJob(ctx, {
    kind: IO_JOB_KIND,
    title: `${run.count} ${run.pattern} ${run.op}s of ${run.blockBytes} bytes on Disk ${disk.number}`,
    subject: { collection: 'hostDisks', id: disk.id },
    totalUnits: run.count * run.blockBytes,
    unit: 'bytes',
    unitsPerMs: 0,
  });
  run.job = job.id;
  io.runs.push(run);
  io.last = { job: job.id, result: null };
  replanRun(ctx, disk, run, true);
}

export function onIoTimer(ctx: LabContext, timer: TimerRecord): void {
  const data = timer.data as { disk: string; job: string };
  const disk = ctx.state.disks.disks.get(data.disk);
  const run = disk?.io?.runs.find((candidate) => candidate.job === data.job);
  if (disk && run) replanRun(ctx, disk, run, true);
}

/** After a change of a LUN's reservation table: the write runs on that LUN's disks, fenced or not. */
export function replanLunIo(ctx: LabContext, lun: string): void {
  for (const disk of ctx.state.disks.disks.values()) {
    if (disk.lun !== lun || !disk.io || disk.io.runs.length === 0) continue;
    for (const run of [...disk.io.runs]) if (run.op === 'write') replanRun(ctx, disk, run, false);
  }
}

/** After a session or host change: every run on the host's disks (all hosts when `hostId` is null) whose paths changed. */
export function replanIo(ctx: LabContext, hostId: string | null): void {
  for (const disk of ctx.state.disks.disks.values()) {
    if (!disk.io || disk.io.runs.length === 0 || (hostId !== null && disk.hostId !== hostId)) continue;
    for (const run of [...disk.io.runs]) replanRun(ctx, disk, run, false);
  }
}
