// Health checks, restart policy and failover threshold with exact simulated times (facts Part B
// §1.3–§1.4). A machine turned off in Hyper-V Manager is found at the next LooksAlive poll (every
// 5 s from when its resource came online), restarted on its node 500 ms later (Running VM_START_MS
// after); three restarts inside 15 minutes, the 4th failure fails the group over. Every failure
// here falls inside the first 15 minutes of the first one, or each more than 15 minutes after the
// previous, so the tests hold under the sliding and the tumbling reading of RestartPeriod alike.
import { describe, expect, test } from 'vitest';
import { LOOKS_ALIVE_POLL_INTERVAL_MS, RESTART_DELAY_MS, RESTART_PERIOD_MS } from '../../../../domain/cluster';
import { VM_START_MS } from '../../../../domain/hyperv';
import { ok } from '../../../testing/cluster-helpers';
import { eventsOf } from '../../../testing/lab-helpers';
import { roleLab, roleOf } from '../../../testing/roles-helpers';
import type { Lab } from '../../../types';
import { vmOf } from '../../hyperv/hyperv-testing';

/**
 * Turns the role's machine off in Hyper-V Manager `afterMs` after its resource came online (or now,
 * if that is past); answers when the next poll finds it.
 */
function failAfter(lab: Lab, afterMs: number, role = 'VM1'): number {
  const { onlineSinceMs, ownerNode } = roleOf(lab, role);
  const sinceMs = onlineSinceMs!;
  const atMs = Math.max(lab.nowMs(), sinceMs + afterMs);
  lab.advance(atMs - lab.nowMs());
  ok(lab, { type: 'vmAction', host: ownerNode!, vm: role, action: 'turn-off' });
  return sinceMs + (Math.floor((atMs - sinceMs) / LOOKS_ALIVE_POLL_INTERVAL_MS) + 1) * LOOKS_ALIVE_POLL_INTERVAL_MS;
}

const roleEvents = (lab: Lab) => eventsOf(lab).filter((event) => [1069, 1153, 1205].includes(event.eventId)).map((event) => `${event.timeMs} ${event.host} ${event.eventId}`);

describe('LooksAlive and the restart policy', () => {
  test('a failure is found at the next poll, restarted after RestartDelay on the same node, Online when it runs', () => {
    const lab = roleLab({ online: true });
    const foundMs = failAfter(lab, 1_000);
    lab.advance(foundMs - lab.nowMs() - 1);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', resources: [{ state: 'Online', restartFailuresMs: [] }, {}] });
    lab.advance(1);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Pending', pending: { action: 'restart' }, resources: [{ state: 'Failed', restartFailuresMs: [foundMs] }, { state: 'Online' }] });
    lab.advance(RESTART_DELAY_MS);
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Starting');
    lab.advance(VM_START_MS);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo1', onlineSinceMs: foundMs + RESTART_DELAY_MS + VM_START_MS });
    expect(roleEvents(lab)).toEqual([`${foundMs} Demo1 1069`]);
  });

  test('three restarts inside the period; the 4th failure fails the group over to Demo2 (cold start there)', () => {
    const lab = roleLab({ online: true });
    const found: number[] = [];
    for (let restart = 1; restart <= 3; restart++) {
      const at = failAfter(lab, 1_000);
      found.push(at);
      lab.advance(at + RESTART_DELAY_MS + VM_START_MS - lab.nowMs());
      expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo1', onlineSinceMs: at + RESTART_DELAY_MS + VM_START_MS });
    }
    const fourth = failAfter(lab, 1_000);
    lab.advance(fourth - lab.nowMs());
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Pending', ownerNode: 'Demo2', pending: { action: 'failover' }, failoversMs: [fourth] });
    lab.advance(VM_START_MS);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo2', onlineSinceMs: fourth + VM_START_MS, resources: [{ restartFailuresMs: [] }, {}] });
    expect(vmOf(lab, 'Demo2', 'VM1').state).toBe('Running');
    expect(fourth - found[0]!).toBeLessThan(RESTART_PERIOD_MS);
    expect(roleEvents(lab).map((line) => line.split(' ').slice(1).join(' '))).toEqual(['Demo1 1069', 'Demo1 1069', 'Demo1 1069', 'Demo1 1069', 'Demo1 1153']);
  });

  test('failures more than RestartPeriod apart are each restarted in place', () => {
    const lab = roleLab({ online: true });
    for (let failure = 0; failure < 5; failure++) {
      const found = failAfter(lab, RESTART_PERIOD_MS + 1_000);
      lab.advance(found + RESTART_DELAY_MS + VM_START_MS - lab.nowMs());
      expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo1', failoversMs: [] });
    }
  });
});

describe('FailoverThreshold (nodes − 1) in FailoverPeriod', () => {
  /** Four failures in a row on the owner: the 4th fails the group over (or leaves it Failed). */
  function failFourTimes(lab: Lab): number {
    let found = 0;
    for (let failure = 0; failure < 4; failure++) {
      found = failAfter(lab, 1_000);
      lab.advance(found + RESTART_DELAY_MS + VM_START_MS - lab.nowMs());
    }
    return found;
  }

  test('two nodes: one failover in 6 hours; the next one leaves the group Failed (1205) and its machine off', () => {
    const lab = roleLab({ online: true });
    failFourTimes(lab);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo2' });
    const last = failFourTimes(lab);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Failed', ownerNode: 'Demo2', pending: null, lastError: expect.stringContaining('the most its failover policy allows (1)') });
    expect(vmOf(lab, 'Demo2', 'VM1').state).toBe('Off');
    expect(roleEvents(lab).at(-1)).toBe(`${last} Demo2 1205`);
  });

  test('a failover older than the period no longer counts: after 6 hours it may fail over again', () => {
    const lab = roleLab({ online: true });
    const first = failFourTimes(lab);
    lab.advance(first + 6 * 3_600_000 - lab.nowMs());
    failFourTimes(lab);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo1' });
    expect(roleOf(lab, 'VM1').failoversMs).toHaveLength(1);
  });

  test('with Maximum failures 2 it fails over twice, back to Demo1', () => {
    const lab = roleLab({ online: true });
    ok(lab, { type: 'clusterRoleSetProperties', cluster: 'Cluster1', role: 'VM1', failoverThreshold: 2 });
    failFourTimes(lab);
    failFourTimes(lab);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo1' });
    expect(roleOf(lab, 'VM1').failoversMs).toHaveLength(2);
  });
});

test('a Paused owner keeps running and restarting its roles', () => {
  const lab = roleLab({ online: true });
  ok(lab, { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo1', action: 'pause' });
  const found = failAfter(lab, 1_000);
  lab.advance(found + RESTART_DELAY_MS + VM_START_MS - lab.nowMs());
  expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo1' });
});
