// Cluster Shared Volumes (shown once enabled): each volume's path under C:\ClusterStorage, its
// status ("Online (Redirected Access)" while a node reaches it through the coordinator), the node
// that owns it (the coordinator) and its capacity; Add storage (the node's action) adds eligible disks.
import { useMemo } from 'react';
import type { ClusterDisk } from '../../domain/cluster';
import { formatBytesWindows } from '../../domain/units';
import { useShell } from '../../shell/shell-context';
import { Button } from '../../ui/button';
import type { GridColumn } from '../../ui/data-grid';
import { DiskList } from './disk-list';
import { CSV } from './labels';
import { Missing } from './missing';
import { csvStatus } from './model';
import { FCM_ACTION_IDS } from './paths';
import { useClusterRoute } from './use-cluster';

const COLUMNS: GridColumn<ClusterDisk>[] = [
  { id: 'name', header: CSV.name, width: '140px', cell: (disk) => disk.name, sortValue: (disk) => disk.name },
  { id: 'path', header: CSV.path, width: 'minmax(220px, 1fr)', cell: (disk) => disk.csvPath ?? '', sortValue: (disk) => disk.csvPath ?? '' },
  { id: 'status', header: CSV.status, width: '190px', cell: csvStatus, sortValue: csvStatus },
  { id: 'owner', header: CSV.owner, width: '120px', cell: (disk) => disk.ownerNode ?? '', sortValue: (disk) => disk.ownerNode ?? '' },
  { id: 'capacity', header: CSV.capacity, width: '100px', align: 'right', cell: (disk) => formatBytesWindows(disk.sizeBytes), sortValue: (disk) => disk.sizeBytes },
];

export default function SharedVolumesView() {
  const { cluster, loaded } = useClusterRoute();
  const shell = useShell();
  const rows = useMemo(() => (cluster ? cluster.disks.filter((disk) => disk.usage === 'csv') : []), [cluster]);
  if (!cluster) return <Missing loaded={loaded} what="such cluster" />;
  const add = shell.actions.find((action) => action.id === FCM_ACTION_IDS.addCsv);
  return (
    <DiskList
      title={CSV.title}
      summary={CSV.onEveryNode}
      aside={
        add && (
          <Button onPress={() => shell.run(add)} isDisabled={!shell.api}>
            {CSV.addStorage}
          </Button>
        )
      }
      kind="fcm.csv"
      label={CSV.list}
      columnsKey="fcm-csv"
      columns={COLUMNS}
      rows={rows}
      emptyMessage={CSV.none}
    />
  );
}
