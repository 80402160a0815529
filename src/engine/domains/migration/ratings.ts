// Virtual Machine Manager's host ratings for moving a highly available virtual machine to another
// node of its cluster (Select Host: stars and the Rating Explanation). The rule:
// - 0 stars, with the reasons, when the move would be refused (the migration's own checks,
//   preconditions.ts, destination.ts): the node is not Up, Hyper-V is not ready on it, it has a
//   machine of the same name, the machine's memory does not fit in what is free there (less what
//   live migrations already reserve), the host's running-VM limit is reached, or it cannot reach the
//   Cluster Shared Volume of the machine's files; and, for Live, when no network of the
//   live-migration order joins it and the owner (network-choice.ts).
// - Otherwise 5 × the share of the node's memory for virtual machines still free once the machine
//   is there, rounded down to a half star, at least half a star; one star less when the node
//   reaches the volume only through redirected access (its I/O goes through the coordinator).
// VMM 2008 R2 also weighs processor, disk and network load, which the lab does not model.
// O(nodes) per call: a query, never run per tick.
import type { Cluster, ClusterNode } from '../../../domain/cluster';
import type { VirtualMachine } from '../../../domain/hyperv';
import { MIGRATION_TYPES, RATING_STARS_MAX, RATING_STEP, type HostRating, type HostRatingsAnswer, type MigrationType } from '../../../domain/migration';
import { formatBytesWindows } from '../../../domain/units';
import type { LabState } from '../../state';
import type { Host, Query, QueryResult } from '../../types';
import { clusterOrRefusal, isRefusal, notFound } from '../cluster/refusals';
import { roleOrRefusal } from '../cluster/roles/refusals';
import { accessNow, volumeOfVm } from '../hyperv/io-flow';
import { hostView } from '../hyperv/resources';
import { liveMigrationNetwork } from './network-choice';
import { destinationProblem } from './destination';

/** Stars for a node that can take the machine: its free memory share, in half stars (see the file's head). */
function memoryStars(state: LabState, host: Host, vm: VirtualMachine): { stars: number; reason: string } {
  const view = hostView(state, host);
  const capacityBytes = view.memoryBytes - view.reserveBytes;
  const freeAfterBytes = Math.max(0, view.availableMemoryBytes - (vm.hostId === host.id ? 0 : vm.memoryBytes));
  const share = capacityBytes > 0 ? freeAfterBytes / capacityBytes : 0;
  const stars = Math.max(RATING_STEP, Math.floor((share * RATING_STARS_MAX) / RATING_STEP) * RATING_STEP);
  return { stars, reason: `${formatBytesWindows(freeAfterBytes)} of ${formatBytesWindows(capacityBytes)} of memory for virtual machines stays free on ${host.name} with '${vm.name}' there.` };
}

export function rateNode(state: LabState, cluster: Cluster, vm: VirtualMachine, source: string | null, node: ClusterNode, type: MigrationType): HostRating {
  const problems: string[] = [];
  // As planMigration judges a named destination.
  const problem = node.state === 'Up' ? destinationProblem(state, cluster, node, vm) : `${node.name} is ${node.state}.`;
  if (problem !== null) problems.push(problem);
  if (type === 'live' && source !== null && liveMigrationNetwork(state, cluster, source, node.name) === undefined) problems.push(`No cluster network of the live-migration order joins ${source} and ${node.name} now.`);
  if (problems.length > 0) return { node: node.name, stars: 0, reasons: problems };
  const host = state.network.hosts.get(node.hostId) as Host;
  const memory = memoryStars(state, host, vm);
  const volume = volumeOfVm(state, vm);
  if (!volume || accessNow(volume.disk, node.name) !== 'Redirected Access') return { node: node.name, stars: memory.stars, reasons: [memory.reason] };
  const redirected = `${node.name} reaches ${volume.disk.csvPath ?? volume.disk.name} only through redirected access (its I/O goes through the coordinator node).`;
  return { node: node.name, stars: Math.max(RATING_STEP, memory.stars - 1), reasons: [memory.reason, redirected] };
}

export function hostRatings(state: LabState, _nowMs: number, query: Query): QueryResult {
  const { cluster: clusterName, role: roleName } = query as { cluster: unknown; role: unknown };
  const cluster = clusterOrRefusal(state, clusterName);
  if (isRefusal(cluster)) return cluster;
  const role = roleOrRefusal(state, cluster, roleName);
  if (isRefusal(role)) return role;
  const vm = state.hyperv.vms.get(role.vmId);
  if (!vm) return notFound('migration.vm_not_found', 'role', `The virtual machine of ${role.name} is not in the lab.`);
  const source = role.ownerNode;
  const others = cluster.nodes.filter((node) => node.name !== source);
  const ratings = Object.fromEntries(MIGRATION_TYPES.map((type) => [type, others.map((node) => rateNode(state, cluster, vm, source, node, type))])) as HostRatingsAnswer['ratings'];
  const value: HostRatingsAnswer = { cluster: cluster.name, role: role.name, vm: vm.name, source, memoryBytes: vm.memoryBytes, ratings };
  return { ok: true, value };
}
