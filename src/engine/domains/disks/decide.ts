// The disks commands. Every check first (each refusal names its field and the rule), then the
// change: mpioSetClaim (Discover Multi-Paths → Add support for iSCSI devices, in effect after
// the next boot), diskSet (Online, Initialize Disk, New Simple Volume) and diskSetMpio (the
// disk's MPIO tab: policy, standby paths, weights).
import {
  DEVICE_IDS_MAX,
  hardwareIdProblem,
  ISCSI_HARDWARE_ID,
  MBR_MAX_BYTES,
  normalHardwareId,
  MPIO_POLICIES,
  NTFS_LABEL_MAX_CHARS,
  pathKey,
  PATH_WEIGHT_MAX,
  PATH_WEIGHT_MIN,
  type DiskVolume,
  type HostDisk,
  type MpioPathSetting,
  type MpioPolicy,
  type PartitionStyle,
} from '../../../domain/disks';
import { POWER_STATE_LABELS } from '../../../domain/power';
import { accept, reject, type Decision } from '../../decision';
import { hostNotFound } from '../../errors';
import type { LabState } from '../../state';
import type { Command, Host } from '../../types';
import { reservedByAnotherNode } from '../reservations/queries';
import { disksOf, findMpio, touchDisk, touchMpio } from './state';
import { sessionsOf } from './sync';
import { diskSizeBytes, lettersInUse, mpioFeatureState } from './views';

type SetClaim = Extract<Command, { type: 'mpioSetClaim' }>;
type DiskSet = Extract<Command, { type: 'diskSet' }>;
type DiskSetMpio = Extract<Command, { type: 'diskSetMpio' }>;

const invalid = (code: string, field: string, message: string): Decision => reject(code, 'invalid', message, { [field]: message });
const conflict = (code: string, field: string, message: string): Decision => reject(code, 'conflict', message, { [field]: message });

function running(host: Host): Decision | undefined {
  if (host.powerState === 'on') return undefined;
  return conflict('disks.host_not_running', 'host', `${host.name} is ${POWER_STATE_LABELS[host.powerState].toLowerCase()}; its disks can be managed only while it is running.`);
}

export function decideSetClaim(state: LabState, command: SetClaim): Decision {
  const found = findMpio(state, command.host);
  if (!found) return hostNotFound(command.host);
  const { host, settings } = found;
  const stopped = running(host);
  if (stopped) return stopped;
  if (command.iscsiClaimed === undefined && command.deviceIds === undefined) return invalid('mpio.invalid', 'iscsiClaimed', 'Say iscsiClaimed (true or false) or deviceIds (the hardware IDs to add).');
  if (command.iscsiClaimed !== undefined && typeof command.iscsiClaimed !== 'boolean') return invalid('mpio.invalid', 'iscsiClaimed', 'iscsiClaimed must be true or false.');
  const feature = mpioFeatureState(state, host.id);
  const field = command.iscsiClaimed === undefined ? 'deviceIds' : 'iscsiClaimed';
  if (feature === 'install-pending') return conflict('mpio.feature_pending', field, `Multipath I/O waits for a restart to finish its installation on ${host.name}; restart the server first.`);
  if (feature === 'available') return conflict('mpio.feature_missing', field, `Multipath I/O is not installed on ${host.name}; install the feature (Server Manager → Add Features) and restart first.`);
  let deviceIds: string[] | undefined;
  if (command.deviceIds !== undefined) {
    const checked = checkDeviceIds(command.deviceIds);
    if (!Array.isArray(checked)) return checked;
    deviceIds = checked;
  }
  // The change waits for the boot; asking back for what is in effect cancels a pending change.
  const claimPending = command.iscsiClaimed === undefined ? settings.claimPending : command.iscsiClaimed !== settings.iscsiClaimed;
  const pendingDeviceIds = deviceIds === undefined ? settings.pendingDeviceIds : sameList(deviceIds, settings.deviceIds) ? null : deviceIds;
  return accept((ctx) => {
    if (settings.claimPending === claimPending && sameList(settings.pendingDeviceIds, pendingDeviceIds)) return;
    settings.claimPending = claimPending;
    settings.pendingDeviceIds = pendingDeviceIds;
    touchMpio(ctx, settings);
  });
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null) => a === b || (a !== null && b !== null && a.length === b.length && a.every((item, index) => item === b[index]));

