// The domains of this build, in registration order: the one list the engine's registry, the
// lab-file schema, the mirror and the import check loop over. Adding a domain is one line here
// (its descriptor) and one in src/engine/domains/index.ts (its behaviour); the compiler asks for
// the second when the first is there.
import type { DomainDescriptor, DomainSchemas, TypesOf, UnionToIntersection } from './descriptor';
import { clusterDescriptor } from './cluster';
import { disksDescriptor } from './disks';
import { featuresDescriptor } from './features';
import { hypervDescriptor } from './hyperv';
import { iscsiDescriptor } from './iscsi';
import { JOBS_COLLECTION, type Job } from './jobs';
import { migrationDescriptor } from './migration';
import { networkDescriptor } from './network';
import { powerDescriptor } from './power';
import { reservationsDescriptor } from './reservations';
import { starwindDescriptor } from './starwind';
import { validationDescriptor } from './validation';

export const DOMAIN_DESCRIPTORS = [powerDescriptor, networkDescriptor, starwindDescriptor, featuresDescriptor, iscsiDescriptor, disksDescriptor, reservationsDescriptor, validationDescriptor, clusterDescriptor, hypervDescriptor, migrationDescriptor] as const;

// Their public types, for the engine's and the API's type exports.
export type * from './power';
export type * from './network';
export type * from './starwind';
export type * from './features';
export type * from './iscsi';
export type * from './disks';
export type * from './reservations';
export type * from './validation';
export type * from './cluster';
export type * from './hyperv';
export type * from './migration';

export type DomainName = (typeof DOMAIN_DESCRIPTORS)[number]['name'];

type Registered = TypesOf<(typeof DOMAIN_DESCRIPTORS)[number]>;

/** Collections of the core, present whatever the domains. */
export interface CoreCollections {
  jobs: Job;
}
export const CORE_COLLECTIONS = [JOBS_COLLECTION] as const satisfies readonly (keyof CoreCollections)[];

/** Every collection change batches carry, by name: the core's and every domain's. */
export type EntityCollections = CoreCollections & UnionToIntersection<Registered['entities']>;
export type DomainCommand = Registered['command'];
export type DomainQuery = Registered['query'];
export type DomainQueryAnswers = UnionToIntersection<Registered['answers']>;

/** The collection names of a set of domains (the core's first), in snapshot order. */
export function collectionNames(descriptors: readonly DomainDescriptor[] = DOMAIN_DESCRIPTORS): string[] {
  return [...CORE_COLLECTIONS, ...descriptors.flatMap((descriptor) => descriptor.collections)];
}

const loadedSchemas = new WeakMap<DomainDescriptor, Promise<DomainSchemas>>();

/**
 * A domain's zod schemas, loaded once (descriptor.ts says why they load on first use), whether
 * its descriptor lists them or loads them.
 */
export function loadDomainSchemas(descriptor: DomainDescriptor): Promise<DomainSchemas> {
  let loading = loadedSchemas.get(descriptor);
  if (!loading) {
    loading = descriptor.loadSchemas ? descriptor.loadSchemas() : Promise.resolve(descriptor);
    // A failed load (a chunk the server no longer has) is tried again next time.
    loading.catch(() => loadedSchemas.delete(descriptor));
    loadedSchemas.set(descriptor, loading);
  }
  return loading;
}
