// The domains of this build, in registration order: one line each (its behaviour), beside its
// descriptor's line in src/domain/registry.ts. The test below the list keeps the two in step.
import type { DomainModule } from '../decision';
import { DOMAIN_DESCRIPTORS } from '../../domain/registry';
import { clusterDomain } from './cluster';
import { disksDomain } from './disks';
import { featuresDomain } from './features';
import { hypervDomain } from './hyperv';
import { iscsiDomain } from './iscsi';
import { migrationDomain } from './migration';
import { networkDomain } from './network';
import { powerDomain } from './power';
import { reservationsDomain } from './reservations';
import { starwindDomain } from './starwind';
import { validationDomain } from './validation';

export const DOMAINS: readonly DomainModule[] = [powerDomain, networkDomain, starwindDomain, featuresDomain, iscsiDomain, disksDomain, reservationsDomain, validationDomain, clusterDomain, hypervDomain, migrationDomain];

// A descriptor registered without its behaviour (or the reverse) is a mistake caught at start.
if (DOMAINS.map((domain) => domain.descriptor.name).join() !== DOMAIN_DESCRIPTORS.map((descriptor) => descriptor.name).join()) {
  throw new Error('src/engine/domains/index.ts and src/domain/registry.ts must register the same domains in the same order.');
}