/** The added hardware IDs, each valid and once; the iSCSI bus's own is the Discover Multi-Paths checkbox. */
function checkDeviceIds(requested: unknown): string[] | Decision {
  if (!Array.isArray(requested)) return invalid('mpio.device_ids', 'deviceIds', 'deviceIds is a list of device hardware IDs.');
  if (requested.length > DEVICE_IDS_MAX) return invalid('mpio.device_ids', 'deviceIds', `At most ${DEVICE_IDS_MAX} device hardware IDs can be added.`);
  const ids: string[] = [];
  for (const [index, raw] of requested.entries()) {
    const field = `deviceIds.${index}`;
    if (typeof raw !== 'string') return invalid('mpio.device_id', field, 'A device hardware ID is text.');
    const problem = hardwareIdProblem(raw);
    if (problem) return invalid('mpio.device_id', field, problem);
    const id = normalHardwareId(raw);
    if (id.toUpperCase() === ISCSI_HARDWARE_ID.toUpperCase()) return conflict('mpio.device_id_iscsi', field, `${ISCSI_HARDWARE_ID} is the iSCSI bus: use Discover Multi-Paths → Add support for iSCSI devices.`);
    if (ids.some((other) => other.toUpperCase() === id.toUpperCase())) return conflict('mpio.device_id_twice', field, `${id} is already on the MPIO Devices list.`);
    ids.push(id);
  }
  return ids;
}

function findDisk(state: LabState, command: DiskSet | DiskSetMpio): { host: Host; disk: HostDisk } | Decision {
  const found = findMpio(state, command.host);
  if (!found) return hostNotFound(command.host);
  const stopped = running(found.host);
  if (stopped) return stopped;
  if (command.number === 0) return conflict('disk.system', 'number', `Disk 0 is the system disk of ${found.host.name}; it cannot be changed here.`);
  const disk = disksOf(state, found.host.id).find((candidate) => candidate.present && candidate.number === command.number);
  if (!disk) {
    const message = `${found.host.name} has no Disk ${String(command.number)}.`;
    return reject('disk.not_found', 'not_found', message, { number: message });
  }
  return { host: found.host, disk };
}

export function decideDiskSet(state: LabState, command: DiskSet): Decision {
  const found = findDisk(state, command);
  if ('ok' in found) return found;
  const { host, disk } = found;
  const online = command.online ?? disk.state === 'Online';
  // A disk another node holds the persistent reservation of stays Offline here (message UNVERIFIED).
  const holder = online && disk.state === 'Offline' ? reservedByAnotherNode(state, disk.lun, host.id) : undefined;
  if (holder) return conflict('disk.reserved', 'online', `Disk ${disk.number} is reserved by ${holder} (SCSI-3 persistent reservation); it cannot be brought online on ${host.name} while another node holds the reservation.`);
  let style: PartitionStyle | null = disk.partitionStyle;
  const sizeBytes = diskSizeBytes(state, disk);
  if (command.partitionStyle !== undefined) {
    if (command.partitionStyle !== 'MBR' && command.partitionStyle !== 'GPT') return invalid('disk.partition_style', 'partitionStyle', 'The partition style is MBR (Master Boot Record) or GPT (GUID Partition Table).');
    if (!online) return conflict('disk.offline', 'partitionStyle', `Disk ${disk.number} is Offline; bring it Online before initializing it.`);
    if (disk.partitionStyle !== null) return conflict('disk.initialized', 'partitionStyle', `Disk ${disk.number} is already initialized (${disk.partitionStyle}).`);
    if (command.partitionStyle === 'MBR' && sizeBytes > MBR_MAX_BYTES) return conflict('disk.mbr_too_large', 'partitionStyle', `Disk ${disk.number} is larger than 2 TB; use GPT.`);
    style = command.partitionStyle;
  }
  let volume: DiskVolume | undefined;
  if (command.volume) {
    const made = newVolume(state, host, disk, command.volume, online, style, sizeBytes);
    if ('ok' in made) return made;
    volume = made;
  }
  return accept((ctx) => {
    disk.state = online ? 'Online' : 'Offline';
    disk.partitionStyle = style;
    if (volume) disk.volumes.push(volume);
    touchDisk(ctx, disk);
  });
}

