// How Event Viewer writes an event's fields, shared by the consoles that list events (Event Viewer,
// Failover Cluster Manager's Cluster Events): consoles never import each other (ARCHITECTURE.md).
import type { EventLevel } from '../../domain/event-log';
import type { LabEvent } from '../../api/types';

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

/** An event's name where Event Viewer titles it: the details pane, the actions pane's heading. */
export function eventTitle(event: Pick<LabEvent, 'log' | 'eventId' | 'source'>): string {
  return `Event ${formatEventId(event)}, ${event.source}`;
}
