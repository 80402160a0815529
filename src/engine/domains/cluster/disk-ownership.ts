// Who holds a cluster disk, through the reservations domain's own PERSISTENT RESERVE OUT (so each
// refusal is that command's: no path, a conflict, the iSCSI service down). The owner registers
// its key and holds the reservation (Write Exclusive - Registrants Only); a Cluster Shared Volume
// has every node registered, so each may write; a new owner takes a disk by preempting the old
// owner's key; a node leaving the cluster is preempted off the disk by its owner.
import { clusterReservationKey, type Cluster, type ClusterDisk, type ClusterNode } from '../../../domain/cluster';
import type { HostDisk } from '../../../domain/disks';
import type { LabContext } from '../../context';
import type { Command } from '../../types';
import { decideReserveOut } from '../reservations/decide';
import { holderOf, registrationOf } from '../reservations/queries';

/** The node's disk for the LUN: present and claimed by MPIO. */
function hostDiskOf(ctx: LabContext, node: ClusterNode, lun: string): HostDisk | undefined {
  for (const disk of ctx.state.disks.disks.values()) if (disk.hostId === node.hostId && disk.lun === lun && disk.present && disk.path === null) return disk;
  return undefined;
}

/** Issues one PERSISTENT RESERVE OUT from the node; answers why it was refused, or null. */
function reserveOut(ctx: LabContext, cluster: Cluster, node: ClusterNode, lun: string, action: string, preemptKey?: string): string | null {
  const disk = hostDiskOf(ctx, node, lun);
  if (!disk) return `${node.name} does not see LUN ${lun}.`;
  const command: Extract<Command, { type: 'persistentReserveOut' }> = { type: 'persistentReserveOut', host: node.name, number: disk.number, action, key: clusterReservationKey(cluster.id, node.nodeId) };
  if (preemptKey !== undefined) command.preemptKey = preemptKey;
  const decision = decideReserveOut(ctx.state, command);
  if (!decision.ok) return decision.error.message;
  decision.apply?.(ctx);
  return null;
}

/** The node registers its key on the disk (a CSV's nodes all do). */
export function registerNode(ctx: LabContext, cluster: Cluster, node: ClusterNode, lun: string): string | null {
  const table = ctx.state.reservations.tables.get(lun);
  if (registrationOf(table, node.hostId)?.key === clusterReservationKey(cluster.id, node.nodeId)) return null;
  return reserveOut(ctx, cluster, node, lun, 'register');
}

/**
 * The node becomes the disk's owner: registered, holding the reservation (preempting the holder
 * when another node holds it). The disk is Online and owned, or Failed with no owner.
 */
export function takeOver(ctx: LabContext, cluster: Cluster, disk: ClusterDisk, node: ClusterNode): string | null {
  const problem = registerNode(ctx, cluster, node, disk.lun) ?? (() => {
    const holder = holderOf(ctx.state.reservations.tables.get(disk.lun));
    if (holder?.hostId === node.hostId) return null;
    return holder ? reserveOut(ctx, cluster, node, disk.lun, 'preempt', holder.key) : reserveOut(ctx, cluster, node, disk.lun, 'reserve');
  })();
  disk.state = problem === null ? 'Online' : 'Failed';
  disk.ownerNode = problem === null ? node.name : null;
  return problem;
}

/** The node leaves the disk: its owner (another node) preempts its registration, if it has one. */
export function dropNode(ctx: LabContext, cluster: Cluster, disk: ClusterDisk, leaving: ClusterNode): void {
  const registration = registrationOf(ctx.state.reservations.tables.get(disk.lun), leaving.hostId);
  const owner = cluster.nodes.find((node) => node.name === disk.ownerNode && node !== leaving);
  if (registration && owner) reserveOut(ctx, cluster, owner, disk.lun, 'preempt', registration.key);
}

/** Nodes that run the Cluster service and may own groups now (Up; a Paused node hosts no group). */
export function activeNodes(cluster: Cluster, except?: ClusterNode): ClusterNode[] {
  return cluster.nodes.filter((node) => node.state === 'Up' && node !== except);
}

/**
 * What `leaving` owns (the core resources, disks) moves to the first active node left (lowest
 * node id); with none left, its disks go Offline and the core has no owner.
 */
export function moveOwnership(ctx: LabContext, cluster: Cluster, leaving: ClusterNode): void {
  const heir = activeNodes(cluster, leaving).sort((a, b) => a.nodeId - b.nodeId)[0];
  if (cluster.coreOwner === leaving.name) cluster.coreOwner = heir?.name ?? null;
  for (const disk of cluster.disks) {
    if (disk.ownerNode !== leaving.name) continue;
    if (heir) takeOver(ctx, cluster, disk, heir);
    else {
      disk.state = 'Offline';
      disk.ownerNode = null;
    }
  }
}
