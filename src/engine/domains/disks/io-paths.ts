// Where a disk's I/O can go now: each connected session (path) ends on a StarWind target, so on
// one replica side of an HA device (or on a plain device, side 0), and StarWind's write rules say
// whether that side takes a write now, makes it wait (partner-loss detection) or refuses it.
// A Reconnecting session is a Failed path. `admitWrite` is the one place a write is admitted to a
// LUN: the LUN's SCSI-3 persistent reservation first, then the replica behind each path.
import { diskServiceUs, type WriteMode } from '../../../domain/starwind';
import { pathKey, type HostDisk, type IoOp } from '../../../domain/disks';
import type { IscsiSession } from '../../../domain/iscsi';
import type { LabState } from '../../state';
import { reservationWriteRefusal } from '../reservations/queries';
import { serviceRunning } from '../starwind/common';
import { findDeviceRef, type DeviceRef } from '../starwind/writes';
import { pendingOn, perWriteUs, writeOutcome } from '../starwind/writes-wait';
import { ioServiceUs } from './io-model';
import type { PathChoice } from './path-select';
import { sessionsOf } from './sync';

export interface PathEnd {
  path: string;
  device: string;
  ref: DeviceRef;
  side: 0 | 1;
}

export interface UsablePath extends PathEnd {
  choice: PathChoice;
  /** Writes wait for StarWind's partner-loss detection (or behind writes that do). */
  wait: boolean;
  mode: WriteMode | null;
}

/** The replica a session's target stands for. */
export function endOf(state: LabState, session: IscsiSession): PathEnd | undefined {
  const target = state.starwind.targets.get(session.target);
  const device = target && state.starwind.devices.get(target.deviceIds[0] ?? '');
  const ref = device && findDeviceRef(state, device.id);
  if (!device || !ref) return undefined;
  const side = ref.kind === 'ha' && ref.ha.sides[1].deviceId === device.id ? 1 : 0;
  return { path: pathKey(session), device: device.id, ref, side };
}

/** Why this replica refuses I/O now, or undefined when it serves it. */
export function refusalOf(state: LabState, end: PathEnd): string | undefined {
  if (end.ref.kind === 'plain') return serviceRunning(state, end.ref.device.host) ? undefined : `The StarWind service on ${end.ref.device.host} is not running.`;
  const outcome = writeOutcome(state, end.ref.ha, end.side);
  return outcome.kind === 'refused' ? outcome.message : undefined;
}

/** Slower NIC of the initiator's address and the portal's, bits/s. */
function linkBitsPerS(state: LabState, session: IscsiSession): number {
  const local = state.network.nicByIp.get(session.initiatorAddress)?.nic.speedBitsPerS ?? 0;
  const remote = state.network.nicByIp.get(session.portal.split(':')[0] ?? '')?.nic.speedBitsPerS ?? 0;
  return Math.min(local, remote);
}

/** The disk's paths that can carry `op` now, in session order, with their speed and StarWind's answer. */
export function usablePaths(state: LabState, disk: HostDisk, op: IoOp, blockBytes: number): { usable: UsablePath[]; connected: number } {
  const usable: UsablePath[] = [];
  let connected = 0;
  for (const session of sessionsOf(state, disk)) {
    if (session.state !== 'connected') continue;
    connected++;
    const end = endOf(state, session);
    const link = linkBitsPerS(state, session);
    if (!end || link <= 0 || refusalOf(state, end) !== undefined) continue;
    let wait = false;
    let mode: WriteMode | null = null;
    let storageUs = diskServiceUs(blockBytes);
    if (op === 'write') {
      if (end.ref.kind === 'ha') {
        const outcome = writeOutcome(state, end.ref.ha, end.side);
        wait = outcome.kind === 'wait' || pendingOn(state, end.ref.ha.id, end.side).length > 0;
        mode = outcome.kind === 'write' ? outcome.mode : 'alone';
        storageUs = perWriteUs(state, end.ref.ha, end.side, mode, blockBytes);
      } else mode = 'alone';
    }
    const setting = disk.pathSettings.find((candidate) => candidate.path === end.path);
    const choice = { path: end.path, standby: setting?.standby ?? false, weight: setting?.weight ?? 0, serviceUs: ioServiceUs(blockBytes, link, storageUs) };
    usable.push({ ...end, choice, wait, mode });
  }
  return { usable, connected };
}

/**
 * Whether the LUN behind `disk` admits a write from its host now: refused when every connected
 * path ends on a replica that refuses writes (its reason); admitted when a path takes it, or when
 * none is connected (the write waits for a path within PDORemovePeriod).
 */
export function admitWrite(state: LabState, disk: HostDisk): { ok: true } | { ok: false; code: string; message: string } {
  // SCSI-3 PR, Write Exclusive - Registrants Only: the LUN refuses a node that is not registered.
  const conflict = reservationWriteRefusal(state, disk.lun, disk.hostId);
  if (conflict !== undefined) return { ok: false, code: 'disk.reservation_conflict', message: conflict };
  let reason: string | undefined;
  for (const session of sessionsOf(state, disk)) {
    if (session.state !== 'connected') continue;
    const end = endOf(state, session);
    const refused = end ? refusalOf(state, end) : 'The target has no device.';
    if (refused === undefined) return { ok: true };
    reason ??= refused;
  }
  return reason === undefined ? { ok: true } : { ok: false, code: 'disk.write_refused', message: `The LUN refuses writes: ${reason}` };
}
