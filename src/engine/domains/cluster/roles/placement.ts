// Where a role goes when the cluster chooses (Move to the best possible node, a failover): the
// first preferred owner that is Up and can run the machine; else the Up node running the fewest
// virtual machines (ties: node order) that can. "Can run" is Hyper-V in effect, no machine of the
// same name there, and the machine's memory and the limits fitting (the same check as Start).
// Counters make each candidate O(1) (hyperv/state.ts), so a failover of 125 roles stays cheap.
import type { Cluster, ClusterNode, ClusterRole } from '../../../../domain/cluster';
import type { VirtualMachine } from '../../../../domain/hyperv';
import type { LabState } from '../../../state';
import type { Host } from '../../../types';
import { hyperVRefusal } from '../../hyperv/refusals';
import { clusterRunningVms, startRefusal } from '../../hyperv/resources';
import { findVm, hostLoad } from '../../hyperv/state';

/**
 * Why `vm` cannot run on `node` now, or null. `fit`: its memory must fit as well (it will be
 * started). `owner`: the node owns it already, and a Paused node keeps running (and restarting) what
 * it owns; only new roles stay away from it. `clusterRunning`: the cluster's running machines, when
 * the caller counted them once for many candidates.
 */
export function hostingProblem(state: LabState, node: ClusterNode, vm: VirtualMachine, fit: boolean, owner = false, clusterRunning?: number): string | null {
  if (node.state !== 'Up' && !(owner && node.state === 'Paused')) return `${node.name} is ${node.state}.`;
  const host = state.network.hosts.get(node.hostId) as Host | undefined;
  if (!host) return `${node.name} is not in the lab.`;
  const notReady = hyperVRefusal(state, host);
  if (notReady) return notReady.error.message;
  const clash = findVm(state, host, vm.name);
  if (clash && clash !== vm) return `${node.name} already has a virtual machine named '${vm.name}'.`;
  if (fit && vm.hostId !== host.id) return startRefusal(state, host, vm, clusterRunning)?.error.message ?? null;
  return null;
}

/** The best possible node for `role` other than `except` (see the file's head), or undefined. */
export function bestNode(state: LabState, cluster: Cluster, role: ClusterRole, vm: VirtualMachine, except: string | null, fit: boolean): ClusterNode | undefined {
  // The cluster's running machines once for all candidates (the limit per cluster), not once each.
  const clusterRunning = fit ? clusterRunningVms(state, cluster) : undefined;
  const usable = (node: ClusterNode) => node.name !== except && hostingProblem(state, node, vm, fit, false, clusterRunning) === null;
  return pickNode(cluster, role, usable, (node) => hostLoad(state, node.hostId).runningVms);
}

/**
 * The cluster's choice among the nodes `usable` accepts: the first preferred owner, else the one
 * with the lowest `load` (ties: node order). The nodes are tried fewest-loaded first and the first
 * usable one wins: one or two full checks per choice instead of one per node (a failover of 125
 * roles over 63 nodes: ~8,000 checks → ~125). Each caller brings its own rule in `usable` and
 * `load` (the roles: hosting and running machines; a migration: its destination checks and what
 * it already sends there).
 */
export function pickNode(cluster: Cluster, role: ClusterRole, usable: (node: ClusterNode) => boolean, load: (node: ClusterNode) => number): ClusterNode | undefined {
  for (const name of role.preferredOwners) {
    const node = cluster.nodes.find((each) => each.name === name);
    if (node && usable(node)) return node;
  }
  const order = cluster.nodes.map((node, index) => ({ node, index, load: load(node) }));
  order.sort((a, b) => a.load - b.load || a.index - b.index);
  for (const { node } of order) if (usable(node)) return node;
  return undefined;
}
