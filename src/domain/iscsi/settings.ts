// The initiator's own settings beyond its name: RADIUS servers (RADIUS tab), the initiator CHAP
// secret (Configuration → CHAP…) and the bound volumes and devices (Volumes and Devices tab).
// Shared by the engine (which decides) and the console (which checks a field as it is typed).
//
// Sourced: RADIUS authentication's port is 1812 (RFC 2865 §3); Auto Configure and Clear are the
// initiator's SetupPersistentIScsiDevices ("builds the list of devices and volumes assigned to
// iSCSI targets that are connected to the computer") and ClearPersistentIScsiDevices, Add and
// Remove its AddPersistentIscsiDevice and RemovePersistentIscsiDevice (learn.microsoft.com
// iscsidsc.h). GUID_DEVINTERFACE_DISK is {53f56307-b6bf-11d0-94f2-00a0c91efb8b} (ntddstor.h).
// UNVERIFIED: the shared secret's limit (Windows NPS accepts up to 128 characters; nothing
// captured says what the initiator's dialog enforces), the wording of the refusals, the SCSI port
// number the Microsoft iSCSI miniport gets (2 here) and the middle part of a device path.
import { isIpv4 } from '../net';

export const RADIUS_PORT = 1812;
export const RADIUS_SECRET_MAX_CHARS = 128;
/** Bounds the lists an initiator keeps (TigerStyle: a limit on everything). */
export const RADIUS_SERVERS_MAX = 16;
export const BOUND_VOLUMES_MAX = 256;

/** The SCSI port number of the Microsoft iSCSI Initiator's miniport in the Devices dialog's addresses (UNVERIFIED). */
export const ISCSI_SCSI_PORT = 2;
export const GUID_DEVINTERFACE_DISK = '{53f56307-b6bf-11d0-94f2-00a0c91efb8b}';

/** A device address as the Devices dialog shows it. */
export function deviceAddress(targetId: number, lun = 0): string {
  return `Port ${ISCSI_SCSI_PORT}: Bus 0: Target ${targetId}: LUN ${lun}`;
}

/** Why a RADIUS server's address cannot be used: an IPv4 address or a DNS name (labels of letters, digits and hyphens). */
export function radiusAddressProblem(address: string): string | undefined {
  const text = address.trim();
  if (!text) return 'Enter the RADIUS server name or IP address.';
  if (/^[\d.]+$/.test(text)) return isIpv4(text) ? undefined : `${text} is not a valid IP address.`;
  return /^[a-z\d]([a-z\d-]{0,61}[a-z\d])?(\.[a-z\d]([a-z\d-]{0,61}[a-z\d])?)*$/i.test(text) ? undefined : `${text} is not a valid DNS name.`;
}

export function radiusPortProblem(port: unknown): string | undefined {
  return Number.isInteger(port) && (port as number) >= 1 && (port as number) <= 65535 ? undefined : 'The port is a whole number from 1 to 65535.';
}

/** Why a RADIUS shared secret (clear) cannot be used. */
export function radiusSecretProblem(secret: string): string | undefined {
  if (secret === '') return 'Enter the RADIUS shared secret.';
  if ([...secret].length > RADIUS_SECRET_MAX_CHARS) return `The RADIUS shared secret can be at most ${RADIUS_SECRET_MAX_CHARS} characters long.`;
  return undefined;
}

const DRIVE = /^([a-z]):\\?$/i;
const MOUNT_POINT = /^([a-z]):\\([^\\/:*?"<>|]+\\)*[^\\/:*?"<>|]+\\?$/i;
const DEVICE = /^\\\\\?\\[^\s\\]+$/;

/**
 * A volume, mount point or device path as the Volume List keeps it ("E:\", "E:\Data\",
 * "\\?\mpio#disk…"), or the reason the field cannot be one.
 */
export function boundVolumePath(text: string): { ok: true; path: string } | { ok: false; problem: string } {
  const path = text.trim();
  if (path === '') return { ok: false, problem: 'Enter a drive letter, mount point or device.' };
  const drive = DRIVE.exec(path);
  if (drive) return { ok: true, path: `${drive[1]!.toUpperCase()}:\\` };
  if (MOUNT_POINT.test(path)) return { ok: true, path: `${path[0]!.toUpperCase()}${path.slice(1)}${path.endsWith('\\') ? '' : '\\'}` };
  if (DEVICE.test(path)) return { ok: true, path };
  return { ok: false, problem: `${path} is not a drive letter (E:), a mount point (E:\\Folder) or a device path (\\\\?\\…).` };
}
