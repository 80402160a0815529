// Bring online, take offline and move, with their exact simulated times: a start from Off takes
// VM_START_MS; a quick move saves the machine on the owner and restores it on the target (each
// stateFileTransferMs of its memory); Take offline shuts the guest down (VM_SHUTDOWN_MS).
import { describe, expect, test } from 'vitest';
import { stateFileTransferMs, VM_SHUTDOWN_MS, VM_START_MS } from '../../../../domain/hyperv';
import { BYTES_PER_MIB } from '../../../../domain/units';
import { ok } from '../../../testing/cluster-helpers';
import { refused } from '../../../testing/lab-helpers';
import { roleActionCommand, roleLab, roleOf } from '../../../testing/roles-helpers';
import { hostVms, vmOf } from '../../hyperv/hyperv-testing';

const SAVE_512_MB_MS = stateFileTransferMs(512 * BYTES_PER_MIB);

describe('Bring this service or application online / Take it offline', () => {
  test('start: Pending with its resource Online Pending, then Online when the machine runs, VM_START_MS later', () => {
    const lab = roleLab();
    const t0 = lab.nowMs();
    ok(lab, roleActionCommand('VM1', 'start'));
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Pending', pending: { action: 'start', sinceMs: t0 }, resources: [{ state: 'Online Pending' }, { state: 'Online' }] });
    lab.advance(VM_START_MS - 1);
    expect(roleOf(lab, 'VM1').state).toBe('Pending');
    lab.advance(1);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', pending: null, onlineSinceMs: t0 + VM_START_MS, wantedOnline: true, resources: [{ state: 'Online' }, { state: 'Online' }] });
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Running');
    expect(refused(lab, roleActionCommand('VM1', 'start'))).toMatchObject({ code: 'cluster.role_online' });
  });

  test('stop: the guest is shut down; Offline VM_SHUTDOWN_MS later', () => {
    const lab = roleLab({ online: true });
    const t0 = lab.nowMs();
    ok(lab, roleActionCommand('VM1', 'stop'));
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Pending', pending: { action: 'stop' }, resources: [{ state: 'Offline Pending' }, { state: 'Offline Pending' }] });
    lab.advance(VM_SHUTDOWN_MS);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Offline', pending: null, wantedOnline: false, onlineSinceMs: null });
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Off');
    expect(lab.nowMs() - t0).toBe(VM_SHUTDOWN_MS);
    expect(refused(lab, roleActionCommand('VM1', 'stop'))).toMatchObject({ code: 'cluster.role_offline' });
  });
});

describe('Move this service or application to another node (quick)', () => {
  test('online: saved on Demo1, restored on Demo2; the machine keeps its id and changes host', () => {
    const lab = roleLab({ online: true });
    const id = vmOf(lab, 'Demo1', 'VM1').id;
    const t0 = lab.nowMs();
    ok(lab, roleActionCommand('VM1', 'move', 'demo2'));
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Pending', ownerNode: 'Demo1', pending: { action: 'move', targetNode: 'Demo2' } });
    lab.advance(SAVE_512_MB_MS);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Pending', ownerNode: 'Demo2' });
    expect(hostVms(lab, 'Demo1').vms).toEqual([]);
    expect(vmOf(lab, 'Demo2', 'VM1')).toMatchObject({ id, state: 'Starting' });
    lab.advance(SAVE_512_MB_MS);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo2', onlineSinceMs: t0 + 2 * SAVE_512_MB_MS });
    expect(hostVms(lab, 'Demo2').resources).toMatchObject({ runningVms: 1, assignedMemoryBytes: 512 * BYTES_PER_MIB });
    expect(hostVms(lab, 'Demo1').resources).toMatchObject({ runningVms: 0, assignedMemoryBytes: 0 });
  });

  test('to the best possible node: the first Up preferred owner, else the node running the fewest machines', () => {
    const lab = roleLab({ nodes: 3, online: true, vms: ['VM1', 'VM2'] });
    ok(lab, roleActionCommand('VM2', 'move', 'Demo2'));
    lab.advance(60_000);
    ok(lab, roleActionCommand('VM1', 'move'));
    expect(roleOf(lab, 'VM1').pending?.targetNode).toBe('Demo3');
    lab.advance(60_000);
    ok(lab, { type: 'clusterRoleSetProperties', cluster: 'Cluster1', role: 'VM1', preferredOwners: ['Demo2', 'Demo1'] });
    ok(lab, roleActionCommand('VM1', 'move'));
    expect(roleOf(lab, 'VM1').pending?.targetNode).toBe('Demo2');
  });

  test('offline: only the owner changes; refusals name the node and change nothing', () => {
    const lab = roleLab();
    ok(lab, roleActionCommand('VM1', 'move', 'Demo2'));
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Offline', ownerNode: 'Demo2', pending: null });
    expect(vmOf(lab, 'Demo2', 'VM1').state).toBe('Off');
    expect(refused(lab, roleActionCommand('VM1', 'move', 'Demo2'))).toMatchObject({ code: 'cluster.already_owner', errors: { node: 'Demo2 already owns VM1.' } });
    expect(refused(lab, roleActionCommand('VM1', 'move', 'SWS-Store1'))).toMatchObject({ code: 'cluster.node_not_found' });
    ok(lab, { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo1', action: 'pause' });
    expect(refused(lab, roleActionCommand('VM1', 'move', 'Demo1'))).toMatchObject({ code: 'cluster.node_cannot_host', errors: { node: 'VM1 cannot move to Demo1: Demo1 is Paused.' } });
    expect(refused(lab, roleActionCommand('VM1', 'move'))).toMatchObject({ code: 'cluster.no_possible_owner' });
  });
});
