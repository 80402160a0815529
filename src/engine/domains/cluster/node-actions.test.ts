import { describe, expect, test } from 'vitest';
import { clusterReservationKey } from '../../../domain/cluster';
import { clusterLab, clusterOf, createCommand, ok, readyClusterLab } from '../../testing/cluster-helpers';
import { eventsOf, refused } from '../../testing/lab-helpers';
import type { Lab } from '../../types';
import { CLUSTER_JOIN_MS } from './membership';

const act = (node: string, action: string) => ({ type: 'clusterNodeAction', cluster: 'Cluster1', node, action });
const stateOf = (lab: Lab) => clusterOf(lab).nodes.map((node) => [node.name, node.state, node.downReason]);

function reservation(lab: Lab, host: string, number: number) {
  const answer = lab.query({ type: 'diskReservation', host, number });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

describe('node actions (facts Part A §2.5: Up, Down, Paused, Joining)', () => {
  test('Pause takes an Up node to Paused (it keeps what it owns, as 2008 R2 does); Resume brings it back', () => {
    const lab = clusterLab();
    ok(lab, act('Demo1', 'pause'));
    expect(stateOf(lab)).toEqual([['Demo1', 'Paused', null], ['Demo2', 'Up', null]]);
    expect(clusterOf(lab)).toMatchObject({ coreOwner: 'Demo1', disks: [{ ownerNode: 'Demo1' }, { ownerNode: 'Demo1' }] });
    expect(refused(lab, act('Demo1', 'pause'))).toMatchObject({ code: 'cluster.node_state', errors: { action: 'Pause does not apply to Demo1: only an Up node is paused; it is Paused.' } });
    ok(lab, act('demo1', 'resume'));
    expect(stateOf(lab)).toEqual([['Demo1', 'Up', null], ['Demo2', 'Up', null]]);
    expect(refused(lab, act('Demo2', 'resume'))).toMatchObject({ code: 'cluster.node_state', errors: { action: 'Resume does not apply to Demo2: only a Paused node is resumed; it is Up.' } });
  });

  test('Stop Cluster Service: Down (service-stopped), its disks and core resources move to the other node, which preempts its key', () => {
    const lab = clusterLab();
    const nowMs = lab.nowMs();
    ok(lab, act('Demo1', 'stop-service'));
    expect(stateOf(lab)).toEqual([['Demo1', 'Down', 'service-stopped'], ['Demo2', 'Up', null]]);
    const cluster = clusterOf(lab);
    expect(cluster.nodes[0]!.dynamicWeight).toBe(0);
    expect(cluster).toMatchObject({ coreOwner: 'Demo2', disks: [{ state: 'Online', ownerNode: 'Demo2' }, { state: 'Online', ownerNode: 'Demo2' }] });
    const table = reservation(lab, 'Demo2', 1);
    expect(table).toMatchObject({ reservation: { holder: 'Demo2' } });
    expect(table.registrations.map((entry) => entry.key)).toEqual([clusterReservationKey('CLUSTER1', 2)]);
    expect(eventsOf(lab, 'Demo1').at(-1)).toMatchObject({ timeMs: nowMs, eventId: 7036, message: 'The Cluster Service service entered the stopped state.' });
    expect(refused(lab, act('Demo1', 'stop-service'))).toMatchObject({ code: 'cluster.node_state' });
    expect(refused(lab, act('Demo1', 'pause'))).toMatchObject({ code: 'cluster.node_state', errors: { action: expect.stringContaining('it is Down (service-stopped).') } });
  });

  test('Start Cluster Service: a stopped node joins (Joining, Up after CLUSTER_JOIN_MS through membership); a node Up is refused', () => {
    const lab = clusterLab();
    expect(refused(lab, act('Demo2', 'start-service'))).toMatchObject({ code: 'cluster.node_state', errors: { action: expect.stringContaining('already running') } });
    ok(lab, act('Demo2', 'stop-service'));
    const startMs = lab.nowMs();
    ok(lab, act('Demo2', 'start-service'));
    expect(stateOf(lab)[1]).toEqual(['Demo2', 'Joining', null]);
    expect(eventsOf(lab, 'Demo2').at(-1)).toMatchObject({ timeMs: startMs, eventId: 7036, message: 'The Cluster Service service entered the running state.' });
    lab.advance(CLUSTER_JOIN_MS - 1);
    expect(stateOf(lab)[1]).toEqual(['Demo2', 'Joining', null]);
    lab.advance(1);
    expect(clusterOf(lab).nodes[1]).toMatchObject({ state: 'Up', dynamicWeight: 1 });
  });

  test('Evict: the node leaves the cluster, 1011 is logged by the core owner, its registration is preempted', () => {
    const lab = clusterLab({ nodes: 3 });
    ok(lab, { type: 'clusterSetProperties', cluster: 'Cluster1', properties: { EnableSharedVolumes: 1 } });
    ok(lab, { type: 'clusterAddSharedVolume', cluster: 'Cluster1', disk: 'Cluster Disk 2' });
    expect(reservation(lab, 'Demo1', 2).registrations).toHaveLength(3);
    const nowMs = lab.nowMs();
    ok(lab, act('Demo3', 'evict'));
    const cluster = clusterOf(lab);
    expect(cluster.nodes.map((node) => node.name)).toEqual(['Demo1', 'Demo2']);
    expect(cluster.networks.every((network) => network.interfaces.every((entry) => entry.node !== 'Demo3'))).toBe(true);
    expect(eventsOf(lab, 'Demo1').at(-1)).toMatchObject({ timeMs: nowMs, source: 'Microsoft-Windows-FailoverClustering', eventId: 1011, level: 'Information', message: 'Cluster node Demo3 has been evicted from the failover cluster.' });
    expect(reservation(lab, 'Demo1', 2).registrations.map((entry) => entry.key)).toEqual([clusterReservationKey('CLUSTER1', 1), clusterReservationKey('CLUSTER1', 2)].sort());
    expect(refused(lab, act('Demo3', 'pause'))).toMatchObject({ code: 'cluster.node_not_found', errors: { node: 'Demo3 is not a node of cluster Cluster1.' } });
    // The evicted server may form or join another cluster.
    ok(lab, { type: 'clusterCreate', name: 'Cluster2', nodes: ['Demo3'], address: '192.168.100.60' });
  });

  test('Evict of the owner moves its disks first; the last node and a quorum-losing eviction are refused', () => {
    const lab = clusterLab();
    ok(lab, act('Demo1', 'evict'));
    expect(clusterOf(lab)).toMatchObject({ nodes: [{ name: 'Demo2' }], coreOwner: 'Demo2', disks: [{ ownerNode: 'Demo2', state: 'Online' }, { ownerNode: 'Demo2', state: 'Online' }] });
    expect(refused(lab, act('Demo2', 'evict'))).toMatchObject({ code: 'cluster.last_node', errors: { node: expect.stringContaining('last node') } });

    // Node Majority of 3 with Demo3 stopped: 2 of 3 votes; evicting Demo2 leaves 1 of 2.
    const three = clusterLab({ nodes: 3 });
    ok(three, act('Demo3', 'stop-service'));
    expect(refused(three, act('Demo2', 'evict'))).toMatchObject({ code: 'cluster.quorum_lost', errors: { node: expect.stringContaining('the cluster would lose quorum') } });
    // Evicting the stopped node is fine: 2 of 2.
    ok(three, act('Demo3', 'evict'));
  });

  test('unknown cluster, node or action, and a cluster still being created, are refused', () => {
    const lab = clusterLab();
    expect(refused(lab, { ...act('Demo1', 'pause'), cluster: 'Nowhere' })).toMatchObject({ code: 'cluster.not_found', errors: { cluster: 'There is no cluster named "Nowhere".' } });
    expect(refused(lab, act('SWS-DC', 'pause'))).toMatchObject({ code: 'cluster.node_not_found' });
    expect(refused(lab, act('Demo1', 'reboot'))).toMatchObject({ code: 'cluster.invalid_action', errors: { action: 'The action is one of pause, resume, evict, stop-service, start-service.' } });
    const creating = readyClusterLab();
    ok(creating, createCommand());
    expect(refused(creating, act('Demo1', 'pause'))).toMatchObject({ code: 'cluster.creating' });
  });
});
