// Helpers for tests of highly available virtual machines (and the bench, and the ready lab): Cluster1
// on Demo1..DemoN with Hyper-V and Volume1 a Cluster Shared Volume (hyperVClusterLab), a virtual
// machine stored on the CSV, made a role of the cluster (Configure a Service or Application).
import type { ClusterRole } from '../../domain/cluster';
import { BYTES_PER_MIB } from '../../domain/units';
import { hyperVClusterLab } from '../domains/hyperv/hyperv-testing';
import type { Command, Lab, OsVersion } from '../types';
import { CLUSTER_NAME, ok } from './cluster-helpers';

export const CSV_VOLUME = 'C:\\ClusterStorage\\Volume1';

/** New Virtual Machine on `host` with its configuration and its new disk on Volume1 (the seed document's step). */
export function vmOnCsvCommand(host: string, name: string, memoryBytes = 512 * BYTES_PER_MIB): Command {
  return { type: 'vmCreate', host, name, location: CSV_VOLUME, memoryBytes, hardDisk: { mode: 'create', location: `${CSV_VOLUME}\\${name}`, sizeBytes: 20 * 1024 * BYTES_PER_MIB } } as Command;
}

export const makeRoleCommand = (vms: { host: string; vm: string }[], cluster = CLUSTER_NAME): Command => ({ type: 'clusterRoleCreate', cluster, roleType: 'VirtualMachine', vms });
export const roleActionCommand = (role: string, action: 'start' | 'stop' | 'move', node?: string): Command =>
  ({ type: 'clusterRoleAction', cluster: CLUSTER_NAME, role, action, ...(node === undefined ? {} : { node }) }) as Command;

/** Adds a virtual machine on the CSV to `host` and makes it a role (Offline, as the seed document shows). */
export function addRole(lab: Lab, host: string, name: string, memoryBytes?: number): void {
  ok(lab, vmOnCsvCommand(host, name, memoryBytes));
  ok(lab, makeRoleCommand([{ host, vm: name }]));
}

export function roleOf(lab: Lab, name: string, cluster = CLUSTER_NAME): ClusterRole {
  const answer = lab.query({ type: 'clusterRole', name: cluster, role: name });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

/** Cluster1 with a CSV and the role `VM1` of a machine on Demo1 (Offline unless `online`: then brought online and Running). */
export function roleLab({ nodes = 2, online = false, vms = ['VM1'], osVersion = '2008R2', memoryBytes }: { nodes?: number; online?: boolean; vms?: string[]; osVersion?: OsVersion; memoryBytes?: number } = {}): Lab {
  const lab = hyperVClusterLab({ nodes, osVersion });
  for (const name of vms) addRole(lab, 'Demo1', name, memoryBytes);
  if (online) {
    for (const name of vms) ok(lab, roleActionCommand(name, 'start'));
    lab.advance(10_000);
  }
  return lab;
}
