// Storage: the cluster's disks with their status, current owner (the node holding the disk's
// persistent reservation), what each serves (Disk Witness in Quorum, Cluster Shared Volume,
// Available Storage) and its capacity.
import { useMemo } from 'react';
import type { ClusterDisk } from '../../domain/cluster';
import { formatBytesWindows } from '../../domain/units';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { DISK_USAGE_LABELS, STORAGE } from './labels';
import { Missing, PageHeading } from './missing';
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
  const [selected, setItem] = useSelectedItem('fcm.disk');
  const rows = useMemo(() => (cluster ? [...cluster.disks].sort((a, b) => USAGE_ORDER[a.usage] - USAGE_ORDER[b.usage]) : []), [cluster]);
  if (!cluster) return <Missing loaded={loaded} what="such cluster" />;
  const totalBytes = cluster.disks.reduce((sum, disk) => sum + disk.sizeBytes, 0);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="shrink-0 border-b border-line p-3">
        <PageHeading title={STORAGE.title}>
          {STORAGE.total}: {formatBytesWindows(totalBytes)}
        </PageHeading>
      </div>
      <DataGrid
        aria-label={STORAGE.list}
        columnsKey="fcm-storage"
        rows={rows}
        columns={COLUMNS}
        getRowId={(disk) => disk.name}
        selectedId={selected}
        onSelectionChange={(name) => setItem(name ? { kind: 'fcm.disk', key: name, label: name } : null)}
        emptyMessage={STORAGE.none}
        className="flex-1"
      />
    </div>
  );
}
