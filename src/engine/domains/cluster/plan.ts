// What Create Cluster finds in the lab for a set of nodes: the cluster networks (one per lab
// network every node is cabled to), the public network that carries the administrative access
// point, the eligible storage (every LUN each node sees as one MPIO disk) and the quorum that
// Windows Server 2008 R2 picks for it. Pure reads of the state.
import {
  clusterDiskName,
  clusterNetworkName,
  WITNESS_DISK_MIN_BYTES,
  type ClusterDisk,
  type ClusterNetwork,
  type ClusterNetworkInterface,
  type ClusterNetworkRole,
  type ClusterQuorum,
} from '../../../domain/cluster';
import { ipv4ToNumber, parseCidr } from '../../../domain/net';
import type { LabState } from '../../state';
import type { Host, Network } from '../../types';
import { disksOf } from '../disks/state';
import { diskSizeBytes } from '../disks/views';
import { dnsServer } from '../network/reachability';

const networkNumber = (network: Network) => ipv4ToNumber(parseCidr(network.cidr)?.networkIp ?? '0.0.0.0');

/** Lab networks every node has a NIC on, in subnet order (the order the networks are named in). */
export function sharedNetworks(state: LabState, hosts: readonly Host[]): Network[] {
  return [...state.network.networks.values()]
    .filter((network) => hosts.every((host) => host.nics.some((nic) => nic.network === network.name)))
    .sort((a, b) => networkNumber(a) - networkNumber(b));
}

/**
 * The client-access networks: those the domain controller (the lab's DNS server and where its
 * clients and consoles sit) is on. The lab's NICs carry no default gateway; 2008 R2 enables
 * client access on a network with one, and in the seed lab that is the Public network, the only
 * one the DC is on.
 */
export function isClientNetwork(state: LabState, network: Network): boolean {
  const dns = dnsServer(state);
  return dns !== undefined && dns.nics.some((nic) => nic.network === network.name);
}

/** The network the administrative access point goes on: the first shared client-access network. */
export function publicNetwork(state: LabState, hosts: readonly Host[]): Network | undefined {
  return sharedNetworks(state, hosts).find((network) => isClientNetwork(state, network));
}

/** Lab networks that carry the nodes' iSCSI sessions (their initiator addresses), by name. */
export function iscsiNetworks(state: LabState, hosts: readonly Host[]): Set<string> {
  const names = new Set<string>();
  for (const host of hosts) {
    for (const session of state.iscsi.initiators.get(host.id)?.sessions ?? []) {
      const nic = host.nics.find((candidate) => candidate.ip === session.initiatorAddress);
      if (nic) names.add(nic.network);
    }
  }
  return names;
}

/**
 * The role 2008 R2 gives a network at creation: cluster and client where clients are (a default
 * gateway), cluster only elsewhere. A network carrying iSCSI keeps "cluster only" too: 2008 R2
 * does not recognise iSCSI traffic, which is why the console recommends setting it to none
 * afterwards (issue 11; later versions' automatic detection is not in the facts, so every version
 * is given 2008 R2's rule).
 */
function roleAtCreation(state: LabState, network: Network, iscsi: Set<string>): ClusterNetworkRole {
  if (isClientNetwork(state, network) && !iscsi.has(network.name)) return 'cluster-and-client';
  return 'cluster';
}

export function interfaceOf(host: Host, network: Network): ClusterNetworkInterface | undefined {
  const nic = host.nics.find((candidate) => candidate.network === network.name);
  return nic && { node: host.name, adapter: nic.name, ip: nic.ip, state: nic.linkUp ? 'Up' : 'Failed' };
}

export function networkStateOf(interfaces: readonly ClusterNetworkInterface[]): ClusterNetwork['state'] {
  const up = interfaces.filter((entry) => entry.state === 'Up').length;
  if (up === interfaces.length && up > 0) return 'Up';
  return up === 0 ? 'Down' : 'Partitioned';
}

export function planNetworks(state: LabState, hosts: readonly Host[]): ClusterNetwork[] {
  const iscsi = iscsiNetworks(state, hosts);
  return sharedNetworks(state, hosts).map((network, index) => {
    const interfaces = hosts.map((host) => interfaceOf(host, network)).filter((entry): entry is ClusterNetworkInterface => entry !== undefined);
    return { name: clusterNetworkName(index + 1), labNetwork: network.name, subnet: network.cidr, role: roleAtCreation(state, network, iscsi), state: networkStateOf(interfaces), interfaces };
  });
}

/** LUNs another cluster already holds: they are not eligible. */
function lunsInClusters(state: LabState): Set<string> {
  const luns = new Set<string>();
  for (const cluster of state.cluster.clusters.values()) for (const disk of cluster.disks) luns.add(disk.lun);
  return luns;
}

/** Each LUN every node sees as one present MPIO disk (not the system disk), in LUN order, with its size. */
export function eligibleLuns(state: LabState, hosts: readonly Host[]): { lun: string; sizeBytes: number }[] {
  const taken = lunsInClusters(state);
  const seen = hosts.map((host) => new Map(disksOf(state, host.id).filter((disk) => disk.present && disk.path === null && disk.number > 0).map((disk) => [disk.lun, disk])));
  const first = seen[0];
  if (!first) return [];
  return [...first.values()]
    .filter((disk) => !taken.has(disk.lun) && seen.every((disks) => disks.has(disk.lun)))
    .sort((a, b) => (a.lun < b.lun ? -1 : a.lun > b.lun ? 1 : 0))
    .map((disk) => ({ lun: disk.lun, sizeBytes: diskSizeBytes(state, disk) }));
}

export function planDisks(state: LabState, hosts: readonly Host[]): ClusterDisk[] {
  return eligibleLuns(state, hosts).map((entry, index) => ({ name: clusterDiskName(index + 1), lun: entry.lun, sizeBytes: entry.sizeBytes, state: 'Offline', ownerNode: null, usage: 'available', csvPath: null }));
}

/** The smallest disk that can be a witness (≥ 512 MB, not a CSV); the first in LUN order on a tie. */
export function smallestWitnessCandidate(disks: readonly ClusterDisk[]): ClusterDisk | undefined {
  let best: ClusterDisk | undefined;
  for (const disk of disks) if (disk.usage !== 'csv' && disk.sizeBytes >= WITNESS_DISK_MIN_BYTES && (!best || disk.sizeBytes < best.sizeBytes)) best = disk;
  return best;
}

/**
 * The quorum 2008 R2 configures at creation (facts Part A §2.3): Node Majority for an odd node
 * count, Node and Disk Majority with the smallest eligible disk for an even one (Node Majority
 * when there is no such disk). Marks the witness disk's usage.
 */
export function chooseQuorum(nodeCount: number, disks: ClusterDisk[]): ClusterQuorum {
  const witness = nodeCount % 2 === 0 ? smallestWitnessCandidate(disks) : undefined;
  if (!witness) return { mode: 'NodeMajority', witnessDisk: null, fileShare: null };
  witness.usage = 'witness';
  return { mode: 'NodeAndDiskMajority', witnessDisk: witness.name, fileShare: null };
}
