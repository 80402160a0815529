// The witness in quorum judgments: who can reach it, which side gets it in a tie, and the cluster's
// rules and votes as quorum.ts counts them.
import { hasDynamicQuorum, hasDynamicWitness, type Cluster, type ClusterNode } from '../../../domain/cluster';
import type { LabState } from '../../state';
import { usablePaths } from '../disks/io-paths';
import { canReach } from '../network';
import { findHost } from '../network/hosts';
import type { ClusterBeat } from './heartbeat-state';
import type { QuorumRules, VotingNode } from './quorum';

/**
 * Which side gets the witness when the members split: UNVERIFIED (no source describes the
 * arbitration's outcome). The side whose node already owns the witness disk (holds its
 * reservation) keeps it; another side wins it only when the owner's side cannot reach the disk,
 * and then the first such side in node order. A file share witness follows the node owning the
 * core resources the same way.
 */
export const WITNESS_ARBITRATION = 'owner-keeps' as const;

/** The size of the reservation I/O the arbitration sends (only whether a path serves it matters). */
const ARBITRATION_BLOCK_BYTES = 512;

export function quorumRulesOf(cluster: Cluster): QuorumRules {
  const dynamicQuorum = hasDynamicQuorum(cluster.osVersion) && cluster.properties.DynamicQuorum === 1;
  return { mode: cluster.quorum.mode, dynamicQuorum, dynamicWitness: dynamicQuorum && hasDynamicWitness(cluster.osVersion) };
}

export function votingNodesOf(cluster: Cluster, beat: ClusterBeat | undefined): VotingNode[] {
  return cluster.nodes.map((node) => ({ nodeId: node.nodeId, nodeWeight: node.nodeWeight, dynamicWeight: node.dynamicWeight, member: beat?.memberSinceMs.has(node.nodeId) ?? false }));
}

/** "\\server\share" → "server". */
function shareServer(fileShare: string): string | undefined {
  const match = /^\\\\([^\\]+)\\/.exec(fileShare);
  return match?.[1];
}

/**
 * Whether a node can reach the witness now: a disk witness through its own MPIO disk of the
 * witness's LUN (the disks domain's view, on a running host); a file share through the network to
 * the share's server.
 */
export function nodeReachesWitness(state: LabState, cluster: Cluster, node: ClusterNode): boolean {
  const host = state.network.hosts.get(node.hostId);
  if (!host || host.powerState !== 'on') return false;
  const { mode, witnessDisk, fileShare } = cluster.quorum;
  if ((mode === 'NodeAndDiskMajority' || mode === 'DiskOnly') && witnessDisk !== null) {
    // Its MPIO disk of that LUN, present, with a path that serves I/O now (the arbitration is a
    // reservation sent down a path, so a disk kept only by PDORemovePeriod does not count).
    const disk = cluster.disks.find((each) => each.name === witnessDisk);
    const hostDisk = disk && state.disks.disks.get(`${node.hostId}:${disk.lun}`);
    return hostDisk !== undefined && hostDisk.present && usablePaths(state, hostDisk, 'read', ARBITRATION_BLOCK_BYTES).usable.length > 0;
  }
  if (mode === 'NodeAndFileShareMajority' && fileShare !== null) {
    const server = findHost(state, shareServer(fileShare) ?? '');
    return server !== undefined && server.nics.some((nic) => canReach(state, node.name, nic.ip));
  }
  return false;
}

/** The node owning the witness now: the disk's owner, or for a file share the core resources' owner. */
export function witnessOwnerOf(cluster: Cluster): string | null {
  const { mode, witnessDisk } = cluster.quorum;
  if (mode === 'NodeAndDiskMajority' || mode === 'DiskOnly') return cluster.disks.find((disk) => disk.name === witnessDisk)?.ownerNode ?? null;
  if (mode === 'NodeAndFileShareMajority') return cluster.coreOwner;
  return null;
}

/** The index of the side that gets the witness (WITNESS_ARBITRATION), or −1. */
export function arbitrateWitness(state: LabState, cluster: Cluster, sides: readonly (readonly ClusterNode[])[]): number {
  const owner = witnessOwnerOf(cluster);
  if (cluster.quorum.mode === 'NodeMajority') return -1;
  const reaches = (side: readonly ClusterNode[]): boolean => side.some((node) => nodeReachesWitness(state, cluster, node));
  // The owner keeps it when it still reaches it.
  const ownerSide = sides.findIndex((side) => side.some((node) => node.name === owner && nodeReachesWitness(state, cluster, node)));
  return ownerSide >= 0 ? ownerSide : sides.findIndex(reaches);
}
