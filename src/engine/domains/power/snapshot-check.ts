// Semantic checks of the power domain's part of a snapshot: each host's power state agrees with
// its transition, and every transition has the one timer that completes it.
import { POWER_ACTIONS, POWER_STATES } from '../../../domain/power';
import { isRecord, isWholeIn, show } from '../../params';
import type { DomainCheckInput, Problems } from '../../snapshot-problems';
import { POWER_TIMER_KIND, powerTimerKey } from './transitions';

const MS_MAX = Number.MAX_SAFE_INTEGER;

export function checkPowerSnapshot({ snapshot, nowMs, timers, problems }: DomainCheckInput): void {
  const hosts = new Map<string, { powerState: unknown; transitionDueMs: number | undefined }>();
  const list = Array.isArray(snapshot.entities.hosts) ? snapshot.entities.hosts : [];
  list.forEach((host: unknown, index) => {
    if (!isRecord(host) || typeof host.name !== 'string') return;
    const at = `entities.hosts[${index}]`;
    const transitionDueMs = checkPower(host, at, `hosts[${index}] (${host.name})`, nowMs, problems);
    hosts.set(host.name, { powerState: host.powerState, transitionDueMs });
  });
  const powerTimerDue = new Map<string, number>();
  for (const { timer, path: place } of timers) {
    const hostName = isRecord(timer.data) ? timer.data.host : undefined;
    const host = typeof hostName === 'string' ? hosts.get(hostName) : undefined;
    if (!host) {
      problems.add(place, `${place}: the ${String(timer.kind)} timer refers to host ${show(hostName)}, which the lab does not have.`);
      continue;
    }
    const name = hostName as string;
    if (timer.key !== powerTimerKey(name)) problems.add(place, `${place}: the ${String(timer.kind)} timer of ${name} must have the key ${powerTimerKey(name)}.`);
    if (host.transitionDueMs !== timer.dueMs) problems.add(place, `${place}: the ${String(timer.kind)} timer of ${name} is due at ${show(timer.dueMs)}, but the host's power transition is due at ${show(host.transitionDueMs ?? null)}.`);
    powerTimerDue.set(name, timer.dueMs as number);
  }
  list.forEach((_host, index) => {
    const host = isRecord(_host) && typeof _host.name === 'string' ? hosts.get(_host.name) : undefined;
    const name = (_host as { name?: unknown } | null)?.name;
    if (host?.transitionDueMs !== undefined && !powerTimerDue.has(name as string)) problems.add(`entities.hosts[${index}]`, `host ${String(name)} is ${String(host.powerState)} but no ${POWER_TIMER_KIND} timer will complete it.`);
  });
}

/** Power state and transition agree; answers the transition's dueMs when there is one. */
function checkPower(host: Record<string, unknown>, at: string, where: string, nowMs: number, problems: Problems): number | undefined {
  const state = host.powerState;
  if (!(POWER_STATES as readonly unknown[]).includes(state)) {
    problems.add(at, `${where}: power state ${show(state)} is not one of ${POWER_STATES.join(', ')}.`);
    return undefined;
  }
  const transition = host.powerTransition;
  const moving = state === 'starting' || state === 'stopping';
  if (!moving) {
    if (transition !== null) problems.add(at, `${where}: a host that is ${String(state)} has no power transition, but one is recorded.`);
    return undefined;
  }
  if (!isRecord(transition)) {
    problems.add(at, `${where}: a host that is ${String(state)} needs its power transition (action, startedMs, dueMs).`);
    return undefined;
  }
  const allowed = state === 'starting' ? ['on', 'restart'] : ['shutdown', 'restart'];
  if (!(POWER_ACTIONS as readonly unknown[]).includes(transition.action) || !allowed.includes(transition.action as string)) {
    problems.add(at, `${where}: a host that is ${state} cannot be in a ${show(transition.action)} transition (expected ${allowed.join(' or ')}).`);
  }
  if (!isWholeIn(transition.startedMs, 0, nowMs)) problems.add(at, `${where}: the power transition started at ${show(transition.startedMs)}, which is not a time up to nowMs ${nowMs}.`);
  if (!isWholeIn(transition.dueMs, nowMs, MS_MAX)) {
    problems.add(at, `${where}: the power transition is due at ${show(transition.dueMs)}, before nowMs ${nowMs}.`);
    return undefined;
  }
  return transition.dueMs;
}
