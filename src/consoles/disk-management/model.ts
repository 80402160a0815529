// What Disk Management draws from the lab's disk list (GET /hosts/{h}/disks): the volume list's
// rows, each disk's header lines and its partitions (volumes, then the unallocated rest), the
// letters in use and the next free one. Pure, so the rules are unit-tested without a browser.
import type { DiskView, DiskVolume } from '../../domain/disks';
import { BYTES_PER_MIB, formatBytesWindows } from '../../domain/units';
import { WORDS } from './labels';

/** Disk Management's sizes: two decimals, binary units ("10.00 GB", "40.00 GB"). */
export function formatDiskSize(sizeBytes: number): string {
  const text = formatBytesWindows(sizeBytes);
  const match = /^([\d.]+) (\w+)$/.exec(text);
  return match && match[2] !== 'bytes' ? `${Number(match[1]).toFixed(2)} ${match[2]}` : text;
}

export const isInitialized = (disk: DiskView) => disk.partitionStyle !== null;

/** The header's lines: "Disk 1", "Basic" / "Unknown", "10.00 GB", "Online" / "Offline" / "Not Initialized". */
export function diskHeader(disk: DiskView): { name: string; type: string; size: string; status: string; hint: string | undefined } {
  const status = disk.state === 'Offline' ? WORDS.offline : isInitialized(disk) ? WORDS.online : WORDS.notInitialized;
  return {
    name: disk.name,
    type: isInitialized(disk) ? WORDS.basic : WORDS.unknown,
    size: formatDiskSize(disk.sizeBytes),
    status,
    // Every Offline disk of the lab is offline through the SAN policy or by the administrator's Offline.
    hint: disk.state === 'Offline' ? WORDS.offlineByPolicy : undefined,
  };
}

export const volumeName = (volume: DiskVolume) => `${volume.label}${volume.driveLetter ? ` (${volume.driveLetter}:)` : ''}`.trim();
export const volumeStatus = (disk: DiskView) => (disk.kind === 'system' ? WORDS.healthySystem : WORDS.healthyPrimary);

export interface Partition {
  kind: 'volume' | 'unallocated';
  sizeBytes: number;
  lines: string[];
  /** Its share of the disk's bar, 0–1. */
  share: number;
}

export function freeBytesOf(disk: DiskView): number {
  return Math.max(0, disk.sizeBytes - disk.volumes.reduce((sum, volume) => sum + volume.sizeBytes, 0));
}

/** The disk's bar: its volumes in order, then the unallocated space (all of it on a disk not initialized). */
export function partitionsOf(disk: DiskView): Partition[] {
  const share = (bytes: number) => (disk.sizeBytes > 0 ? bytes / disk.sizeBytes : 0);
  const parts: Partition[] = disk.volumes.map((volume) => ({
    kind: 'volume',
    sizeBytes: volume.sizeBytes,
    lines: [volumeName(volume), `${formatDiskSize(volume.sizeBytes)} ${volume.fileSystem}`, volumeStatus(disk)].filter((line) => line !== ''),
    share: share(volume.sizeBytes),
  }));
  const free = freeBytesOf(disk);
  if (free > 0) parts.push({ kind: 'unallocated', sizeBytes: free, lines: [formatDiskSize(free), WORDS.unallocated], share: share(free) });
  return parts;
}

export interface VolumeRow {
  id: string;
  volume: string;
  layout: string;
  type: string;
  fileSystem: string;
  status: string;
  capacityBytes: number;
  freeBytes: number;
}

/**
 * The upper list: every volume of the server's disks. Nothing written to a volume is modelled
 * (no files), so its free space is its capacity.
 */
export function volumeRows(disks: readonly DiskView[]): VolumeRow[] {
  return disks.flatMap((disk) =>
    disk.volumes.map((volume, index) => ({
      id: `${disk.number}:${index}`,
      volume: volume.driveLetter ? `(${volume.driveLetter}:)${volume.label ? ` ${volume.label}` : ''}` : volume.label,
      layout: WORDS.simple,
      type: WORDS.basic,
      fileSystem: volume.fileSystem,
      status: volumeStatus(disk),
      capacityBytes: volume.sizeBytes,
      freeBytes: volume.sizeBytes,
    })),
  );
}

export const percentFree = (row: VolumeRow) => (row.capacityBytes > 0 ? `${Math.round((row.freeBytes / row.capacityBytes) * 100)} %` : '');

/** Letters the server uses now (C and every volume's). */
export function lettersInUse(disks: readonly DiskView[]): Set<string> {
  return new Set(disks.flatMap((disk) => disk.volumes.flatMap((volume) => (volume.driveLetter ? [volume.driveLetter.toUpperCase()] : []))));
}

/** The letters New Simple Volume offers: those free from D to Z, in order (A and B are the floppies', C the system's). */
export function freeLetters(disks: readonly DiskView[]): string[] {
  const used = lettersInUse(disks);
  const letters: string[] = [];
  for (let code = 'D'.charCodeAt(0); code <= 'Z'.charCodeAt(0); code++) {
    const letter = String.fromCharCode(code);
    if (!used.has(letter)) letters.push(letter);
  }
  return letters;
}

/** Whole MB of unallocated space: the wizard's Maximum disk space in MB. */
export const maximumMb = (disk: DiskView) => Math.floor(freeBytesOf(disk) / BYTES_PER_MIB);
