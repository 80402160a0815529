// Would the cluster have quorum now under a configuration (a quorum mode, a node gone)? Used only
// to refuse an administrator's change that would stop the cluster ("the cluster would lose
// quorum"). Static votes as 2008 R2 counts them (facts Part B §2): each node with NodeWeight 1
// votes while Up or Paused, a disk witness while Online, a file share witness while its server
// is reachable; No Majority: Disk Only counts the disk alone; a majority is floor(total/2)+1.
// On 2012 and later dynamic quorum may keep a cluster running where this static count says it
// would not: the check is then stricter than the cluster, never looser. The membership code
// (quorum*.ts) owns the live vote count.
import type { Cluster, ClusterNode, QuorumMode } from '../../../domain/cluster';
import type { LabState } from '../../state';
import { findHost } from '../network/hosts';
import { reachable } from '../validation/checks';

export interface QuorumPlan {
  mode: QuorumMode;
  witnessDisk: string | null;
  fileShare: string | null;
  /** Nodes as they would be (an evicted node left out). */
  nodes: readonly ClusterNode[];
}

export function planOf(cluster: Cluster): QuorumPlan {
  return { mode: cluster.quorum.mode, witnessDisk: cluster.quorum.witnessDisk, fileShare: cluster.quorum.fileShare, nodes: cluster.nodes };
}

/** `\\server\share` → the server's name, or undefined when the path is not of that form. */
export function fileShareServer(path: string): string | undefined {
  return /^\\\\([^\\/:*?"<>|\s]+)\\([^\\/:*?"<>|]+)\\?$/.exec(path)?.[1];
}

function witnessUp(state: LabState, cluster: Cluster, plan: QuorumPlan): boolean {
  if (plan.witnessDisk !== null) return cluster.disks.some((disk) => disk.name === plan.witnessDisk && disk.state === 'Online');
  if (plan.fileShare !== null) {
    const host = findHost(state, fileShareServer(plan.fileShare) ?? '');
    return host !== undefined && reachable(state, host);
  }
  return false;
}

export function votesOf(state: LabState, cluster: Cluster, plan: QuorumPlan): { votesUp: number; totalVotes: number; votesNeeded: number } {
  const witness = plan.mode === 'NodeMajority' ? 0 : 1;
  const witnessUpVotes = witness === 1 && witnessUp(state, cluster, plan) ? 1 : 0;
  const nodesCount = plan.mode === 'DiskOnly' ? 0 : 1;
  const voters = plan.nodes.filter((node) => node.nodeWeight === 1);
  const totalVotes = voters.length * nodesCount + witness;
  const votesUp = voters.filter((node) => node.state === 'Up' || node.state === 'Paused').length * nodesCount + witnessUpVotes;
  return { votesUp, totalVotes, votesNeeded: Math.floor(totalVotes / 2) + 1 };
}

export function wouldHaveQuorum(state: LabState, cluster: Cluster, plan: QuorumPlan): boolean {
  const { votesUp, votesNeeded } = votesOf(state, cluster, plan);
  return votesUp >= votesNeeded;
}
