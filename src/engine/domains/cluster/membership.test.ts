import { describe, expect, test } from 'vitest';
import { restoreLab } from '../../lab';
import { eventsOf } from '../../testing/lab-helpers';
import type { Cluster } from '../../../domain/cluster';
import type { Lab } from '../../types';
import { changeCluster, clusterOf, formedClusterLab } from './heartbeats-testing';
import { CLUSTER_JOIN_MS } from './membership';

function ok(lab: Lab, command: Parameters<Lab['dispatch']>[0]): void {
  const result = lab.dispatch(command);
  if (!result.ok) throw new Error(result.error.message);
}

function pullCables(lab: Lab, host: string, linkUp = false): void {
  for (const nic of ['Public', 'Private', 'iSCSI']) ok(lab, { type: 'setNicLink', host, nic, linkUp });
}

/** Cluster events (1135, 1177) as "time host id [node]". */
function clusterEvents(lab: Lab): string[] {
  return eventsOf(lab)
    .filter((event) => event.source === 'Microsoft-Windows-FailoverClustering')
    .map((event) => `${event.timeMs} ${event.host} ${event.eventId}${event.eventId === 1135 ? ` ${/'([^']+)'/.exec(event.message)?.[1] ?? ''}` : ''}`);
}

function states(lab: Lab): string[] {
  return clusterOf(lab).nodes.map((node) => `${node.name}:${node.state}${node.downReason ? `/${node.downReason}` : ''}:${node.dynamicWeight}`);
}

