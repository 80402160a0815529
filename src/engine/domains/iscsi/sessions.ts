// Sessions over time. Event driven, like the StarWind partner watch: the power and network
// domains call onHostChanged after a host's power or links change (this domain is registered
// after StarWind, so a StarWind service stopped by the same change is already stopped). A
// connected session whose path broke turns Reconnecting (iScsiPrt 20) and retries every
// RECONNECT_RETRY_INTERVAL_MS on a keyed kernel timer until its path is up again (iScsiPrt 34).
// A host that stops loses its sessions; when it finishes a boot its running initiator logs on to
// its favorite targets again.
import {
  ISCSI_EVENT_SOURCE,
  ISCSI_SESSION_ID_PREFIX,
  iscsiMessages,
  RECONNECT_RETRY_INTERVAL_MS,
  SESSION_LOST_EVENT_ID,
  SESSION_RECONNECTED_EVENT_ID,
  type IscsiInitiator,
  type IscsiSession,
} from '../../../domain/iscsi';
import { SERVICE_CONTROL_MANAGER_SOURCE, SERVICE_RUNNING_ID as SERVICE_RUNNING_EVENT_ID } from '../../../domain/features';
import { logEvent, type HostChange, type LabContext } from '../../context';
import type { Host, TimerRecord } from '../../types';
import { pathDown, targetByIqn } from './paths';
import { serviceRunning, touchInitiator } from './state';

export const RECONNECT_TIMER_KIND = 'iscsi.reconnect';

interface ReconnectTimerData {
  host: string;
  session: string;
}

const reconnectKey = (sessionId: string) => `iscsi-reconnect:${sessionId}`;

export function logIscsi(ctx: LabContext, host: Host, eventId: number, message: string, level: 'Information' | 'Warning' | 'Error'): void {
  logEvent(ctx, { host: host.name, log: 'System', source: ISCSI_EVENT_SOURCE, eventId, level, message });
}

export function logServiceRunning(ctx: LabContext, host: Host): void {
  logEvent(ctx, { host: host.name, log: 'System', source: SERVICE_CONTROL_MANAGER_SOURCE, eventId: SERVICE_RUNNING_EVENT_ID, level: 'Information', message: iscsiMessages.serviceRunning() });
}

/** A new session on an up path (connected) or, at boot, on a path still down (reconnecting, retrying). */
export function openSession(ctx: LabContext, host: Host, initiator: IscsiInitiator, path: Omit<IscsiSession, 'id' | 'state' | 'sinceMs'>): IscsiSession {
  const session: IscsiSession = { id: ctx.kernel.nextId(ISCSI_SESSION_ID_PREFIX), ...path, state: 'connected', sinceMs: ctx.kernel.nowMs() };
  initiator.sessions.push(session);
  if (pathDown(ctx.state, host, initiator, session) !== undefined) {
    session.state = 'reconnecting';
    scheduleRetry(ctx, host, session);
  }
  touchInitiator(ctx, initiator);
  return session;
}

export function closeSessions(ctx: LabContext, initiator: IscsiInitiator, keep: (session: IscsiSession) => boolean): void {
  const kept = initiator.sessions.filter(keep);
  if (kept.length === initiator.sessions.length) return;
  for (const session of initiator.sessions) if (!kept.includes(session)) ctx.kernel.cancel(reconnectKey(session.id));
  initiator.sessions = kept;
  touchInitiator(ctx, initiator);
}

function scheduleRetry(ctx: LabContext, host: Host, session: IscsiSession): void {
  ctx.kernel.schedule(RECONNECT_TIMER_KIND, RECONNECT_RETRY_INTERVAL_MS, { host: host.id, session: session.id } satisfies ReconnectTimerData, reconnectKey(session.id));
}

/**
 * Initiators by host id: the map's own order is its load order, which differs between a lab
 * built from its scenario and one restored from a snapshot; events must come out the same in both.
 */
function initiatorsInOrder(ctx: LabContext): IscsiInitiator[] {
  return [...ctx.state.iscsi.initiators.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function onIscsiHostChanged(ctx: LabContext, change: HostChange): void {
  const { state } = ctx;
  const changed = state.network.hosts.get(change.hostId);
  const own = state.iscsi.initiators.get(change.hostId);
  if (changed && own && change.cause === 'power') {
    if (changed.powerState !== 'on') closeSessions(ctx, own, () => false);
    else if (changed.lastBootMs === ctx.kernel.nowMs() && own.serviceStarted) logOnFavorites(ctx, changed, own);
  }
  // Any change may break a path of any initiator (its own NIC, the target server's NIC or power).
  for (const initiator of initiatorsInOrder(ctx)) {
    const host = state.network.hosts.get(initiator.id);
    if (!host) continue;
    for (const session of initiator.sessions) {
      if (session.state !== 'connected' || pathDown(state, host, initiator, session) === undefined) continue;
      session.state = 'reconnecting';
      session.sinceMs = ctx.kernel.nowMs();
      touchInitiator(ctx, initiator);
      logIscsi(ctx, host, SESSION_LOST_EVENT_ID, iscsiMessages.sessionLost(session.iqn, session.portal), 'Error');
      scheduleRetry(ctx, host, session);
    }
  }
}

/** At the end of a boot: the service starts with Windows and logs on to each favorite (one session each). */
function logOnFavorites(ctx: LabContext, host: Host, initiator: IscsiInitiator): void {
  logServiceRunning(ctx, host);
  for (const favorite of initiator.favorites) {
    const target = targetByIqn(ctx.state, favorite.iqn);
    if (!target) continue;
    openSession(ctx, host, initiator, { iqn: favorite.iqn, target: target.id, initiatorAddress: favorite.initiatorAddress, portal: favorite.portal, multipath: favorite.multipath });
  }
}

export function onReconnectTimer(ctx: LabContext, timer: TimerRecord): void {
  const data = timer.data as ReconnectTimerData;
  const host = ctx.state.network.hosts.get(data.host);
  const initiator = ctx.state.iscsi.initiators.get(data.host);
  const session = initiator?.sessions.find((candidate) => candidate.id === data.session);
  if (!host || !initiator || !session || session.state !== 'reconnecting' || !serviceRunning(host, initiator)) return;
  if (pathDown(ctx.state, host, initiator, session) !== undefined) return scheduleRetry(ctx, host, session);
  session.state = 'connected';
  session.sinceMs = ctx.kernel.nowMs();
  touchInitiator(ctx, initiator);
  logIscsi(ctx, host, SESSION_RECONNECTED_EVENT_ID, iscsiMessages.sessionReconnected(session.iqn, session.portal), 'Information');
}

/**
 * A StarWind target was removed (Remove Device): each initiator's sessions to it are lost for
 * good (iScsiPrt 20, no retry: the target is gone). Its favorites stay and find nothing at boot.
 */
export function onTargetRemoved(ctx: LabContext, targetId: string): void {
  for (const initiator of initiatorsInOrder(ctx)) {
    const host = ctx.state.network.hosts.get(initiator.id);
    const lost = initiator.sessions.filter((session) => session.target === targetId);
    if (!host || lost.length === 0) continue;
    for (const session of lost) if (session.state === 'connected') logIscsi(ctx, host, SESSION_LOST_EVENT_ID, iscsiMessages.sessionLost(session.iqn, session.portal), 'Error');
    closeSessions(ctx, initiator, (session) => session.target !== targetId);
  }
}
