// Disks as the route answers them, for the unit tests of this console.
import type { DiskView } from '../../domain/disks';

const GIB = 1024 ** 3;

export function systemDisk(): DiskView {
  return {
    number: 0, name: 'Disk 0', kind: 'system', lun: null, sizeBytes: 40 * GIB, state: 'Online', partitionStyle: 'MBR',
    volumes: [{ driveLetter: 'C', label: '', fileSystem: 'NTFS', sizeBytes: 40 * GIB, quickFormat: false }], multipath: false, policy: null, paths: [],
  };
}

export function iscsiDisk(number: number, over: Partial<DiskView> = {}): DiskView {
  return {
    number, name: `Disk ${number}`, kind: 'iscsi', lun: 'SW-ha-0001', sizeBytes: 10 * GIB, state: 'Offline', partitionStyle: null, volumes: [],
    multipath: true, policy: 'round-robin', paths: [], ...over,
  };
}
