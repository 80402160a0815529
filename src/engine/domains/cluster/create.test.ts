import { describe, expect, test } from 'vitest';
import { CLUSTER_EVENTS, CREATE_STEP_MS, type Cluster, type ClusterDisk } from '../../../domain/cluster';
import { restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import { CLUSTER_ADDRESS, clusterLab, clusterOf, clustersOf, createCommand, finishCreate, jobOf, ok, readyClusterLab } from '../../testing/cluster-helpers';
import { eventsOf, refused } from '../../testing/lab-helpers';
import type { Command, Lab, LabSnapshot } from '../../types';
import { chooseQuorum } from './plan';

/** 2 nodes, storage: every step of the Creating page. */
const TWO_NODE_CREATE_MS = Object.values(CREATE_STEP_MS).reduce((sum, ms) => sum + ms, 0);

function startCreate(lab: Lab, nodes = 2): Cluster {
  ok(lab, createCommand(nodes));
  return clusterOf(lab);
}

describe('Create Cluster (seed document "Creating The Failover Cluster", facts Part A §2.2–§2.3)', () => {
  test('the Creating page is a job, one step at a time; the cluster is Creating, then Online with its nodes Up', () => {
    const lab = readyClusterLab();
    const startMs = lab.nowMs();
    const creating = startCreate(lab);
    expect(creating).toMatchObject({ name: 'Cluster1', id: 'CLUSTER1', fqdn: 'Cluster1.SWS.com', address: CLUSTER_ADDRESS, state: 'Creating', createdMs: startMs, coreOwner: null });
    expect(creating.nodes.map((node) => [node.name, node.nodeId, node.state])).toEqual([['Demo1', 1, 'Joining'], ['Demo2', 2, 'Joining']]);
    const job = jobOf(lab, creating.job);
    expect(job).toMatchObject({ kind: 'cluster.create', state: 'running', dueMs: startMs + TWO_NODE_CREATE_MS, subject: { collection: 'clusters', id: 'CLUSTER1' } });
    expect(job.steps.map((step) => step.name)).toEqual([
      'Find a suitable domain controller for node Demo1',
      'Check whether the computer object Cluster1 exists in the domain',
      'Create the computer object Cluster1 in the domain',
      'Form cluster Cluster1 on Demo1',
      'Add node Demo2 to cluster Cluster1',
      'Add eligible storage to the cluster',
      'Configure the quorum',
      'Bring the cluster name Cluster1 and its IP address online',
    ]);
    // After the first three steps (2 s + 1 s + 3 s), Form cluster runs.
    lab.advance(6_000);
    expect(jobOf(lab, creating.job).steps.map((step) => step.state)).toEqual(['succeeded', 'succeeded', 'succeeded', 'running', 'pending', 'pending', 'pending', 'pending']);
    lab.advance(TWO_NODE_CREATE_MS - 6_000 - 1);
    expect(clusterOf(lab).state).toBe('Creating');
    lab.advance(1);
    const done = jobOf(lab, creating.job);
    expect(done).toMatchObject({ state: 'succeeded', endedMs: startMs + TWO_NODE_CREATE_MS, result: { message: 'Cluster Cluster1 was created with nodes Demo1, Demo2 at 192.168.100.50.', details: { cluster: 'Cluster1' } } });
    const cluster = clusterOf(lab);
    expect(cluster).toMatchObject({ state: 'Online', coreOwner: 'Demo1' });
    expect(cluster.nodes.map((node) => [node.name, node.state, node.dynamicWeight])).toEqual([['Demo1', 'Up', 1], ['Demo2', 'Up', 1]]);
    expect(clustersOf(lab)).toEqual([{ name: 'Cluster1', fqdn: 'Cluster1.SWS.com', address: CLUSTER_ADDRESS, state: 'Online', nodes: 2, nodesUp: 2 }]);
    // The Cluster service starts on every node (Service Control Manager 7036).
    for (const node of ['Demo1', 'Demo2']) expect(eventsOf(lab, node).filter((event) => event.eventId === 7036).at(-1)).toMatchObject({ timeMs: startMs + TWO_NODE_CREATE_MS, message: 'The Cluster Service service entered the running state.' });
  });

  test('networks: one per network every node shares, named in subnet order; client access only where the clients are', () => {
    const cluster = clusterOf(clusterLab());
    expect(cluster.networks.map((network) => [network.name, network.labNetwork, network.subnet, network.role, network.state])).toEqual([
      ['Cluster Network 1', 'Private', '10.10.10.0/24', 'cluster', 'Up'],
      ['Cluster Network 2', 'iSCSI', '172.30.100.0/24', 'cluster', 'Up'],
      ['Cluster Network 3', 'Public', '192.168.100.0/24', 'cluster-and-client', 'Up'],
    ]);
    expect(cluster.networks[0]!.interfaces).toEqual([
      { node: 'Demo1', adapter: 'Private', ip: '10.10.10.31', state: 'Up' },
      { node: 'Demo2', adapter: 'Private', ip: '10.10.10.32', state: 'Up' },
    ]);
  });

  test('storage: every LUN each node sees through MPIO, in LUN order, Online and reserved by the first node; two nodes get Node and Disk Majority with the smallest disk', () => {
    const lab = clusterLab();
    const cluster = clusterOf(lab);
    expect(cluster.disks.map((disk) => [disk.name, disk.sizeBytes, disk.state, disk.ownerNode, disk.usage, disk.csvPath])).toEqual([
      ['Cluster Disk 1', 1024 ** 3, 'Online', 'Demo1', 'witness', null],
      ['Cluster Disk 2', 100 * 1024 ** 3, 'Online', 'Demo1', 'available', null],
    ]);
    expect(cluster.quorum).toEqual({ mode: 'NodeAndDiskMajority', witnessDisk: 'Cluster Disk 1', fileShare: null });
    for (const number of [1, 2]) {
      const reservation = lab.query({ type: 'diskReservation', host: 'Demo2', number });
      if (!reservation.ok) throw new Error(reservation.error.message);
      expect(reservation.value).toMatchObject({ reservation: { holder: 'Demo1' } });
    }
  });

  test('an odd node count gets Node Majority; without storage two nodes do too', () => {
    expect(clusterOf(clusterLab({ nodes: 3 })).quorum).toEqual({ mode: 'NodeMajority', witnessDisk: null, fileShare: null });
    expect(clusterOf(clusterLab({ nodes: 3 })).disks.map((disk) => disk.usage)).toEqual(['available', 'available']);
    const bare = clusterLab({ storage: false });
    expect(clusterOf(bare)).toMatchObject({ disks: [], quorum: { mode: 'NodeMajority', witnessDisk: null } });
    const lab = readyClusterLab();
    ok(lab, { ...createCommand(), addStorage: false });
    finishCreate(lab);
    expect(clusterOf(lab)).toMatchObject({ disks: [], quorum: { mode: 'NodeMajority' } });
  });

  test('properties follow the OS version: heartbeat defaults, DynamicQuorum from 2012 R2, shared volumes off', () => {
    expect(clusterOf(clusterLab()).properties).toEqual({ SameSubnetDelay: 1000, SameSubnetThreshold: 5, CrossSubnetDelay: 1000, CrossSubnetThreshold: 5, DynamicQuorum: 0, EnableSharedVolumes: 0 });
    expect(clusterOf(clusterLab({ osVersion: '2012R2', storage: false })).properties).toMatchObject({ SameSubnetThreshold: 5, DynamicQuorum: 1 });
    expect(clusterOf(clusterLab({ osVersion: '2016', storage: false })).properties).toEqual({ SameSubnetDelay: 1000, SameSubnetThreshold: 10, CrossSubnetDelay: 1000, CrossSubnetThreshold: 20, DynamicQuorum: 1, EnableSharedVolumes: 0 });
  });

  test('a 64-node cluster on 2016 forms with one step per added node', () => {
    const lab = readyClusterLab({ nodes: 64, osVersion: '2016', storage: false });
    const startMs = lab.nowMs();
    const cluster = startCreate(lab, 64);
    const job = finishCreate(lab);
    // Add eligible storage is asked (the default) even where no disk is found.
    expect(job.endedMs).toBe(startMs + TWO_NODE_CREATE_MS + 62 * CREATE_STEP_MS.addNode);
    expect(clusterOf(lab).nodes.filter((node) => node.state === 'Up')).toHaveLength(64);
    expect(cluster.address).toBe('192.168.100.250');
  });

  test('the validation report the wizard ran is kept for View Report', () => {
    const lab = readyClusterLab();
    ok(lab, { type: 'validationRun', servers: ['Demo1', 'Demo2'], tests: ['List Operating System Information'] });
    const validations = lab.query({ type: 'clusterValidations' });
    if (!validations.ok) throw new Error(validations.error.message);
    const id = validations.value.validations[0]!.id;
    ok(lab, { ...createCommand(), validation: id });
    expect(clusterOf(lab).validation).toBe(id);
    expect(finishCreate(lab).result?.details).toEqual({ cluster: 'Cluster1', validation: id });
    expect(refused(readyClusterLab(), { ...createCommand(), validation: 'validation-0042' })).toMatchObject({ code: 'validation.not_found', errors: { validation: expect.any(String) } });
  });

  test('the cluster name follows NetBIOS rules and is not taken; each refusal names the field and changes nothing', () => {
    const lab = readyClusterLab();
    const create = (name: string) => ({ ...createCommand(), name });
    expect(refused(lab, create(''))).toMatchObject({ code: 'cluster.name_required', errors: { name: 'Enter a cluster name.' } });
    expect(refused(lab, create('ClusterNumber0001'))).toMatchObject({ code: 'cluster.name_invalid', errors: { name: expect.stringContaining('at most 15') } });
    expect(refused(lab, create('Cluster_1'))).toMatchObject({ code: 'cluster.name_invalid', errors: { name: 'The cluster name cannot contain "_".' } });
    expect(refused(lab, create('Cl us*ter'))).toMatchObject({ errors: { name: 'The cluster name cannot contain a space, "*".' } });
    expect(refused(lab, create('12345'))).toMatchObject({ code: 'cluster.name_invalid', errors: { name: expect.stringContaining('digits only') } });
    expect(refused(lab, create('sws-store1'))).toMatchObject({ code: 'cluster.name_in_use', errors: { name: expect.stringContaining('SWS-Store1') } });
    ok(lab, { type: 'clusterCreate', name: 'Solo', nodes: ['Demo1'], address: '192.168.100.60' });
    expect(refused(lab, { type: 'clusterCreate', name: 'SOLO', nodes: ['Demo2'], address: '192.168.100.61' })).toMatchObject({ code: 'cluster.name_in_use', errors: { name: 'The name SOLO is taken by the cluster Solo.' } });
  });

  test('the nodes: known, running, reachable, with Failover Clustering, in no cluster, within the limit', () => {
    const lab = readyClusterLab();
    const create = (nodes: unknown) => ({ ...createCommand(), nodes });
    expect(refused(lab, create([]))).toMatchObject({ code: 'cluster.no_nodes', errors: { nodes: expect.any(String) } });
    expect(refused(lab, create(['Demo1', 'Nowhere']))).toMatchObject({ code: 'host.not_found', errors: { nodes: 'There is no server named "Nowhere" in the lab.' } });
    expect(refused(lab, create(['Demo1', 'demo1']))).toMatchObject({ code: 'cluster.duplicate_node' });
    expect(refused(lab, create(['Demo1', 'SWS-Store1']))).toMatchObject({ code: 'cluster.feature_missing', errors: { nodes: 'SWS-Store1 does not have the Failover Clustering feature installed.' } });
    ok(lab, { type: 'setNicLink', host: 'Demo2', nic: 'Public', linkUp: false });
    expect(refused(lab, create(['Demo1', 'Demo2']))).toMatchObject({ code: 'cluster.node_unreachable', errors: { nodes: 'Demo2 could not be reached on any of its addresses.' } });
    ok(lab, { type: 'setNicLink', host: 'Demo2', nic: 'Public', linkUp: true });
    ok(lab, { type: 'setPower', host: 'Demo2', action: 'off' });
    expect(refused(lab, create(['Demo1', 'Demo2']))).toMatchObject({ code: 'cluster.node_not_running', errors: { nodes: expect.stringContaining('Demo2 is off') } });
    ok(lab, { type: 'clusterCreate', name: 'Solo', nodes: ['Demo1'], address: '192.168.100.60' });
    expect(refused(lab, { type: 'clusterCreate', name: 'Other', nodes: ['demo1'], address: '192.168.100.61' })).toMatchObject({ code: 'cluster.node_in_cluster', errors: { nodes: 'Demo1 is already a node of cluster Solo.' } });
  });

  test('more nodes than the OS version allows are refused with the limit (2008 R2: 16)', () => {
    const lab = readyClusterLab({ nodes: 17, storage: false });
    const nodes = Array.from({ length: 17 }, (_, index) => `Demo${index + 1}`);
    expect(refused(lab, { type: 'clusterCreate', name: 'Big', nodes, address: '192.168.100.200' })).toMatchObject({ code: 'cluster.too_many_nodes', errors: { nodes: 'A Windows Server 2008R2 cluster holds at most 16 nodes; 17 were selected.' } });
    ok(lab, { type: 'clusterCreate', name: 'Big', nodes: nodes.slice(0, 16), address: '192.168.100.200' });
  });

  test('the address: IPv4 in the public subnet, a host address, free', () => {
    const lab = readyClusterLab();
    const create = (address: string) => ({ ...createCommand(), address });
    expect(refused(lab, create('192.168.100'))).toMatchObject({ code: 'cluster.address_invalid', errors: { address: 'Enter an IPv4 address on the Public network (192.168.100.0/24).' } });
    expect(refused(lab, create('10.10.10.50'))).toMatchObject({ code: 'cluster.address_outside_subnet', errors: { address: '10.10.10.50 is not in the Public network\'s subnet 192.168.100.0/24.' } });
    expect(refused(lab, create('192.168.100.0'))).toMatchObject({ code: 'cluster.address_reserved', errors: { address: expect.stringContaining('network address') } });
    expect(refused(lab, create('192.168.100.255'))).toMatchObject({ code: 'cluster.address_reserved', errors: { address: expect.stringContaining('broadcast address') } });
    expect(refused(lab, create('192.168.100.10'))).toMatchObject({ code: 'cluster.address_in_use', errors: { address: '192.168.100.10 is in use by SWS-DC (Public).' } });
    ok(lab, { type: 'clusterCreate', name: 'Solo', nodes: ['Demo1'], address: '192.168.100.60' });
    expect(refused(lab, { type: 'clusterCreate', name: 'Other', nodes: ['Demo2'], address: '192.168.100.60' })).toMatchObject({ code: 'cluster.address_in_use', errors: { address: '192.168.100.60 is in use by cluster Solo.' } });
  });

  test('a creation in progress survives a snapshot restore; the check wants its timer', () => {
    const lab = readyClusterLab();
    startCreate(lab);
    lab.advance(7_000);
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    expect(validateSnapshot(snapshot)).toEqual([]);
    const broken = JSON.parse(JSON.stringify(snapshot)) as LabSnapshot & { kernel: { timers: { kind: string }[] } };
    broken.kernel.timers = broken.kernel.timers.filter((timer) => timer.kind !== 'cluster.create');
    expect(JSON.stringify(validateSnapshot(broken))).toContain('is Creating but no timer runs its creation');
    const copy = restoreLab(snapshot);
    expect(copy.hash()).toBe(lab.hash());
    lab.advance(TWO_NODE_CREATE_MS);
    copy.advance(TWO_NODE_CREATE_MS);
    expect(copy.hash()).toBe(lab.hash());
    expect(clusterOf(copy).state).toBe('Online');
  });

  test('the facts file keeps the event texts the cluster writes', () => {
    expect(CLUSTER_EVENTS.nodeEvicted.text('Demo2')).toBe('Cluster node Demo2 has been evicted from the failover cluster.');
  });
});

describe('what the console asks before going on (warnings of ?validate=only)', () => {
  test('Create Cluster without a passing validation of every node warns (Validation Warning page); with one it does not', () => {
    const lab = readyClusterLab();
    const check = (command: unknown) => {
      const result = lab.validate(command as Command);
      if (!result.ok) throw new Error(result.error.message);
      return result.warnings;
    };
    expect(check(createCommand())).toEqual({ validation: expect.stringMatching(/^The servers were not validated\. Microsoft supports a cluster solution only if/) });
    ok(lab, { type: 'validationRun', servers: ['Demo1'], tests: ['List Operating System Information'] });
    ok(lab, { type: 'validationRun', servers: ['Demo1', 'Demo2'] });
    lab.advance(60_000);
    const reports = lab.query({ type: 'clusterValidations' });
    if (!reports.ok) throw new Error(reports.error.message);
    const [partial, full] = reports.value.validations;
    expect(check({ ...createCommand(), validation: partial!.id }).validation).toContain('does not cover every selected server');
    expect(full!.overall).toBe('Passed');
    expect(check({ ...createCommand(), validation: full!.id })).toEqual({});
  });

  test('Stop Cluster Service warns when the rest would not keep quorum', () => {
    const lab = clusterLab({ nodes: 3 });
    const check = (node: string) => {
      const result = lab.validate({ type: 'clusterNodeAction', cluster: 'Cluster1', node, action: 'stop-service' });
      if (!result.ok) throw new Error(result.error.message);
      return result.warnings;
    };
    expect(check('Demo1')).toEqual({});
    ok(lab, { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo1', action: 'stop-service' });
    expect(check('Demo2')).toEqual({ action: 'Stopping the Cluster service on Demo2 leaves cluster Cluster1 without quorum: the cluster would stop.' });
  });
});

describe('the witness 2008 R2 picks (facts Part B §2: at least 512 MB)', () => {
  const disk = (name: string, sizeMb: number): ClusterDisk => ({ name, lun: name, sizeBytes: sizeMb * 1024 * 1024, state: 'Offline', ownerNode: null, usage: 'available', csvPath: null });
  test('the smallest disk of at least 512 MB, the first in LUN order on a tie; none for an odd count', () => {
    const disks = [disk('Cluster Disk 1', 102_400), disk('Cluster Disk 2', 300), disk('Cluster Disk 3', 1024), disk('Cluster Disk 4', 1024)];
    expect(chooseQuorum(4, disks)).toEqual({ mode: 'NodeAndDiskMajority', witnessDisk: 'Cluster Disk 3', fileShare: null });
    expect(disks.map((entry) => entry.usage)).toEqual(['available', 'available', 'witness', 'available']);
    expect(chooseQuorum(2, [disk('Cluster Disk 1', 511)])).toEqual({ mode: 'NodeMajority', witnessDisk: null, fileShare: null });
    expect(chooseQuorum(5, [disk('Cluster Disk 1', 1024)]).mode).toBe('NodeMajority');
  });
});