describe('node removal by heartbeats', () => {
  test('2008 R2 (1 s × 5): cables pulled at 2.5 s → removed at the 5th missed heartbeat, 7 s; 1135 on the others in node order, 1177 on it', () => {
    const lab = formedClusterLab({ nodes: 3 });
    lab.advance(2_500);
    pullCables(lab, 'Demo3');
    lab.advance(4_499);
    expect(clusterEvents(lab)).toEqual([]);
    expect(states(lab)).toEqual(['Demo1:Up:1', 'Demo2:Up:1', 'Demo3:Up:1']);
    lab.advance(1);
    expect(clusterEvents(lab)).toEqual(['7000 Demo1 1135 Demo3', '7000 Demo2 1135 Demo3', '7000 Demo3 1177']);
    expect(states(lab)).toEqual(['Demo1:Up:1', 'Demo2:Up:1', 'Demo3:Down/quorum-lost:0']);
    expect(clusterOf(lab).networks.map((network) => network.state)).toEqual(['Up', 'Up', 'Up']);
    expect(clusterOf(lab).networks[1]?.interfaces.map((nic) => nic.state)).toEqual(['Up', 'Up', 'Failed']);
  });

  test('2016 (1 s × 10): the same pull at 2.5 s is found at 12 s', () => {
    const lab = formedClusterLab({ nodes: 3, osVersion: '2016' });
    lab.advance(2_500);
    pullCables(lab, 'Demo3');
    lab.advance(9_499);
    expect(clusterEvents(lab)).toEqual([]);
    lab.advance(1);
    expect(clusterEvents(lab)).toEqual(['12000 Demo1 1135 Demo3', '12000 Demo2 1135 Demo3', '12000 Demo3 1177']);
  });

  test('a pull on a heartbeat instant is first missed by the next heartbeat (the one at 3 s already went)', () => {
    const lab = formedClusterLab({ nodes: 3 });
    lab.advance(3_000);
    pullCables(lab, 'Demo3');
    lab.advance(4_999);
    expect(clusterEvents(lab)).toEqual([]);
    lab.advance(1);
    expect(clusterEvents(lab)[0]).toBe('8000 Demo1 1135 Demo3');
  });

  test('lazy: nothing is scheduled while every route answers; one timer per cluster while one breaks; a heal before the threshold cancels it', () => {
    const lab = formedClusterLab({ nodes: 3 });
    const idle = lab.nextDueMs();
    lab.advance(2_500);
    expect(lab.nextDueMs()).toBe(idle);
    pullCables(lab, 'Demo3');
    expect(lab.nextDueMs()).toBe(7_000);
    lab.advance(4_000);
    pullCables(lab, 'Demo3', true);
    // Healthy again from the first heartbeat after the plug, which the timer waits for to forget the routes.
    expect(lab.nextDueMs()).toBe(7_000);
    lab.advance(500);
    expect(lab.nextDueMs()).toBe(idle);
    lab.advance(60_000);
    expect(clusterEvents(lab)).toEqual([]);
    expect(states(lab)).toEqual(['Demo1:Up:1', 'Demo2:Up:1', 'Demo3:Up:1']);
  });

  test('plugged and pulled again before the next heartbeat: no heartbeat was answered, the misses go on counting', () => {
    const lab = formedClusterLab({ nodes: 3 });
    lab.advance(2_500);
    pullCables(lab, 'Demo3'); // missed at 3 s and 4 s
    lab.advance(1_700);
    pullCables(lab, 'Demo3', true); // 4.2 s
    lab.advance(500);
    pullCables(lab, 'Demo3'); // 4.7 s: the heartbeat at 5 s is the third miss
    lab.advance(2_299);
    expect(clusterEvents(lab)).toEqual([]);
    lab.advance(1);
    expect(clusterEvents(lab)[0]).toBe('7000 Demo1 1135 Demo3');
  });

  test('plugged for one answered heartbeat: the count starts again', () => {
    const lab = formedClusterLab({ nodes: 3 });
    lab.advance(2_500);
    pullCables(lab, 'Demo3');
    lab.advance(1_700);
    pullCables(lab, 'Demo3', true); // 4.2 s; 5 s is answered
    lab.advance(1_000);
    pullCables(lab, 'Demo3'); // 5.2 s: misses from 6 s, the fifth at 10 s
    lab.advance(4_799);
    expect(clusterEvents(lab)).toEqual([]);
    lab.advance(1);
    expect(clusterEvents(lab)[0]).toBe('10000 Demo1 1135 Demo3');
  });

  test('one network lost is not a removal: that node’s interface shows Failed, the others still reach each other (Up), the network is Partitioned', () => {
    const lab = formedClusterLab({ nodes: 3 });
    ok(lab, { type: 'setNicLink', host: 'Demo3', nic: 'Private', linkUp: false });
    lab.advance(60_000);
    expect(clusterEvents(lab)).toEqual([]);
    const privateNet = clusterOf(lab).networks[1];
    expect(privateNet?.interfaces.map((nic) => nic.state)).toEqual(['Up', 'Up', 'Failed']);
    expect(privateNet?.state).toBe('Partitioned');
  });

  test('a network with role none carries no heartbeats: losing the two others removes the node', () => {
    const lab = formedClusterLab({ nodes: 3 });
    changeCluster(lab, (cluster) => {
      const iscsi = cluster.networks[2];
      if (iscsi) iscsi.role = 'none';
    });
    lab.advance(1_200);
    ok(lab, { type: 'setNicLink', host: 'Demo3', nic: 'Public', linkUp: false });
    ok(lab, { type: 'setNicLink', host: 'Demo3', nic: 'Private', linkUp: false });
    lab.advance(10_000);
    expect(clusterEvents(lab)[0]).toBe('6000 Demo1 1135 Demo3');
  });

  test('SameSubnetDelay changed mid-way: the misses so far count, the grid restarts at the change', () => {
    const lab = formedClusterLab({ nodes: 3 });
    lab.advance(2_500);
    pullCables(lab, 'Demo3'); // misses at 3 s and 4 s
    lab.advance(2_000);
    changeCluster(lab, (cluster) => void (cluster.properties.SameSubnetDelay = 2_000)); // at 4.5 s: misses at 6.5, 8.5, 10.5 s
    expect(lab.nextDueMs()).toBe(10_500);
    lab.advance(6_000);
    expect(clusterEvents(lab)[0]).toBe('10500 Demo1 1135 Demo3');
  });

  test('SameSubnetThreshold lowered below the misses so far: down at the next heartbeat', () => {
    const lab = formedClusterLab({ nodes: 3, osVersion: '2016' });
    lab.advance(2_500);
    pullCables(lab, 'Demo3');
    lab.advance(5_000); // 5 misses (3..7 s)
    changeCluster(lab, (cluster) => void (cluster.properties.SameSubnetThreshold = 3));
    lab.advance(1_000);
    expect(clusterEvents(lab)[0]).toBe('8000 Demo1 1135 Demo3');
  });
});

