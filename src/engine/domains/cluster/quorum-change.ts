// Would the cluster still have quorum after a change an administrator asks for? For the command
// code's refusals ("the cluster would lose quorum"), counted as membership counts (quorum.ts):
// the members now, a leaving node's vote handed back under dynamic quorum (a clean leave), the
// witness held when a remaining member reaches it.
import type { Cluster, QuorumMode } from '../../../domain/cluster';
import type { LabState } from '../../state';
import { rebalancedWeights, tallySide } from './quorum';
import { nodeReachesWitness, quorumRulesOf } from './quorum-witness';

export type QuorumChange =
  /** Stop Cluster Service on the node: it stays configured, its vote is not held. */
  | { kind: 'stop'; node: string }
  /** Evict the node: it leaves the configuration. */
  | { kind: 'evict'; node: string }
  /** Another quorum configuration. */
  | { kind: 'mode'; mode: QuorumMode; witnessDisk?: string | null; fileShare?: string | null };

export interface QuorumOutcome {
  hasQuorum: boolean;
  votes: number;
  votesNeeded: number;
  totalVotes: number;
}

export function quorumIfChanged(state: LabState, cluster: Cluster, change: QuorumChange): QuorumOutcome {
  const leaving = change.kind === 'mode' ? undefined : change.node.toUpperCase();
  const quorum =
    change.kind === 'mode' ? { mode: change.mode, witnessDisk: change.witnessDisk ?? null, fileShare: change.fileShare ?? null } : cluster.quorum;
  const nodes = change.kind === 'evict' ? cluster.nodes.filter((node) => node.name.toUpperCase() !== leaving) : cluster.nodes;
  const after: Cluster = { ...cluster, quorum, nodes };
  const rules = quorumRulesOf(after);
  const running = nodes.filter((node) => (node.state === 'Up' || node.state === 'Paused') && node.name.toUpperCase() !== leaving);
  const members = new Set(running.map((node) => node.nodeId));
  // A clean leave hands its vote back before the rest is counted (dynamic quorum); otherwise the
  // weights stay as the last verified membership left them.
  const weights = rebalancedWeights(rules, nodes, members);
  const voting = nodes.map((node) => ({ nodeId: node.nodeId, nodeWeight: node.nodeWeight, dynamicWeight: weights.get(node.nodeId) ?? 0, member: members.has(node.nodeId) }));
  const holdsWitness = running.some((node) => nodeReachesWitness(state, after, node));
  const tally = tallySide(rules, voting, members, holdsWitness);
  return { hasQuorum: tally.hasQuorum, votes: tally.votes, votesNeeded: tally.votesNeeded, totalVotes: tally.totalVotes };
}
