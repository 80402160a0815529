import { describe, expect, test } from 'vitest';
import {
  CLUSTER_NODE_MEMORY_BYTES,
  DEFAULT_VHD_PATH,
  DEFAULT_VM_PATH,
  PARENT_PARTITION_RESERVE_BYTES,
  stateFileTransferMs,
  VHD_SIZE_DEFAULT_BYTES,
  VM_MEMORY_DEFAULT_BYTES,
  VM_SHUTDOWN_MS,
  VM_START_MS,
} from '../../../domain/hyperv';
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../../../domain/units';
import { createLab, restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import { clusterOf, ok } from '../../testing/cluster-helpers';
import { refused } from '../../testing/lab-helpers';
import type { LabSnapshot } from '../../types';
import { BOOTS_DONE_MS, hostVms, hyperVClusterLab, hyperVLab, vmOf } from './hyperv-testing';

const create = (name: string, extra: Record<string, unknown> = {}, host = 'Demo1') => ({ type: 'vmCreate', host, name, ...extra });
const act = (vm: string, action: string, host = 'Demo1') => ({ type: 'vmAction', host, vm, action });

describe('New Virtual Machine (seed document "Configuring A Hyper-V Image", step 1)', () => {
  test('the defaults: Off, 512 MB, the default locations, a new 127 GB disk, not connected, Nothing to install', () => {
    const lab = hyperVLab();
    ok(lab, create('VM1'));
    expect(vmOf(lab, 'demo1', 'vm1')).toMatchObject({
      id: 'vm-0001',
      name: 'VM1',
      host: 'Demo1',
      state: 'Off',
      memoryBytes: VM_MEMORY_DEFAULT_BYTES,
      assignedMemoryBytes: 0,
      location: DEFAULT_VM_PATH,
      networkConnection: 'Not Connected',
      hardDisk: { mode: 'create', path: `${DEFAULT_VHD_PATH}\\VM1.vhd`, sizeBytes: VHD_SIZE_DEFAULT_BYTES },
      isoPath: null,
      automaticStartAction: 'StartIfRunning',
      uptimeMs: 0,
    });
  });

  test('stored on a Cluster Shared Volume of the host’s cluster: the disk goes beside it', () => {
    const lab = hyperVClusterLab();
    ok(lab, create('VM1', { location: 'C:\\ClusterStorage\\Volume1\\', memoryBytes: 1024 * BYTES_PER_MIB, hardDisk: { mode: 'create', sizeBytes: 40 * BYTES_PER_GIB }, isoPath: 'C:\\ISO\\w2k8r2.iso' }));
    expect(vmOf(lab, 'Demo1', 'VM1')).toMatchObject({
      location: 'C:\\ClusterStorage\\Volume1',
      hardDisk: { mode: 'create', path: 'C:\\ClusterStorage\\Volume1\\VM1\\VM1.vhd', sizeBytes: 40 * BYTES_PER_GIB },
      isoPath: 'C:\\ISO\\w2k8r2.iso',
    });
    expect(refused(lab, create('VM2', { location: 'C:\\ClusterStorage\\Volume2' }))).toMatchObject({ code: 'hyperv.no_such_volume', errors: { location: "C:\\ClusterStorage\\Volume2 is not on a Cluster Shared Volume of Demo1's cluster." } });
  });

  test('refusals name the field and the rule; nothing changes', () => {
    const lab = hyperVLab();
    ok(lab, create('VM1'));
    expect(refused(lab, create('vm1'))).toMatchObject({ code: 'hyperv.name_taken', errors: { name: 'Demo1 already has a virtual machine named "vm1".' } });
    expect(refused(lab, create('a/b'))).toMatchObject({ code: 'hyperv.invalid_name' });
    expect(refused(lab, create('VM2', { location: 'Q:\\VMs' }))).toMatchObject({ code: 'hyperv.no_such_volume', errors: { location: 'Demo1 has no volume Q:.' } });
    expect(refused(lab, create('VM2', { location: 'C:\\ClusterStorage\\Volume1' }))).toMatchObject({ code: 'hyperv.no_such_volume', errors: { location: "C:\\ClusterStorage\\Volume1 is not on a Cluster Shared Volume of Demo1's cluster (it has none)." } });
    expect(refused(lab, create('VM2', { location: 'relative\\path' }))).toMatchObject({ code: 'hyperv.invalid_path' });
    expect(refused(lab, create('VM2', { memoryBytes: 513 * BYTES_PER_MIB }))).toMatchObject({ code: 'hyperv.invalid_memory', errors: { memoryBytes: 'The memory of a virtual machine on Demo1 is a multiple of 2 MB from 8 MB to 30,720 MB.' } });
    expect(refused(lab, create('VM2', { memoryBytes: 4 * BYTES_PER_MIB }))).toMatchObject({ code: 'hyperv.invalid_memory' });
    expect(refused(lab, create('VM2', { networkConnection: 'External' }))).toMatchObject({ code: 'hyperv.no_such_network' });
    expect(refused(lab, create('VM2', { hardDisk: { mode: 'create', sizeBytes: 2041 * BYTES_PER_GIB } }))).toMatchObject({ code: 'hyperv.invalid_vhd_size' });
    expect(refused(lab, create('VM2', { hardDisk: { mode: 'existing', path: 'C:\\disks\\a.txt' } }))).toMatchObject({ code: 'hyperv.invalid_vhd' });
    expect(refused(lab, create('VM2', { isoPath: 'C:\\ISO\\setup.exe' }))).toMatchObject({ code: 'hyperv.invalid_iso' });
    expect(refused(lab, create('VM2', {}, 'Nowhere'))).toMatchObject({ code: 'host.not_found' });
    // The same name on another host is another machine.
    ok(lab, create('VM1', {}, 'Demo2'));
  });

  test('Hyper-V must be in effect: not installed, then installed waiting for the restart', () => {
    const lab = createLab({ seed: 7 });
    expect(refused(lab, create('VM1'))).toMatchObject({ code: 'hyperv.not_installed', errors: { host: 'The Hyper-V role is not in effect on Demo1.' } });
    ok(lab, { type: 'featuresInstall', host: 'Demo1', features: ['Hyper-V'] });
    expect(refused(lab, create('VM1'))).toMatchObject({ code: 'hyperv.not_installed', errors: { host: 'The Hyper-V role is not in effect on Demo1 (it is installed and waits for a restart of the server).' } });
  });
});

describe('Start, Turn Off, Shut Down, Save, Pause, Resume: exact simulated times', () => {
  test('Start takes VM_START_MS, then Running with its memory and uptime counted from then', () => {
    const lab = hyperVLab();
    ok(lab, create('VM1'));
    const startMs = lab.nowMs();
    ok(lab, act('VM1', 'start'));
    expect(vmOf(lab, 'Demo1', 'VM1')).toMatchObject({ state: 'Starting', assignedMemoryBytes: VM_MEMORY_DEFAULT_BYTES, transition: { action: 'start', startedMs: startMs, dueMs: startMs + VM_START_MS } });
    lab.advance(VM_START_MS - 1);
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Starting');
    lab.advance(1);
    expect(vmOf(lab, 'Demo1', 'VM1')).toMatchObject({ state: 'Running', startedMs: startMs + VM_START_MS, transition: null, uptimeMs: 0 });
    lab.advance(60_000);
    expect(vmOf(lab, 'Demo1', 'VM1').uptimeMs).toBe(60_000);
    expect(hostVms(lab, 'Demo1').resources).toEqual({
      host: 'Demo1',
      hyperV: true,
      memoryBytes: CLUSTER_NODE_MEMORY_BYTES,
      logicalProcessors: 8,
      reserveBytes: PARENT_PARTITION_RESERVE_BYTES,
      assignedMemoryBytes: VM_MEMORY_DEFAULT_BYTES,
      availableMemoryBytes: CLUSTER_NODE_MEMORY_BYTES - PARENT_PARTITION_RESERVE_BYTES - VM_MEMORY_DEFAULT_BYTES,
      runningVms: 1,
      runningVmsMax: 384,
    });
  });

  test('Pause and Resume at once; Save writes the memory at the state-file rate; a start from Saved reads it back', () => {
    const lab = hyperVLab();
    ok(lab, create('VM1', { memoryBytes: 2048 * BYTES_PER_MIB }));
    ok(lab, act('VM1', 'start'));
    lab.advance(VM_START_MS);
    ok(lab, act('VM1', 'pause'));
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Paused');
    ok(lab, act('VM1', 'resume'));
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Running');
    const saveMs = stateFileTransferMs(2048 * BYTES_PER_MIB);
    // 2 GB at 140 MB/s: 14,629 ms (facts Part B §3.4: about 30 s for save plus restore).
    expect(saveMs).toBe(14_629);
    ok(lab, act('VM1', 'save'));
    lab.advance(saveMs - 1);
    expect(vmOf(lab, 'Demo1', 'VM1')).toMatchObject({ state: 'Saving', assignedMemoryBytes: 2048 * BYTES_PER_MIB });
    lab.advance(1);
    expect(vmOf(lab, 'Demo1', 'VM1')).toMatchObject({ state: 'Saved', assignedMemoryBytes: 0, startedMs: null, uptimeMs: 0 });
    ok(lab, act('VM1', 'start'));
    lab.advance(saveMs - 1);
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Starting');
    lab.advance(1);
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Running');
  });

  test('Shut Down takes VM_SHUTDOWN_MS; Turn Off is immediate, even while stopping', () => {
    const lab = hyperVLab();
    ok(lab, create('VM1'));
    ok(lab, act('VM1', 'start'));
    lab.advance(VM_START_MS);
    ok(lab, act('VM1', 'shut-down'));
    lab.advance(VM_SHUTDOWN_MS - 1);
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Stopping');
    lab.advance(1);
    expect(vmOf(lab, 'Demo1', 'VM1')).toMatchObject({ state: 'Off', assignedMemoryBytes: 0 });
    ok(lab, act('VM1', 'start'));
    lab.advance(VM_START_MS);
    ok(lab, act('VM1', 'shut-down'));
    ok(lab, act('VM1', 'turn-off'));
    expect(vmOf(lab, 'Demo1', 'VM1')).toMatchObject({ state: 'Off', transition: null });
    lab.advance(VM_SHUTDOWN_MS);
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Off');
  });

  test('actions in the wrong state are refused with the state', () => {
    const lab = hyperVLab();
    ok(lab, create('VM1'));
    expect(refused(lab, act('VM1', 'pause'))).toMatchObject({ code: 'hyperv.vm_state', errors: { action: "Pause does not apply to 'VM1' while it is Off; it applies when it is Running." } });
    expect(refused(lab, act('VM1', 'save'))).toMatchObject({ code: 'hyperv.vm_state' });
    expect(refused(lab, act('VM1', 'reboot'))).toMatchObject({ code: 'hyperv.invalid_action' });
    expect(refused(lab, act('VM9', 'start'))).toMatchObject({ code: 'hyperv.vm_not_found' });
  });

  test('a start that does not fit in the free memory is refused with the numbers', () => {
    const lab = hyperVLab();
    ok(lab, create('Big', { memoryBytes: 20 * BYTES_PER_GIB }));
    ok(lab, create('Bigger', { memoryBytes: 12 * BYTES_PER_GIB }));
    ok(lab, act('Big', 'start'));
    expect(refused(lab, act('Bigger', 'start'))).toMatchObject({
      code: 'hyperv.not_enough_memory',
      errors: { vm: "'Bigger' could not initialize: not enough memory on Demo1 to start it. It needs 12 GB; 10 GB of 30 GB is free for virtual machines." },
    });
  });

  test('the running-VM limit per host follows the OS version (2008 R2: 384)', () => {
    const lab = hyperVLab();
    for (let index = 1; index <= 385; index++) ok(lab, create(`VM${index}`, { memoryBytes: 8 * BYTES_PER_MIB }));
    for (let index = 1; index <= 384; index++) ok(lab, act(`VM${index}`, 'start'));
    expect(refused(lab, act('VM385', 'start'))).toMatchObject({ code: 'hyperv.host_vm_limit', errors: { vm: 'Demo1 already runs 384 virtual machines, the most a Windows Server 2008R2 host runs.' } });
  });

  test('the running-VM limit per cluster follows the OS version (2008 R2: 1,000), counted over its nodes', () => {
    const lab = hyperVClusterLab({ nodes: 3 });
    const perHost = [384, 384, 232];
    perHost.forEach((count, index) => {
      const host = `Demo${index + 1}`;
      for (let item = 1; item <= count + 1; item++) ok(lab, create(`VM${item}`, { memoryBytes: 8 * BYTES_PER_MIB }, host));
      for (let item = 1; item <= count; item++) ok(lab, act(`VM${item}`, 'start', host));
    });
    expect(refused(lab, act('VM233', 'start', 'Demo3'))).toMatchObject({ code: 'hyperv.cluster_vm_limit', errors: { vm: 'Cluster Cluster1 already runs 1000 virtual machines, the most a Windows Server 2008R2 cluster runs.' } });
    // Demo1's cables pulled: once the others remove it from the membership, its machines (still
    // running on its Windows) are not the cluster's, so a start elsewhere fits again.
    for (const nic of ['Public', 'Private', 'iSCSI']) ok(lab, { type: 'setNicLink', host: 'Demo1', nic, linkUp: false });
    // Removal after 10 missed heartbeats a second apart (SameSubnetThreshold × SameSubnetDelay).
    lab.advance(20_000);
    expect(clusterOf(lab).nodes.map((node) => node.state)).toEqual(['Down', 'Up', 'Up']);
    expect(hostVms(lab, 'Demo1').resources.runningVms).toBe(384);
    ok(lab, act('VM233', 'start', 'Demo3'));
  });

  test('Windows Server 2016 hosts run up to 1,024 virtual machines', () => {
    expect(hostVms(hyperVLab({ osVersion: '2016' }), 'Demo1').resources.runningVmsMax).toBe(1024);
  });

  test('a host that stops turns its VMs Off; the automatic start action starts them at the next boot', () => {
    const lab = hyperVLab();
    ok(lab, create('Again'));
    ok(lab, create('Never'));
    ok(lab, create('Always'));
    ok(lab, { type: 'vmSetSettings', host: 'Demo1', vm: 'Never', automaticStartAction: 'Nothing' });
    ok(lab, { type: 'vmSetSettings', host: 'Demo1', vm: 'Always', automaticStartAction: 'AlwaysStart' });
    ok(lab, act('Again', 'start'));
    ok(lab, act('Never', 'start'));
    lab.advance(VM_START_MS);
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'off' });
    expect(hostVms(lab, 'Demo1').vms.map((vm) => [vm.name, vm.state, vm.assignedMemoryBytes])).toEqual([['Again', 'Off', 0], ['Never', 'Off', 0], ['Always', 'Off', 0]]);
    expect(refused(lab, act('Again', 'start'))).toMatchObject({ code: 'hyperv.host_not_running' });
    expect(refused(lab, { type: 'vmSetSettings', host: 'Demo1', vm: 'Again', automaticStartAction: 'Nothing' })).toMatchObject({ code: 'hyperv.host_not_running', errors: { host: 'Demo1 is off: the Virtual Machine Management service is not running.' } });
    ok(lab, { type: 'setPower', host: 'Demo1', action: 'on' });
    lab.advance(BOOTS_DONE_MS);
    expect(hostVms(lab, 'Demo1').vms.map((vm) => [vm.name, vm.state])).toEqual([['Again', 'Running'], ['Never', 'Off'], ['Always', 'Running']]);
  });
});

