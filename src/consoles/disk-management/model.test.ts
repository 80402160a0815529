import { describe, expect, test } from 'vitest';
import { diskHeader, formatDiskSize, freeLetters, maximumMb, partitionsOf, percentFree, volumeRows } from './model';
import { iscsiDisk, systemDisk } from './disks.fixtures';

const GIB = 1024 ** 3;

describe('Disk Management as it draws the lab\'s disks', () => {
  test('a new shared LUN: Unknown, Not Initialized only once Online; Offline with the policy hint', () => {
    expect(diskHeader(iscsiDisk(1))).toEqual({ name: 'Disk 1', type: 'Unknown', size: '10.00 GB', status: 'Offline', hint: 'The disk is offline because of policy set by an administrator' });
    expect(diskHeader(iscsiDisk(1, { state: 'Online' }))).toMatchObject({ type: 'Unknown', status: 'Not Initialized', hint: undefined });
    expect(diskHeader(iscsiDisk(1, { state: 'Online', partitionStyle: 'MBR' }))).toMatchObject({ type: 'Basic', status: 'Online' });
    expect(formatDiskSize(1536 * 1024 ** 2)).toBe('1.50 GB');
  });

  test('partitions: the volumes, then what is left Unallocated, each with its share of the bar', () => {
    const empty = iscsiDisk(1, { state: 'Online', partitionStyle: 'MBR' });
    expect(partitionsOf(empty)).toEqual([{ kind: 'unallocated', sizeBytes: 10 * GIB, lines: ['10.00 GB', 'Unallocated'], share: 1 }]);
    const half = iscsiDisk(1, { state: 'Online', partitionStyle: 'MBR', volumes: [{ driveLetter: 'E', label: 'Quorum', fileSystem: 'NTFS', sizeBytes: 5 * GIB, quickFormat: true }] });
    expect(partitionsOf(half).map((part) => [part.kind, part.lines, part.share])).toEqual([
      ['volume', ['Quorum (E:)', '5.00 GB NTFS', 'Healthy (Primary Partition)'], 0.5],
      ['unallocated', ['5.00 GB', 'Unallocated'], 0.5],
    ]);
    expect(maximumMb(half)).toBe(5120);
  });

  test('the volume list: one row per volume with its layout, type, status and free space', () => {
    const disk = iscsiDisk(1, { state: 'Online', partitionStyle: 'GPT', volumes: [{ driveLetter: null, label: 'New Volume', fileSystem: 'NTFS', sizeBytes: GIB, quickFormat: true }] });
    const rows = volumeRows([systemDisk(), disk]);
    expect(rows.map((row) => [row.volume, row.layout, row.type, row.fileSystem, row.status, percentFree(row)])).toEqual([
      ['(C:)', 'Simple', 'Basic', 'NTFS', 'Healthy (System, Boot, Page File, Active, Crash Dump, Primary Partition)', '100 %'],
      ['New Volume', 'Simple', 'Basic', 'NTFS', 'Healthy (Primary Partition)', '100 %'],
    ]);
  });

  test('free letters skip C and every letter in use', () => {
    const disk = iscsiDisk(1, { state: 'Online', partitionStyle: 'MBR', volumes: [{ driveLetter: 'D', label: 'x', fileSystem: 'NTFS', sizeBytes: GIB, quickFormat: true }] });
    expect(freeLetters([systemDisk(), disk]).slice(0, 2)).toEqual(['E', 'F']);
    expect(freeLetters([systemDisk()])).toHaveLength(23);
  });
});
