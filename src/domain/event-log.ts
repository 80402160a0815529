// The event log vocabulary: logs, levels, sources and the event ids the lab writes.
// Wording follows Windows Server 2008 R2 and StarWind (domain-facts.md).

export const EVENT_LOGS = ['System', 'Application', 'FailoverClustering', 'StarWind'] as const;
export type EventLogName = (typeof EVENT_LOGS)[number];

export const EVENT_LEVELS = ['Information', 'Warning', 'Error'] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];

/** Windows keeps a log up to its size limit and then overwrites the oldest events; so does the lab. */
export const EVENT_LOG_CAPACITY = 200_000;
/** GET /api/v1/events answers at most this many events unless `limit` says fewer. */
export const EVENTS_PAGE_DEFAULT = 1000;
export const EVENTS_PAGE_MAX = 10_000;

export const EVENT_SOURCES = {
  eventLog: 'EventLog',
  tcpip: 'Tcpip',
  failoverClustering: 'Microsoft-Windows-FailoverClustering',
  starWind: 'StarWind',
} as const;

/** Events of the EventLog service in the System log. */
export const EVENTLOG_STARTED = { eventId: 6005, message: 'The Event log service was started.' } as const;
export const EVENTLOG_STOPPED = { eventId: 6006, message: 'The Event log service was stopped.' } as const;
export const EVENTLOG_UNEXPECTED_SHUTDOWN_ID = 6008;
export function unexpectedShutdownMessage(time: string, date: string): string {
  return `The previous system shutdown at ${time} on ${date} was unexpected.`;
}

/**
 * Tcpip events when a cable is plugged or pulled. UNVERIFIED: ids and wording as seen on
 * Windows Server 2008 R2 systems; not in domain-facts.md, kept here so one place changes them.
 */
export const TCPIP_CONNECTED_ID = 4201;
export const TCPIP_DISCONNECTED_ID = 4202;
export function nicConnectedMessage(nic: string): string {
  return `The system detected that network adapter ${nic} was connected to the network, and has initiated normal operation over the network adapter.`;
}
export function nicDisconnectedMessage(nic: string): string {
  return `The system detected that network adapter ${nic} was disconnected from the network, and the adapter's network configuration has been released. If the network adapter was not disconnected, this may indicate that it has malfunctioned. Please contact your vendor for updated drivers.`;
}
