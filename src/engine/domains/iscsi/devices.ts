// The devices of connected targets as the initiator sees them: one per connected session whose
// target's LUN is a present disk of the server (the disks domain keeps the disks: one per path
// before the MPIO claim, one per LUN after it, each reached through every path). Each device
// carries its disk's number, its SCSI address (the session's place among the initiator's
// sessions is its target id) and what Auto Configure binds: the disk's lettered volumes, or
// the device itself when it has none.
import { deviceAddress, GUID_DEVINTERFACE_DISK, type IscsiDeviceView, type IscsiInitiator } from '../../../domain/iscsi';
import type { LabState } from '../../state';
import { disksOf } from '../disks/state';
import { sessionsOf } from '../disks/sync';

export function deviceViews(state: LabState, initiator: IscsiInitiator): IscsiDeviceView[] {
  const targetIds = new Map(initiator.sessions.map((session, index) => [session.id, index]));
  const devices: { device: IscsiDeviceView; targetId: number }[] = [];
  for (const disk of disksOf(state, initiator.id)) {
    if (!disk.present) continue;
    // UNVERIFIED middle part: Windows names the device by its bus (mpio after the claim) and the vendor's strings.
    const devicePath = `\\\\?\\${disk.path === null ? 'mpio' : 'scsi'}#disk&ven_starwind&prod_starwind#${disk.lun.toLowerCase()}#${GUID_DEVINTERFACE_DISK}`;
    const volumes = disk.volumes.filter((volume) => volume.driveLetter !== null).map((volume) => `${volume.driveLetter}:\\`);
    for (const session of sessionsOf(state, disk)) {
      if (session.state !== 'connected') continue;
      const targetId = targetIds.get(session.id) ?? 0;
      devices.push({ targetId, device: { name: `Disk ${disk.number}`, diskNumber: disk.number, address: deviceAddress(targetId), target: session.iqn, session: session.id, devicePath, volumes: [...volumes] } });
    }
  }
  return devices.sort((a, b) => a.device.diskNumber - b.device.diskNumber || a.targetId - b.targetId).map((entry) => entry.device);
}

/** What Auto Configure binds: each device's volumes, or the device when it has none; each once. */
export function bindablePaths(state: LabState, initiator: IscsiInitiator): string[] {
  const paths: string[] = [];
  for (const device of deviceViews(state, initiator)) for (const path of device.volumes.length > 0 ? device.volumes : [device.devicePath]) if (!paths.includes(path)) paths.push(path);
  return paths;
}

/** Whether `path` (normalised) is a volume, a mount point under a volume, or a device of a connected target. */
export function isBindable(state: LabState, initiator: IscsiInitiator, path: string): boolean {
  for (const device of deviceViews(state, initiator)) {
    if (device.devicePath.toLowerCase() === path.toLowerCase()) return true;
    if (device.volumes.some((volume) => path.toUpperCase().startsWith(volume.toUpperCase()))) return true;
  }
  return false;
}
