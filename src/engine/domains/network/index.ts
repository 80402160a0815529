// The network domain: setNicLink and the reachability helpers other domains use.
import type { DomainModule } from '../../decision';
import { decideSetNicLink } from './set-nic-link';

export { canReach, canReachIp, dnsServer, resolveName } from './reachability';

export const networkDomain: DomainModule = {
  name: 'network',
  commands: { setNicLink: decideSetNicLink },
  timers: {},
};
