// clusterSetNetwork: a cluster network's Properties. Its role ("Allow cluster network
// communication on this network", "Allow clients to connect through this network", or not used
// by the cluster: none) and its name (unique in the cluster, not empty). The network that holds
// the cluster's address carries client access, so it cannot be none.
import { CLUSTER_NETWORK_ROLES, type ClusterNetworkRole } from '../../../domain/cluster';
import { ipInCidr } from '../../../domain/net';
import { accept, UNCHANGED, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { membershipChanged } from './membership';
import { clusterOrRefusal, conflict, formedOrRefusal, invalid, isRefusal, notFound } from './refusals';
import { touchCluster } from './state';

type SetNetwork = Extract<Command, { type: 'clusterSetNetwork' }>;

export function decideSetNetwork(state: LabState, command: SetNetwork): Decision {
  const cluster = clusterOrRefusal(state, command.cluster);
  if (isRefusal(cluster)) return cluster;
  const creating = formedOrRefusal(cluster);
  if (creating) return creating;
  const wanted = typeof command.network === 'string' ? command.network.toUpperCase() : undefined;
  const network = cluster.networks.find((candidate) => candidate.name.toUpperCase() === wanted);
  if (!network) return notFound('cluster.network_not_found', 'network', `Cluster ${cluster.name} has no network named "${String(command.network)}".`);
  if (command.role === undefined && command.name === undefined) return invalid('cluster.nothing_to_change', 'role', 'Give the network a role or a new name.');
  let role: ClusterNetworkRole = network.role;
  if (command.role !== undefined) {
    if (!(CLUSTER_NETWORK_ROLES as readonly unknown[]).includes(command.role)) return invalid('cluster.invalid_network_role', 'role', `The role is one of ${CLUSTER_NETWORK_ROLES.join(', ')}.`);
    role = command.role;
    if (role === 'none' && ipInCidr(cluster.address, network.subnet)) return conflict('cluster.network_holds_address', 'role', `${network.name} holds the cluster's address ${cluster.address}; it cannot be set to not be used by the cluster.`);
  }
  let name = network.name;
  if (command.name !== undefined) {
    name = typeof command.name === 'string' ? command.name.trim() : '';
    if (name === '') return invalid('cluster.network_name_required', 'name', 'A cluster network needs a name.');
    const taken = cluster.networks.find((candidate) => candidate !== network && candidate.name.toUpperCase() === name.toUpperCase());
    if (taken) return conflict('cluster.network_name_in_use', 'name', `Cluster ${cluster.name} already has a network named ${taken.name}.`);
  }
  if (role === network.role && name === network.name) return UNCHANGED;
  const roleChanged = role !== network.role;
  return accept((ctx) => {
    network.role = role;
    network.name = name;
    touchCluster(ctx, cluster);
    // Which networks carry heartbeats follows the roles.
    if (roleChanged) membershipChanged(ctx, cluster);
  });
}
