// The Event Viewer's filter lives in the URL's query string (?host=Demo2&level=Error,Warning), so a
// filtered view can be linked, reloaded and driven by a script.
import { EVENT_LEVELS, type EventLevel } from '../../domain/event-log';
import type { LabEvent } from '../../api/types';

export interface EventViewFilter {
  host: string | null;
  source: string | null;
  /** Empty means every level. */
  levels: EventLevel[];
  eventId: number | null;
}

export const NO_FILTER: EventViewFilter = { host: null, source: null, levels: [], eventId: null };

export function parseFilter(search: URLSearchParams): EventViewFilter {
  const levels = (search.get('level') ?? '')
    .split(',')
    .map((level) => level.trim())
    .filter((level): level is EventLevel => (EVENT_LEVELS as readonly string[]).includes(level));
  const eventIdText = search.get('eventId');
  const eventId = eventIdText !== null && /^\d+$/.test(eventIdText) ? Number(eventIdText) : null;
  return { host: search.get('host') || null, source: search.get('source') || null, levels, eventId };
}

export function filterToSearch(filter: EventViewFilter): string {
  const params = new URLSearchParams();
  if (filter.host) params.set('host', filter.host);
  if (filter.source) params.set('source', filter.source);
  if (filter.levels.length > 0) params.set('level', EVENT_LEVELS.filter((level) => filter.levels.includes(level)).join(','));
  if (filter.eventId !== null) params.set('eventId', String(filter.eventId));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isFiltered(filter: EventViewFilter): boolean {
  return filter.host !== null || filter.source !== null || filter.levels.length > 0 || filter.eventId !== null;
}

export function matchesFilter(event: LabEvent, filter: EventViewFilter): boolean {
  return (
    (filter.host === null || event.host === filter.host) &&
    (filter.source === null || event.source === filter.source) &&
    (filter.levels.length === 0 || filter.levels.includes(event.level)) &&
    (filter.eventId === null || event.eventId === filter.eventId)
  );
}

/** "Log: System; Computer: Demo2; Level: Error, Warning" — the banner over a filtered list. */
export function describeFilter(log: string, filter: EventViewFilter): string {
  const parts = [`Log: ${log}`];
  if (filter.host) parts.push(`Computer: ${filter.host}`);
  if (filter.source) parts.push(`Source: ${filter.source}`);
  if (filter.levels.length > 0) parts.push(`Level: ${filter.levels.join(', ')}`);
  if (filter.eventId !== null) parts.push(`Event ID: ${filter.eventId}`);
  return parts.join('; ');
}
