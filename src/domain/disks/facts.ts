// Facts of MPIO and Disk Management (domain-facts.md Part A §4–§5, Part B §6).
import type { MpioPolicy } from './index';

/** MPIO timers: the pseudo-LUN stays "even after losing all its paths" this long (Get-MPIOSetting default). */
export const PDO_REMOVE_PERIOD_MS = 20_000;

/** The MSDSM policies in the order of the MPIO tab (dd851699, VDS_LOADBALANCE_POLICY_ENUM 1–6). */
export const MPIO_POLICIES: readonly { id: MpioPolicy; name: string }[] = [
  { id: 'fail-over-only', name: 'Fail Over Only' },
  { id: 'round-robin', name: 'Round Robin' },
  { id: 'round-robin-with-subset', name: 'Round Robin With Subset' },
  { id: 'least-queue-depth', name: 'Least Queue Depth' },
  { id: 'weighted-paths', name: 'Weighted Paths' },
  { id: 'least-blocks', name: 'Least Blocks' },
];

/** "The default option is Round Robin" (Dell NX3100 iSCSI dialog; the seed shows it). */
export const DEFAULT_MPIO_POLICY: MpioPolicy = 'round-robin';

/**
 * Weighted Paths: "A large number means that the path priority is low". The range is
 * UNVERIFIED (no captured source gives it); 0 to 2^31-1 is the DWORD range MSDSM weights are stored in.
 */
export const PATH_WEIGHT_MIN = 0;
export const PATH_WEIGHT_MAX = 2_147_483_647;

/** GPT is required above 2 TB (diskpart articles): MBR addresses 2^32 sectors of 512 bytes. */
export const MBR_MAX_BYTES = 2 ** 32 * 512;

/** The system disk every Windows server has as Disk 0 (its size UNVERIFIED: the lab's VM disk). */
export const SYSTEM_DISK_BYTES = 40 * 1024 ** 3;
/** The system volume's letter. */
export const SYSTEM_DRIVE_LETTER = 'C';

/** A volume label: NTFS allows 32 characters. */
export const NTFS_LABEL_MAX_CHARS = 32;

/** The LUN serial Windows sees for a StarWind device: both targets of an HA device present the same one. */
export function lunSerial(device: { id: string; haDeviceId: string | null }): string {
  return `SW-${device.haDeviceId ?? device.id}`;
}

export const pathKey = (session: { initiatorAddress: string; portal: string }) => `${session.initiatorAddress}->${session.portal}`;

/**
 * The hardware ID "Add support for iSCSI devices" puts on the MPIO Devices list: vendor "MSFT2005"
 * and product "iSCSIBusType_0x9" (mpclaim -n -i -d "MSFT2005iSCSIBusType_0x9"; Microsoft's MPIO lab
 * steps: "verify that MSFT2005iSCSIBusType_0x9 is listed as a device").
 */
export const ISCSI_HARDWARE_ID = 'MSFT2005iSCSIBusType_0x9';

/** A hardware ID is a SCSI vendor ID (8 characters, padded with spaces) followed by a product ID (at most 16). */
export const HARDWARE_ID_VENDOR_CHARS = 8;
export const HARDWARE_ID_PRODUCT_CHARS_MAX = 16;

/**
 * Why a device hardware ID cannot go on the MSDSM list, or undefined. The SCSI INQUIRY fields are
 * printable ASCII; mpclaim takes them padded ("Unlike MPCLAIM.exe ... do not pad the fields with
 * spaces", New-MSDSMSupportedHW), so the vendor part is the first 8 characters, spaces included.
 */
export function hardwareIdProblem(id: string): string | undefined {
  const trimmed = id.replace(/\s+$/, '');
  if (trimmed.length === 0) return 'Enter the device hardware ID (vendor ID and product ID).';
  if (!/^[\x20-\x7e]+$/.test(trimmed)) return 'A device hardware ID has only printable ASCII characters.';
  const vendor = trimmed.slice(0, HARDWARE_ID_VENDOR_CHARS);
  const product = trimmed.slice(HARDWARE_ID_VENDOR_CHARS);
  if (vendor.trim().length === 0 || vendor.startsWith(' ')) return 'A device hardware ID starts with the vendor ID.';
  if (product.trim().length === 0) return `A device hardware ID is the vendor ID in ${HARDWARE_ID_VENDOR_CHARS} characters (padded with spaces) followed by the product ID.`;
  if (product.length > HARDWARE_ID_PRODUCT_CHARS_MAX) return `The product ID has at most ${HARDWARE_ID_PRODUCT_CHARS_MAX} characters (after the ${HARDWARE_ID_VENDOR_CHARS}-character vendor ID).`;
  return undefined;
}

/** Added hardware IDs per server (the lab's bound; Windows keeps them in a registry value). */
export const DEVICE_IDS_MAX = 64;

/** A hardware ID as the list keeps it: without trailing spaces (the product ID's padding). */
export const normalHardwareId = (id: string) => id.replace(/\s+$/, '');

/**
 * MPIO timers (Get-MPIOSetting defaults): a failed I/O is retried on another path after
 * RetryInterval (1 s). RetryCount (3) is not modelled: the lab retries while a path is usable.
 */
export const MPIO_RETRY_INTERVAL_MS = 1_000;
