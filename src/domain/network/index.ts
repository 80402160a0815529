// The network domain's descriptor: servers (hosts) with their NICs and the networks they are
// cabled to; the cable command; the reads of servers and networks.
import type { z } from 'zod';
import { defineDomain, type Fits, type Same } from '../descriptor';
import { hostSchema, networkSchema, setNicLinkCommandSchema } from './schemas';
import type { Host, Network } from './types';

export type * from './types';
export { HOST_ROLES } from './schemas';

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
  entitySchemas: { hosts: hostSchema, networks: networkSchema },
  commandSchemas: [setNicLinkCommandSchema],
});

// The schemas and the types describe the same command and entities, or this fails to compile.
const commandsAgree: Same<z.output<typeof setNicLinkCommandSchema>, NetworkCommand> = true;
const entitiesFit: [Fits<z.output<typeof hostSchema>, Host>, Fits<z.output<typeof networkSchema>, Network>] = [true, true];
void commandsAgree;
void entitiesFit;
