// The Cluster Configuration tests (facts Part A §2.1: 2008 R2 runs them only on an existing
// cluster). Each judges the cluster's state at the moment it runs and can pass or fail here:
// - List Cluster Core Groups: the core group (the cluster's name and address) has an owner that is Up;
// - Validate Quorum Configuration: the mode is the one recommended for the node count (Node
//   Majority for an odd count, Node and Disk Majority for an even one; Disk Only is never
//   recommended), else a warning; no quorum now, or a witness that is not online, fails;
// - Validate Resource Status: every cluster disk is Online (a Failed one fails, an Offline one warns).
import { QUORUM_MODE_LABELS, type Cluster } from '../../../domain/cluster';
import type { ValidationResult, ValidationServerResult } from '../../../domain/validation';
import type { LabState } from '../../state';
import type { Host } from '../../types';
import { quorumView } from '../cluster/membership';

/** The cluster-wide finding, given to every server of the run (these tests judge the cluster, not a node). */
const every = (hosts: Host[], result: ValidationResult, explanation: string): ValidationServerResult[] => hosts.map((host) => ({ server: host.name, result, explanation }));

export function coreGroups(cluster: Cluster, hosts: Host[]): { servers: ValidationServerResult[]; explanation: string } {
  const owner = cluster.nodes.find((node) => node.name === cluster.coreOwner);
  const group = `Cluster Group (Name: ${cluster.name}, IP Address: ${cluster.address})`;
  const explanation = owner && owner.state === 'Up' ? `${group} is online on ${owner.name}.` : `${group} has no node that is Up to own it: the cluster's core resources are offline.`;
  return { servers: every(hosts, owner && owner.state === 'Up' ? 'Passed' : 'Failed', explanation), explanation };
}

export function quorumConfiguration(state: LabState, cluster: Cluster, hosts: Host[]): { servers: ValidationServerResult[]; explanation: string } {
  const mode = cluster.quorum.mode;
  // The live count of the membership model (dynamic quorum and witness included).
  const { votesUp, totalVotes, votesNeeded, hasQuorum, recommendedMode: recommended } = quorumView(state, cluster);
  const current = `The quorum is ${QUORUM_MODE_LABELS[mode]}${cluster.quorum.witnessDisk ? ` with ${cluster.quorum.witnessDisk} as witness` : ''}${cluster.quorum.fileShare ? ` with the file share ${cluster.quorum.fileShare} as witness` : ''}; ${votesUp} of ${totalVotes} votes are up, ${votesNeeded} needed.`;
  const witness = cluster.disks.find((disk) => disk.name === cluster.quorum.witnessDisk);
  let result: ValidationResult = 'Passed';
  let why = '';
  if (!hasQuorum) {
    result = 'Failed';
    why = ' The cluster does not have quorum.';
  } else if (witness && witness.state !== 'Online') {
    result = 'Failed';
    why = ` The witness disk ${witness.name} is ${witness.state}.`;
  } else {
    if (mode !== recommended) {
      result = 'Warning';
      why = ` For ${cluster.nodes.length} node${cluster.nodes.length > 1 ? 's' : ''} the recommended quorum is ${QUORUM_MODE_LABELS[recommended]}${mode === 'DiskOnly' ? '; No Majority: Disk Only makes the witness disk a single point of failure' : ''}.`;
    }
  }
  const explanation = current + why;
  return { servers: every(hosts, result, explanation), explanation };
}

export function resourceStatus(cluster: Cluster, hosts: Host[]): { servers: ValidationServerResult[]; explanation: string } {
  const failed = cluster.disks.filter((disk) => disk.state === 'Failed');
  const offline = cluster.disks.filter((disk) => disk.state === 'Offline');
  const names = (disks: typeof failed) => disks.map((disk) => disk.name).join(', ');
  const result: ValidationResult = failed.length > 0 ? 'Failed' : offline.length > 0 ? 'Warning' : 'Passed';
  const parts = [
    ...(failed.length > 0 ? [`${names(failed)} ${failed.length > 1 ? 'are' : 'is'} Failed.`] : []),
    ...(offline.length > 0 ? [`${names(offline)} ${offline.length > 1 ? 'are' : 'is'} Offline.`] : []),
  ];
  const explanation = result === 'Passed' ? (cluster.disks.length > 0 ? `Every cluster resource is online (${names(cluster.disks)}).` : 'The cluster has no disk resource; its core resources are online.') : parts.join(' ');
  return { servers: every(hosts, result, explanation), explanation };
}
