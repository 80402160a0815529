// The diskIo command (the I/O generator, as DiskSpd): every check first, each refusal with its
// field and rule, nothing changed; then the run starts (io-run.ts).
import {
  emptyDiskIo,
  IO_BLOCK_MAX_BYTES,
  IO_COUNT_MAX,
  IO_INSTANT_MAX_US,
  IO_QUEUE_DEPTH_MAX,
  IO_SECTOR_BYTES,
  type IoOp,
  type IoPattern,
  type IoRun,
} from '../../../domain/disks';
import { POWER_STATE_LABELS } from '../../../domain/power';
import { accept, reject, type Decision } from '../../decision';
import { hostNotFound } from '../../errors';
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { admitWrite } from './io-paths';
import { permutationOf, permute } from './io-random';
import { startRun } from './io-run';
import { disksOf, findMpio } from './state';
import { diskSizeBytes } from './views';

type DiskIo = Extract<Command, { type: 'diskIo' }>;

const invalid = (field: string, message: string): Decision => reject('io.invalid', 'invalid', message, { [field]: message });
const conflict = (code: string, field: string, message: string): Decision => reject(code, 'conflict', message, { [field]: message });
const wholeIn = (value: unknown, min: number, max: number): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;

export function decideDiskIo(state: LabState, command: DiskIo): Decision {
  const found = findMpio(state, command.host);
  if (!found) return hostNotFound(command.host);
  const { host } = found;
  if (host.powerState !== 'on') return conflict('disks.host_not_running', 'host', `${host.name} is ${POWER_STATE_LABELS[host.powerState].toLowerCase()}; it runs no I/O.`);
  if (command.number === 0) return conflict('disk.system', 'number', 'Disk 0 is the system disk; the I/O generator runs against the iSCSI disks.');
  const disk = disksOf(state, host.id).find((candidate) => candidate.present && candidate.number === command.number);
  if (!disk) return reject('disk.not_found', 'not_found', `${host.name} has no Disk ${command.number}.`, { number: `${host.name} has no Disk ${command.number}.` });
  if (disk.state !== 'Online') return conflict('disk.offline', 'number', `Disk ${disk.number} is Offline; bring it Online first.`);
  if (command.op !== 'read' && command.op !== 'write') return invalid('op', 'The operation is read or write.');
  if (command.pattern !== 'sequential' && command.pattern !== 'random') return invalid('pattern', 'The pattern is sequential or random.');
  const { blockBytes, count } = command;
  if (!wholeIn(blockBytes, IO_SECTOR_BYTES, IO_BLOCK_MAX_BYTES) || blockBytes % IO_SECTOR_BYTES !== 0) return invalid('blockBytes', `The block size is a whole number of ${IO_SECTOR_BYTES}-byte sectors from ${IO_SECTOR_BYTES} bytes to 8 MiB.`);
  if (!wholeIn(count, 1, IO_COUNT_MAX)) return invalid('count', `The count is a whole number from 1 to ${IO_COUNT_MAX}.`);
  const queueDepth = command.queueDepth ?? 1;
  if (!wholeIn(queueDepth, 1, IO_QUEUE_DEPTH_MAX)) return invalid('queueDepth', `The queue depth is a whole number from 1 to ${IO_QUEUE_DEPTH_MAX}.`);
  const sizeBytes = diskSizeBytes(state, disk);
  const offsetBytes = command.offsetBytes ?? 0;
  if (!wholeIn(offsetBytes, 0, Number.MAX_SAFE_INTEGER) || offsetBytes % IO_SECTOR_BYTES !== 0) return invalid('offsetBytes', `The offset is a whole number of ${IO_SECTOR_BYTES}-byte sectors.`);
  if (offsetBytes >= sizeBytes) return invalid('offsetBytes', `The offset is past the end of Disk ${disk.number} (${sizeBytes} bytes).`);
  const slots = Math.floor((sizeBytes - offsetBytes) / blockBytes);
  if (slots < 1) return invalid('blockBytes', `One block does not fit between the offset and the end of Disk ${disk.number} (${sizeBytes - offsetBytes} bytes).`);
  if (command.op === 'write') {
    const admitted = admitWrite(state, disk);
    if (!admitted.ok) return conflict(admitted.code, 'op', admitted.message);
  }
  const op: IoOp = command.op;
  const pattern: IoPattern = command.pattern;
  return accept((ctx) => {
    const nowMs = ctx.kernel.nowMs();
    disk.io ??= emptyDiskIo();
    const run: IoRun = {
      job: '', op, pattern, blockBytes, queueDepth, count, baseBytes: offsetBytes, slots, startSlot: 0, startedMs: nowMs,
      todo: [[0, count]], segmentStartMs: nowMs, slices: [], planKey: '', parked: [], stall: null, acknowledged: 0, errors: 0, mismatches: 0, histogram: [], perPath: [],
    };
    if (pattern === 'random') {
      // Random I/O: the run's slot permutation is keyed from the lab's seeded stream, so a replay draws the same.
      run.randomKey = ctx.kernel.stream('disks.io').nextU32();
      run.startSlot = permute(permutationOf(run.randomKey, 0, slots), 0);
    }
    startRun(ctx, disk, run, IO_INSTANT_MAX_US);
  });
}
