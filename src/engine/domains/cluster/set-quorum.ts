// clusterSetQuorum: Configure Cluster Quorum Settings with the four 2008 R2 modes (facts Part A
// §2.3, Part B §2). Node and Disk Majority and Disk Only need a witness disk: a cluster disk of
// at least 512 MB that is not a Cluster Shared Volume; Node and File Share Majority needs
// \\server\share on a server of the lab that answers; a mode under which the cluster would not
// have quorum now is refused.
import { QUORUM_MODE_LABELS, QUORUM_MODES, WITNESS_DISK_MIN_BYTES, type ClusterDisk, type QuorumMode } from '../../../domain/cluster';
import { accept, UNCHANGED, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { findHost } from '../network/hosts';
import { reachable } from '../validation/checks';
import { membershipChanged } from './membership';
import { quorumIfChanged } from './quorum-change';
import { clusterOrRefusal, conflict, formedOrRefusal, invalid, isRefusal, notFound, type Refusal } from './refusals';
import { touchCluster } from './state';

type SetQuorum = Extract<Command, { type: 'clusterSetQuorum' }>;

const MB = 1024 * 1024;

/** `\\server\share` → the server's name, or undefined when the path is not of that form. */
export function fileShareServer(path: string): string | undefined {
  return /^\\\\([^\\/:*?"<>|\s]+)\\([^\\/:*?"<>|]+)\\?$/.exec(path)?.[1];
}

function witnessDiskOrRefusal(disks: readonly ClusterDisk[], name: unknown, mode: QuorumMode): ClusterDisk | Refusal {
  const label = QUORUM_MODE_LABELS[mode];
  if (typeof name !== 'string' || name.trim() === '') return invalid('cluster.witness_required', 'witnessDisk', `${label} needs a witness disk: choose one of the cluster's disks.`);
  const disk = disks.find((candidate) => candidate.name.toUpperCase() === name.toUpperCase());
  if (!disk) return notFound('cluster.disk_not_found', 'witnessDisk', `The cluster has no disk named "${name}".`);
  if (disk.usage === 'csv') return conflict('cluster.witness_is_csv', 'witnessDisk', `${disk.name} is in Cluster Shared Volumes; a witness disk cannot be a Cluster Shared Volume.`);
  if (disk.sizeBytes < WITNESS_DISK_MIN_BYTES) return conflict('cluster.witness_too_small', 'witnessDisk', `${disk.name} holds ${Math.floor(disk.sizeBytes / MB)} MB; a witness disk needs at least ${WITNESS_DISK_MIN_BYTES / MB} MB.`);
  return disk;
}

function fileShareRefusal(state: LabState, path: unknown): Refusal | undefined {
  const label = QUORUM_MODE_LABELS.NodeAndFileShareMajority;
  if (typeof path !== 'string' || path.trim() === '') return invalid('cluster.file_share_required', 'fileShare', `${label} needs a file share witness: \\\\server\\share.`);
  const server = fileShareServer(path);
  if (server === undefined) return invalid('cluster.file_share_invalid', 'fileShare', `"${path}" is not a share path: write it \\\\server\\share.`);
  const host = findHost(state, server.split('.')[0] ?? '');
  if (!host) return notFound('host.not_found', 'fileShare', `There is no server named "${server}" in the lab.`);
  if (!reachable(state, host)) return conflict('cluster.file_share_unreachable', 'fileShare', `${host.name} does not answer: the file share ${path} cannot be reached.`);
  return undefined;
}

export function decideSetQuorum(state: LabState, command: SetQuorum): Decision {
  const cluster = clusterOrRefusal(state, command.cluster);
  if (isRefusal(cluster)) return cluster;
  const creating = formedOrRefusal(cluster);
  if (creating) return creating;
  if (!(QUORUM_MODES as readonly unknown[]).includes(command.mode)) return invalid('cluster.invalid_quorum_mode', 'mode', `The quorum mode is one of ${QUORUM_MODES.map((mode) => `${mode} (${QUORUM_MODE_LABELS[mode]})`).join(', ')}.`);
  const mode = command.mode;
  const diskMode = mode === 'NodeAndDiskMajority' || mode === 'DiskOnly';
  const shareMode = mode === 'NodeAndFileShareMajority';
  if (!diskMode && command.witnessDisk !== undefined) return invalid('cluster.witness_not_used', 'witnessDisk', `${QUORUM_MODE_LABELS[mode]} uses no witness disk.`);
  if (!shareMode && command.fileShare !== undefined) return invalid('cluster.file_share_not_used', 'fileShare', `${QUORUM_MODE_LABELS[mode]} uses no file share witness.`);
  let witness: ClusterDisk | null = null;
  if (diskMode) {
    const disk = witnessDiskOrRefusal(cluster.disks, command.witnessDisk, mode);
    if (isRefusal(disk)) return disk;
    witness = disk;
  }
  if (shareMode) {
    const refusal = fileShareRefusal(state, command.fileShare);
    if (refusal) return refusal;
  }
  const quorum = { mode, witnessDisk: witness?.name ?? null, fileShare: shareMode ? command.fileShare! : null };
  if (quorum.mode === cluster.quorum.mode && quorum.witnessDisk === cluster.quorum.witnessDisk && quorum.fileShare === cluster.quorum.fileShare) return UNCHANGED;
  if (!quorumIfChanged(state, cluster, { kind: 'mode', ...quorum }).hasQuorum) return conflict('cluster.quorum_lost', 'mode', `Under ${QUORUM_MODE_LABELS[mode]} cluster ${cluster.name} would not have quorum now: the cluster would lose quorum.`);
  return accept((ctx) => {
    for (const disk of cluster.disks) if (disk.usage === 'witness') disk.usage = 'available';
    if (witness) witness.usage = 'witness';
    cluster.quorum = quorum;
    touchCluster(ctx, cluster);
    membershipChanged(ctx, cluster);
  });
}
