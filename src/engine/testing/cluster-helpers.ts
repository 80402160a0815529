// Helpers for cluster tests and the bench: the seed lab made ready for Create Cluster the way the
// seed document does it (StarWind HA devices: a small quorum LUN and a big VM LUN; each node with
// Failover Clustering and Multipath I/O, MPIO claiming iSCSI devices, both targets of each device
// connected with multi-path, the disks Online), and the cluster `Cluster1` created on it. The
// nodes are prepared together (one restart round for all), so 64 nodes stay fast.
import type { Cluster, ClusterSummary } from '../../domain/cluster';
import { createLab } from '../lab';
import { CLUSTER_NAME, createClusterCommand, preparationSteps, runSteps } from '../scenarios/seed-lab-ready';
import type { Command, Job, Lab, LabParamsInput, OsVersion } from '../types';
import { ok as dispatchOk } from './starwind-helpers';

// The steps and names are the seed-lab-ready scenario's: one source of truth.
export {
  BOOTS_DONE_MS,
  CLUSTER_ADDRESS,
  CLUSTER_NAME,
  clusterAddressFor,
  HA_DEVICES,
  LARGE_CLUSTER_ADDRESS,
  nodeNames,
  QUORUM_LUN_BYTES,
  targetsOf,
  VM_LUN_BYTES,
  preparationSteps as readySteps,
  type ReadyStep,
} from '../scenarios/seed-lab-ready';

export function ok(lab: Lab, command: unknown): void {
  dispatchOk(lab, command as Command);
}

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

/** The lab parameters the preparation expects (enough Demo nodes). */
export function clusterLabParams({ nodes = 2, osVersion = '2008R2', seed = 7 }: ClusterLabOptions = {}): LabParamsInput {
  return { seed, options: { osVersion, clusterNodes: Math.max(2, nodes) } };
}

/** The Create Cluster command of clusterLab. */
export const createCommand = createClusterCommand;

/** The seed lab with every Demo node ready for Create Cluster (see the file's head). */
export function readyClusterLab(options: ClusterLabOptions = {}): Lab {
  const lab = createLab(clusterLabParams(options));
  runSteps(lab, preparationSteps(options));
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
