// The Event Viewer's wording and tree layout in one place, as Windows Server 2008 R2 shows them.
import { EVENT_LOGS, type EventLogName } from '../../domain/event-log';

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

export { eventComputer, formatEventId, LEVEL_ORDER, TASK_CATEGORY_NONE } from '../../ui/events/event-labels';
