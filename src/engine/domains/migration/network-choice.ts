// The live-migration network, chosen as the cluster does (facts Part A §2.4): the networks of the
// cluster's order are tried in turn until one joins the two nodes (both NICs' links up, both
// servers on). Its rate B is the slower of the two NICs.
import type { Cluster } from '../../../domain/cluster';
import { BITS_PER_BYTE } from '../../../domain/units';
import type { LabState } from '../../state';
import { canReachIp } from '../network/reachability';
import { settingsView } from './settings';

export interface LiveNetwork {
  /** The cluster network's name ("Cluster Network 2"). */
  name: string;
  bytesPerS: number;
}

export function liveMigrationNetwork(state: LabState, cluster: Cluster, source: string, destination: string): LiveNetwork | undefined {
  for (const name of settingsView(state, cluster).networkOrder) {
    const network = cluster.networks.find((candidate) => candidate.name === name);
    const from = network?.interfaces.find((nic) => nic.node === source)?.ip;
    const to = network?.interfaces.find((nic) => nic.node === destination)?.ip;
    if (!network || from === undefined || to === undefined || !canReachIp(state, from, to)) continue;
    const bits = Math.min(state.network.nicByIp.get(from)?.nic.speedBitsPerS ?? 0, state.network.nicByIp.get(to)?.nic.speedBitsPerS ?? 0);
    // Whole bytes per second: the record keeps counts.
    if (bits >= BITS_PER_BYTE) return { name: network.name, bytesPerS: Math.floor(bits / BITS_PER_BYTE) };
  }
  return undefined;
}
