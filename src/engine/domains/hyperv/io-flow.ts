// A running virtual machine whose disk is on a Cluster Shared Volume writes at its workload's
// diskWriteBytesPerS: a rate over intervals, not a command per write. Its node's machines on that
// volume share one account (io-state.ts) whose rate is the sum of theirs; an account is settled
// (rate × the time its I/O flowed, written into the LUN through StarWind's own write path) only
// when its rate changes (a machine starts or stops writing) or its access changes (csv-access.ts
// tells io-csv.ts). A machine keeps a mark on its account's flow clock, so its own bytes are read
// at any time without settling anything. Nothing here runs per tick.
import type { Cluster, ClusterDisk, CsvAccess, CsvNodeAccess } from '../../../domain/cluster';
import { VM_CRITICAL_PAUSE_MS, VM_IO_BLOCK_BYTES, type VirtualMachine } from '../../../domain/hyperv';
import { HA_BLOCK_SIZE_BYTES } from '../../../domain/starwind';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';
import { mpioDiskOf } from '../cluster/csv-access';
import { clusterOfHost } from '../cluster/state';
import { writtenBlocks } from '../disks/io-model';
import { usablePaths } from '../disks/io-paths';
import { blocksOfBytes } from '../starwind/common';
import { findDeviceRef } from '../starwind/writes';
import { applyHaWrites, applyPlainWrites, writeOutcome } from '../starwind/writes-wait';
import { ioGroupKey, type IoGroup, type IoTarget } from './io-state';
import { touchVm } from './state';

export const flows = (access: CsvAccess | null | undefined) => access === 'Direct' || access === 'Redirected Access';

/** The cluster volume a machine's virtual hard disk is on (its host's cluster), if any. */
export function volumeOfVm(state: LabState, vm: VirtualMachine): { cluster: Cluster; disk: ClusterDisk } | undefined {
  if (vm.hardDisk.mode === 'later') return undefined;
  const path = vm.hardDisk.path.toUpperCase();
  const cluster = clusterOfHost(state, vm.hostId);
  const disk = cluster?.disks.find((candidate) => candidate.usage === 'csv' && candidate.csvPath !== null && path.startsWith(`${candidate.csvPath.toUpperCase()}\\`));
  return cluster && disk ? { cluster, disk } : undefined;
}

/** Each csvAccess list by node (csv-access.ts replaces the list whenever an entry changes, so the list is the key). */
const accessByNode = new WeakMap<readonly CsvNodeAccess[], Map<string, CsvAccess>>();

/** How the machine's node reaches the volume now, from the cluster's view (null when not a running member). O(1): a failover weighs every node for every machine. */
export function accessNow(disk: ClusterDisk, node: string): CsvAccess | null {
  const entries = disk.csvAccess;
  if (!entries) return null;
  let byNode = accessByNode.get(entries);
  if (!byNode) accessByNode.set(entries, (byNode = new Map(entries.map((entry) => [entry.node, entry.access]))));
  return byNode.get(node) ?? null;
}

/** The MPIO disk the node's writes go through: its own (Direct) or the coordinator's (Redirected Access). */
export function diskInUse(state: LabState, cluster: Cluster, disk: ClusterDisk, hostId: string, access: CsvAccess | null) {
  if (access === 'Direct') return mpioDiskOf(state, hostId, disk.lun);
  if (access !== 'Redirected Access') return undefined;
  const coordinator = cluster.nodes.find((node) => node.name === disk.ownerNode);
  return coordinator && mpioDiskOf(state, coordinator.hostId, disk.lun);
}

/** The end of the first usable path of the disk in use now (writes wait behind StarWind: written alone). */
function targetNow(state: LabState, group: IoGroup): IoTarget | null {
  const cluster = clusterOfHost(state, group.hostId);
  const disk = cluster?.disks.find((candidate) => candidate.lun === group.lun);
  const hostDisk = cluster && disk && diskInUse(state, cluster, disk, group.hostId, group.access);
  const path = hostDisk && usablePaths(state, hostDisk, 'write', VM_IO_BLOCK_BYTES).usable[0];
  return path ? { device: path.device, side: path.side, mode: path.mode ?? 'alone' } : null;
}

/** The account's flow clock at `nowMs`: ms of flowing I/O so far. */
export function flowClockMs(group: IoGroup, nowMs: number): number {
  return group.flowMs + (flows(group.access) ? nowMs - group.settledMs : 0);
}

/** Writes `bytes` at the account's cursor through StarWind (its rule now decides mirrored or alone). */
function writeBytes(ctx: LabContext, group: IoGroup, bytes: number): void {
  const last = group.target;
  const target = targetNow(ctx.state, group) ?? last;
  const ref = target && findDeviceRef(ctx.state, target.device);
  if (!target || !ref) return;
  const slots = blocksOfBytes(ref.kind === 'ha' ? ref.ha.sizeBytes : ref.device.sizeBytes);
  const whole = Math.floor(bytes / HA_BLOCK_SIZE_BYTES);
  group.carryBytes = bytes - whole * HA_BLOCK_SIZE_BYTES;
  const blocks = Math.min(whole, slots);
  // The I/O generator's geometry: `blocks` sequential HA blocks from the cursor, wrapping at the end.
  const extents = writtenBlocks({ baseBytes: 0, slots, startSlot: group.cursorBlock, blockBytes: HA_BLOCK_SIZE_BYTES }, 0, blocks);
  group.cursorBlock = slots === 0 ? 0 : (group.cursorBlock + blocks) % slots;
  if (ref.kind === 'plain') {
    group.target = target;
    if (blocks > 0) applyPlainWrites(ctx, ref.device, extents);
    return;
  }
  // Settled before StarWind reacts to a change (beforeHostChanged), so its rule now is the one they
  // ran under; a side that holds writes now was mirroring (a partner in step); one that refuses
  // them now wrote them as it last did (as io-run's slices).
  const now = writeOutcome(ctx.state, ref.ha, target.side);
  const mode = now.kind === 'write' ? now.mode : now.kind === 'wait' ? 'mirrored' : (last?.mode ?? target.mode);
  group.target = { ...target, mode };
  if (blocks > 0) applyHaWrites(ctx, ref.ha, target.side, extents, mode);
}

