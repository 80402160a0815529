// Cluster Events: the FailoverClustering source's events on the cluster's nodes, newest first,
// with Event Viewer's columns (Node for Computer) and the selected event's details below.
import { useMemo } from 'react';
import type { LabEvent } from '../../api/types';
import { useLabMirror } from '../../stores/lab-mirror';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { EventDetails } from '../../ui/events/event-details';
import { EVENT_ITEM_KIND, eventColumns, useEventSelection, useEventStartEpochMs } from '../../ui/events/event-list';
import { EVENTS } from './labels';
import { clusterEvents } from './model';
import { Missing } from './missing';
import { useClusterRoute } from './use-cluster';

function columns(startEpochMs: number): GridColumn<LabEvent>[] {
  return [...eventColumns(startEpochMs, '240px'), { id: 'node', header: EVENTS.node, width: 'minmax(100px, 1fr)', cell: (event) => event.host, sortValue: (event) => event.host }];
}

export default function ClusterEventsView() {
  const { cluster, loaded } = useClusterRoute();
  const events = useLabMirror((state) => state.events);
  const startEpochMs = useEventStartEpochMs();
  const [selected, setItem] = useSelectedItem(EVENT_ITEM_KIND);
  const rows = useMemo(() => (cluster ? clusterEvents(events, cluster) : []), [cluster, events]);
  const selection = useEventSelection(rows, selected, setItem);
  const gridColumns = useMemo(() => columns(startEpochMs), [startEpochMs]);
  if (!cluster) return <Missing loaded={loaded} what="such cluster" />;
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
        {...selection.grid}
        emptyMessage={EVENTS.none}
        className="min-h-[120px] flex-1"
      />
      <div className="flex h-[220px] shrink-0 flex-col border-t border-line bg-surface">
        <EventDetails event={selection.selectedEvent} startEpochMs={startEpochMs} domain={selection.domain} />
      </div>
    </div>
  );
}