describe('power', () => {
  test('a pulled plug is found by the heartbeats: Down (off) at 7 s, no 1177 from a dead node', () => {
    const lab = formedClusterLab({ nodes: 3 });
    lab.advance(2_500);
    ok(lab, { type: 'setPower', host: 'Demo2', action: 'off' });
    expect(states(lab)[1]).toBe('Demo2:Up:1');
    lab.advance(5_000);
    expect(clusterEvents(lab)).toEqual(['7000 Demo1 1135 Demo2', '7000 Demo3 1135 Demo2']);
    expect(states(lab)).toEqual(['Demo1:Up:1', 'Demo2:Down/off:0', 'Demo3:Up:1']);
  });

  test('a clean shutdown leaves at once without 1135; the node rejoins after its boot: Joining, then Up after the join time', () => {
    const lab = formedClusterLab({ nodes: 3 });
    ok(lab, { type: 'setPower', host: 'Demo2', action: 'shutdown' });
    expect(states(lab)[1]).toBe('Demo2:Down/off:0');
    lab.advance(120_000);
    ok(lab, { type: 'setPower', host: 'Demo2', action: 'on' });
    const bootMs = labNext(lab);
    lab.advance(bootMs - lab.nowMs());
    expect(states(lab)[1]).toBe('Demo2:Joining:0');
    lab.advance(CLUSTER_JOIN_MS - 1);
    expect(states(lab)[1]).toBe('Demo2:Joining:0');
    lab.advance(1);
    expect(states(lab)).toEqual(['Demo1:Up:1', 'Demo2:Up:1', 'Demo3:Up:1']);
    expect(clusterEvents(lab)).toEqual([]);
  });

  test('2008 R2, 3 nodes: two clean shutdowns leave one node of 3 votes: it stops (1177), the cluster is Offline; it forms again when a node returns', () => {
    const lab = formedClusterLab({ nodes: 3 });
    ok(lab, { type: 'setPower', host: 'Demo2', action: 'shutdown' });
    ok(lab, { type: 'setPower', host: 'Demo3', action: 'shutdown' });
    expect(clusterEvents(lab)).toEqual(['0 Demo1 1177']);
    expect(clusterOf(lab).state).toBe('Offline');
    expect(clusterOf(lab).coreOwner).toBeNull();
    lab.advance(120_000);
    ok(lab, { type: 'setPower', host: 'Demo3', action: 'on' });
    lab.advance(labNext(lab) - lab.nowMs());
    expect(states(lab)).toEqual(['Demo1:Joining:0', 'Demo2:Down/off:0', 'Demo3:Joining:0']);
    lab.advance(CLUSTER_JOIN_MS);
    expect(clusterOf(lab).state).toBe('Online');
    expect(clusterOf(lab).coreOwner).toBe('Demo1');
    expect(states(lab)).toEqual(['Demo1:Up:1', 'Demo2:Down/off:0', 'Demo3:Up:1']);
  });

  test('2012 R2, 2 nodes without witness: dynamic quorum zeroes Demo2; a clean shutdown of the voter hands its vote over', () => {
    const lab = formedClusterLab({ nodes: 2, osVersion: '2012R2' });
    expect(states(lab)).toEqual(['Demo1:Up:1', 'Demo2:Up:0']);
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'shutdown' });
    expect(states(lab)).toEqual(['Demo1:Down/off:0', 'Demo2:Up:1']);
    expect(clusterOf(lab).state).toBe('Online');
    expect(clusterOf(lab).coreOwner).toBe('Demo2');
  });

  test('2012 R2, 2 nodes without witness: the voter pulled out takes the cluster down (50/50)', () => {
    const lab = formedClusterLab({ nodes: 2, osVersion: '2012R2' });
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'off' });
    lab.advance(5_000);
    expect(clusterEvents(lab)).toEqual(['5000 Demo2 1177']);
    expect(clusterOf(lab).state).toBe('Offline');
  });
});

