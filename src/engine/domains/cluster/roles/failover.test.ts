// Unplanned failover, quorum and failback. A node whose plug or cables are pulled is removed at
// the heartbeat that misses for the 5th time (1135, 2008 R2: 1 s × 5); its roles then start cold on
// a survivor (Running VM_START_MS later) and count against the failover threshold. Failback is
// off by default; allowed, a role goes back to its preferred owner when it comes back Up, at
// once or at the next start of its window, in hours of the lab's clock (startEpochMs + simulated time).
import { describe, expect, test } from 'vitest';
import { VM_START_MS, stateFileTransferMs } from '../../../../domain/hyperv';
import { BYTES_PER_MIB, MS_PER_HOUR } from '../../../../domain/units';
import { ok } from '../../../testing/cluster-helpers';
import { eventsOf } from '../../../testing/lab-helpers';
import { roleLab, roleOf } from '../../../testing/roles-helpers';
import type { Lab } from '../../../types';
import { vmOf } from '../../hyperv/hyperv-testing';

const QUICK_MOVE_MS = 2 * stateFileTransferMs(512 * BYTES_PER_MIB);
const removedAt = (lab: Lab, node: string) => eventsOf(lab).find((event) => event.eventId === 1135 && event.message.includes(`'${node}'`))?.timeMs;

function pullCables(lab: Lab, host: string, linkUp = false): void {
  for (const nic of ['Public', 'Private', 'iSCSI']) ok(lab, { type: 'setNicLink', host, nic, linkUp });
}

describe('unplanned failover', () => {
  test("Demo1's plug pulled: its machine is off at once, Demo1 is removed at the 5th missed heartbeat, the role runs on Demo2 VM_START_MS later", () => {
    const lab = roleLab({ online: true });
    expect(lab.nowMs() % 1_000).toBe(0);
    const id = vmOf(lab, 'Demo1', 'VM1').id;
    const pulledMs = lab.nowMs();
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'off' });
    lab.advance(4_000);
    expect(roleOf(lab, 'VM1')).toMatchObject({ ownerNode: 'Demo1', state: 'Online' });
    lab.advance(2_000);
    // Pulled on a heartbeat instant: missed at +1 s … +5 s, removed at the 5th.
    const removal = removedAt(lab, 'Demo1')!;
    expect(removal).toBe(pulledMs + 5_000);
    expect(roleOf(lab, 'VM1')).toMatchObject({ ownerNode: 'Demo2', failoversMs: [removal] });
    lab.advance(removal + VM_START_MS - lab.nowMs());
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo2', onlineSinceMs: removal + VM_START_MS });
    expect(vmOf(lab, 'Demo2', 'VM1')).toMatchObject({ id, state: 'Running' });
    // Its restart count was not touched: the failure was the node's, found by membership.
    expect(roleOf(lab, 'VM1').resources[0]?.restartFailuresMs).toEqual([]);
  });

  test("three nodes, Demo1's cables pulled: its machine is turned off there (its Cluster service stopped) and started on the least loaded survivor", () => {
    const lab = roleLab({ nodes: 3, online: true, vms: ['VM1', 'VM2'] });
    pullCables(lab, 'Demo1');
    lab.advance(6_000);
    const removal = removedAt(lab, 'Demo1')!;
    lab.advance(removal + VM_START_MS - lab.nowMs());
    expect([roleOf(lab, 'VM1').ownerNode, roleOf(lab, 'VM2').ownerNode].sort()).toEqual(['Demo2', 'Demo3']);
    expect([roleOf(lab, 'VM1').state, roleOf(lab, 'VM2').state]).toEqual(['Online', 'Online']);
  });

  test('an offline role only changes owner; a clean shut down of the owner moves its roles at once (no 1135)', () => {
    const lab = roleLab({ vms: ['VM1', 'VM2'] });
    ok(lab, { type: 'clusterRoleAction', cluster: 'Cluster1', role: 'VM2', action: 'start' });
    lab.advance(VM_START_MS);
    const t0 = lab.nowMs();
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'shutdown' });
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Offline', ownerNode: 'Demo2' });
    expect(roleOf(lab, 'VM2')).toMatchObject({ state: 'Pending', ownerNode: 'Demo2', failoversMs: [t0] });
    lab.advance(VM_START_MS);
    expect(roleOf(lab, 'VM2').state).toBe('Online');
    expect(removedAt(lab, 'Demo1')).toBeUndefined();
  });
});

