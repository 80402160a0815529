// The power state machine's moves. A transition in progress is one keyed timer per host
// ("power:<id>"), so a hard off cancels it in O(1) and a snapshot carries it as data.
import { EVENT_SOURCES, EVENTLOG_STARTED, EVENTLOG_STOPPED, EVENTLOG_UNEXPECTED_SHUTDOWN_ID, unexpectedShutdownMessage } from '../../../domain/event-log';
import { BOOT_NOMINAL_MS, SHUTDOWN_NOMINAL_MS } from '../../../domain/power';
import { logEvent, notifyHostChanged, type LabContext } from '../../context';
import { touchHost } from '../network/hosts';
import { formatDateEnUs, formatTimeEnUs } from '../../kernel/calendar';
import type { Host, PowerTransition, TimerRecord } from '../../types';
import { drawDurationMs } from './durations';

export const POWER_TIMER_KIND = 'power.transition';

export interface PowerTimerData {
  host: string;
}

export function powerTimerKey(hostId: string): string {
  return `power:${hostId}`;
}

export function beginBoot(ctx: LabContext, host: Host, action: 'on' | 'restart'): void {
  beginTransition(ctx, host, 'starting', action, BOOT_NOMINAL_MS);
}

export function beginShutdown(ctx: LabContext, host: Host, action: 'shutdown' | 'restart'): void {
  beginTransition(ctx, host, 'stopping', action, SHUTDOWN_NOMINAL_MS);
}

/** Boot and shutdown move alike: a drawn duration, then one keyed timer ends the move. */
function beginTransition(ctx: LabContext, host: Host, state: 'starting' | 'stopping', action: PowerTransition['action'], nominalMs: number): void {
  const { kernel } = ctx;
  const durationMs = drawDurationMs(kernel, nominalMs);
  const nowMs = kernel.nowMs();
  host.powerState = state;
  host.powerTransition = { action, startedMs: nowMs, dueMs: nowMs + durationMs };
  kernel.schedule(POWER_TIMER_KIND, durationMs, { host: host.id } satisfies PowerTimerData, powerTimerKey(host.id));
  touchHost(ctx, host);
  notifyHostChanged(ctx, { hostId: host.id, cause: 'power', hard: false });
}

/** Pulling the plug: off at once from any running or moving state; the next boot reports it. */
export function hardOff(ctx: LabContext, host: Host): void {
  ctx.kernel.cancel(powerTimerKey(host.id));
  host.powerState = 'off';
  host.powerTransition = null;
  host.uncleanShutdownMs = ctx.kernel.nowMs();
  touchHost(ctx, host);
  notifyHostChanged(ctx, { hostId: host.id, cause: 'power', hard: true });
}

/** The end of a shutdown or boot phase. */
export function onPowerTimer(ctx: LabContext, timer: TimerRecord): void {
  const { host: hostId } = timer.data as PowerTimerData;
  const host = ctx.state.network.hosts.get(hostId);
  if (!host) return;
  if (host.powerState === 'stopping') {
    logSystem(ctx, host, EVENTLOG_STOPPED.eventId, EVENTLOG_STOPPED.message);
    if (host.powerTransition?.action === 'restart') {
      beginBoot(ctx, host, 'restart');
      return;
    }
    host.powerState = 'off';
    host.powerTransition = null;
    touchHost(ctx, host);
    notifyHostChanged(ctx, { hostId: host.id, cause: 'power', hard: false });
  } else if (host.powerState === 'starting') {
    completeBoot(ctx, host);
  }
}

function completeBoot(ctx: LabContext, host: Host): void {
  // Order: 6008 before 6005. Both carry the same time; the record of the unexpected shutdown
  // comes first so that, read oldest first, the cause precedes "started" (the brief's choice).
  if (host.uncleanShutdownMs !== null) {
    const epochMs = ctx.state.params.options.startEpochMs + host.uncleanShutdownMs;
    logSystem(ctx, host, EVENTLOG_UNEXPECTED_SHUTDOWN_ID, unexpectedShutdownMessage(formatTimeEnUs(epochMs), formatDateEnUs(epochMs)), 'Error');
    host.uncleanShutdownMs = null;
  }
  logSystem(ctx, host, EVENTLOG_STARTED.eventId, EVENTLOG_STARTED.message);
  host.powerState = 'on';
  host.powerTransition = null;
  host.lastBootMs = ctx.kernel.nowMs();
  touchHost(ctx, host);
  notifyHostChanged(ctx, { hostId: host.id, cause: 'power', hard: false });
}

export function logSystem(ctx: LabContext, host: Host, eventId: number, message: string, level: 'Information' | 'Error' = 'Information'): void {
  logEvent(ctx, { host: host.name, log: 'System', source: EVENT_SOURCES.eventLog, eventId, level, message });
}