describe('partitions', () => {
  test('4 nodes on 2008 R2 split 2 | 2 without witness: no side has 3 of 4 votes, everything stops; the heal forms the cluster again', () => {
    const lab = formedClusterLab({ nodes: 4 });
    lab.advance(500);
    for (const host of ['Demo3', 'Demo4']) pullCables(lab, host);
    // Demo3 and Demo4 still reach each other? No: their cables are out too. Plug them into a
    // switch of their own: their Private links come back, the others' Private is cut.
    for (const host of ['Demo3', 'Demo4']) ok(lab, { type: 'setNicLink', host, nic: 'Private', linkUp: true });
    for (const host of ['Demo1', 'Demo2']) ok(lab, { type: 'setNicLink', host, nic: 'Private', linkUp: false });
    lab.advance(4_500);
    expect(clusterEvents(lab)).toEqual(['5000 Demo1 1177', '5000 Demo2 1177', '5000 Demo3 1177', '5000 Demo4 1177']);
    expect(clusterOf(lab).state).toBe('Offline');
    for (const host of ['Demo3', 'Demo4']) pullCables(lab, host, true);
    for (const host of ['Demo1', 'Demo2']) ok(lab, { type: 'setNicLink', host, nic: 'Private', linkUp: true });
    lab.advance(CLUSTER_JOIN_MS);
    expect(clusterOf(lab).state).toBe('Online');
    expect(states(lab)).toEqual(['Demo1:Up:1', 'Demo2:Up:1', 'Demo3:Up:1', 'Demo4:Up:1']);
  });

  test('4 nodes with a file share witness split 2 | 2: the side owning the core resources keeps the witness and runs', () => {
    const lab = formedClusterLab({ nodes: 4, mode: 'NodeAndFileShareMajority' });
    lab.advance(500);
    for (const host of ['Demo3', 'Demo4']) {
      ok(lab, { type: 'setNicLink', host, nic: 'Private', linkUp: false });
      ok(lab, { type: 'setNicLink', host, nic: 'iSCSI', linkUp: false });
    }
    // Demo1/Demo2 and Demo3/Demo4 on Public would still meet: cut Demo1 and Demo2's Public instead of theirs.
    for (const host of ['Demo1', 'Demo2']) ok(lab, { type: 'setNicLink', host, nic: 'Public', linkUp: false });
    lab.advance(4_500);
    // Demo1/Demo2 lost Public, so they cannot reach the share on SWS-DC either: Demo3/Demo4 win it.
    expect(clusterEvents(lab)).toEqual(['5000 Demo3 1135 Demo1', '5000 Demo4 1135 Demo1', '5000 Demo3 1135 Demo2', '5000 Demo4 1135 Demo2', '5000 Demo1 1177', '5000 Demo2 1177']);
    expect(clusterOf(lab).coreOwner).toBe('Demo3');
  });

  test('3 nodes: the isolated node stops (1177) and rejoins when its cables return', () => {
    const lab = formedClusterLab({ nodes: 3 });
    pullCables(lab, 'Demo1');
    lab.advance(5_000);
    expect(clusterEvents(lab)).toEqual(['5000 Demo2 1135 Demo1', '5000 Demo3 1135 Demo1', '5000 Demo1 1177']);
    expect(clusterOf(lab).coreOwner).toBe('Demo2');
    lab.advance(1_234);
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'Private', linkUp: true });
    expect(states(lab)[0]).toBe('Demo1:Joining:0');
    lab.advance(CLUSTER_JOIN_MS);
    expect(states(lab)[0]).toBe('Demo1:Up:1');
  });
});