describe('failback', () => {
  /** VM1 preferring Demo1, failed over to Demo2 by a pulled plug, Demo1 powered on again. */
  function failedOverAndBack(failback: unknown): { lab: Lab; upMs: number } {
    const lab = roleLab({ online: true });
    ok(lab, { type: 'clusterRoleSetProperties', cluster: 'Cluster1', role: 'VM1', preferredOwners: ['Demo1', 'Demo2'], failback });
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'off' });
    lab.advance(10_000);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo2' });
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'on' });
    for (let waited = 0; waited < 600 && !clusterNodeUp(lab, 'Demo1'); waited++) lab.advance(1_000);
    const upMs = lab.nowMs();
    return { lab, upMs };
  }

  test('off by default: the role stays on Demo2 when Demo1 is back', () => {
    const { lab } = failedOverAndBack({ mode: 'prevent' });
    lab.advance(60_000);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo2' });
  });

  test('allowed immediately: a quick move back to Demo1 as soon as it is Up', () => {
    const { lab } = failedOverAndBack({ mode: 'allow', window: null });
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Pending', pending: { action: 'move', targetNode: 'Demo1' } });
    lab.advance(QUICK_MOVE_MS);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo1' });
  });

  test('allowed in a window: it waits for the window start hour, then moves back', () => {
    const lab0 = roleLab();
    // The lab's clock starts at 2010-06-01 08:00 (UTC): the hour the consoles show, not nowMs's.
    const startEpochMs = lab0.params.options.startEpochMs;
    const clockHour = (ms: number) => new Date(startEpochMs + ms).getUTCHours();
    const startHour = (clockHour(lab0.nowMs()) + 3) % 24;
    const { lab, upMs } = failedOverAndBack({ mode: 'allow', window: { startHour, endHour: (startHour + 2) % 24 } });
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo2' });
    // The first whole hour after the node came back at which the lab's clock reads startHour:00.
    let windowMs = Math.ceil((startEpochMs + upMs + 1) / MS_PER_HOUR) * MS_PER_HOUR - startEpochMs;
    while (clockHour(windowMs) !== startHour) windowMs += MS_PER_HOUR;
    expect(new Date(startEpochMs + windowMs).getUTCMinutes()).toBe(0);
    lab.advance(windowMs - lab.nowMs() - 1);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo2' });
    lab.advance(1);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Pending', pending: { action: 'move', targetNode: 'Demo1' } });
    lab.advance(QUICK_MOVE_MS);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo1' });
  });
});

function clusterNodeUp(lab: Lab, node: string): boolean {
  const answer = lab.query({ type: 'clusterNodes', name: 'Cluster1' });
  return answer.ok && answer.value.nodes.some((each) => each.name === node && each.state === 'Up');
}

describe('quorum', () => {
  test('without quorum nothing runs: the machines are turned off; with quorum again the roles wanted online start', () => {
    const lab = roleLab({ nodes: 3, online: true });
    // Node Majority of 3 without the witness disk: two nodes down leave the third without quorum.
    ok(lab, { type: 'clusterSetQuorum', cluster: 'Cluster1', mode: 'NodeMajority' });
    ok(lab, { type: 'setPower', host: 'Demo2', action: 'off' });
    ok(lab, { type: 'setPower', host: 'Demo3', action: 'off' });
    lab.advance(10_000);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Offline', ownerNode: 'Demo1', wantedOnline: true, lastError: 'Cluster Cluster1 lost quorum.' });
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Off');
    ok(lab, { type: 'setPower', host: 'Demo2', action: 'on' });
    for (let waited = 0; waited < 600 && !clusterNodeUp(lab, 'Demo2'); waited++) lab.advance(1_000);
    lab.advance(VM_START_MS);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', wantedOnline: true });
  });
});
