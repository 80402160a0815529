// The cluster's reads, as Failover Cluster Manager's views and the GET routes make them. Every
// answer is a copy: entities leave the engine only as copies.
import type { Cluster, ClusterSummary, SharedVolumesView } from '../../../domain/cluster';
import type { LabState } from '../../state';
import type { Query, QueryResult } from '../../types';
import { clusterNotFoundError } from './refusals';
import { findCluster } from './state';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

type Read = (state: LabState, nowMs: number, query: Query) => QueryResult;

/** Answers `read(cluster)` for the cluster the query names, or its not-found refusal. */
function ofCluster(read: (cluster: Cluster, query: Query) => QueryResult): Read {
  return (state, _nowMs, query) => {
    const { name } = query as { name: unknown };
    const cluster = typeof name === 'string' ? findCluster(state, name) : undefined;
    return cluster ? read(cluster, query) : { ok: false, error: clusterNotFoundError(name, 'name') };
  };
}

export function clusterSummary(cluster: Cluster): ClusterSummary {
  return { name: cluster.name, fqdn: cluster.fqdn, address: cluster.address, state: cluster.state, nodes: cluster.nodes.length, nodesUp: cluster.nodes.filter((node) => node.state === 'Up').length };
}

export function sharedVolumesView(cluster: Cluster): SharedVolumesView {
  return {
    enabled: cluster.properties.EnableSharedVolumes === 1,
    volumes: copy(cluster.disks.filter((disk) => disk.usage === 'csv')).map((disk) => {
      const nodes = disk.csvAccess ?? [];
      return { ...disk, nodes, redirectedAccess: nodes.some((entry) => entry.access === 'Redirected Access') };
    }),
    eligible: copy(cluster.disks.filter((disk) => disk.usage === 'available')),
  };
}

export const CLUSTER_QUERIES: Record<string, Read> = {
  clusters: (state) => ({ ok: true, value: { clusters: [...state.cluster.clusters.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(clusterSummary) } }),
  cluster: ofCluster((cluster) => ({ ok: true, value: copy(cluster) })),
  clusterNodes: ofCluster((cluster) => ({ ok: true, value: { nodes: copy(cluster.nodes) } })),
  clusterProperties: ofCluster((cluster) => ({ ok: true, value: copy(cluster.properties) })),
  clusterSharedVolumes: ofCluster((cluster) => ({ ok: true, value: sharedVolumesView(cluster) })),
  clusterNetwork: ofCluster((cluster, query) => {
    const { network } = query as { network: unknown };
    const upper = typeof network === 'string' ? network.toUpperCase() : undefined;
    const found = cluster.networks.find((candidate) => candidate.name.toUpperCase() === upper);
    if (found) return { ok: true, value: copy(found) };
    const message = `Cluster ${cluster.name} has no network named "${String(network)}".`;
    return { ok: false, error: { code: 'cluster.network_not_found', kind: 'not_found', message, errors: { network: message } } };
  }),
};
