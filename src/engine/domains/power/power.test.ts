import { describe, expect, test } from 'vitest';
import { BOOT_NOMINAL_MS, POWER_ACTIONS, SHUTDOWN_NOMINAL_MS, type PowerAction } from '../../../domain/power';
import { createLab } from '../../lab';
import { eventsOf, hostOf } from '../../testing/lab-helpers';
import type { Command, Lab } from '../../types';

const power = (lab: Lab, host: string, action: PowerAction) => lab.dispatch({ type: 'setPower', host, action });

/** Advance to the end of the host's current transition and return its dueMs. */
function finishTransition(lab: Lab, host: string): number {
  const transition = hostOf(lab, host).powerTransition;
  if (!transition) throw new Error(`${host} is not moving`);
  lab.advance(transition.dueMs - lab.nowMs());
  return transition.dueMs;
}

describe('setPower', () => {
  test('shutdown of Demo2: stopping, then off at the drawn time with 6006 logged then', () => {
    const lab = createLab({ seed: 7 });
    lab.advance(5_000);
    expect(power(lab, 'Demo2', 'shutdown')).toEqual({ ok: true, version: 1, changed: true, jobIds: [] });
    const stopping = hostOf(lab, 'Demo2');
    expect(stopping.powerState).toBe('stopping');
    const transition = stopping.powerTransition!;
    expect(transition.action).toBe('shutdown');
    expect(transition.startedMs).toBe(5_000);
    expect(lab.nextDueMs()).toBe(transition.dueMs);
    lab.advance(transition.dueMs - lab.nowMs() - 1);
    expect(hostOf(lab, 'Demo2').powerState).toBe('stopping');
    expect(eventsOf(lab, 'Demo2').map((event) => event.eventId)).toEqual([6005]);
    lab.advance(1);
    const off = hostOf(lab, 'Demo2');
    expect(off).toMatchObject({ powerState: 'off', powerTransition: null, uncleanShutdownMs: null });
    const last = eventsOf(lab, 'Demo2').at(-1)!;
    expect(last).toMatchObject({ eventId: 6006, timeMs: transition.dueMs, host: 'Demo2', log: 'System', source: 'EventLog', level: 'Information', message: 'The Event log service was stopped.' });
  });

  test('start from off: starting, then on with 6005 and lastBootMs', () => {
    const lab = createLab({ seed: 7 });
    power(lab, 'Demo2', 'shutdown');
    finishTransition(lab, 'Demo2');
    expect(power(lab, 'Demo2', 'on').ok).toBe(true);
    expect(hostOf(lab, 'Demo2').powerState).toBe('starting');
    const bootedMs = finishTransition(lab, 'Demo2');
    expect(hostOf(lab, 'Demo2')).toMatchObject({ powerState: 'on', powerTransition: null, lastBootMs: bootedMs });
    expect(eventsOf(lab, 'Demo2').map((event) => [event.eventId, event.timeMs])).toEqual([
      [6005, 0],
      [6006, expect.any(Number)],
      [6005, bootedMs],
    ]);
  });

  test('hard off, then start: 6008 with the en-US time of the power-off, then 6005', () => {
    const lab = createLab({ seed: 1337 });
    // 9 h 12 min 3 s after 2010-06-01 08:00 UTC: 5:12:03 PM.
    lab.advance(9 * 3_600_000 + 12 * 60_000 + 3_400);
    expect(power(lab, 'SWS-Store1', 'off').ok).toBe(true);
    expect(hostOf(lab, 'SWS-Store1')).toMatchObject({ powerState: 'off', uncleanShutdownMs: 33_123_400 });
    expect(lab.nextDueMs()).toBeNull();
    lab.advance(60_000);
    power(lab, 'SWS-Store1', 'on');
    const bootedMs = finishTransition(lab, 'SWS-Store1');
    const events = eventsOf(lab, 'SWS-Store1').slice(1);
    expect(events.map((event) => [event.eventId, event.level, event.timeMs])).toEqual([
      [6008, 'Error', bootedMs],
      [6005, 'Information', bootedMs],
    ]);
    expect(events[0]!.message).toBe('The previous system shutdown at 5:12:03 PM on 6/1/2010 was unexpected.');
    expect(hostOf(lab, 'SWS-Store1').uncleanShutdownMs).toBeNull();
    // A later clean cycle does not report it again.
    power(lab, 'SWS-Store1', 'restart');
    finishTransition(lab, 'SWS-Store1');
    finishTransition(lab, 'SWS-Store1');
    expect(eventsOf(lab, 'SWS-Store1').slice(3).map((event) => event.eventId)).toEqual([6006, 6005]);
  });

  test('restart: stopping, 6006, starting, 6005, on', () => {
    const lab = createLab({ seed: 7 });
    power(lab, 'Demo1', 'restart');
    expect(hostOf(lab, 'Demo1').powerTransition?.action).toBe('restart');
    const stoppedMs = finishTransition(lab, 'Demo1');
    const starting = hostOf(lab, 'Demo1');
    expect(starting.powerState).toBe('starting');
    expect(starting.powerTransition).toMatchObject({ action: 'restart', startedMs: stoppedMs });
    const bootedMs = finishTransition(lab, 'Demo1');
    expect(hostOf(lab, 'Demo1')).toMatchObject({ powerState: 'on', lastBootMs: bootedMs });
    expect(eventsOf(lab, 'Demo1').map((event) => [event.eventId, event.timeMs])).toEqual([
      [6005, 0],
      [6006, stoppedMs],
      [6005, bootedMs],
    ]);
  });

  test('hard off while starting or stopping cancels the transition', () => {
    const lab = createLab({ seed: 7 });
    power(lab, 'Demo1', 'shutdown');
    lab.advance(1_000);
    power(lab, 'Demo1', 'off');
    expect(hostOf(lab, 'Demo1')).toMatchObject({ powerState: 'off', powerTransition: null, uncleanShutdownMs: 1_000 });
    expect(lab.nextDueMs()).toBeNull();
    power(lab, 'Demo1', 'on');
    lab.advance(5_000);
    power(lab, 'Demo1', 'off');
    expect(hostOf(lab, 'Demo1')).toMatchObject({ powerState: 'off', uncleanShutdownMs: 6_000 });
    lab.advance(1_000_000);
    expect(eventsOf(lab, 'Demo1').map((event) => event.eventId)).toEqual([6005]);
  });

  test('durations stay within ±20 % of nominal', () => {
    const lab = createLab({ seed: 99, options: { clusterNodes: 64 } });
    const names = hostNames(lab);
    for (let round = 0; round < 3; round++) {
      for (const name of names) power(lab, name, 'shutdown');
      for (const name of names) {
        const { startedMs, dueMs } = hostOf(lab, name).powerTransition!;
        expect(dueMs - startedMs).toBeGreaterThanOrEqual(SHUTDOWN_NOMINAL_MS * 0.8);
        expect(dueMs - startedMs).toBeLessThanOrEqual(SHUTDOWN_NOMINAL_MS * 1.2);
      }
      lab.advance(SHUTDOWN_NOMINAL_MS * 1.2);
      for (const name of names) power(lab, name, 'on');
      for (const name of names) {
        const { startedMs, dueMs } = hostOf(lab, name).powerTransition!;
        expect(dueMs - startedMs).toBeGreaterThanOrEqual(BOOT_NOMINAL_MS * 0.8);
        expect(dueMs - startedMs).toBeLessThanOrEqual(BOOT_NOMINAL_MS * 1.2);
      }
      lab.advance(BOOT_NOMINAL_MS * 1.2);
      expect(names.every((name) => hostOf(lab, name).powerState === 'on')).toBe(true);
    }
  });
});