function newVolume(state: LabState, host: Host, disk: HostDisk, request: NonNullable<DiskSet['volume']>, online: boolean, style: PartitionStyle | null, sizeBytes: number): DiskVolume | Decision {
  if (!online) return conflict('disk.offline', 'volume', `Disk ${disk.number} is Offline; bring it Online before creating a volume.`);
  if (style === null) return conflict('disk.not_initialized', 'volume', `Disk ${disk.number} is not initialized; initialize it (MBR or GPT) before creating a volume.`);
  // Free space: the disk less its volumes (partition-table overheads are not modelled, UNVERIFIED figures).
  const freeBytes = sizeBytes - disk.volumes.reduce((sum, volume) => sum + volume.sizeBytes, 0);
  const size = request.sizeBytes ?? freeBytes;
  if (!Number.isInteger(size) || size < 1 || size > freeBytes) return invalid('volume.size', 'volume.sizeBytes', `The volume size must be between 1 byte and the ${freeBytes} bytes free on Disk ${disk.number}.`);
  let letter: string | null = null;
  if (request.driveLetter !== undefined && request.driveLetter !== null) {
    letter = request.driveLetter.toUpperCase();
    if (!/^[A-Z]$/.test(letter)) return invalid('volume.drive_letter', 'volume.driveLetter', 'A drive letter is one letter from A to Z, or none.');
    if (lettersInUse(state, host.id).has(letter)) return conflict('volume.drive_letter_in_use', 'volume.driveLetter', `Drive letter ${letter}: is already in use on ${host.name}.`);
  }
  if (request.fileSystem !== undefined && request.fileSystem !== 'NTFS') return invalid('volume.file_system', 'volume.fileSystem', 'The file system of a new simple volume in this lab is NTFS.');
  const label = request.label ?? 'New Volume';
  if (label.length > NTFS_LABEL_MAX_CHARS) return invalid('volume.label', 'volume.label', `An NTFS volume label has at most ${NTFS_LABEL_MAX_CHARS} characters.`);
  return { driveLetter: letter, label, fileSystem: 'NTFS', sizeBytes: size, quickFormat: request.quickFormat ?? true };
}

export function decideDiskSetMpio(state: LabState, command: DiskSetMpio): Decision {
  const found = findDisk(state, command);
  if ('ok' in found) return found;
  const { host, disk } = found;
  if (disk.path !== null) return conflict('mpio.not_claimed', 'number', `Disk ${disk.number} is one path of its LUN: MPIO does not claim iSCSI devices on ${host.name} yet (Discover Multi-Paths, then restart).`);
  if (!MPIO_POLICIES.some((policy) => policy.id === command.policy)) return invalid('mpio.policy', 'policy', `The policy is one of ${MPIO_POLICIES.map((policy) => policy.name).join(', ')}.`);
  const policy = command.policy as MpioPolicy;
  const sessions = sessionsOf(state, disk);
  const settings: MpioPathSetting[] = disk.pathSettings.map((setting) => ({ ...setting }));
  for (const [index, requested] of (command.paths ?? []).entries()) {
    const field = `paths.${index}`;
    if (!sessions.some((session) => pathKey(session) === requested.path)) return invalid('mpio.path', `${field}.path`, `Disk ${disk.number} has no path ${requested.path}.`);
    if (requested.weight !== undefined) {
      if (policy !== 'weighted-paths') return invalid('mpio.weight_unused', `${field}.weight`, 'Weights apply only to the Weighted Paths policy.');
      if (!Number.isInteger(requested.weight) || requested.weight < PATH_WEIGHT_MIN || requested.weight > PATH_WEIGHT_MAX) return invalid('mpio.weight', `${field}.weight`, `A path weight is a whole number from ${PATH_WEIGHT_MIN} to ${PATH_WEIGHT_MAX}.`);
    }
    if (requested.standby && policy !== 'fail-over-only' && policy !== 'round-robin-with-subset') return invalid('mpio.standby_unused', `${field}.standby`, 'Standby paths apply only to Fail Over Only and Round Robin With Subset.');
    const setting = settings.find((candidate) => candidate.path === requested.path) ?? settings[settings.push({ path: requested.path, standby: false, weight: null }) - 1]!;
    if (requested.standby !== undefined) setting.standby = requested.standby;
    if (requested.weight !== undefined) setting.weight = requested.weight;
  }
  if (policy === 'fail-over-only' || policy === 'round-robin-with-subset') {
    const isStandby = (session: { initiatorAddress: string; portal: string }) => settings.find((setting) => setting.path === pathKey(session))?.standby === true;
    const active = sessions.filter((session) => !isStandby(session));
    if (policy === 'fail-over-only' && active.length > 1) return conflict('mpio.one_active', 'paths', 'Fail Over Only uses one active path: set the other paths to Standby.');
    if (!active.some((session) => session.state === 'connected')) return conflict('mpio.no_active_path', 'paths', `${MPIO_POLICIES.find((entry) => entry.id === policy)!.name} needs an active path that is connected.`);
  }
  return accept((ctx) => {
    disk.policy = policy;
    disk.pathSettings = settings;
    touchDisk(ctx, disk);
  });
}
