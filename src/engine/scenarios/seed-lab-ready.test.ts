import { describe, expect, test } from 'vitest';
import { CLUSTER_NODE_LIMITS } from '../../domain/cluster/facts';
import { VM_START_MS } from '../../domain/hyperv';
import type { OsVersion } from '../../domain/lab';
import { createLab } from '../lab';
import { paramsProblems } from '../params';
import { clusterOf } from '../testing/cluster-helpers';
import type { Lab } from '../types';
import { CSV_PATH, HA_DEVICES, QUORUM_LUN_BYTES, READY_VM, VM_CLUSTER_DISK } from './seed-lab-ready';

const readyLab = (osVersion: OsVersion, clusterNodes: number) => createLab({ seed: 3, scenario: 'seed-lab-ready', options: { osVersion, clusterNodes } });

function value<T>(answer: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

describe.each([
  ['2008R2', 2],
  ['2008R2', 4],
  ['2008R2', 16],
  ['2016', 2],
  ['2016', 4],
  ['2016', 16],
] as const)('seed-lab-ready, Windows Server %s with %i nodes', (osVersion, nodes) => {
  // One lab per case, shared by its checks (each is a few milliseconds to build).
  let built: Lab | undefined;
  const lab = () => (built ??= readyLab(osVersion, nodes));

  test('the starting state is version 0, with the document done in simulated time', () => {
    expect(lab().version()).toBe(0);
    const vm = value(lab().query({ type: 'vm', host: READY_VM.host, vm: READY_VM.name }));
    // VM1 is the last step: created, made highly available, brought online (it starts in VM_START_MS).
    expect(lab().nowMs()).toBe(vm.startedMs);
    expect(vm.startedMs! - vm.createdMs).toBe(VM_START_MS);
    expect(value(lab().query({ type: 'clusterRole', name: 'Cluster1', role: 'VM1' })).onlineSinceMs).toBe(lab().nowMs());
  });

  test('HA1 (the quorum LUN) and HA2 (the VM LUN) are synchronized on both storage servers', () => {
    const { devices } = value(lab().query({ type: 'haDevices' }));
    expect(devices.map((device) => device.sides[0].targetAlias)).toEqual(HA_DEVICES.map((device) => device.alias));
    for (const device of devices) {
      expect(device.sync).toBeNull();
      expect(device.sides.map((side) => side.syncState)).toEqual(['synchronized', 'synchronized']);
    }
  });

  test('Cluster1 is Online with every Demo node Up, the quorum Create Cluster chooses for the version', () => {
    const cluster = clusterOf(lab());
    expect(cluster.state).toBe('Online');
    expect(cluster.osVersion).toBe(osVersion);
    expect(cluster.nodes.map((node) => [node.name, node.state])).toEqual(Array.from({ length: nodes }, (_, index) => [`Demo${index + 1}`, 'Up']));
    // An even node count takes the smallest disk as witness (Node and Disk Majority): HA1's ~1 GB LUN.
    expect(cluster.quorum).toEqual({ mode: 'NodeAndDiskMajority', witnessDisk: 'Cluster Disk 1', fileShare: null });
    expect(cluster.disks.find((disk) => disk.name === 'Cluster Disk 1')).toMatchObject({ sizeBytes: QUORUM_LUN_BYTES, usage: 'witness', state: 'Online' });
    // 2012 R2 and later manage votes dynamically; 2008 R2 does not.
    expect(cluster.properties.DynamicQuorum ?? 0).toBe(osVersion === '2008R2' ? 0 : 1);
  });

  test('the VM LUN is a Cluster Shared Volume, Online, as C:\\ClusterStorage\\Volume1', () => {
    const cluster = clusterOf(lab());
    expect(cluster.properties.EnableSharedVolumes).toBe(1);
    expect(cluster.disks.find((disk) => disk.name === VM_CLUSTER_DISK)).toMatchObject({ usage: 'csv', state: 'Online', csvPath: CSV_PATH });
  });

  test('VM1 runs on Demo1 with its files on the CSV, its role Online', () => {
    const vm = value(lab().query({ type: 'vm', host: 'Demo1', vm: 'VM1' }));
    expect(vm).toMatchObject({ state: 'Running', host: 'Demo1', location: CSV_PATH, hardDisk: { path: `${CSV_PATH}\\VM1\\VM1.vhd` } });
    const role = value(lab().query({ type: 'clusterRole', name: 'Cluster1', role: 'VM1' }));
    expect(role).toMatchObject({ name: 'VM1', type: 'VirtualMachine', vmId: vm.id, state: 'Online', ownerNode: 'Demo1', pending: null });
    expect(role.resources.map((resource) => [resource.name, resource.state])).toEqual([
      ['Virtual Machine VM1', 'Online'],
      ['Virtual Machine Configuration VM1', 'Online'],
    ]);
    expect(value(lab().query({ type: 'clusterRoles', name: 'Cluster1' })).roles).toEqual([{ name: 'VM1', type: 'VirtualMachine', state: 'Online', ownerNode: 'Demo1' }]);
    for (let node = 2; node <= nodes; node++) expect(value(lab().query({ type: 'hostVms', host: `Demo${node}` })).vms).toEqual([]);
  });
});

test('the scenario is deterministic: the same parameters give the same lab', () => {
  expect(readyLab('2016', 4).hash()).toBe(readyLab('2016', 4).hash());
});

test('more nodes than the version clusters are refused at parameter validation, naming the option and the limit', () => {
  expect(CLUSTER_NODE_LIMITS['2008R2']).toBe(16);
  const message = 'options.clusterNodes must be at most 16 for scenario seed-lab-ready: a Windows Server 2008 R2 Enterprise failover cluster holds at most 16 nodes, not 17.';
  expect(() => readyLab('2008R2', 17)).toThrow(message);
  expect(paramsProblems({ seed: 1, scenario: 'seed-lab-ready', options: { osVersion: '2008R2', clusterNodes: 17, startEpochMs: 0, starwindVersion: 5 } })).toEqual([message]);
  // The plain seed lab only offers the candidates (Create Cluster refuses too many itself).
  expect(() => createLab({ scenario: 'seed-lab', options: { osVersion: '2008R2', clusterNodes: 17 } })).not.toThrow();
});
