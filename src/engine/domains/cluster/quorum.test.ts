// Quorum outcomes for 2, 3, 4 and 5 nodes, with and without a witness, with and without dynamic
// quorum: the worked cases of domain-facts.md Part B §2 (understand-quorum.md, Savill).
import { describe, expect, test } from 'vitest';
import type { QuorumMode } from '../../../domain/cluster';
import { majorityOf, rebalancedWeights, recommendedModeFor, tallySide, totalVotesOf, witnessVoteOf, type QuorumRules, type VotingNode } from './quorum';

/** A cluster of `count` nodes that all run, its weights as a verified membership leaves them. */
function formed(rules: QuorumRules, count: number): VotingNode[] {
  const ids = Array.from({ length: count }, (_, index) => index + 1);
  const weights = rebalancedWeights(rules, ids.map((nodeId) => ({ nodeId, nodeWeight: 1 })), new Set(ids));
  return ids.map((nodeId) => ({ nodeId, nodeWeight: 1, dynamicWeight: weights.get(nodeId) ?? 0, member: true }));
}

/**
 * `failures`: groups of node ids lost at once, one group after the other; the survivors keep the
 * witness. Answers whether the cluster still runs after each group.
 */
function outlive(rules: QuorumRules, count: number, failures: number[][]): boolean[] {
  let nodes = formed(rules, count);
  const outcomes: boolean[] = [];
  for (const group of failures) {
    const side = new Set(nodes.filter((node) => node.member && !group.includes(node.nodeId)).map((node) => node.nodeId));
    const tally = tallySide(rules, nodes, side, true);
    outcomes.push(tally.hasQuorum);
    if (!tally.hasQuorum) break;
    const weights = rebalancedWeights(rules, nodes, side);
    nodes = nodes.map((node) => ({ ...node, member: side.has(node.nodeId), dynamicWeight: weights.get(node.nodeId) ?? 0 }));
  }
  return outcomes;
}

const rules = (mode: QuorumMode, dynamic: boolean): QuorumRules => ({ mode, dynamicQuorum: dynamic, dynamicWitness: dynamic });
const NM = 'NodeMajority';
const DISK = 'NodeAndDiskMajority';

describe('arithmetic', () => {
  test.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
  ])('%i votes need %i', (votes, needed) => expect(majorityOf(votes)).toBe(needed));

  test('the dynamic witness votes only while the node votes are even; a static witness always', () => {
    expect([1, 2, 3, 4].map((votes) => witnessVoteOf(rules(DISK, true), votes))).toEqual([0, 1, 0, 1]);
    expect([1, 2, 3, 4].map((votes) => witnessVoteOf(rules(DISK, false), votes))).toEqual([1, 1, 1, 1]);
    expect(witnessVoteOf(rules(NM, true), 2)).toBe(0);
  });

  test('vote table: even nodes without witness zero one vote (the highest id); odd all vote; a witness makes the total odd', () => {
    expect(formed(rules(NM, true), 2).map((node) => node.dynamicWeight)).toEqual([1, 0]);
    expect(formed(rules(NM, true), 4).map((node) => node.dynamicWeight)).toEqual([1, 1, 1, 0]);
    expect(formed(rules(NM, true), 3).map((node) => node.dynamicWeight)).toEqual([1, 1, 1]);
    expect(totalVotesOf(rules(DISK, true), formed(rules(DISK, true), 4)).totalVotes).toBe(5);
    expect(totalVotesOf(rules(DISK, true), formed(rules(DISK, true), 3)).totalVotes).toBe(3);
    expect(totalVotesOf(rules(NM, false), formed(rules(NM, false), 4)).totalVotes).toBe(4);
  });

  test('recommended mode: Node Majority for odd counts, Node and Disk Majority for even', () => {
    expect([2, 3, 4, 5].map(recommendedModeFor)).toEqual([DISK, NM, DISK, NM]);
  });

  test('Disk Only: the side holding the disk has quorum, whatever the nodes', () => {
    const diskOnly = rules('DiskOnly', false);
    const nodes = formed(diskOnly, 4);
    expect(tallySide(diskOnly, nodes, new Set([4]), true)).toMatchObject({ totalVotes: 1, votes: 1, hasQuorum: true });
    expect(tallySide(diskOnly, nodes, new Set([1, 2, 3]), false).hasQuorum).toBe(false);
  });
});

describe('worked cases (facts §2)', () => {
  // [name, mode, dynamic, nodes, failures (groups lost at once, in turn), outcomes]
  const cases: [string, QuorumMode, boolean, number, number[][], boolean[]][] = [
    ['2 nodes, no witness, dynamic: the non-voting node dies, the cluster survives', NM, true, 2, [[2]], [true]],
    ['2 nodes, no witness, dynamic: the voting node dies unexpectedly, the cluster goes down (50/50)', NM, true, 2, [[1]], [false]],
    ['2 nodes, no witness, static (2008 R2): either loss stops it', NM, false, 2, [[2]], [false]],
    ['2 nodes + witness, dynamic: either node can fail', DISK, true, 2, [[1]], [true]],
    ['2 nodes + witness, static: one node and the witness hold 2 of 3', DISK, false, 2, [[2]], [true]],
    ['3 nodes, dynamic: one failure, then it is the 2-node case (the zeroed node may go)', NM, true, 3, [[1], [3]], [true, true]],
    ['3 nodes, dynamic: one failure, then the voter of the two goes: down', NM, true, 3, [[3], [1]], [true, false]],
    ['3 nodes, static: the second failure leaves 1 of 3', NM, false, 3, [[3], [2]], [true, false]],
    ['3 nodes + witness, dynamic: the witness gains its vote after one failure, and carries the last node', DISK, true, 3, [[3], [2]], [true, true]],
    ['3 nodes + witness, static: 4 votes, the second failure leaves 2 of 4', DISK, false, 3, [[3], [2]], [true, false]],
    ['4 nodes, no witness, dynamic: two at once including the zeroed one, 2 of 3 survive', NM, true, 4, [[3, 4]], [true]],
    ['4 nodes, no witness, dynamic: two voters at once, 1 of 3: down (fifty percent)', NM, true, 4, [[1, 2]], [false]],
    ['4 nodes, static: two at once leave 2 of 4', NM, false, 4, [[1, 2]], [false]],
    ['4 nodes + witness, dynamic: survives two simultaneous failures', DISK, true, 4, [[1, 2]], [true]],
    ['4 nodes + witness, static: 2 nodes and the witness are 3 of 5', DISK, false, 4, [[3, 4]], [true]],
    ['5 nodes, static (Savill): 4 up runs, 3 up runs, 2 up stops', NM, false, 5, [[5], [4], [3]], [true, true, false]],
    ['5 nodes, dynamic: one at a time down to the last man standing', NM, true, 5, [[5], [1], [2], [4]], [true, true, true, true]],
    ['5 nodes, dynamic: not a simultaneous loss of the majority', NM, true, 5, [[1, 2, 3]], [false]],
  ];
  test.each(cases)('%s', (_name, mode, dynamic, count, failures, outcomes) => {
    expect(outlive(rules(mode, dynamic), count, failures)).toEqual(outcomes);
  });
});