/** Accounts the account's writes up to now. */
export function settleGroup(ctx: LabContext, group: IoGroup): void {
  const nowMs = ctx.kernel.nowMs();
  const elapsedMs = nowMs - group.settledMs;
  group.settledMs = nowMs;
  if (elapsedMs <= 0 || !flows(group.access)) return;
  group.flowMs += elapsedMs;
  const bytes = Math.floor((group.rateBytesPerS * elapsedMs) / 1000) + group.carryBytes;
  if (bytes > 0) writeBytes(ctx, group, bytes);
}

/**
 * Before the domains react to a host's power or link change (a storage server stopped or came
 * back, a cable): every account is settled, so what was written before the change lands in the
 * mode of before it. O(nodes × volumes), not per machine.
 */
export function settleAllGroups(ctx: LabContext): void {
  for (const group of ctx.state.hyperv.io.values()) if (group.rateBytesPerS > 0) settleGroup(ctx, group);
}

function groupFor(ctx: LabContext, vm: VirtualMachine, disk: ClusterDisk): IoGroup {
  const key = ioGroupKey(vm.hostId, disk.lun);
  let group = ctx.state.hyperv.io.get(key);
  if (!group) {
    const nowMs = ctx.kernel.nowMs();
    group = { key, hostId: vm.hostId, lun: disk.lun, access: accessNow(disk, vm.host), writers: 0, rateBytesPerS: 0, settledMs: nowMs, flowMs: 0, carryBytes: 0, cursorBlock: 0, target: null, stalledSinceMs: null };
    if (!flows(group.access)) group.stalledSinceMs = nowMs;
    ctx.state.hyperv.io.set(key, group);
  }
  return group;
}

/** Bytes the machine has written by `nowMs`. */
export function vmWrittenBytes(state: LabState, vm: VirtualMachine, nowMs: number): number {
  const io = vm.io;
  if (!io) return 0;
  const group = io.writing && io.rateBytesPerS > 0 ? state.hyperv.io.get(ioGroupKey(vm.hostId, io.lun)) : undefined;
  return io.writtenBytes + (group ? Math.floor((io.rateBytesPerS * (flowClockMs(group, nowMs) - io.flowMark)) / 1000) : 0);
}

export const IO_STALL_TIMER_KIND = 'hyperv.io-stall';
export const ioStallTimerKey = (groupKey: string) => `hyperv-io-stall:${groupKey}`;

/**
 * One keyed timer per stalled account (never one per machine): it fires when the earliest of its
 * writing machines has had its I/O queued for VM_CRITICAL_PAUSE_MS (io-csv.ts pauses them).
 */
export function armStallTimer(ctx: LabContext, group: IoGroup, dueMs: number): void {
  const key = ioStallTimerKey(group.key);
  const current = ctx.kernel.timerOf(key);
  if (!current || current.dueMs > dueMs) ctx.kernel.scheduleAt(IO_STALL_TIMER_KIND, dueMs, { group: group.key }, key);
}

/** The machine became Running: it writes from now on its volume's account. */
export function joinFlow(ctx: LabContext, vm: VirtualMachine): void {
  const found = volumeOfVm(ctx.state, vm);
  if (!found) return;
  const group = groupFor(ctx, vm, found.disk);
  settleGroup(ctx, group);
  const nowMs = ctx.kernel.nowMs();
  const rate = vm.workload.diskWriteBytesPerS;
  const earlier = vm.io?.lun === found.disk.lun ? vm.io.writtenBytes : 0;
  vm.io = { volume: found.disk.csvPath ?? '', lun: found.disk.lun, writing: true, writtenBytes: earlier, rateBytesPerS: rate, flowMark: group.flowMs, sinceMs: nowMs };
  group.writers += 1;
  group.rateBytesPerS += rate;
  touchVm(ctx, vm);
  if (!flows(group.access)) armStallTimer(ctx, group, nowMs + VM_CRITICAL_PAUSE_MS);
}

/** The machine stopped writing (it left Running, or its workload changes): its bytes are settled. */
export function leaveFlow(ctx: LabContext, vm: VirtualMachine): void {
  const io = vm.io;
  if (!io?.writing) return;
  const group = ctx.state.hyperv.io.get(ioGroupKey(vm.hostId, io.lun));
  if (group) {
    settleGroup(ctx, group);
    io.writtenBytes += Math.floor((io.rateBytesPerS * (group.flowMs - io.flowMark)) / 1000);
    group.rateBytesPerS -= io.rateBytesPerS;
    group.writers -= 1;
    if (group.writers === 0) ctx.kernel.cancel(ioStallTimerKey(group.key));
  }
  io.writing = false;
  io.rateBytesPerS = 0;
  io.flowMark = 0;
  touchVm(ctx, vm);
}
