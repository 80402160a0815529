// Membership on a cluster made by Create Cluster on the seed lab's storage (clusterLab): the disk
// witness breaks ties, disks follow the survivors, and 64 nodes.
import { describe, expect, test } from 'vitest';
import { eventsOf } from '../../testing/lab-helpers';
import { clusterLab, clusterOf, ok } from '../../testing/cluster-helpers';
import { labContextOf } from '../../lab';
import type { Lab } from '../../types';
import { heartbeatTimerKey } from './heartbeats';
import { quorumIfChanged } from './quorum-change';

const NICS = ['Public', 'Private', 'iSCSI'] as const;

function cut(lab: Lab, host: string, nics: readonly string[]): void {
  for (const nic of nics) ok(lab, { type: 'setNicLink', host, nic, linkUp: false });
}

/** Cluster events since `fromMs` as "+ms host id". */
function clusterEvents(lab: Lab, fromMs: number): string[] {
  return eventsOf(lab)
    .filter((event) => event.source === 'Microsoft-Windows-FailoverClustering' && event.timeMs >= fromMs && (event.eventId === 1135 || event.eventId === 1177))
    .map((event) => `+${event.timeMs - fromMs} ${event.host} ${event.eventId}`);
}

function owners(lab: Lab): string[] {
  return clusterOf(lab).disks.map((disk) => `${disk.name}:${disk.ownerNode ?? '-'}:${disk.state}`);
}

/** clusterLab, with the iSCSI network set to none (as the console recommends), then 500 ms on. */
function twoNodes(): { lab: Lab; t0: number } {
  const lab = clusterLab({ nodes: 2 });
  ok(lab, { type: 'clusterSetNetwork', cluster: 'Cluster1', network: 'Cluster Network 2', role: 'none' });
  lab.advance(500);
  return { lab, t0: lab.nowMs() };
}

describe('two nodes with a disk witness (2008 R2, Node and Disk Majority)', () => {
  test('split with both still on the storage: the side owning the witness disk keeps it and runs; removal at the 5th miss', () => {
    const { lab, t0 } = twoNodes();
    cut(lab, 'Demo2', ['Public', 'Private']);
    lab.advance(4_499);
    expect(clusterEvents(lab, t0)).toEqual([]);
    lab.advance(1);
    // Created at a whole second: the misses are at +0.5 s … +4.5 s.
    expect(clusterEvents(lab, t0)).toEqual(['+4500 Demo1 1135', '+4500 Demo2 1177']);
    expect(clusterOf(lab).nodes.map((node) => `${node.name}:${node.state}`)).toEqual(['Demo1:Up', 'Demo2:Down']);
    expect(owners(lab)).toEqual(['Cluster Disk 1:Demo1:Online', 'Cluster Disk 2:Demo1:Online']);
    expect(lab.query({ type: 'clusterQuorum', name: 'Cluster1' })).toMatchObject({ ok: true, value: { votesUp: 2, totalVotes: 3, votesNeeded: 2, hasQuorum: true, witnessOwner: 'Demo1' } });
  });

  test('the owner isolated from the other node but still on the storage keeps the witness: the other node stops (UNVERIFIED rule)', () => {
    const { lab, t0 } = twoNodes();
    cut(lab, 'Demo1', ['Public', 'Private']);
    lab.advance(5_000);
    expect(clusterEvents(lab, t0)).toEqual(['+4500 Demo1 1135', '+4500 Demo2 1177']);
  });

  test('the owner pulled out: the other node wins the arbitration, takes both disks and the core resources', () => {
    const { lab, t0 } = twoNodes();
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'off' });
    lab.advance(5_000);
    expect(clusterEvents(lab, t0)).toEqual(['+4500 Demo2 1135']);
    expect(owners(lab)).toEqual(['Cluster Disk 1:Demo2:Online', 'Cluster Disk 2:Demo2:Online']);
    expect(clusterOf(lab).coreOwner).toBe('Demo2');
    expect(clusterOf(lab).nodes.map((node) => `${node.name}:${node.state}:${node.downReason ?? ''}`)).toEqual(['Demo1:Down:off', 'Demo2:Up:']);
  });

  test('the owner cut from everything, storage included: it cannot reach the witness, the other side wins it', () => {
    const { lab, t0 } = twoNodes();
    cut(lab, 'Demo1', NICS);
    lab.advance(5_000);
    expect(clusterEvents(lab, t0)).toEqual(['+4500 Demo2 1135', '+4500 Demo1 1177']);
    expect(owners(lab)[0]).toBe('Cluster Disk 1:Demo2:Online');
  });
});

