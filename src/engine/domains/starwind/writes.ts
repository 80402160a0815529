// starwindWriteBlocks: `count` writes of `lengthBytes` laid end to end from `offsetBytes`, as one
// write generation. Synchronous like DRBD protocol C: a write is acknowledged only when every
// synchronized replica has it.
//   - partner synchronized (or being synchronized from this side) and the sync channel up:
//     both replicas get the blocks with the same generation (mirrored; during a sync the copy
//     still moves what it planned, so the bytes of a sync do not depend on writes);
//   - partner synchronized, still believed alive, sync channel down: nobody can acknowledge yet,
//     so the write WAITS (writes-wait.ts): a pending batch and a `starwind.writes` job, completed
//     mirrored if the partner answers first, alone once it is declared lost;
//   - partner not synchronized, or declared lost: this replica continues alone and records the
//     blocks in its dirty set (what the partner lacks).
// A write to a side that already has writes waiting queues behind them. The side written must
// run, be synchronized, not blocked and not in maintenance. `starwindWriteLatency` answers the
// model's latency of a batch that would not wait (the writes route's 200 answer).
import { diskServiceUs, HA_BLOCK_SIZE_BYTES, type WriteLatency } from '../../../domain/starwind';
import { accept, reject, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command, HaDevice, LabError, Query, QueryAnswers, StarWindDevice } from '../../types';
import { serviceRunning } from './common';
import { applyHaWrite, applyPlainWrite, enqueueWrite, immediateLatency, pendingOn, perWriteUs, settlePendingWrites, writeOutcome } from './writes-wait';

type WriteBlocks = Extract<Command, { type: 'starwindWriteBlocks' }>;

/** A write command may cover at most this many writes (a limit on everything). */
export const WRITES_PER_COMMAND_MAX = 1_000_000_000;

export type DeviceRef = { kind: 'ha'; ha: HaDevice } | { kind: 'plain'; device: StarWindDevice };

/** An HA pair by its id or one of its replicas' device ids, or a plain image-file device. */
export function findDeviceRef(state: LabState, id: unknown): DeviceRef | undefined {
  if (typeof id !== 'string') return undefined;
  const sw = state.starwind;
  const ha = sw.haDevices.get(id);
  if (ha) return { kind: 'ha', ha };
  const device = sw.devices.get(id);
  if (!device) return undefined;
  if (device.haDeviceId !== null) {
    const pair = sw.haDevices.get(device.haDeviceId);
    return pair ? { kind: 'ha', ha: pair } : undefined;
  }
  return { kind: 'plain', device };
}

export function deviceNotFound(id: unknown): Decision {
  const message = `There is no StarWind device "${String(id)}".`;
  return reject('starwind.device_not_found', 'not_found', message, { device: message });
}

function fieldError(code: string, field: string, message: string, kind: 'invalid' | 'conflict' = 'invalid'): Decision {
  return reject(code, kind, message, { [field]: message });
}

export function decideWriteBlocks(state: LabState, command: WriteBlocks): Decision {
  const ref = findDeviceRef(state, command.device);
  if (!ref) return deviceNotFound(command.device);
  const sizeBytes = ref.kind === 'ha' ? ref.ha.sizeBytes : ref.device.sizeBytes;
  const sectorBytes = ref.kind === 'ha' ? ref.ha.sectorSizeBytes : ref.device.sectorSizeBytes;
  if (command.side !== 0 && (command.side !== 1 || ref.kind === 'plain')) {
    return fieldError('starwind.invalid_side', 'side', ref.kind === 'ha' ? 'The side is 0 (the first server) or 1 (the partner).' : 'A device without a partner has only side 0.');
  }
  const { offsetBytes, lengthBytes, count } = command;
  if (!Number.isSafeInteger(offsetBytes) || offsetBytes < 0 || offsetBytes % sectorBytes !== 0) return fieldError('starwind.invalid_write', 'offsetBytes', `The offset is a whole number of ${sectorBytes}-byte sectors.`);
  if (!Number.isSafeInteger(lengthBytes) || lengthBytes <= 0 || lengthBytes % sectorBytes !== 0) return fieldError('starwind.invalid_write', 'lengthBytes', `The length is a whole number of ${sectorBytes}-byte sectors, at least one.`);
  if (!Number.isSafeInteger(count) || count < 1 || count > WRITES_PER_COMMAND_MAX) return fieldError('starwind.invalid_write', 'count', `The count is a whole number from 1 to ${WRITES_PER_COMMAND_MAX}.`);
  const endBytes = offsetBytes + lengthBytes * count;
  if (offsetBytes >= sizeBytes) return fieldError('starwind.write_out_of_range', 'offsetBytes', `The offset is past the end of the device (${sizeBytes} bytes).`);
  if (endBytes > sizeBytes) return fieldError('starwind.write_out_of_range', 'count', `The writes end at byte ${endBytes}, past the end of the device (${sizeBytes} bytes).`);
  const fromBlock = Math.floor(offsetBytes / HA_BLOCK_SIZE_BYTES);
  const toBlock = Math.ceil(endBytes / HA_BLOCK_SIZE_BYTES);
  if (ref.kind === 'plain') {
    const device = ref.device;
    if (!serviceRunning(state, device.host)) return fieldError('starwind.service_stopped', 'device', `The StarWind service on ${device.host} is not running.`, 'conflict');
    return accept((ctx) => applyPlainWrite(ctx, device, fromBlock, toBlock));
  }
  const ha = ref.ha;
  const own = command.side;
  const outcome = writeOutcome(state, ha, own);
  if (outcome.kind === 'refused') return fieldError(outcome.code, 'side', outcome.message, 'conflict');
  return accept((ctx) => {
    // Batches whose partner has since answered (or been declared lost) go first, in order.
    settlePendingWrites(ctx);
    if (outcome.kind === 'wait' || pendingOn(ctx.state, ha.id, own).length > 0) {
      enqueueWrite(ctx, ha, own, { fromBlock, toBlock, lengthBytes, count });
      return;
    }
    applyHaWrite(ctx, ha, own, fromBlock, toBlock, outcome.mode);
  });
}

type WriteLatencyQuery = Extract<Query, { type: 'starwindWriteLatency' }>;
type LatencyAnswer = { ok: true; value: QueryAnswers['starwindWriteLatency'] } | { ok: false; error: LabError };

/** The model's latency of a batch written now; `latency: null` when it would wait or be refused. */
export function answerWriteLatency(state: LabState, nowMs: number, asked: Query): LatencyAnswer {
  const query = asked as WriteLatencyQuery;
  const ref = findDeviceRef(state, query.device);
  if (!ref) return { ok: false, error: { code: 'starwind.device_not_found', kind: 'not_found', message: `There is no StarWind device "${String(query.device)}".` } };
  return { ok: true, value: { latency: latencyNow(state, ref, query, nowMs) } };
}

function latencyNow(state: LabState, ref: DeviceRef, query: WriteLatencyQuery, nowMs: number): WriteLatency | null {
  if (ref.kind === 'plain') return serviceRunning(state, ref.device.host) ? immediateLatency('alone', query.count, diskServiceUs(query.lengthBytes), nowMs) : null;
  const ha: HaDevice = ref.ha;
  const outcome = writeOutcome(state, ha, query.side);
  if (outcome.kind !== 'write' || pendingOn(state, ha.id, query.side).length > 0) return null;
  return immediateLatency(outcome.mode, query.count, perWriteUs(state, ha, query.side, outcome.mode, query.lengthBytes), nowMs);
}
