// Storage: the cluster's disks with their status, current owner (the node holding the disk's
// persistent reservation), what each serves (Disk Witness in Quorum, Cluster Shared Volume,
// Available Storage) and its capacity.
import { useMemo } from 'react';
import type { ClusterDisk } from '../../domain/cluster';
import { formatBytesWindows } from '../../domain/units';
import type { GridColumn } from '../../ui/data-grid';
import { DiskList } from './disk-list';
import { DISK_USAGE_LABELS, STORAGE } from './labels';
import { Missing } from './missing';
import { useClusterRoute } from './use-cluster';

const USAGE_ORDER = { witness: 0, csv: 1, available: 2 } as const;

const COLUMNS: GridColumn<ClusterDisk>[] = [
  { id: 'name', header: STORAGE.name, width: 'minmax(140px, 1fr)', cell: (disk) => disk.name, sortValue: (disk) => disk.name },
  { id: 'status', header: STORAGE.status, width: '90px', cell: (disk) => disk.state, sortValue: (disk) => disk.state },
  { id: 'owner', header: STORAGE.owner, width: '120px', cell: (disk) => disk.ownerNode ?? '', sortValue: (disk) => disk.ownerNode ?? '' },
  { id: 'usage', header: STORAGE.usage, width: '180px', cell: (disk) => DISK_USAGE_LABELS[disk.usage], sortValue: (disk) => USAGE_ORDER[disk.usage] },
  { id: 'capacity', header: STORAGE.capacity, width: '100px', align: 'right', cell: (disk) => formatBytesWindows(disk.sizeBytes), sortValue: (disk) => disk.sizeBytes },
];

export default function StorageView() {
  const { cluster, loaded } = useClusterRoute();
  const rows = useMemo(() => (cluster ? [...cluster.disks].sort((a, b) => USAGE_ORDER[a.usage] - USAGE_ORDER[b.usage]) : []), [cluster]);
  if (!cluster) return <Missing loaded={loaded} what="such cluster" />;
  const totalBytes = cluster.disks.reduce((sum, disk) => sum + disk.sizeBytes, 0);
  return (
    <DiskList
      title={STORAGE.title}
      summary={`${STORAGE.total}: ${formatBytesWindows(totalBytes)}`}
      kind="fcm.disk"
      label={STORAGE.list}
      columnsKey="fcm-storage"
      columns={COLUMNS}
      rows={rows}
      emptyMessage={STORAGE.none}
    />
  );
}
