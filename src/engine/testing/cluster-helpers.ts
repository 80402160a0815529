// Helpers for cluster tests and the bench: the seed lab made ready for Create Cluster the way the
// seed document does it (StarWind HA devices: a small quorum LUN and a big VM LUN; each node with
// Failover Clustering and Multipath I/O, MPIO claiming iSCSI devices, both targets of each device
// connected with multi-path, the disks Online), and the cluster `Cluster1` created on it. The
// nodes are prepared together (one restart round for all), so 64 nodes stay fast.
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../../domain/units';
import type { Cluster, ClusterSummary } from '../../domain/cluster';
import { createLab } from '../lab';
import type { Command, Job, Lab, LabParamsInput, OsVersion } from '../types';
import { haRequest, ok as dispatchOk, STORE1, STORE2 } from './starwind-helpers';

export const CLUSTER_NAME = 'Cluster1';
export const CLUSTER_ADDRESS = '192.168.100.50';
/** DemoN holds 192.168.100.(30 + N): from 20 nodes on, .50 is Demo20's, so larger clusters take .250. */
export const LARGE_CLUSTER_ADDRESS = '192.168.100.250';
export const clusterAddressFor = (nodes: number) => (nodes >= 20 ? LARGE_CLUSTER_ADDRESS : CLUSTER_ADDRESS);
/** The quorum LUN (~1 GB, as practice sizes a witness) and the VM LUN. */
export const QUORUM_LUN_BYTES = 1024 * BYTES_PER_MIB;
export const VM_LUN_BYTES = 100 * BYTES_PER_GIB;
export const HA_DEVICES = [
  { alias: 'HA1', sizeBytes: QUORUM_LUN_BYTES },
  { alias: 'HA2', sizeBytes: VM_LUN_BYTES },
] as const;
/** Long enough for every restart of the seed lab to complete (boot about 90 s ±20 %). */
const BOOTS_DONE_MS = 300_000;

export function ok(lab: Lab, command: unknown): void {
  dispatchOk(lab, command as Command);
}

export const targetsOf = (alias: string) => [`iqn.2008-08.com.starwindsoftware:sws-store1-${alias.toLowerCase()}`, `iqn.2008-08.com.starwindsoftware:sws-store2-${alias.toLowerCase()}partner`];
export const nodeNames = (count: number) => Array.from({ length: count }, (_, index) => `Demo${index + 1}`);

export interface ClusterLabOptions {
  /** Nodes of the cluster (Demo1..DemoN); 1 to 64. */
  nodes?: number;
  osVersion?: OsVersion;
  /** HA devices connected on the nodes (else the cluster has no storage). */
  storage?: boolean;
  seed?: number;
  /** Create Cluster1 (else the lab is left ready for it). */
  create?: boolean;
}

/** One step of the preparation: a command, or an advance of virtual time. */
export type ReadyStep = { command: Command } | { advanceMs: number };

/** The preparation as steps, so the API tests replay it through the host (see the file's head). */
export function readySteps({ nodes = 2, storage = true }: ClusterLabOptions = {}): ReadyStep[] {
  const hosts = nodeNames(nodes);
  const steps: ReadyStep[] = [];
  const run = (command: unknown) => steps.push({ command: command as Command });
  for (const host of hosts) run({ type: 'featuresInstall', host, features: storage ? ['Failover-Clustering', 'Multipath-IO'] : ['Failover-Clustering'] });
  if (!storage) return steps;
  for (const server of [STORE1.name, STORE2.name]) {
    run({ type: 'starwindAddServer', address: server, port: 3261 });
    run({ type: 'starwindConnect', server, login: 'root', password: 'starwind' });
  }
  for (const device of HA_DEVICES) run({ type: 'starwindCreateDevice', server: STORE1.name, request: haRequest({ targetAlias: device.alias, sizeBytes: device.sizeBytes }) });
  for (const host of hosts) run({ type: 'setPower', host, action: 'restart' });
  steps.push({ advanceMs: BOOTS_DONE_MS });
  for (const host of hosts) {
    run({ type: 'mpioSetClaim', host, iscsiClaimed: true });
    run({ type: 'setPower', host, action: 'restart' });
  }
  steps.push({ advanceMs: BOOTS_DONE_MS });
  for (const host of hosts) {
    run({ type: 'iscsiStartService', host });
    run({ type: 'iscsiAddPortal', host, address: STORE1.iscsiIp });
    run({ type: 'iscsiAddPortal', host, address: STORE2.iscsiIp });
    for (const device of HA_DEVICES) for (const iqn of targetsOf(device.alias)) run({ type: 'iscsiConnect', host, iqn, multipath: true });
    for (let number = 1; number <= HA_DEVICES.length; number++) run({ type: 'diskSet', host, number, online: true });
  }
  return steps;
}

/** The lab parameters the preparation expects (enough Demo nodes). */
export function clusterLabParams({ nodes = 2, osVersion = '2008R2', seed = 7 }: ClusterLabOptions = {}): LabParamsInput {
  return { seed, options: { osVersion, clusterNodes: Math.max(2, nodes) } };
}

/** The Create Cluster command of clusterLab. */
export function createCommand(nodes = 2): Command {
  return { type: 'clusterCreate', name: CLUSTER_NAME, nodes: nodeNames(nodes), address: clusterAddressFor(nodes) };
}

/** The seed lab with every Demo node ready for Create Cluster (see the file's head). */
export function readyClusterLab(options: ClusterLabOptions = {}): Lab {
  const lab = createLab(clusterLabParams(options));
  for (const step of readySteps(options)) {
    if ('command' in step) ok(lab, step.command);
    else lab.advance(step.advanceMs);
  }
  return lab;
}

/** A ready lab with Cluster1 at 192.168.100.50 (clusterAddressFor) created on Demo1..DemoN and its job finished. */
export function clusterLab(options: ClusterLabOptions = {}): Lab {
  const lab = readyClusterLab(options);
  if (options.create === false) return lab;
  ok(lab, createCommand(options.nodes));
  finishCreate(lab);
  return lab;
}

/** Advances to the end of the running Create Cluster job (answers the job). */
export function finishCreate(lab: Lab, name = CLUSTER_NAME): Job {
  const job = jobOf(lab, clusterOf(lab, name).job);
  if (job.dueMs !== null) lab.advance(job.dueMs - lab.nowMs());
  return jobOf(lab, job.id);
}

export function clusterOf(lab: Lab, name = CLUSTER_NAME): Cluster {
  const answer = lab.query({ type: 'cluster', name });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

export function clustersOf(lab: Lab): ClusterSummary[] {
  const answer = lab.query({ type: 'clusters' });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.clusters;
}

export function jobOf(lab: Lab, id: string): Job {
  const answer = lab.query({ type: 'job', id });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}
