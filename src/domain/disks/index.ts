// The disks domain's descriptor: each Windows server's MPIO settings (Discover Multi-Paths, "Add
// support for iSCSI devices") and its disks as Disk Management numbers them. A disk's paths are
// not stored: they are read from the iscsi domain's live sessions, so a path always belongs to a
// session. Facts: domain-facts.md Part A §4–§5, Part B §6.
import { defineDomain } from '../descriptor';

import type { DiskIo, IoResult, PathCounters } from './io';

export * from './facts';
export * from './io';

export const MPIO_COLLECTION = 'mpioSettings';
export const DISKS_COLLECTION = 'hostDisks';

/** Per server: whether MPIO claims iSCSI devices now, and whether a change of that waits for the next boot. */
export interface MpioSettings {
  /** The host's id. */
  id: string;
  host: string;
  /** In effect: iSCSI LUNs are claimed by the Microsoft DSM (one disk per LUN). */
  iscsiClaimed: boolean;
  /** The checkbox was changed; the opposite of `iscsiClaimed` takes effect at the next completed boot. */
  claimPending: boolean;
  /** Hardware IDs added on MPIO Devices (Add → Add MPIO Support), in effect now; the iSCSI one is `iscsiClaimed`. */
  deviceIds: string[];
  /** The list of added hardware IDs that takes effect at the next completed boot, or null when none waits. */
  pendingDeviceIds: string[] | null;
}

export type MpioPolicy = 'fail-over-only' | 'round-robin' | 'round-robin-with-subset' | 'least-queue-depth' | 'weighted-paths' | 'least-blocks';
export type PartitionStyle = 'MBR' | 'GPT';
export type DiskState = 'Online' | 'Offline';
export type MpioPathState = 'Active/Optimized' | 'Standby' | 'Failed';

/** An administrator's setting of one path (by its session's portal and initiator address, which survive a reconnect). */
export interface MpioPathSetting {
  /** "initiatorAddress->portal". */
  path: string;
  /** Standby under Fail Over Only / Round Robin With Subset. */
  standby: boolean;
  /** Weighted Paths only. */
  weight: number | null;
}

export interface DiskVolume {
  driveLetter: string | null;
  label: string;
  fileSystem: 'NTFS';
  sizeBytes: number;
  quickFormat: boolean;
}

/**
 * One disk of a server, kept across reconnects and restarts. Id "<hostId>:<lun>" when MPIO
 * claims it, "<hostId>:<lun>:<path>" for one path before the claim.
 */
export interface HostDisk {
  id: string;
  /** The host's id. */
  hostId: string;
  number: number;
  /** The LUN serial (derived from the StarWind HA device id, or the device id). */
  lun: string;
  /** The one path this disk stands for (before the claim); null for an MPIO disk. */
  path: string | null;
  /** Seen by Windows now (false after PDORemovePeriod with no path, or with no session at all). */
  present: boolean;
  state: DiskState;
  partitionStyle: PartitionStyle | null;
  volumes: DiskVolume[];
  policy: MpioPolicy;
  pathSettings: MpioPathSetting[];
  /** The I/O generator's record (absent until the first run; see io.ts). */
  io?: DiskIo;
}

export interface DiskPathView {
  session: string;
  initiatorAddress: string;
  portal: string;
  target: string;
  state: MpioPathState;
  weight: number | null;
  /** Cumulative I/O through this path (the I/O generator's). */
  counters: Omit<PathCounters, 'path'>;
}

export interface DiskView {
  number: number;
  /** "Disk 0". */
  name: string;
  kind: 'system' | 'iscsi';
  lun: string | null;
  sizeBytes: number;
  state: DiskState;
  partitionStyle: PartitionStyle | null;
  volumes: DiskVolume[];
  multipath: boolean;
  policy: MpioPolicy | null;
  paths: DiskPathView[];
}

export interface MpioView extends Omit<MpioSettings, 'id'> {
  featureInstalled: boolean;
  /** The MPIO Devices list as in effect now: the iSCSI bus's ID when claimed, then the added ones. */
  hardwareIds: string[];
}

export type DiskVolumeRequest = { sizeBytes?: number; driveLetter?: string | null; fileSystem?: string; label?: string; quickFormat?: boolean };
export type DisksCommand =
  | { type: 'mpioSetClaim'; host: string; iscsiClaimed?: boolean; deviceIds?: string[] }
  | { type: 'diskSet'; host: string; number: number; online?: boolean; partitionStyle?: string; volume?: DiskVolumeRequest }
  | { type: 'diskSetMpio'; host: string; number: number; policy: string; paths?: { path: string; standby?: boolean; weight?: number }[] }
  | { type: 'diskIo'; host: string; number: number; op: string; pattern: string; blockBytes: number; count: number; offsetBytes?: number; queueDepth?: number };
export type DisksQuery = { type: 'hostMpio'; host: string } | { type: 'hostDisks'; host: string } | { type: 'diskIoLast'; host: string; number: number };
export interface DisksQueryAnswers {
  hostMpio: MpioView;
  hostDisks: { host: string; disks: DiskView[] };
  /** The disk's last I/O run: its job (null when it completed in its command) and its result once it has ended. */
  diskIoLast: { host: string; number: number; jobId: string | null; result: IoResult | null };
}

export const disksDescriptor = defineDomain<{
  entities: { mpioSettings: MpioSettings; hostDisks: HostDisk };
  command: DisksCommand;
  query: DisksQuery;
  answers: DisksQueryAnswers;
}>()({
  name: 'disks',
  collections: [MPIO_COLLECTION, DISKS_COLLECTION],
  schemaVersion: 2,
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).disksSchemas,
});
