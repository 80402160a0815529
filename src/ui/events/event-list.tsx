// What the consoles that list events share (Event Viewer's logs, Failover Cluster Manager's Cluster
// Events): Event Viewer's first four columns, and the selection of a row as the shell's "event"
// item with the selected event and its computer's domain for the details pane. Consoles never
// import each other (ARCHITECTURE.md), so it lives here; src/ui does not import the shell, so
// the caller hands in its selection (useSelectedItem(EVENT_ITEM_KIND)).
import { useMemo } from 'react';
import type { LabEvent } from '../../api/types';
import { DEFAULT_START_EPOCH_MS } from '../../domain/lab';
import { useLabMirror } from '../../stores/lab-mirror';
import type { GridColumn } from '../data-grid';
import { formatWindowsDateTime } from '../lab-time';
import { eventTitle, formatEventId, LEVEL_ORDER } from './event-labels';
import { LevelLabel } from './level-label';

/** The kind of the shell's selected item for an event row; its key is the event's seq. */
export const EVENT_ITEM_KIND = 'event';

/** Where the lab has no domain for an event's host (a host removed since). */
const FALLBACK_DOMAIN = 'SWS.com';

/** Level, Date and Time, Source and Event ID as Event Viewer draws them; each list adds its own columns after. */
export function eventColumns(startEpochMs: number, sourceWidth: string): GridColumn<LabEvent>[] {
  return [
    { id: 'level', header: 'Level', width: '110px', cell: (event) => <LevelLabel level={event.level} />, sortValue: (event) => LEVEL_ORDER[event.level] },
    { id: 'time', header: 'Date and Time', width: '165px', cell: (event) => formatWindowsDateTime(startEpochMs + event.timeMs), sortValue: (event) => event.seq },
    { id: 'source', header: 'Source', width: sourceWidth, cell: (event) => event.source, sortValue: (event) => event.source },
    { id: 'eventId', header: 'Event ID', width: '72px', align: 'right', cell: formatEventId, sortValue: (event) => event.eventId },
  ];
}

/** The lab's start, which event times count from. */
export function useEventStartEpochMs(): number {
  return useLabMirror((state) => state.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS);
}

interface EventItem {
  kind: string;
  key: string;
  label: string;
}

/**
 * The DataGrid's row id and selection props for a list of events, and the selected event with its
 * computer's domain (for EventDetails).
 */
export function useEventSelection(rows: readonly LabEvent[], selectedId: string | null, setItem: (item: EventItem | null) => void) {
  const hosts = useLabMirror((state) => state.hosts);
  const selectedEvent = useMemo(() => (selectedId === null ? null : (rows.find((event) => String(event.seq) === selectedId) ?? null)), [rows, selectedId]);
  const domain = (selectedEvent && hosts[selectedEvent.host]?.domain) || FALLBACK_DOMAIN;
  const grid = {
    getRowId: (event: LabEvent) => String(event.seq),
    selectedId,
    onSelectionChange: (key: string | null) => {
      const event = key === null ? undefined : rows.find((candidate) => String(candidate.seq) === key);
      setItem(event ? { kind: EVENT_ITEM_KIND, key: String(event.seq), label: eventTitle(event) } : null);
    },
  };
  return { grid, selectedEvent, domain };
}
