// Cluster Events: the FailoverClustering source's events on the cluster's nodes, newest first,
// with Event Viewer's columns (Node for Computer) and the selected event's details below.
import { useMemo } from 'react';
import type { LabEvent } from '../../api/types';
import { DEFAULT_START_EPOCH_MS } from '../../domain/lab';
import { useLabMirror } from '../../stores/lab-mirror';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { EventDetails } from '../../ui/events/event-details';
import { formatEventId, LEVEL_ORDER } from '../../ui/events/event-labels';
import { LevelLabel } from '../../ui/events/level-label';
import { formatWindowsDateTime } from '../../ui/lab-time';
import { EVENTS } from './labels';
import { clusterEvents } from './model';
import { Missing } from './missing';
import { useClusterRoute } from './use-cluster';

function columns(startEpochMs: number): GridColumn<LabEvent>[] {
  return [
    { id: 'level', header: EVENTS.level, width: '110px', cell: (event) => <LevelLabel level={event.level} />, sortValue: (event) => LEVEL_ORDER[event.level] },
    { id: 'time', header: EVENTS.time, width: '165px', cell: (event) => formatWindowsDateTime(startEpochMs + event.timeMs), sortValue: (event) => event.seq },
    { id: 'source', header: EVENTS.source, width: '240px', cell: (event) => event.source, sortValue: (event) => event.source },
    { id: 'eventId', header: EVENTS.eventId, width: '72px', align: 'right', cell: formatEventId, sortValue: (event) => event.eventId },
    { id: 'node', header: EVENTS.node, width: 'minmax(100px, 1fr)', cell: (event) => event.host, sortValue: (event) => event.host },
  ];
}

export default function ClusterEventsView() {
  const { cluster, loaded } = useClusterRoute();
  const events = useLabMirror((state) => state.events);
  const hosts = useLabMirror((state) => state.hosts);
  const startEpochMs = useLabMirror((state) => state.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS);
  const [selected, setItem] = useSelectedItem('event');
  const rows = useMemo(() => (cluster ? clusterEvents(events, cluster) : []), [cluster, events]);
  const gridColumns = useMemo(() => columns(startEpochMs), [startEpochMs]);
  if (!cluster) return <Missing loaded={loaded} what="such cluster" />;
  const selectedEvent = selected === null ? null : (rows.find((event) => String(event.seq) === selected) ?? null);
  const domain = (selectedEvent && hosts[selectedEvent.host]?.domain) || 'SWS.com';
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <p className="shrink-0 border-b border-line bg-panel px-3 py-1.5 text-sm text-muted" data-testid="cluster-event-count">
        <span className="mr-4 font-semibold text-fg">{EVENTS.list}</span>
        {EVENTS.count(rows.length)}
      </p>
      <DataGrid
        aria-label={EVENTS.list}
        columnsKey="fcm-events"
        rows={rows}
        columns={gridColumns}
        getRowId={(event) => String(event.seq)}
        selectedId={selected}
        onSelectionChange={(key) => {
          const event = key === null ? undefined : rows.find((candidate) => String(candidate.seq) === key);
          setItem(event ? { kind: 'event', key: String(event.seq), label: `Event ${formatEventId(event)}, ${event.source}` } : null);
        }}
        emptyMessage={EVENTS.none}
        className="min-h-[120px] flex-1"
      />
      <div className="flex h-[220px] shrink-0 flex-col border-t border-line bg-surface">
        <EventDetails event={selectedEvent} startEpochMs={startEpochMs} domain={domain} />
      </div>
    </div>
  );
}
