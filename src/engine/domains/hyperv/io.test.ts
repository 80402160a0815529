// The VM I/O path over a Cluster Shared Volume (2008 R2): a node that loses its storage path
// goes Redirected Access through the coordinator and back to Direct; a node that loses every way
// logs 5120 and its VMs go Paused-Critical VM_CRITICAL_PAUSE_MS later, to the ms; VM writes are a
// rate settled into the HA device, and a partner down then up synchronises exactly what was
// written meanwhile. Nothing of it runs per tick.
import { describe, expect, test } from 'vitest';
import { CLUSTER_EVENTS } from '../../../domain/cluster';
import { VM_CRITICAL_PAUSE_MS, type VirtualMachine } from '../../../domain/hyperv';
import { RECONNECT_RETRY_INTERVAL_MS } from '../../../domain/iscsi';
import { BYTES_PER_MIB } from '../../../domain/units';
import { labContextOf, restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import { clusterOf, ok } from '../../testing/cluster-helpers';
import { eventsOf } from '../../testing/lab-helpers';
import type { Lab, LabSnapshot } from '../../types';
import { hyperVClusterLab, syncedHyperVClusterLab, vmOf, writingVm } from './hyperv-testing';
import type { IoGroup } from './io-state';

const MIB_PER_S = BYTES_PER_MIB;

/** Each running node's access to Volume1 as "node:access@sinceMs". */
function access(lab: Lab): string[] {
  const volume = clusterOf(lab).disks.find((disk) => disk.csvPath !== null)!;
  return (volume.csvAccess ?? []).map((entry) => `${entry.node}:${entry.access}@${entry.sinceMs}`);
}

function cut(lab: Lab, host: string, nics: readonly string[], linkUp = false): void {
  for (const nic of nics) ok(lab, { type: 'setNicLink', host, nic, linkUp });
}

const csvEvents = (lab: Lab) => eventsOf(lab).filter((event) => event.eventId === CLUSTER_EVENTS.csvPaused.eventId).map((event) => `${event.timeMs} ${event.host}`);

/** The VM LUN's HA device (the big one) in the engine's state. */
function vmLun(lab: Lab) {
  return [...labContextOf(lab).state.starwind.haDevices.values()].find((ha) => ha.sizeBytes > 2 * 1024 * MIB_PER_S)!;
}

describe('Cluster Shared Volume access (Direct, Redirected Access, lost)', () => {
  test('a node whose iSCSI cable is pulled keeps its VM running through the coordinator, then goes Direct again', () => {
    const lab = hyperVClusterLab();
    const t0 = lab.nowMs();
    expect(access(lab)).toEqual([`Demo1:Direct@${t0}`, `Demo2:Direct@${t0}`]);
    expect(clusterOf(lab).disks.find((disk) => disk.name === 'Cluster Disk 2')!.ownerNode).toBe('Demo1');
    writingVm(lab, 'Demo2', 'VM1', MIB_PER_S);
    const direct = vmOf(lab, 'Demo2', 'VM1').diskIo!;
    expect(direct).toMatchObject({ volume: 'C:\\ClusterStorage\\Volume1', access: 'Direct', stalled: false });

    const pulledMs = lab.nowMs();
    cut(lab, 'Demo2', ['iSCSI']);
    expect(access(lab)).toEqual([`Demo1:Direct@${t0}`, `Demo2:Redirected Access@${pulledMs}`]);
    const volumes = lab.query({ type: 'clusterSharedVolumes', name: 'Cluster1' });
    expect(volumes.ok && volumes.value.volumes[0]).toMatchObject({ redirectedAccess: true, nodes: [{ node: 'Demo1', access: 'Direct' }, { node: 'Demo2', access: 'Redirected Access' }] });
    const redirected = vmOf(lab, 'Demo2', 'VM1').diskIo!;
    // The write crosses the cluster network to Demo1 before Demo1 writes it: slower than Demo2's own path.
    expect(redirected).toMatchObject({ access: 'Redirected Access', stalled: false });
    expect(redirected.latencyUs!).toBeGreaterThan(direct.latencyUs!);

    // Still writing, at its rate, the whole time; no 5120: the volume was never lost.
    lab.advance(120_000);
    expect(vmOf(lab, 'Demo2', 'VM1')).toMatchObject({ state: 'Running', diskIo: { writtenBytes: redirected.writtenBytes + 120 * MIB_PER_S } });
    const restoredMs = lab.nowMs();
    cut(lab, 'Demo2', ['iSCSI'], true);
    // The initiator's next retry finds the path: Direct from then.
    lab.advance(RECONNECT_RETRY_INTERVAL_MS);
    const back = access(lab)[1]!;
    expect(back).toMatch(/^Demo2:Direct@/);
    const backMs = Number(back.split('@')[1]);
    expect(backMs).toBeGreaterThan(restoredMs);
    expect(backMs).toBeLessThanOrEqual(restoredMs + RECONNECT_RETRY_INTERVAL_MS);
    expect(vmOf(lab, 'Demo2', 'VM1').diskIo).toMatchObject({ access: 'Direct', latencyUs: direct.latencyUs });
    expect(csvEvents(lab)).toEqual([]);
  });

  test('a node that loses its storage and the cluster networks: 5120 at once, its VM Paused-Critical exactly VM_CRITICAL_PAUSE_MS later, running again when it is back', () => {
    const lab = hyperVClusterLab();
    writingVm(lab, 'Demo2', 'VM1', MIB_PER_S);
    const lostMs = lab.nowMs();
    cut(lab, 'Demo2', ['iSCSI', 'Private', 'Public']);
    expect(access(lab)[1]).toBe(`Demo2:No Access@${lostMs}`);
    expect(csvEvents(lab)).toEqual([`${lostMs} Demo2`]);
    const event = eventsOf(lab, 'Demo2').find((each) => each.eventId === 5120)!;
    expect(event).toMatchObject({ source: 'Microsoft-Windows-FailoverClustering', level: 'Error', message: "Cluster Shared Volume 'Volume1' ('Cluster Disk 2') is no longer available on this node because of 'STATUS_IO_TIMEOUT(c00000b5)'. All I/O will temporarily be queued until a path to the volume is reestablished." });
    const writtenBytes = vmOf(lab, 'Demo2', 'VM1').diskIo!.writtenBytes;

    lab.advance(VM_CRITICAL_PAUSE_MS - 1);
    expect(vmOf(lab, 'Demo2', 'VM1')).toMatchObject({ state: 'Running', diskIo: { stalled: true, latencyUs: null, writtenBytes } });
    lab.advance(1);
    expect(vmOf(lab, 'Demo2', 'VM1')).toMatchObject({ state: 'Paused-Critical', diskIo: { stalled: true, writtenBytes } });
    // The other node never lost it.
    expect(access(lab)[0]).toMatch(/^Demo1:Direct@/);

    cut(lab, 'Demo2', ['iSCSI', 'Private', 'Public'], true);
    lab.advance(60_000);
    const back = access(lab).find((entry) => entry.startsWith('Demo2:'))!;
    expect(back).toMatch(/^Demo2:Direct@/);
    const backMs = Number(back.split('@')[1]);
    // Running again from the moment its node reaches the volume, writing from there.
    expect(vmOf(lab, 'Demo2', 'VM1')).toMatchObject({ state: 'Running', diskIo: { stalled: false, writtenBytes: writtenBytes + Math.floor(((lab.nowMs() - backMs) * MIB_PER_S) / 1000) } });
  });

  test('both StarWind servers off: the volume is lost on every node (5120 on each) and every VM is Paused-Critical at the same ms', () => {
    const lab = syncedHyperVClusterLab();
    writingVm(lab, 'Demo1', 'VM1', MIB_PER_S);
    writingVm(lab, 'Demo2', 'VM2', 2 * MIB_PER_S);
    ok(lab, { type: 'setPower', host: 'SWS-Store1', action: 'off' });
    lab.advance(30_000);
    // One replica is enough: both nodes still write directly through SWS-Store2.
    expect(access(lab).map((entry) => entry.split('@')[0])).toEqual(['Demo1:Direct', 'Demo2:Direct']);
    const lostMs = lab.nowMs();
    ok(lab, { type: 'setPower', host: 'SWS-Store2', action: 'off' });
    expect(access(lab)).toEqual([`Demo1:No Access@${lostMs}`, `Demo2:No Access@${lostMs}`]);
    expect(csvEvents(lab)).toEqual([`${lostMs} Demo1`, `${lostMs} Demo2`]);
    lab.advance(VM_CRITICAL_PAUSE_MS - 1);
    expect([vmOf(lab, 'Demo1', 'VM1').state, vmOf(lab, 'Demo2', 'VM2').state]).toEqual(['Running', 'Running']);
    lab.advance(1);
    expect([vmOf(lab, 'Demo1', 'VM1').state, vmOf(lab, 'Demo2', 'VM2').state]).toEqual(['Paused-Critical', 'Paused-Critical']);
    // Turn Off still applies to a Paused-Critical machine.
    ok(lab, { type: 'vmAction', host: 'Demo1', vm: 'VM1', action: 'turn-off' });
    expect(vmOf(lab, 'Demo1', 'VM1')).toMatchObject({ state: 'Off', assignedMemoryBytes: 0 });
  });

  test('the coordinator that loses its own path hands the volume to a node that has one', () => {
    const lab = hyperVClusterLab();
    const movedMs = lab.nowMs();
    cut(lab, 'Demo1', ['iSCSI']);
    const volume = clusterOf(lab).disks.find((disk) => disk.name === 'Cluster Disk 2')!;
    expect(volume).toMatchObject({ ownerNode: 'Demo2', state: 'Online' });
    expect(access(lab)).toEqual([`Demo1:Redirected Access@${movedMs}`, `Demo2:Direct@${volume.csvAccess![1]!.sinceMs}`]);
  });
});

describe('VM writes are a rate settled into the HA device', () => {
  test('a partner down then up synchronises exactly what the VM wrote while it was away', () => {
    const lab = syncedHyperVClusterLab();
    writingVm(lab, 'Demo1', 'VM1', MIB_PER_S);
    lab.advance(8_000);
    const writeGen = labContextOf(lab).state.starwind.writeGen;
    // Time alone settles nothing (the account is read, not written, between changes).
    lab.advance(2_000);
    expect(labContextOf(lab).state.starwind.writeGen).toBe(writeGen);
    const downMs = lab.nowMs();
    ok(lab, { type: 'setPower', host: 'SWS-Store2', action: 'off' });
    // What was written before was mirrored: nothing for SWS-Store2 to receive.
    expect(vmLun(lab).sides.map((side) => side.bytesToSyncBytes)).toEqual([0, 0]);
    lab.advance(60_000);
    const upMs = lab.nowMs();
    ok(lab, { type: 'setPower', host: 'SWS-Store2', action: 'on' });
    // Settled at the power-on: the minute it was away, in whole 4 KiB blocks, is what it lacks.
    expect(vmLun(lab).sides[1].bytesToSyncBytes).toBe(60 * MIB_PER_S);
    lab.advance(300_000);
    const ha = vmLun(lab);
    expect(ha.sides.map((side) => side.syncState)).toEqual(['synchronized', 'synchronized']);
    // The fast sync started when SWS-Store2 was back up and moved everything written since it went down.
    const startedMs = ha.lastSync!.startedMs;
    expect(startedMs).toBeGreaterThan(upMs);
    expect(ha.lastSync).toMatchObject({ type: 'fast', completed: true, bytesMoved: Math.floor(((startedMs - downMs) * MIB_PER_S) / 1000 / 4096) * 4096 });
    expect(vmOf(lab, 'Demo1', 'VM1').diskIo!.writtenBytes).toBe(Math.floor(((lab.nowMs() - downMs + 10_000) * MIB_PER_S) / 1000));
  });

  test('a workload change or a stop settles the VM at its old rate; a restart goes on counting', () => {
    const lab = hyperVClusterLab();
    writingVm(lab, 'Demo1', 'VM1', MIB_PER_S);
    lab.advance(10_000);
    ok(lab, { type: 'vmSetSettings', host: 'Demo1', vm: 'VM1', workload: { diskWriteBytesPerS: 3 * MIB_PER_S } });
    lab.advance(10_000);
    expect(vmOf(lab, 'Demo1', 'VM1').diskIo!.writtenBytes).toBe(40 * MIB_PER_S);
    ok(lab, { type: 'vmAction', host: 'Demo1', vm: 'VM1', action: 'pause' });
    lab.advance(10_000);
    expect(vmOf(lab, 'Demo1', 'VM1')).toMatchObject({ io: { writing: false, writtenBytes: 40 * MIB_PER_S }, diskIo: { writtenBytes: 40 * MIB_PER_S, latencyUs: null, stalled: false } });
    ok(lab, { type: 'vmAction', host: 'Demo1', vm: 'VM1', action: 'resume' });
    lab.advance(1_000);
    expect(vmOf(lab, 'Demo1', 'VM1').diskIo!.writtenBytes).toBe(43 * MIB_PER_S);
  });
});

describe('cost', () => {
  test('200 running VMs on two nodes: no timer of theirs while they write, nothing settled while time passes', () => {
    const lab = syncedHyperVClusterLab();
    for (let index = 0; index < 200; index++) {
      const host = index % 2 === 0 ? 'Demo1' : 'Demo2';
      ok(lab, { type: 'vmCreate', host, name: `VM${index}`, location: 'C:\\ClusterStorage\\Volume1\\', memoryBytes: 64 * MIB_PER_S });
      ok(lab, { type: 'vmSetSettings', host, vm: `VM${index}`, workload: { diskWriteBytesPerS: 4096 * (index + 1) } });
      ok(lab, { type: 'vmAction', host, vm: `VM${index}`, action: 'start' });
    }
    lab.advance(10_000);
    const context = labContextOf(lab);
    // One account per (node, volume), whatever the number of machines.
    expect(context.state.hyperv.io.size).toBe(2);
    const hypervTimers = () => lab.snapshot().kernel.timers.filter((timer) => timer.kind.startsWith('hyperv.')).length;
    expect(hypervTimers()).toBe(0);
    const writeGen = context.state.starwind.writeGen;
    const version = lab.version();
    lab.advance(3_600_000);
    expect(context.state.starwind.writeGen).toBe(writeGen);
    expect(hypervTimers()).toBe(0);
    // Nothing changed the lab's state while the hour passed (the accounts are read, not updated).
    expect(lab.version()).toBe(version);
    // A lost volume arms one timer per account, not one per machine.
    cut(lab, 'Demo2', ['iSCSI', 'Private', 'Public']);
    expect(hypervTimers()).toBe(1);
  });
});

describe('snapshots', () => {
  test('a lab saved while a volume is lost restores to the same hash and pauses its VM at the same ms', () => {
    const lab = hyperVClusterLab();
    writingVm(lab, 'Demo2', 'VM1', MIB_PER_S);
    const lostMs = lab.nowMs();
    cut(lab, 'Demo2', ['iSCSI', 'Private', 'Public']);
    lab.advance(30_000);
    const snapshot = lab.snapshot();
    expect(validateSnapshot(snapshot)).toEqual([]);
    const copy = restoreLab(snapshot);
    expect(copy.hash()).toBe(lab.hash());
    for (const each of [lab, copy]) each.advance(lostMs + VM_CRITICAL_PAUSE_MS - each.nowMs());
    expect(copy.hash()).toBe(lab.hash());
    expect(vmOf(copy, 'Demo2', 'VM1').state).toBe('Paused-Critical');
  });

  test('the check finds an account that does not add up and a machine writing while not Running', () => {
    const lab = hyperVClusterLab();
    writingVm(lab, 'Demo1', 'VM1', MIB_PER_S);
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    const vm = (snapshot.entities.virtualMachines as VirtualMachine[])[0]!;
    vm.state = 'Paused';
    (snapshot.domains.hyperv as { io: IoGroup[] }).io[0]!.rateBytesPerS = 7;
    expect(validateSnapshot(snapshot).map((problem) => problem.path)).toEqual(expect.arrayContaining(['entities.virtualMachines[0].io.writing', 'domains.hyperv.io']));
  });
});
