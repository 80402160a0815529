// "Filter Current Log…": levels, computer, source and event id, as the Windows dialog offers them.
// Declared in the wizard's field language; OK applies the filter here (it lives in the URL).
import { useMemo } from 'react';
import { EVENT_LEVELS, type EventLevel } from '../../domain/event-log';
import { Button } from '../../ui/button';
import { FormDialog } from '../../wizard/form-dialog';
import { createWizardKit, type FieldDef } from '../../wizard/model';
import { NO_FILTER, type EventViewFilter } from './filter';

const ALL = '*';
const LABELS = { ok: 'OK', cancel: 'Cancel', clear: 'Clear', levels: 'Event level:' } as const;

type FilterValues = { host: string; source: string; eventId: string } & Record<`level${EventLevel}`, boolean>;
interface FilterContext {
  hosts: readonly string[];
  sources: readonly string[];
}
const k = createWizardKit<FilterValues, FilterContext>();

export function filterDialog(log: string) {
  const levels: FieldDef<FilterValues, FilterContext>[] = EVENT_LEVELS.map((level) => k.checkbox(`level${level}`, { label: level, group: LABELS.levels }));
  return k.dialog(`event-viewer.filter`, `Filter Current Log — ${log}`, [
    ...levels,
    k.select('host', { label: 'Computer:', options: (_v, ctx) => [{ id: ALL, label: '<All Computers>' }, ...ctx.hosts.map((host) => ({ id: host, label: host }))] }),
    k.select('source', { label: 'Event sources:', options: (_v, ctx) => [{ id: ALL, label: '<All Event Sources>' }, ...ctx.sources.map((source) => ({ id: source, label: source }))] }),
    k.text('eventId', {
      label: 'Event ID:',
      explanation: 'One event ID, e.g. 6006; empty for all.',
      validate: (text) => (text.trim() !== '' && !/^\d+$/.test(text.trim()) ? 'Event ID: enter a number, e.g. 6006, or leave it empty.' : undefined),
    }),
  ]);
}

function valuesOf(filter: EventViewFilter): FilterValues {
  const levels = Object.fromEntries(EVENT_LEVELS.map((level) => [`level${level}`, filter.levels.includes(level)])) as Record<`level${EventLevel}`, boolean>;
  return { ...levels, host: filter.host ?? ALL, source: filter.source ?? ALL, eventId: filter.eventId === null ? '' : String(filter.eventId) };
}

function filterOf(v: FilterValues): EventViewFilter {
  return {
    levels: EVENT_LEVELS.filter((level) => v[`level${level}`]),
    host: v.host === ALL ? null : v.host,
    source: v.source === ALL ? null : v.source,
    eventId: v.eventId.trim() === '' ? null : Number(v.eventId.trim()),
  };
}

export interface FilterDialogProps {
  log: string;
  filter: EventViewFilter;
  hosts: readonly string[];
  sources: readonly string[];
  onApply(filter: EventViewFilter): void;
  onClose(): void;
}

export function FilterDialog({ log, filter, hosts, sources, onApply, onClose }: FilterDialogProps) {
  const definition = useMemo(() => filterDialog(log), [log]);
  const context = useMemo(() => ({ hosts, sources }), [hosts, sources]);
  return (
    <FormDialog
      definition={definition}
      context={context}
      initial={valuesOf(filter)}
      submit={async (v) => onApply(filterOf(v))}
      onClose={onClose}
      labels={LABELS}
      widthClassName="w-[460px]"
      extraButtons={(set) => <Button onPress={() => set(valuesOf(NO_FILTER))}>{LABELS.clear}</Button>}
    />
  );
}