describe('commands through membershipChanged', () => {
  test('a stopped service leaves cleanly and stays down; Paused nodes still vote and heartbeat', () => {
    const lab = formedClusterLab({ nodes: 3 });
    changeCluster(lab, (cluster) => {
      const node = cluster.nodes[2];
      if (node) Object.assign(node, { state: 'Down', downReason: 'service-stopped' });
      const paused = cluster.nodes[1];
      if (paused) paused.state = 'Paused';
    });
    expect(states(lab)).toEqual(['Demo1:Up:1', 'Demo2:Paused:1', 'Demo3:Down/service-stopped:0']);
    pullCables(lab, 'Demo2');
    lab.advance(5_000);
    // Demo1 alone: 1 of 3 votes (2008 R2, no dynamic quorum).
    expect(clusterEvents(lab)).toEqual(['5000 Demo1 1177', '5000 Demo2 1177']);
    expect(clusterOf(lab).state).toBe('Offline');
  });

  test('a cluster stopped for want of votes: a service started by hand forms it with the node already waiting', () => {
    const lab = formedClusterLab({ nodes: 3 });
    const stop = (index: number) => (cluster: Cluster) => Object.assign(cluster.nodes[index] ?? {}, { state: 'Down', downReason: 'service-stopped', dynamicWeight: 0 });
    changeCluster(lab, stop(1));
    changeCluster(lab, stop(2));
    expect(clusterOf(lab).state).toBe('Offline');
    expect(states(lab)).toEqual(['Demo1:Down/quorum-lost:0', 'Demo2:Down/service-stopped:0', 'Demo3:Down/service-stopped:0']);
    lab.advance(1_000);
    changeCluster(lab, (cluster) => Object.assign(cluster.nodes[1] ?? {}, { state: 'Joining', downReason: null }));
    lab.advance(CLUSTER_JOIN_MS);
    // Demo2 and Demo1 hold 2 of 3 configured votes: Demo2 brings the cluster online, Demo1 joins it.
    expect(clusterOf(lab).state).toBe('Online');
    expect(states(lab)).toEqual(['Demo1:Joining:0', 'Demo2:Up:1', 'Demo3:Down/service-stopped:0']);
    lab.advance(CLUSTER_JOIN_MS);
    expect(states(lab)).toEqual(['Demo1:Up:1', 'Demo2:Up:1', 'Demo3:Down/service-stopped:0']);
  });

  test('a service started by hand on a stopped cluster without a majority to form stays down', () => {
    const lab = formedClusterLab({ nodes: 3 });
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'shutdown' });
    ok(lab, { type: 'setPower', host: 'Demo2', action: 'shutdown' });
    changeCluster(lab, (cluster) => Object.assign(cluster.nodes[2] ?? {}, { state: 'Down', downReason: 'service-stopped', dynamicWeight: 0 }));
    changeCluster(lab, (cluster) => Object.assign(cluster.nodes[2] ?? {}, { state: 'Joining', downReason: null }));
    lab.advance(CLUSTER_JOIN_MS);
    expect(clusterOf(lab).state).toBe('Offline');
    expect(states(lab)[2]).toBe('Demo3:Down/quorum-lost:0');
  });

  test('evicting a node drops it from the votes', () => {
    const lab = formedClusterLab({ nodes: 3 });
    changeCluster(lab, (cluster) => void cluster.nodes.pop());
    expect(lab.query({ type: 'clusterQuorum', name: 'Cluster1' })).toMatchObject({ ok: true, value: { totalVotes: 2, votesUp: 2, votesNeeded: 2, hasQuorum: true } });
  });
});

describe('snapshot', () => {
  test('restored in the middle of a detection, the lab hashes the same and removes at the same time', () => {
    const lab = formedClusterLab({ nodes: 3 });
    lab.advance(2_500);
    pullCables(lab, 'Demo3');
    lab.advance(1_000);
    const restored = restoreLab(JSON.parse(JSON.stringify(lab.snapshot())));
    expect(restored.hash()).toBe(lab.hash());
    for (const each of [lab, restored]) each.advance(10_000);
    expect(restored.hash()).toBe(lab.hash());
    expect(clusterEvents(restored)).toEqual(clusterEvents(lab));
    expect(clusterEvents(lab)[0]).toBe('7000 Demo1 1135 Demo3');
  });
});

function labNext(lab: Lab): number {
  const next = lab.nextDueMs();
  if (next === null) throw new Error('nothing due');
  return next;
}
