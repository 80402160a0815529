import { describe, expect, test } from 'vitest';
import { clusterLab, clusterOf, ok } from '../../testing/cluster-helpers';
import { refused } from '../../testing/lab-helpers';
import { restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import type { Lab, LabSnapshot } from '../../types';

const setProperties = (properties: Record<string, unknown>) => ({ type: 'clusterSetProperties', cluster: 'Cluster1', properties });
const setQuorum = (mode: string, extra: Record<string, unknown> = {}) => ({ type: 'clusterSetQuorum', cluster: 'Cluster1', mode, ...extra });
const setNetwork = (network: string, change: Record<string, unknown>) => ({ type: 'clusterSetNetwork', cluster: 'Cluster1', network, ...change });
const addCsv = (disk: string) => ({ type: 'clusterAddSharedVolume', cluster: 'Cluster1', disk });
const enableCsv = (lab: Lab) => ok(lab, setProperties({ EnableSharedVolumes: 1 }));

describe('cluster properties (facts Part B §1.1 ranges)', () => {
  test('heartbeat settings change within the OS version range; out of range is refused naming the property and the range', () => {
    const lab = clusterLab();
    ok(lab, setProperties({ SameSubnetDelay: 2000, SameSubnetThreshold: 10 }));
    expect(clusterOf(lab).properties).toMatchObject({ SameSubnetDelay: 2000, SameSubnetThreshold: 10, CrossSubnetDelay: 1000 });
    expect(refused(lab, setProperties({ SameSubnetDelay: 249 }))).toMatchObject({ code: 'cluster.property_out_of_range', errors: { SameSubnetDelay: 'SameSubnetDelay must be a whole number from 250 to 2000 ms on Windows Server 2008R2; 249 is out of range.' } });
    expect(refused(lab, setProperties({ CrossSubnetDelay: 4001 })).errors).toEqual({ CrossSubnetDelay: 'CrossSubnetDelay must be a whole number from 250 to 4000 ms on Windows Server 2008R2; 4001 is out of range.' });
    expect(refused(lab, setProperties({ SameSubnetThreshold: 11 })).errors?.SameSubnetThreshold).toContain('from 3 to 10 heartbeats');
    expect(refused(lab, setProperties({ CrossSubnetThreshold: 2.5 })).code).toBe('cluster.property_out_of_range');
    expect(refused(lab, setProperties({ QuorumArbitrationTimeMax: 20 }))).toMatchObject({ code: 'cluster.unknown_property' });
    expect(refused(lab, setProperties({}))).toMatchObject({ code: 'cluster.no_properties' });
    // 2016 allows thresholds up to 120.
    const later = clusterLab({ osVersion: '2016', storage: false });
    ok(later, setProperties({ SameSubnetThreshold: 120 }));
    expect(refused(later, setProperties({ CrossSubnetThreshold: 121 })).errors?.CrossSubnetThreshold).toContain('from 3 to 120 heartbeats on Windows Server 2016');
  });

  test('DynamicQuorum exists from 2012: refused on 2008 R2 with why, changed on 2012 R2', () => {
    expect(refused(clusterLab(), setProperties({ DynamicQuorum: 1 }))).toMatchObject({ code: 'cluster.dynamic_quorum_unsupported', errors: { DynamicQuorum: expect.stringContaining('Dynamic quorum came with Windows Server 2012') } });
    const lab = clusterLab({ osVersion: '2012R2', storage: false });
    ok(lab, setProperties({ DynamicQuorum: 0 }));
    expect(clusterOf(lab).properties.DynamicQuorum).toBe(0);
  });

  test('Enable Cluster Shared Volumes, which cannot be turned off while a CSV exists', () => {
    const lab = clusterLab();
    enableCsv(lab);
    ok(lab, addCsv('Cluster Disk 2'));
    expect(refused(lab, setProperties({ EnableSharedVolumes: 0 }))).toMatchObject({ code: 'cluster.csv_in_use', errors: { EnableSharedVolumes: 'Cluster Shared Volumes cannot be turned off while Cluster Disk 2 is in Cluster Shared Volumes.' } });
    expect(refused(lab, setProperties({ EnableSharedVolumes: 2 })).code).toBe('cluster.property_out_of_range');
  });
});

describe('Configure Cluster Quorum Settings (facts Part A §2.3, Part B §2)', () => {
  test('the four modes; the witness disk moves with the mode', () => {
    const lab = clusterLab();
    ok(lab, setQuorum('NodeAndFileShareMajority', { fileShare: '\\\\SWS-DC\\Witness' }));
    expect(clusterOf(lab)).toMatchObject({ quorum: { mode: 'NodeAndFileShareMajority', witnessDisk: null, fileShare: '\\\\SWS-DC\\Witness' }, disks: [{ usage: 'available' }, { usage: 'available' }] });
    ok(lab, setQuorum('DiskOnly', { witnessDisk: 'cluster disk 2' }));
    expect(clusterOf(lab)).toMatchObject({ quorum: { mode: 'DiskOnly', witnessDisk: 'Cluster Disk 2', fileShare: null }, disks: [{ usage: 'available' }, { usage: 'witness' }] });
    ok(lab, setQuorum('NodeAndDiskMajority', { witnessDisk: 'Cluster Disk 1' }));
    expect(clusterOf(lab).disks.map((disk) => disk.usage)).toEqual(['witness', 'available']);
  });

  test('witness and file share rules, each refusal naming its field', () => {
    const lab = clusterLab();
    expect(refused(lab, setQuorum('Majority'))).toMatchObject({ code: 'cluster.invalid_quorum_mode', errors: { mode: expect.stringContaining('NodeMajority (Node Majority)') } });
    expect(refused(lab, setQuorum('DiskOnly'))).toMatchObject({ code: 'cluster.witness_required', errors: { witnessDisk: expect.stringContaining('No Majority: Disk Only needs a witness disk') } });
    expect(refused(lab, setQuorum('NodeAndDiskMajority', { witnessDisk: 'Cluster Disk 9' }))).toMatchObject({ code: 'cluster.disk_not_found' });
    expect(refused(lab, setQuorum('NodeMajority', { witnessDisk: 'Cluster Disk 1' }))).toMatchObject({ code: 'cluster.witness_not_used' });
    expect(refused(lab, setQuorum('NodeAndFileShareMajority'))).toMatchObject({ code: 'cluster.file_share_required', errors: { fileShare: expect.any(String) } });
    expect(refused(lab, setQuorum('NodeAndFileShareMajority', { fileShare: 'SWS-DC\\Witness' }))).toMatchObject({ code: 'cluster.file_share_invalid', errors: { fileShare: '"SWS-DC\\Witness" is not a share path: write it \\\\server\\share.' } });
    expect(refused(lab, setQuorum('NodeAndFileShareMajority', { fileShare: '\\\\Nowhere\\Witness' }))).toMatchObject({ code: 'host.not_found' });
    ok(lab, { type: 'setPower', host: 'SWS-DC', action: 'off' });
    expect(refused(lab, setQuorum('NodeAndFileShareMajority', { fileShare: '\\\\SWS-DC\\Witness' }))).toMatchObject({ code: 'cluster.file_share_unreachable' });
    enableCsv(lab);
    ok(lab, addCsv('Cluster Disk 2'));
    expect(refused(lab, setQuorum('NodeAndDiskMajority', { witnessDisk: 'Cluster Disk 2' }))).toMatchObject({ code: 'cluster.witness_is_csv', errors: { witnessDisk: expect.stringContaining('cannot be a Cluster Shared Volume') } });
  });

  test('a mode under which the cluster would not have quorum now is refused', () => {
    const lab = clusterLab();
    ok(lab, { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo2', action: 'stop-service' });
    // Node and Disk Majority: Demo1 + the disk = 2 of 3. Node Majority: 1 of 2.
    expect(refused(lab, setQuorum('NodeMajority'))).toMatchObject({ code: 'cluster.quorum_lost', errors: { mode: 'Under Node Majority cluster Cluster1 would not have quorum now: the cluster would lose quorum.' } });
    ok(lab, setQuorum('DiskOnly', { witnessDisk: 'Cluster Disk 1' }));
  });
});

describe('cluster networks', () => {
  test('role none (the console recommends it for iSCSI) and rename; the network of the cluster address cannot be none', () => {
    const lab = clusterLab();
    ok(lab, setNetwork('Cluster Network 2', { role: 'none', name: 'iSCSI' }));
    expect(clusterOf(lab).networks[1]).toMatchObject({ name: 'iSCSI', labNetwork: 'iSCSI', role: 'none' });
    expect(refused(lab, setNetwork('Cluster Network 3', { role: 'none' }))).toMatchObject({ code: 'cluster.network_holds_address', errors: { role: expect.stringContaining('192.168.100.50') } });
    ok(lab, setNetwork('Cluster Network 3', { role: 'cluster' }));
    expect(refused(lab, setNetwork('Cluster Network 1', { name: 'ISCSI' }))).toMatchObject({ code: 'cluster.network_name_in_use', errors: { name: 'Cluster Cluster1 already has a network named iSCSI.' } });
    expect(refused(lab, setNetwork('Cluster Network 1', { name: '  ' }))).toMatchObject({ code: 'cluster.network_name_required' });
    expect(refused(lab, setNetwork('Cluster Network 1', { role: 'client' }))).toMatchObject({ code: 'cluster.invalid_network_role' });
    expect(refused(lab, setNetwork('Cluster Network 1', {}))).toMatchObject({ code: 'cluster.nothing_to_change' });
    expect(refused(lab, setNetwork('Cluster Network 2', { role: 'none' }))).toMatchObject({ code: 'cluster.network_not_found' });
  });
});

describe('Cluster Shared Volumes (facts Part A §2.4)', () => {
  test('Add Storage to CSV: C:\\ClusterStorage\\Volume1, then Volume2; every node registered', () => {
    const lab = clusterLab();
    expect(refused(lab, addCsv('Cluster Disk 2'))).toMatchObject({ code: 'cluster.csv_disabled', errors: { disk: expect.stringContaining('Enable Cluster Shared Volumes first') } });
    enableCsv(lab);
    expect(refused(lab, addCsv('Cluster Disk 1'))).toMatchObject({ code: 'cluster.disk_is_witness' });
    ok(lab, addCsv('cluster disk 2'));
    expect(clusterOf(lab).disks[1]).toMatchObject({ usage: 'csv', csvPath: 'C:\\ClusterStorage\\Volume1', state: 'Online', ownerNode: 'Demo1' });
    expect(refused(lab, addCsv('Cluster Disk 2'))).toMatchObject({ code: 'cluster.disk_already_csv', errors: { disk: 'Cluster Disk 2 is already in Cluster Shared Volumes (C:\\ClusterStorage\\Volume1).' } });
    const volumes = lab.query({ type: 'clusterSharedVolumes', name: 'Cluster1' });
    if (!volumes.ok) throw new Error(volumes.error.message);
    expect(volumes.value).toMatchObject({ enabled: true, volumes: [{ name: 'Cluster Disk 2' }], eligible: [] });
    const table = lab.query({ type: 'diskReservation', host: 'Demo2', number: 2 });
    if (!table.ok) throw new Error(table.error.message);
    expect(table.value.registrations).toHaveLength(2);
    ok(lab, setQuorum('NodeMajority'));
    ok(lab, addCsv('Cluster Disk 1'));
    expect(clusterOf(lab).disks[0]).toMatchObject({ csvPath: 'C:\\ClusterStorage\\Volume2' });
    expect(refused(lab, addCsv('Cluster Disk 7'))).toMatchObject({ code: 'cluster.disk_not_found' });
  });
});

describe('the cluster part of a snapshot', () => {
  test('a changed cluster passes the check and restores to the same hash; a witness that disagrees with the mode, a CSV path twice, a node in two clusters are found', () => {
    const lab = clusterLab({ nodes: 3 });
    enableCsv(lab);
    ok(lab, addCsv('Cluster Disk 2'));
    ok(lab, setQuorum('NodeAndDiskMajority', { witnessDisk: 'Cluster Disk 1' }));
    ok(lab, { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo3', action: 'evict' });
    ok(lab, { type: 'clusterCreate', name: 'Cluster2', nodes: ['Demo3'], address: '192.168.100.60' });
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    expect(validateSnapshot(snapshot)).toEqual([]);
    expect(restoreLab(snapshot).hash()).toBe(lab.hash());
    const broken = JSON.parse(JSON.stringify(snapshot)) as LabSnapshot;
    const [first, second] = broken.entities.clusters;
    first!.quorum.mode = 'NodeMajority';
    first!.disks[0]!.usage = 'csv';
    first!.disks[0]!.csvPath = 'C:\\ClusterStorage\\Volume1';
    second!.nodes.push({ ...first!.nodes[0]! });
    const problems = JSON.stringify(validateSnapshot(broken));
    expect(problems).toContain('NodeMajority takes no witness disk');
    expect(problems).toContain('is the path of two volumes');
    expect(problems).toContain('host \\"Demo1\\" is already a node of CLUSTER1');
  });
});
