// The Event Viewer's wording and tree layout in one place, as Windows Server 2008 R2 shows them.
import { EVENT_LOGS, type EventLevel, type EventLogName } from '../../domain/event-log';
import type { LabEvent } from '../../api/types';

export const EVENTS_HREF = '/events';
export const logHref = (log: string) => `${EVENTS_HREF}/${encodeURIComponent(log)}`;

export interface LogFolder {
  slug: string;
  label: string;
  logs: readonly EventLogName[];
  /** The log type column of the folder's list. */
  logType: string;
}

export const LOG_FOLDERS: readonly LogFolder[] = [
  { slug: 'windows-logs', label: 'Windows Logs', logs: ['System', 'Application'], logType: 'Administrative' },
  { slug: 'applications-and-services-logs', label: 'Applications and Services Logs', logs: ['FailoverClustering', 'StarWind'], logType: 'Administrative' },
];

export function isEventLog(name: string): name is EventLogName {
  return (EVENT_LOGS as readonly string[]).includes(name);
}

/** The StarWind log shows its ids as ID_<n>. */
export function formatEventId(event: Pick<LabEvent, 'log' | 'eventId'>): string {
  return event.log === 'StarWind' ? `ID_${event.eventId}` : String(event.eventId);
}

/** Task Category: the lab's sources do not use categories, which Windows shows as "None". */
export const TASK_CATEGORY_NONE = 'None';

export const LEVEL_ORDER: Record<EventLevel, number> = { Error: 0, Warning: 1, Information: 2 };

export function eventComputer(event: Pick<LabEvent, 'host'>, domain: string): string {
  return `${event.host}.${domain}`;
}
