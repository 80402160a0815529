// Virtual Machine Manager's host ratings for moving a highly available virtual machine to another
// node of its cluster (Select Host: stars and the Rating Explanation). The rule:
// - 0 stars, with every reason that applies, when the machine cannot go there: the node is not Up;
//   Hyper-V is not ready on it; it has a machine of the same name; the machine's memory does not
//   fit in what is free there for virtual machines, or the running-VM limit is reached (the same
//   checks as a start, placement.ts); the node has no access to the Cluster Shared Volume holding
//   the machine's files (or the volume is not Online); for Live, no cluster network joins it and
//   the owner (the live-migration network is the first of the cluster's order that does).
// - Otherwise 5 × the share of the node's memory for virtual machines still free once the machine
//   is there, rounded down to a half star, at least half a star; one star less when the node
//   reaches the volume only through redirected access (its I/O goes through the coordinator).
// VMM 2008 R2 also weighs processor, disk and network load, which the lab does not model.
// O(nodes + volumes) per call: a query, never run per tick.
import type { Cluster, ClusterNode } from '../../../domain/cluster';
import type { VirtualMachine } from '../../../domain/hyperv';
import { MIGRATION_TYPES, RATING_STARS_MAX, RATING_STEP, type HostRating, type HostRatingsAnswer, type MigrationType } from '../../../domain/migration';
import { formatBytesWindows } from '../../../domain/units';
import type { LabState } from '../../state';
import type { Host, Query, QueryResult } from '../../types';
import { clusterOrRefusal, isRefusal, notFound } from '../cluster/refusals';
import { csvVolumeOf } from '../cluster/roles/eligibility';
import { hostingProblem } from '../cluster/roles/placement';
import { roleOrRefusal } from '../cluster/roles/refusals';
import { canReachIp } from '../network/reachability';
import { hostView } from '../hyperv/resources';
import { settingsView } from './settings';

/** The Cluster Shared Volumes holding the machine's configuration and disk, each once. */
function volumesOf(cluster: Cluster, vm: VirtualMachine) {
  const paths = [vm.location, ...(vm.hardDisk.mode === 'later' ? [] : [vm.hardDisk.path])];
  const volumes = new Set(paths.map(csvVolumeOf).filter((volume): volume is string => volume !== null));
  return cluster.disks.filter((disk) => disk.usage === 'csv' && disk.csvPath !== null && volumes.has(disk.csvPath.toUpperCase()));
}

/** Why the node cannot reach the machine's storage (reasons), and whether it reaches it only redirected. */
function storageOf(cluster: Cluster, vm: VirtualMachine, node: ClusterNode): { problems: string[]; redirected: string[] } {
  const problems: string[] = [];
  const redirected: string[] = [];
  for (const disk of volumesOf(cluster, vm)) {
    const access = disk.csvAccess?.find((entry) => entry.node === node.name)?.access;
    if (disk.state !== 'Online') problems.push(`The storage of '${vm.name}' (${disk.csvPath}, ${disk.name}) is ${disk.state}.`);
    else if (access === undefined || access === 'No Access') problems.push(`${node.name} has no path to the storage of '${vm.name}' (${disk.csvPath}).`);
    else if (access === 'Redirected Access') redirected.push(`${node.name} reaches ${disk.csvPath} only through redirected access (its I/O goes through the coordinator node).`);
  }
  return { problems, redirected };
}

/** The first network of the live-migration order that joins both nodes now, or undefined. */
function liveNetwork(state: LabState, cluster: Cluster, from: string, to: string): string | undefined {
  for (const name of settingsView(state, cluster).networkOrder) {
    const network = cluster.networks.find((each) => each.name === name);
    const fromIp = network?.interfaces.find((nic) => nic.node === from)?.ip;
    const toIp = network?.interfaces.find((nic) => nic.node === to)?.ip;
    if (fromIp !== undefined && toIp !== undefined && canReachIp(state, fromIp, toIp)) return name;
  }
  return undefined;
}

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
  const hosting = hostingProblem(state, node, vm, true);
  if (hosting !== null) problems.push(hosting);
  const storage = storageOf(cluster, vm, node);
  problems.push(...storage.problems);
  if (type === 'live' && source !== null && liveNetwork(state, cluster, source, node.name) === undefined) problems.push(`No cluster network joins ${source} and ${node.name} for live migration.`);
  if (problems.length > 0) return { node: node.name, stars: 0, reasons: problems };
  const host = state.network.hosts.get(node.hostId) as Host;
  const memory = memoryStars(state, host, vm);
  const stars = storage.redirected.length > 0 ? Math.max(RATING_STEP, memory.stars - 1) : memory.stars;
  return { node: node.name, stars, reasons: [memory.reason, ...storage.redirected] };
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
