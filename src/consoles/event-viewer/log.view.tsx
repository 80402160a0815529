// One event log (System, Application, FailoverClustering, StarWind), newest first, filtered by the
// URL's query string, with the selected event's details below. Virtualised: the lab keeps up to
// EVENT_LOG_CAPACITY events. A folder's slug (Windows Logs...) shows its list of logs instead.
import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Button as AriaButton } from 'react-aria-components';
import { FilterX } from 'lucide-react';
import type { LabEvent } from '../../api/types';
import { EVENT_LEVELS } from '../../domain/event-log';
import { useLabMirror } from '../../stores/lab-mirror';
import { PANE_LIMITS, useUiStore } from '../../stores/ui';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { SelectField } from '../../ui/fields';
import { Splitter } from '../../ui/splitter';
import { EventDetails } from '../../ui/events/event-details';
import { EVENT_ITEM_KIND, eventColumns, useEventSelection, useEventStartEpochMs } from '../../ui/events/event-list';
import { describeFilter, filterToSearch, isFiltered, matchesFilter, NO_FILTER, parseFilter, type EventViewFilter } from './filter';
import { FolderView } from './folder.view';
import { isEventLog, LOG_FOLDERS, TASK_CATEGORY_NONE } from './labels';

const ALL = '*';
const COUNT = new Intl.NumberFormat('en-US');

function columns(startEpochMs: number): GridColumn<LabEvent>[] {
  return [
    ...eventColumns(startEpochMs, '180px'),
    { id: 'category', header: 'Task Category', width: '110px', cell: () => TASK_CATEGORY_NONE },
    { id: 'computer', header: 'Computer', width: 'minmax(110px, 1fr)', cell: (event) => event.host, sortValue: (event) => event.host },
  ];
}

function FilterBar({ log, filter, hosts, sources, shown, total }: { log: string; filter: EventViewFilter; hosts: string[]; sources: string[]; shown: number; total: number }) {
  const navigate = useNavigate();
  const apply = (next: EventViewFilter) => void navigate({ search: filterToSearch(next) }, { replace: true });
  const levelValue = filter.levels.length === 0 ? ALL : filter.levels.join(',');
  const levelOptions = [{ id: ALL, label: 'All levels' }, ...EVENT_LEVELS.map((level) => ({ id: level, label: level }))];
  if (filter.levels.length > 1) levelOptions.push({ id: levelValue, label: filter.levels.join(', ') });
  const filtered = isFiltered(filter);
  return (
    <div className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-1 border-b border-line bg-panel px-3 py-1.5 text-sm">
      <SelectField
        name="host"
        label="Computer"
        labelHidden
        value={filter.host ?? ALL}
        options={[{ id: ALL, label: 'All computers' }, ...hosts.map((host) => ({ id: host, label: host }))]}
        onChange={(value) => apply({ ...filter, host: value === ALL ? null : value })}
        className="w-36"
      />
      <SelectField
        name="source"
        label="Event source"
        labelHidden
        value={filter.source ?? ALL}
        options={[{ id: ALL, label: 'All sources' }, ...sources.map((source) => ({ id: source, label: source }))]}
        onChange={(value) => apply({ ...filter, source: value === ALL ? null : value })}
        className="w-56"
      />
      <SelectField
        name="level"
        label="Event level"
        labelHidden
        value={levelValue}
        options={levelOptions}
        onChange={(value) => apply({ ...filter, levels: value === ALL ? [] : (value.split(',') as EventViewFilter['levels']) })}
        className="w-32"
      />
      {filtered && (
        <AriaButton
          onPress={() => apply(NO_FILTER)}
          className="flex h-6 items-center gap-1 rounded-[3px] px-1.5 text-sm text-accent outline-none data-[hovered]:bg-hover data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus"
        >
          <FilterX aria-hidden className="size-3.5" />
          Clear Filter
        </AriaButton>
      )}
      <p className="ml-auto text-muted" data-testid="event-count">
        {filtered ? (
          <>
            Filtered: {describeFilter(log, filter)}. Number of events: {COUNT.format(shown)}
          </>
        ) : (
          <>
            <span className="mr-4 font-semibold text-fg">{log}</span>Number of events: {COUNT.format(total)}
          </>
        )}
      </p>
    </div>
  );
}

function LogView({ log }: { log: string }) {
  const [search] = useSearchParams();
  const filter = useMemo(() => parseFilter(search), [search]);
  const events = useLabMirror((state) => state.events);
  const hostsById = useLabMirror((state) => state.hosts);
  const startEpochMs = useEventStartEpochMs();
  const { eventDetailsHeightPx, eventDetailsVisible, setPaneSize } = useUiStore();
  const [selected, setItem] = useSelectedItem(EVENT_ITEM_KIND);

  const { rows, total, sources } = useMemo(() => {
    const out: LabEvent[] = [];
    const sourceSet = new Set<string>();
    let inLog = 0;
    for (let index = events.length - 1; index >= 0; index -= 1) {
      const event = events[index]!;
      if (event.log !== log) continue;
      inLog += 1;
      sourceSet.add(event.source);
      if (matchesFilter(event, filter)) out.push(event);
    }
    return { rows: out, total: inLog, sources: [...sourceSet].sort() };
  }, [events, log, filter]);

  const hostNames = useMemo(() => Object.keys(hostsById), [hostsById]);
  const gridColumns = useMemo(() => columns(startEpochMs), [startEpochMs]);
  const selection = useEventSelection(rows, selected, setItem);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <FilterBar log={log} filter={filter} hosts={hostNames} sources={sources} shown={rows.length} total={total} />
      <DataGrid
        aria-label={`${log} events`}
        columnsKey="event-log"
        rows={rows}
        columns={gridColumns}
        {...selection.grid}
        emptyMessage={isFiltered(filter) ? 'No events match the current filter.' : 'There are no events in this log.'}
        className="min-h-[120px] flex-1"
      />
      {eventDetailsVisible && (
        <>
          <Splitter
            label="Event details height"
            orientation="horizontal"
            valuePx={eventDetailsHeightPx}
            minPx={PANE_LIMITS.eventDetailsHeightPx.min}
            maxPx={PANE_LIMITS.eventDetailsHeightPx.max}
            direction={-1}
            onChange={(px) => setPaneSize('eventDetailsHeightPx', px)}
          />
          <div className="flex shrink-0 flex-col border-t border-line bg-surface" style={{ height: eventDetailsHeightPx }}>
            <EventDetails event={selection.selectedEvent} startEpochMs={startEpochMs} domain={selection.domain} />
          </div>
        </>
      )}
    </div>
  );
}

export default function EventLogRoute() {
  const { log = '' } = useParams();
  const folder = LOG_FOLDERS.find((candidate) => candidate.slug === log);
  if (folder) return <FolderView folder={folder} />;
  if (!isEventLog(log)) return <p className="p-4 text-sm text-muted">There is no event log named {log}.</p>;
  return <LogView key={log} log={log} />;
}
