// What Disk Management and the MPIO dialogs show: Disk 0 (the system disk, always there) and the
// present disks in number order, each with its size (the StarWind device's) and its paths read
// from the live sessions (Failed while a session is Reconnecting).
import {
  ISCSI_HARDWARE_ID,
  pathKey,
  SYSTEM_DISK_BYTES,
  SYSTEM_DRIVE_LETTER,
  type DiskPathView,
  type DiskView,
  type HostDisk,
  type MpioSettings,
  type MpioView,
} from '../../../domain/disks';
import { featureStateOf } from '../../../domain/features';
import type { LabState } from '../../state';
import { disksOf } from './state';
import { lunOf, sessionsOf } from './sync';

const MULTIPATH_IO = 'Multipath-IO';

/** Multipath I/O is in effect on the server (installed, or removed but still in effect until the boot). */
export function mpioFeatureState(state: LabState, hostId: string): string {
  const server = state.features.servers.get(hostId);
  return server ? featureStateOf(server, MULTIPATH_IO) : 'available';
}

export function mpioView(state: LabState, settings: MpioSettings): MpioView {
  const feature = mpioFeatureState(state, settings.id);
  return {
    host: settings.host, iscsiClaimed: settings.iscsiClaimed, claimPending: settings.claimPending, featureInstalled: feature === 'installed' || feature === 'remove-pending',
    deviceIds: [...settings.deviceIds], pendingDeviceIds: settings.pendingDeviceIds && [...settings.pendingDeviceIds],
    hardwareIds: [...(settings.iscsiClaimed ? [ISCSI_HARDWARE_ID] : []), ...settings.deviceIds],
  };
}

export function systemDiskView(): DiskView {
  return {
    number: 0, name: 'Disk 0', kind: 'system', lun: null, sizeBytes: SYSTEM_DISK_BYTES, state: 'Online', partitionStyle: 'MBR',
    volumes: [{ driveLetter: SYSTEM_DRIVE_LETTER, label: '', fileSystem: 'NTFS', sizeBytes: SYSTEM_DISK_BYTES, quickFormat: false }],
    multipath: false, policy: null, paths: [],
  };
}

export function pathViews(state: LabState, disk: HostDisk): DiskPathView[] {
  const standbyUsed = disk.policy === 'fail-over-only' || disk.policy === 'round-robin-with-subset';
  return sessionsOf(state, disk).map((session) => {
    const setting = disk.pathSettings.find((candidate) => candidate.path === pathKey(session));
    const state = session.state === 'reconnecting' ? 'Failed' : standbyUsed && setting?.standby ? 'Standby' : 'Active/Optimized';
    const counted = disk.io?.counters.find((entry) => entry.path === pathKey(session));
    const counters = { reads: counted?.reads ?? 0, writes: counted?.writes ?? 0, bytes: counted?.bytes ?? 0 };
    return { session: session.id, initiatorAddress: session.initiatorAddress, portal: session.portal, target: session.iqn, state, weight: disk.policy === 'weighted-paths' ? (setting?.weight ?? 0) : null, counters };
  });
}

export function diskSizeBytes(state: LabState, disk: HostDisk): number {
  const session = sessionsOf(state, disk)[0];
  return (session && lunOf(state, session)?.sizeBytes) ?? 0;
}

export function diskView(state: LabState, disk: HostDisk): DiskView {
  return {
    number: disk.number, name: `Disk ${disk.number}`, kind: 'iscsi', lun: disk.lun, sizeBytes: diskSizeBytes(state, disk), state: disk.state,
    partitionStyle: disk.partitionStyle, volumes: disk.volumes.map((volume) => ({ ...volume })), multipath: disk.path === null,
    policy: disk.path === null ? disk.policy : null, paths: pathViews(state, disk),
  };
}

export function hostDiskViews(state: LabState, hostId: string): DiskView[] {
  return [systemDiskView(), ...disksOf(state, hostId).filter((disk) => disk.present).map((disk) => diskView(state, disk))];
}

/** Drive letters in use on the server: C and every present volume's. */
export function lettersInUse(state: LabState, hostId: string): Set<string> {
  const letters = new Set([SYSTEM_DRIVE_LETTER]);
  for (const disk of disksOf(state, hostId)) if (disk.present) for (const volume of disk.volumes) if (volume.driveLetter) letters.add(volume.driveLetter);
  return letters;
}
