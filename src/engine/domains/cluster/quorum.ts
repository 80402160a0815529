// Quorum arithmetic, pure (facts: domain-facts.md Part B §2). Votes by the legacy mode; a majority
// is floor(V/2)+1; dynamic quorum (2012 and later with DynamicQuorum = 1) recomputes the votes
// among the survivors once they have verified they are the majority; the dynamic witness holds a
// vote only while the node votes are even. Membership (membership.ts) feeds these with who runs.
import type { QuorumMode } from '../../../domain/cluster';

/**
 * Which node loses its vote when dynamic quorum meets an even number of voting nodes and no
 * witness: UNVERIFIED (the facts found no source for how Windows picks it; LowerQuorumPriorityNodeID
 * was not found). The lab zeroes the highest node id, so the first node keeps its vote, like
 * Pacemaker's auto_tie_breaker keeps the lowest node id quorate (facts §2, "Linux analogue").
 */
export const ZEROED_VOTE_NODE: 'highest-id' | 'lowest-id' = 'highest-id';

/** Node and Disk Majority, Node and File Share Majority and Disk Only have a witness. */
export function modeHasWitness(mode: QuorumMode): boolean {
  return mode !== 'NodeMajority';
}

/** "No Majority: Disk Only": no node has a vote, only the disk. */
export function modeHasNodeVotes(mode: QuorumMode): boolean {
  return mode !== 'DiskOnly';
}

/** More than half: floor(V/2)+1 (facts §2, vote arithmetic). */
export function majorityOf(totalVotes: number): number {
  return Math.floor(totalVotes / 2) + 1;
}

/** How a cluster counts: its mode and whether its votes are dynamic. */
export interface QuorumRules {
  mode: QuorumMode;
  /** Dynamic quorum in force (2012 and later with DynamicQuorum = 1). */
  dynamicQuorum: boolean;
  /** Dynamic witness in force (the OS has it and dynamic quorum is on). */
  dynamicWitness: boolean;
}

/** A node as quorum sees it. */
export interface VotingNode {
  nodeId: number;
  /** NodeWeight, the configured vote. */
  nodeWeight: 0 | 1;
  /** DynamicWeight, the vote held now (dynamic quorum only; equals NodeWeight otherwise). */
  dynamicWeight: 0 | 1;
  /** In the running membership (Up or Paused). */
  member: boolean;
}

/** The witness's vote given the node votes now: with a dynamic witness, only while they are even. */
export function witnessVoteOf(rules: QuorumRules, nodeVotes: number): 0 | 1 {
  if (!modeHasWitness(rules.mode)) return 0;
  if (rules.mode === 'DiskOnly' || !rules.dynamicWitness) return 1;
  return nodeVotes % 2 === 0 ? 1 : 0;
}

/** A node's vote as counted now: its dynamic weight under dynamic quorum, else its configured one. */
function voteOf(rules: QuorumRules, node: VotingNode): number {
  if (!modeHasNodeVotes(rules.mode)) return 0;
  return rules.dynamicQuorum ? node.dynamicWeight : node.nodeWeight;
}

/**
 * The votes a quorum judgment is made against. Without dynamic quorum: every configured vote,
 * running or not. With it: the votes the last verified membership holds (its members' dynamic
 * weights), plus the witness's vote as the dynamic witness gives it.
 */
export function totalVotesOf(rules: QuorumRules, nodes: readonly VotingNode[]): { nodeVotes: number; witnessVote: 0 | 1; totalVotes: number } {
  let nodeVotes = 0;
  for (const node of nodes) if (!rules.dynamicQuorum || node.member) nodeVotes += voteOf(rules, node);
  const witnessVote = witnessVoteOf(rules, nodeVotes);
  return { nodeVotes, witnessVote, totalVotes: nodeVotes + witnessVote };
}

export interface SideTally {
  totalVotes: number;
  votesNeeded: number;
  /** The side's votes: its members' votes, plus the witness's when it holds the witness. */
  votes: number;
  hasQuorum: boolean;
  witnessVote: 0 | 1;
}

/** Whether `side` (node ids of running members that reach each other) holds quorum. */
export function tallySide(rules: QuorumRules, nodes: readonly VotingNode[], side: ReadonlySet<number>, holdsWitness: boolean): SideTally {
  const { totalVotes, witnessVote } = totalVotesOf(rules, nodes);
  let votes = holdsWitness ? witnessVote : 0;
  for (const node of nodes) if (side.has(node.nodeId) && (rules.dynamicQuorum ? node.member : true)) votes += voteOf(rules, node);
  const votesNeeded = majorityOf(totalVotes);
  return { totalVotes, votesNeeded, votes, hasQuorum: votes >= votesNeeded, witnessVote };
}

/**
 * Dynamic weights after a verified membership (`members`: node ids now running): each member
 * with NodeWeight 1 votes; without dynamic quorum that is all. With dynamic quorum and no witness
 * to make the total odd (Node Majority), an even number of voting members has one vote zeroed
 * (ZEROED_VOTE_NODE), so 4 nodes count 3 and 2 nodes count 1 (facts §2, vote table).
 */
export function rebalancedWeights(rules: QuorumRules, nodes: readonly Pick<VotingNode, 'nodeId' | 'nodeWeight'>[], members: ReadonlySet<number>): Map<number, 0 | 1> {
  const weights = new Map<number, 0 | 1>();
  const voters: number[] = [];
  for (const node of nodes) {
    const votes = members.has(node.nodeId) && node.nodeWeight === 1;
    weights.set(node.nodeId, votes ? 1 : 0);
    if (votes) voters.push(node.nodeId);
  }
  if (rules.dynamicQuorum && !modeHasWitness(rules.mode) && voters.length > 0 && voters.length % 2 === 0) {
    const zeroed = ZEROED_VOTE_NODE === 'highest-id' ? Math.max(...voters) : Math.min(...voters);
    weights.set(zeroed, 0);
  }
  return weights;
}

/** What Configure Cluster Quorum Settings recommends in 2008 R2: Node Majority for an odd count, Node and Disk Majority for even. */
export function recommendedModeFor(nodeCount: number): QuorumMode {
  return nodeCount % 2 === 1 ? 'NodeMajority' : 'NodeAndDiskMajority';
}
