// Refusals of the cluster commands and reads: each names its field and the rule.
import type { Cluster, ClusterNode } from '../../../domain/cluster';
import { reject, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { LabError } from '../../types';
import { findCluster } from './state';

export type Refusal = Extract<Decision, { ok: false }>;

export const invalid = (code: string, field: string, message: string) => reject(code, 'invalid', message, { [field]: message }) as Refusal;
export const conflict = (code: string, field: string, message: string) => reject(code, 'conflict', message, { [field]: message }) as Refusal;
export const notFound = (code: string, field: string, message: string) => reject(code, 'not_found', message, { [field]: message }) as Refusal;

export function clusterNotFoundError(name: unknown, field = 'cluster'): LabError {
  const message = `There is no cluster named "${String(name)}".`;
  return { code: 'cluster.not_found', kind: 'not_found', message, errors: { [field]: message } };
}

/** The cluster a command names, or its refusal. */
export function clusterOrRefusal(state: LabState, name: unknown): Cluster | Refusal {
  const cluster = typeof name === 'string' ? findCluster(state, name) : undefined;
  return cluster ?? { ok: false, error: clusterNotFoundError(name) };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'ok' in value && (value as { ok: unknown }).ok === false;
}

/** A node of the cluster by name (any case), or its refusal. */
export function nodeOrRefusal(cluster: Cluster, name: unknown): ClusterNode | Refusal {
  const upper = typeof name === 'string' ? name.toUpperCase() : undefined;
  const node = cluster.nodes.find((candidate) => candidate.name.toUpperCase() === upper);
  return node ?? notFound('cluster.node_not_found', 'node', `${String(name)} is not a node of cluster ${cluster.name}.`);
}

/** Commands other than creation wait until the cluster has formed. */
export function formedOrRefusal(cluster: Cluster): Refusal | undefined {
  if (cluster.state === 'Creating') return conflict('cluster.creating', 'cluster', `Cluster ${cluster.name} is still being created; wait for Create Cluster to finish.`);
  return undefined;
}
