// Event Viewer's "Overview and Summary": events by level over recent virtual time, and each log's size.
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { EVENT_LEVELS, EVENT_LOGS, type EventLevel } from '../../domain/event-log';
import { MS_PER_DAY, MS_PER_HOUR } from '../../domain/units';
import { DEFAULT_START_EPOCH_MS } from '../../domain/lab';
import { useLabMirror } from '../../stores/lab-mirror';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { formatWindowsDateTime } from '../../ui/lab-time';
import { logHref } from './labels';
import { LevelLabel } from '../../ui/events/level-label';

interface LevelRow {
  level: EventLevel;
  lastHour: number;
  lastDay: number;
  lastWeek: number;
  total: number;
}
interface LogRow {
  name: string;
  count: number;
  newestMs: number | null;
}

const COUNT = new Intl.NumberFormat('en-US');

const LEVEL_COLUMNS: GridColumn<LevelRow>[] = [
  { id: 'type', header: 'Event Type', width: '150px', cell: (row) => <LevelLabel level={row.level} /> },
  { id: 'hour', header: 'Last hour', width: '100px', align: 'right', cell: (row) => COUNT.format(row.lastHour) },
  { id: 'day', header: '24 hours', width: '100px', align: 'right', cell: (row) => COUNT.format(row.lastDay) },
  { id: 'week', header: '7 days', width: '100px', align: 'right', cell: (row) => COUNT.format(row.lastWeek) },
  { id: 'total', header: 'Total', width: 'minmax(100px, 1fr)', align: 'right', cell: (row) => COUNT.format(row.total) },
];

export default function EventViewerOverview() {
  const events = useLabMirror((state) => state.events);
  const nowMs = useLabMirror((state) => state.nowMs);
  const startEpochMs = useLabMirror((state) => state.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS);
  const navigate = useNavigate();
  const [selectedLevel, setSelectedLevel] = useState<string | null>(null);
  const [selectedLog, setSelectedLog] = useState<string | null>(null);

  const { levels, logs } = useMemo(() => {
    const byLevel = new Map<EventLevel, LevelRow>(EVENT_LEVELS.map((level) => [level, { level, lastHour: 0, lastDay: 0, lastWeek: 0, total: 0 }]));
    const byLog = new Map<string, LogRow>(EVENT_LOGS.map((name) => [name, { name, count: 0, newestMs: null }]));
    for (const event of events) {
      const row = byLevel.get(event.level);
      if (row) {
        const ageMs = nowMs - event.timeMs;
        row.total += 1;
        if (ageMs <= 7 * MS_PER_DAY) row.lastWeek += 1;
        if (ageMs <= MS_PER_DAY) row.lastDay += 1;
        if (ageMs <= MS_PER_HOUR) row.lastHour += 1;
      }
      const logRow = byLog.get(event.log);
      if (logRow) {
        logRow.count += 1;
        logRow.newestMs = event.timeMs;
      }
    }
    return { levels: [...byLevel.values()], logs: [...byLog.values()] };
  }, [events, nowMs]);

  const logColumns = useMemo<GridColumn<LogRow>[]>(
    () => [
      { id: 'name', header: 'Log Name', width: '200px', cell: (row) => row.name, sortValue: (row) => row.name },
      { id: 'count', header: 'Number of Events', width: '140px', align: 'right', cell: (row) => COUNT.format(row.count), sortValue: (row) => row.count },
      { id: 'newest', header: 'Newest Event', width: 'minmax(180px, 1fr)', cell: (row) => (row.newestMs === null ? '—' : formatWindowsDateTime(startEpochMs + row.newestMs)) },
    ],
    [startEpochMs],
  );

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-auto p-3">
      <p className="text-sm text-muted">Events of every server of the lab, as their System, Application and service logs record them.</p>
      <section className="flex flex-col gap-1" aria-labelledby="ev-summary">
        <h2 id="ev-summary" className="text-sm font-semibold">
          Summary of Administrative Events
        </h2>
        <DataGrid aria-label="Summary of Administrative Events" rows={levels} columns={LEVEL_COLUMNS} getRowId={(row) => row.level} selectedId={selectedLevel} onSelectionChange={setSelectedLevel} className="h-[96px] border border-line" />
      </section>
      <section className="flex flex-col gap-1" aria-labelledby="ev-logs">
        <h2 id="ev-logs" className="text-sm font-semibold">
          Log Summary
        </h2>
        <DataGrid
          aria-label="Log Summary"
          rows={logs}
          columns={logColumns}
          getRowId={(row) => row.name}
          selectedId={selectedLog}
          onSelectionChange={setSelectedLog}
          onRowAction={(name) => void navigate(logHref(name))}
          className="h-[118px] border border-line"
        />
      </section>
    </div>
  );
}