describe('64 nodes on 2016', () => {
  test('one node losing its cables is removed at the 10th miss, 1135 on the 63 others in node order', () => {
    const lab = clusterLab({ nodes: 64, osVersion: '2016' });
    const heartbeatTimer = () => labContextOf(lab).kernel.timerOf(heartbeatTimerKey('CLUSTER1'));
    lab.advance(60_000);
    expect(heartbeatTimer()).toBeUndefined();
    const t0 = lab.nowMs() + 250;
    lab.advance(250);
    cut(lab, 'Demo17', NICS);
    expect(heartbeatTimer()?.dueMs).toBe(t0 + 9_750);
    lab.advance(10_000);
    const events = clusterEvents(lab, t0);
    expect(events).toHaveLength(64);
    expect(events.slice(0, 2)).toEqual(['+9750 Demo1 1135', '+9750 Demo2 1135']);
    expect(events.at(-1)).toBe('+9750 Demo17 1177');
    expect(events.filter((event) => event.includes('Demo17 1135'))).toEqual([]);
    // Demo17's routes went with it: nothing of the heartbeats is scheduled any more.
    expect(heartbeatTimer()).toBeUndefined();
  });
});

describe('quorumIfChanged (for refusals)', () => {
  test('2 nodes + disk witness on 2008 R2: stopping one keeps 2 of 3; Node Majority would leave 2 of 2 while both run, 1 of 2 after a stop', () => {
    const lab = clusterLab({ nodes: 2 });
    const ctx = labContextOf(lab);
    const cluster = ctx.state.cluster.clusters.get('CLUSTER1');
    if (!cluster) throw new Error('no cluster');
    expect(quorumIfChanged(ctx.state, cluster, { kind: 'stop', node: 'Demo2' })).toEqual({ hasQuorum: true, votes: 2, votesNeeded: 2, totalVotes: 3 });
    expect(quorumIfChanged(ctx.state, cluster, { kind: 'mode', mode: 'NodeMajority' })).toEqual({ hasQuorum: true, votes: 2, votesNeeded: 2, totalVotes: 2 });
    expect(quorumIfChanged(ctx.state, cluster, { kind: 'evict', node: 'Demo2' })).toEqual({ hasQuorum: true, votes: 2, votesNeeded: 2, totalVotes: 2 });
    ok(lab, { type: 'clusterSetQuorum', cluster: 'Cluster1', mode: 'NodeMajority' });
    expect(quorumIfChanged(ctx.state, cluster, { kind: 'stop', node: 'Demo2' }).hasQuorum).toBe(false);
  });

  test('2 nodes on 2012 R2 without witness: a clean stop hands the vote over, quorum holds', () => {
    const lab = clusterLab({ nodes: 2, osVersion: '2012R2' });
    ok(lab, { type: 'clusterSetQuorum', cluster: 'Cluster1', mode: 'NodeMajority' });
    const ctx = labContextOf(lab);
    const cluster = ctx.state.cluster.clusters.get('CLUSTER1');
    if (!cluster) throw new Error('no cluster');
    expect(quorumIfChanged(ctx.state, cluster, { kind: 'stop', node: 'Demo1' })).toEqual({ hasQuorum: true, votes: 1, votesNeeded: 1, totalVotes: 1 });
  });
});

describe('clean leaves on storage', () => {
  test('the disks’ owner shut down: the other node takes both disks and the core resources at once, without 1135', () => {
    const { lab, t0 } = twoNodes();
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'shutdown' });
    expect(owners(lab)).toEqual(['Cluster Disk 1:Demo2:Online', 'Cluster Disk 2:Demo2:Online']);
    expect(clusterOf(lab).coreOwner).toBe('Demo2');
    lab.advance(60_000);
    expect(clusterEvents(lab, t0)).toEqual([]);
  });

  test('both nodes shut down: the cluster is Offline with its disks; the first node back forms it and takes them', () => {
    const { lab } = twoNodes();
    ok(lab, { type: 'setPower', host: 'Demo2', action: 'shutdown' });
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'shutdown' });
    expect(clusterOf(lab).state).toBe('Offline');
    expect(owners(lab)).toEqual(['Cluster Disk 1:-:Offline', 'Cluster Disk 2:-:Offline']);
    lab.advance(60_000);
    ok(lab, { type: 'setPower', host: 'Demo2', action: 'on' });
    lab.advance(300_000);
    // Demo2 and the witness: 2 of 3 configured votes.
    expect(clusterOf(lab).state).toBe('Online');
    expect(owners(lab)).toEqual(['Cluster Disk 1:Demo2:Online', 'Cluster Disk 2:Demo2:Online']);
  });
});
