// clusterAddSharedVolume: Add Storage to Cluster Shared Volumes (2008 R2, once Enable Cluster
// Shared Volumes was accepted). An available, Online cluster disk (not the witness) becomes
// C:\ClusterStorage\VolumeN on every node, N the lowest free index; every node registers its key
// on the LUN so each may write (the reservation, Registrants Only, stays with the owner).
import { csvPath, type Cluster } from '../../../domain/cluster';
import { accept, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { refreshCsvAccess } from './csv-access';
import { registerNode } from './disk-ownership';
import { clusterOrRefusal, conflict, formedOrRefusal, isRefusal, notFound } from './refusals';
import { touchCluster } from './state';

type AddSharedVolume = Extract<Command, { type: 'clusterAddSharedVolume' }>;

/** The lowest VolumeN index not in use in the cluster. */
export function nextCsvPath(cluster: Cluster): string {
  const used = new Set(cluster.disks.map((disk) => disk.csvPath));
  let index = 1;
  while (used.has(csvPath(index))) index++;
  return csvPath(index);
}

export function decideAddSharedVolume(state: LabState, command: AddSharedVolume): Decision {
  const cluster = clusterOrRefusal(state, command.cluster);
  if (isRefusal(cluster)) return cluster;
  const creating = formedOrRefusal(cluster);
  if (creating) return creating;
  if (cluster.properties.EnableSharedVolumes !== 1) return conflict('cluster.csv_disabled', 'disk', `Cluster Shared Volumes are not enabled on cluster ${cluster.name}: Enable Cluster Shared Volumes first.`);
  const wanted = typeof command.disk === 'string' ? command.disk.toUpperCase() : undefined;
  const disk = cluster.disks.find((candidate) => candidate.name.toUpperCase() === wanted);
  if (!disk) return notFound('cluster.disk_not_found', 'disk', `Cluster ${cluster.name} has no disk named "${String(command.disk)}".`);
  if (disk.usage === 'witness') return conflict('cluster.disk_is_witness', 'disk', `${disk.name} is the quorum's witness disk; a witness cannot be a Cluster Shared Volume.`);
  if (disk.usage === 'csv') return conflict('cluster.disk_already_csv', 'disk', `${disk.name} is already in Cluster Shared Volumes (${disk.csvPath}).`);
  if (disk.state !== 'Online') return conflict('cluster.disk_not_online', 'disk', `${disk.name} is ${disk.state}; only an Online disk is added to Cluster Shared Volumes.`);
  return accept((ctx) => {
    disk.usage = 'csv';
    disk.csvPath = nextCsvPath(cluster);
    for (const node of cluster.nodes) if (node.state === 'Up' || node.state === 'Paused') registerNode(ctx, cluster, node, disk.lun);
    touchCluster(ctx, cluster);
    refreshCsvAccess(ctx, cluster);
  });
}