describe('Settings', () => {
  test('memory changes only while Off; the start action and the workload at any time', () => {
    const lab = hyperVLab();
    ok(lab, create('VM1'));
    ok(lab, { type: 'vmSetSettings', host: 'Demo1', vm: 'VM1', memoryBytes: 1024 * BYTES_PER_MIB });
    ok(lab, act('VM1', 'start'));
    expect(refused(lab, { type: 'vmSetSettings', host: 'Demo1', vm: 'VM1', memoryBytes: 2048 * BYTES_PER_MIB })).toMatchObject({ code: 'hyperv.vm_not_off', errors: { memoryBytes: "The memory of 'VM1' changes only while it is Off; it is Starting." } });
    ok(lab, { type: 'vmSetSettings', host: 'Demo1', vm: 'VM1', automaticStartAction: 'Nothing', workload: { dirtyBytesPerS: 50 * BYTES_PER_MIB, wwsBytes: 256 * BYTES_PER_MIB } });
    expect(vmOf(lab, 'Demo1', 'VM1')).toMatchObject({ memoryBytes: 1024 * BYTES_PER_MIB, automaticStartAction: 'Nothing', workload: { dirtyBytesPerS: 50 * BYTES_PER_MIB, diskWriteBytesPerS: 0, wwsBytes: 256 * BYTES_PER_MIB } });
    expect(refused(lab, { type: 'vmSetSettings', host: 'Demo1', vm: 'VM1', workload: { wwsBytes: 2048 * BYTES_PER_MIB } })).toMatchObject({ code: 'hyperv.invalid_workload' });
    expect(refused(lab, { type: 'vmSetSettings', host: 'Demo1', vm: 'VM1', automaticStartAction: 'Sometimes' })).toMatchObject({ code: 'hyperv.invalid_start_action' });
  });
});

describe('snapshot', () => {
  test('a lab with moving VMs saves, checks clean, restores to the same hash and goes on alike; a lost timer is found', () => {
    const lab = hyperVLab();
    ok(lab, create('VM1'));
    ok(lab, create('VM2'));
    ok(lab, act('VM1', 'start'));
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    expect(validateSnapshot(snapshot)).toEqual([]);
    const broken = JSON.parse(JSON.stringify(snapshot)) as LabSnapshot & { kernel: { timers: { kind: string }[] } };
    broken.kernel.timers = broken.kernel.timers.filter((timer) => timer.kind !== 'hyperv.vm');
    expect(JSON.stringify(validateSnapshot(broken))).toContain('virtual machine vm-0001 is moving but no timer ends its move');
    const copy = restoreLab(snapshot);
    expect(copy.hash()).toBe(lab.hash());
    lab.advance(VM_START_MS);
    copy.advance(VM_START_MS);
    expect(copy.hash()).toBe(lab.hash());
    expect(vmOf(copy, 'Demo1', 'VM1').state).toBe('Running');
  });
});
