// The network domain's descriptor: servers (hosts) with their NICs and the networks they are
// cabled to; the cable command; the reads of servers and networks.
import { defineDomain } from '../descriptor';
import type { Host, Network } from './types';

export type * from './types';
export { HOST_ROLES } from './constants';

export type NetworkCommand = { type: 'setNicLink'; host: string; nic: string; linkUp: boolean };
export type NetworkQuery = { type: 'hosts' } | { type: 'host'; name: string } | { type: 'networks' };
export interface NetworkQueryAnswers {
  hosts: { hosts: Host[] };
  host: Host;
  networks: { networks: Network[] };
}

export const networkDescriptor = defineDomain<{
  entities: { hosts: Host; networks: Network };
  command: NetworkCommand;
  query: NetworkQuery;
  answers: NetworkQueryAnswers;
}>()({
  name: 'network',
  collections: ['hosts', 'networks'],
  schemaVersion: 1,
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).networkSchemas,
});
