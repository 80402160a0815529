// The network domain: servers, NICs and networks (its slice), setNicLink, the reads of servers and
// networks, and the reachability helpers other domains use.
import { networkDescriptor } from '../../../domain/network';
import { hostNotFoundError } from '../../errors';
import { cloneJson } from '../../kernel/clone';
import { defineEngineDomain } from '../../decision';
import type { Host, Network } from '../../types';
import { checkNetworkSnapshot } from './snapshot-check';
import { findHost, loadNetworkState, type NetworkState } from './hosts';
import { decideSetNicLink } from './set-nic-link';

export { canReach, canReachIp, dnsServer, resolveName } from './reachability';

export const networkDomain = defineEngineDomain<NetworkState>({
  descriptor: networkDescriptor,
  load: (entities, _internal, params) => loadNetworkState(entities as { hosts?: Host[]; networks?: Network[] }, params),
  collection: (slice, name) => (name === 'hosts' ? slice.hosts : slice.networks),
  commands: { setNicLink: decideSetNicLink },
  queries: {
    hosts: (state) => ({ ok: true, value: { hosts: [...state.network.hosts.values()].map((host) => cloneJson(host)) } }),
    host: (state, _nowMs, query) => {
      const name = (query as { name: string }).name;
      const host = findHost(state, name);
      return host ? { ok: true, value: cloneJson(host) } : { ok: false, error: hostNotFoundError(name) };
    },
    networks: (state) => ({ ok: true, value: { networks: [...state.network.networks.values()].map((network) => cloneJson(network)) } }),
  },
  timers: {},
  check: checkNetworkSnapshot,
});
