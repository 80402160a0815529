// Disk Management of one server (Server Manager → Storage → Disk Management): the volume list
// above, the graphical disk list below, as 2008 R2 draws them. The disks come from the lab's
// route and follow the mirror; a cell's context menu is the shell's, from the selected item.
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useApi, useShell } from '../../shell/shell-context';
import { useLabMirror } from '../../stores/lab-mirror';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { DiskList } from './disk-list';
import { DISK_MANAGEMENT, VOLUME_COLUMNS, WORDS } from './labels';
import { formatDiskSize, percentFree, volumeRows, type VolumeRow } from './model';
import { hostRunning, useDisks } from './use-disks';

const COLUMNS: GridColumn<VolumeRow>[] = [
  { id: 'volume', header: VOLUME_COLUMNS.volume, width: 'minmax(120px, 1fr)', cell: (row) => row.volume, sortValue: (row) => row.volume },
  { id: 'layout', header: VOLUME_COLUMNS.layout, width: '64px', cell: (row) => row.layout },
  { id: 'type', header: VOLUME_COLUMNS.type, width: '56px', cell: (row) => row.type },
  { id: 'fileSystem', header: VOLUME_COLUMNS.fileSystem, width: '96px', cell: (row) => row.fileSystem },
  { id: 'status', header: VOLUME_COLUMNS.status, width: 'minmax(160px, 1.5fr)', cell: (row) => row.status },
  { id: 'capacity', header: VOLUME_COLUMNS.capacity, width: '80px', align: 'right', cell: (row) => formatDiskSize(row.capacityBytes), sortValue: (row) => row.capacityBytes },
  { id: 'free', header: VOLUME_COLUMNS.free, width: '84px', align: 'right', cell: (row) => formatDiskSize(row.freeBytes), sortValue: (row) => row.freeBytes },
  { id: 'percentFree', header: VOLUME_COLUMNS.percentFree, width: '72px', align: 'right', cell: percentFree },
];

export default function DiskManagementView() {
  const host = useParams().name ?? '';
  const api = useApi();
  const shell = useShell();
  const { disks, error } = useDisks(api, host);
  const running = useLabMirror((state) => hostRunning(state, host));
  const rows = useMemo(() => volumeRows(disks ?? []), [disks]);
  const [volume, setVolume] = useState<string | null>(null);
  return (
    <div className="flex h-full min-h-0 flex-col" data-view="disk-management">
      <h1 className="border-b border-line px-4 py-2 text-base font-semibold">
        {DISK_MANAGEMENT} ({host})
      </h1>
      {!running && (
        <p role="status" className="border-b border-line bg-warn-soft px-4 py-2 text-sm text-fg">
          {WORDS.hostOff(host)}
        </p>
      )}
      {error && (
        <p role="alert" className="px-4 py-2 text-sm text-error">
          {error}
        </p>
      )}
      <DataGrid
        aria-label={WORDS.volumesList}
        rows={rows}
        columns={COLUMNS}
        getRowId={(row) => row.id}
        selectedId={volume}
        onSelectionChange={(id) => {
          // One selection in the page, as Disk Management keeps it: a volume row is no disk item,
          // so its context menu is the node's, not the disk's selected before.
          setVolume(id);
          shell.setItem(null);
        }}
        emptyMessage={WORDS.noVolumes}
        columnsKey="disk-management-volumes"
        className="h-40 shrink-0 border-b border-line"
      />
      <div className="min-h-0 flex-1 overflow-auto bg-panel">
        {disks && (
          <DiskList
            host={host}
            disks={disks}
            selected={shell.item}
            onSelect={(item) => {
              setVolume(null);
              shell.setItem(item);
            }}
            onContextMenu={(anchor) => {
              if (shell.node) shell.openContextMenu({ target: 'row', node: shell.node, anchor });
            }}
          />
        )}
      </div>
    </div>
  );
}
