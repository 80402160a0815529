import { describe, expect, test } from 'vitest';
import { ok } from '../../../testing/cluster-helpers';
import { refused } from '../../../testing/lab-helpers';
import { makeRoleCommand, roleLab, roleOf, vmOnCsvCommand } from '../../../testing/roles-helpers';
import { hyperVClusterLab, vmOf } from '../../hyperv/hyperv-testing';

describe('Configure a Service or Application → Virtual Machine (seed document steps 1–6)', () => {
  test('the role of an Off machine on the CSV: Offline, owned by its node, its two resources, the defaults; Automatic Start Action Nothing', () => {
    const lab = roleLab();
    expect(roleOf(lab, 'vm1')).toMatchObject({
      id: 'CLUSTER1/VM1',
      name: 'VM1',
      type: 'VirtualMachine',
      state: 'Offline',
      ownerNode: 'Demo1',
      preferredOwners: [],
      failoverThreshold: 0xffffffff,
      failoverPeriodHours: 6,
      failback: { mode: 'prevent' },
      resources: [
        { name: 'Virtual Machine VM1', type: 'Virtual Machine', state: 'Offline' },
        { name: 'Virtual Machine Configuration VM1', type: 'Virtual Machine Configuration', state: 'Offline' },
      ],
      pending: null,
    });
    expect(vmOf(lab, 'Demo1', 'VM1').automaticStartAction).toBe('Nothing');
    expect(lab.query({ type: 'clusterRoles', name: 'Cluster1' })).toEqual({ ok: true, value: { roles: [{ name: 'VM1', type: 'VirtualMachine', state: 'Offline', ownerNode: 'Demo1' }] } });
  });

  test('a running machine makes an Online role', () => {
    const lab = hyperVClusterLab();
    ok(lab, vmOnCsvCommand('Demo2', 'Web'));
    ok(lab, { type: 'vmAction', host: 'Demo2', vm: 'Web', action: 'start' });
    lab.advance(5_000);
    ok(lab, makeRoleCommand([{ host: 'Demo2', vm: 'Web' }]));
    expect(roleOf(lab, 'Web')).toMatchObject({ state: 'Online', ownerNode: 'Demo2', onlineSinceMs: lab.nowMs() });
  });

  test('candidates and refusals name the machine and the reason, and change nothing', () => {
    const lab = roleLab();
    ok(lab, { type: 'vmCreate', host: 'Demo2', name: 'Local' });
    ok(lab, { type: 'vmCreate', host: 'Demo2', name: 'HalfLocal', location: 'C:\\ClusterStorage\\Volume1', hardDisk: { mode: 'create', location: 'C:\\Disks' } });
    const candidates = lab.query({ type: 'clusterRoleCandidates', name: 'Cluster1' });
    expect(candidates.ok && candidates.value.candidates).toEqual([
      { host: 'Demo1', vm: 'VM1', state: 'Off', notEligible: "'VM1' is already highly available: it is the role VM1." },
      { host: 'Demo2', vm: 'Local', state: 'Off', notEligible: "The configuration of 'Local' is in C:\\ProgramData\\Microsoft\\Windows\\Hyper-V, not on cluster storage: store every file of the virtual machine on a Cluster Shared Volume of Cluster1." },
      { host: 'Demo2', vm: 'HalfLocal', state: 'Off', notEligible: expect.stringMatching(/^The virtual hard disk of 'HalfLocal' is in C:\\Disks\\HalfLocal.vhd, not on cluster storage/) },
    ]);
    expect(refused(lab, makeRoleCommand([{ host: 'Demo2', vm: 'Local' }]))).toMatchObject({ code: 'cluster.vm_not_eligible', errors: { vms: expect.stringContaining("'Local'") } });
    expect(refused(lab, makeRoleCommand([{ host: 'Demo1', vm: 'VM1' }]))).toMatchObject({ code: 'cluster.vm_not_eligible' });
    expect(refused(lab, makeRoleCommand([{ host: 'SWS-Store1', vm: 'X' }]))).toMatchObject({ code: 'cluster.node_not_found', errors: { vms: 'SWS-Store1 is not a node of cluster Cluster1.' } });
    expect(refused(lab, makeRoleCommand([{ host: 'Demo2', vm: 'Nope' }]))).toMatchObject({ code: 'hyperv.vm_not_found' });
    expect(refused(lab, makeRoleCommand([]))).toMatchObject({ code: 'cluster.no_vm_selected' });
    expect(refused(lab, { type: 'vmSetSettings', host: 'Demo1', vm: 'VM1', automaticStartAction: 'AlwaysStart' })).toMatchObject({ code: 'hyperv.vm_highly_available', errors: { automaticStartAction: expect.stringContaining('stays Nothing') } });
  });
});
