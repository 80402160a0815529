import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { EventLogName } from '../../domain/event-log';
import { useLabMirror } from '../../stores/lab-mirror';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { logHref, type LogFolder } from './labels';

interface LogRow {
  name: EventLogName;
  type: string;
  count: number;
}

const COUNT = new Intl.NumberFormat('en-US');
const COLUMNS: GridColumn<LogRow>[] = [
  { id: 'name', header: 'Name', width: '200px', cell: (row) => row.name, sortValue: (row) => row.name },
  { id: 'type', header: 'Type', width: '140px', cell: (row) => row.type, sortValue: (row) => row.type },
  { id: 'count', header: 'Number of Events', width: 'minmax(140px, 1fr)', cell: (row) => COUNT.format(row.count), sortValue: (row) => row.count },
];

/** Counts events per log in one pass. */
export function useLogCounts(): Map<string, number> {
  const events = useLabMirror((state) => state.events);
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const event of events) counts.set(event.log, (counts.get(event.log) ?? 0) + 1);
    return counts;
  }, [events]);
}

/** "Windows Logs": the logs of a folder with their sizes in events. */
export function FolderView({ folder }: { folder: LogFolder }) {
  const counts = useLogCounts();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<string | null>(null);
  const rows = folder.logs.map((name) => ({ name, type: folder.logType, count: counts.get(name) ?? 0 }));
  return (
    <DataGrid
      aria-label={folder.label}
      rows={rows}
      columns={COLUMNS}
      getRowId={(row) => row.name}
      selectedId={selected}
      onSelectionChange={setSelected}
      onRowAction={(name) => void navigate(logHref(name))}
      className="flex-1"
    />
  );
}
