// The network domain's slice: servers and networks in maps keyed by id, plus the name and address
// indexes every domain uses to find a server or the NIC behind an address.
import type { LabContext } from '../../context';
import type { Host, LabParams, Network, Nic } from '../../types';

export interface NicRef {
  host: Host;
  nic: Nic;
}

export interface NetworkState {
  /** Insertion order is the scenario's table order, which the hosts query keeps. */
  hosts: Map<string, Host>;
  networks: Map<string, Network>;
  /** Upper-cased name → id: Windows compares computer names without case. */
  hostIdByUpper: Map<string, string>;
  /** Address → the NIC holding it (live references, so link changes show without reindexing). */
  nicByIp: Map<string, NicRef>;
  /** The domain controller, whose DNS resolves names (roles do not change after creation). */
  dnsHostId: string | undefined;
}

declare module '../../state' {
  interface LabState {
    network: NetworkState;
  }
}

export function loadNetworkState(entities: { hosts?: Host[]; networks?: Network[] }, _params: LabParams): NetworkState {
  const state: NetworkState = { hosts: new Map(), networks: new Map(), hostIdByUpper: new Map(), nicByIp: new Map(), dnsHostId: undefined };
  for (const network of entities.networks ?? []) state.networks.set(network.id, network);
  for (const host of entities.hosts ?? []) {
    state.hosts.set(host.id, host);
    state.hostIdByUpper.set(host.name.toUpperCase(), host.id);
    if (host.role === 'domain-controller') state.dnsHostId ??= host.id;
    for (const nic of host.nics) state.nicByIp.set(nic.ip, { host, nic });
  }
  return state;
}

/** Case-insensitive lookup by computer name. */
export function findHost(state: { network: NetworkState }, name: string): Host | undefined {
  // Commands arrive from outside; a malformed one must be refused, not crash the engine.
  if (typeof name !== 'string') return undefined;
  const id = state.network.hostIdByUpper.get(name.toUpperCase());
  return id === undefined ? undefined : state.network.hosts.get(id);
}

/** Case-insensitive lookup of a NIC by its connection name. */
export function findNic(host: Host, name: string): Nic | undefined {
  if (typeof name !== 'string') return undefined;
  const upper = name.toUpperCase();
  return host.nics.find((nic) => nic.name.toUpperCase() === upper);
}

/** Marks a host changed (its power, links or volumes), for the next change batch. */
export function touchHost(ctx: LabContext, host: Host): void {
  ctx.kernel.markDirty('hosts', host.id);
}
