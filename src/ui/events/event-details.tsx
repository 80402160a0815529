import type { ReactNode } from 'react';
import type { LabEvent } from '../../api/types';
import { cx } from '../cx';
import { formatWindowsDateTime } from '../lab-time';
import { eventComputer, eventTitle, formatEventId, TASK_CATEGORY_NONE } from './event-labels';
import { LevelLabel } from './level-label';

function Field({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className="contents">
      <dt className="text-muted">{label}:</dt>
      <dd className={cx('min-w-0 truncate text-fg', wide && 'col-span-3')}>{children}</dd>
    </div>
  );
}

/** The General tab of an event, as Event Viewer shows it under the list. */
export function EventDetails({ event, startEpochMs, domain }: { event: LabEvent | null; startEpochMs: number; domain: string }) {
  if (!event) {
    return <p className="p-3 text-sm text-muted">Select an event to see its details.</p>;
  }
  return (
    <section aria-label={eventTitle(event)} className="flex min-h-0 flex-1 flex-col gap-2 overflow-auto p-3">
      <h2 className="text-sm font-semibold">
        Event {formatEventId(event)}, {event.source}
      </h2>
      <div className="rounded-[3px] border border-line bg-panel px-2 py-1.5 text-sm whitespace-pre-wrap" data-testid="event-message">
        {event.message}
      </div>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)_max-content_minmax(0,1fr)] gap-x-4 gap-y-0.5 text-sm">
        <Field label="Log Name" wide>
          {event.log}
        </Field>
        <Field label="Source">{event.source}</Field>
        <Field label="Logged">{formatWindowsDateTime(startEpochMs + event.timeMs)}</Field>
        <Field label="Event ID">{formatEventId(event)}</Field>
        <Field label="Task Category">{TASK_CATEGORY_NONE}</Field>
        <Field label="Level">
          <LevelLabel level={event.level} />
        </Field>
        <Field label="Computer">{eventComputer(event, domain)}</Field>
      </dl>
    </section>
  );
}