function hostNames(lab: Lab): string[] {
  const answer = lab.query({ type: 'hosts' });
  return answer.ok ? answer.value.hosts.map((host) => host.name) : [];
}

describe('setPower refusals change nothing', () => {
  /** Demo1 on, Demo2 stopping, SWS-Store1 starting, SWS-Store2 off. */
  function mixedLab(): Lab {
    const lab = createLab({ seed: 7 });
    power(lab, 'SWS-Store1', 'off');
    power(lab, 'SWS-Store2', 'off');
    power(lab, 'SWS-Store1', 'on');
    power(lab, 'Demo2', 'shutdown');
    lab.advance(1_000);
    return lab;
  }

  const cases: Array<[string, Command, string, string]> = [
    ['on when on', { type: 'setPower', host: 'Demo1', action: 'on' }, 'power.already_on', 'Demo1 is already running.'],
    ['on when starting', { type: 'setPower', host: 'SWS-Store1', action: 'on' }, 'power.in_transition', 'SWS-Store1 is already starting.'],
    ['on when stopping', { type: 'setPower', host: 'Demo2', action: 'on' }, 'power.in_transition', 'Demo2 is shutting down; start it once it is off, or turn it off now.'],
    ['shutdown when off', { type: 'setPower', host: 'SWS-Store2', action: 'shutdown' }, 'power.not_running', 'SWS-Store2 is off, so it cannot be shut down.'],
    ['shutdown when starting', { type: 'setPower', host: 'SWS-Store1', action: 'shutdown' }, 'power.in_transition', 'SWS-Store1 is still starting; it can be shut down once it is running, or turned off now.'],
    ['shutdown when stopping', { type: 'setPower', host: 'Demo2', action: 'shutdown' }, 'power.in_transition', 'Demo2 is already shutting down.'],
    ['restart when off', { type: 'setPower', host: 'SWS-Store2', action: 'restart' }, 'power.not_running', 'SWS-Store2 is off, so it cannot be restarted; start it instead.'],
    ['restart when starting', { type: 'setPower', host: 'SWS-Store1', action: 'restart' }, 'power.in_transition', 'SWS-Store1 is still starting; it can be restarted once it is running, or turned off now.'],
    ['restart when stopping', { type: 'setPower', host: 'Demo2', action: 'restart' }, 'power.in_transition', 'Demo2 is already shutting down.'],
    ['off when off', { type: 'setPower', host: 'SWS-Store2', action: 'off' }, 'power.already_off', 'SWS-Store2 is already off.'],
  ];

  test.each(cases)('%s', (_name, command, code, message) => {
    const lab = mixedLab();
    const before = { hash: lab.hash(), version: lab.version(), snapshot: lab.snapshot() };
    const result = lab.dispatch(command);
    expect(result).toEqual({ ok: false, error: { code, kind: 'conflict', message } });
    expect({ hash: lab.hash(), version: lab.version(), snapshot: lab.snapshot() }).toEqual(before);
  });

  test('unknown host and bad action', () => {
    const lab = mixedLab();
    const hash = lab.hash();
    const version = lab.version();
    expect(lab.dispatch({ type: 'setPower', host: 'Demo9', action: 'on' })).toEqual({
      ok: false,
      error: { code: 'host.not_found', kind: 'not_found', message: 'There is no server named "Demo9" in the lab.', errors: { host: 'There is no server named "Demo9" in the lab.' } },
    });
    const bad = lab.dispatch({ type: 'setPower', host: 'Demo1', action: 'hibernate' as PowerAction });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'power.invalid_action', kind: 'invalid', errors: { action: `The power action must be one of ${POWER_ACTIONS.join(', ')}.` } });
    expect([lab.hash(), lab.version()]).toEqual([hash, version]);
  });

  test('host names are matched without case', () => {
    const lab = createLab({ seed: 7 });
    expect(power(lab, 'demo2', 'shutdown').ok).toBe(true);
    expect(hostOf(lab, 'DEMO2').powerState).toBe('stopping');
  });
});
