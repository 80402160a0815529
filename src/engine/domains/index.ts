// The domains of this build, in registration order.
import type { DomainModule } from '../decision';
import { networkDomain } from './network';
import { powerDomain } from './power';
import { starwindDomain } from './starwind';

export const DOMAINS: readonly DomainModule[] = [powerDomain, networkDomain, starwindDomain];
