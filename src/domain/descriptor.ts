// What a domain declares once, for every part that loops over domains: the engine (slices,
// snapshots, hash, batches), the lab-file schema (src/api), the mirror (src/stores) and the
// import check (src/host). Behaviour lives in src/engine/domains/<name>/; this is its vocabulary.
//
// Zod schemas load on first use. The page and the worker import every descriptor at start (the
// mirror and the engine need names and collections), but only an import of a lab file needs the
// schemas; zod is about 25 kB gzip on each side. So a domain keeps its schemas in a module of their
// own (`schemas.ts`, importing zod) and its descriptor names them with
//   `loadSchemas: async () => (await import('./schemas')).xxxSchemas`,
// while its index.ts imports zod and that module with `import type` only (the compile-time
// `Same` / `Fits` checks live next to the schemas). Constants others import at run time (ports,
// limits, enum lists) live in a zod-free module. A descriptor that still lists `entitySchemas` and
// `commandSchemas` itself (as a new domain may at first) works the same, unchanged; it only brings
// zod back into the first load, which `npm run bench` shows. Readers get the schemas through
// `loadDomainSchemas` (src/domain/registry.ts), whichever way a domain declares them.
import type { z } from 'zod';

/** The types a domain adds to the lab's contract (carried by the descriptor's type, not at run time). */
export interface DomainTypes {
  /** Its entity collections: name → entity type. */
  entities: object;
  /** Its commands (a union of `{ type: ... }` objects); `never` for none. */
  command: { type: string };
  /** Its queries and their answers. */
  query: { type: string };
  answers: object;
}

/** A domain's zod schemas: what a lab file's snapshot and command log are checked against. */
export interface DomainSchemas<C extends string = string> {
  /** Zod schema of each collection's entity, as a lab file holds it. */
  readonly entitySchemas: { readonly [K in C]: z.ZodType };
  /** Zod schema of each command (strict objects with a literal `type`), for the command log. */
  readonly commandSchemas: readonly z.ZodType[];
  /** Zod schema of its internal snapshot part (state that is not entities); absent when it has none. */
  readonly internalSchema?: z.ZodType;
}

interface DescriptorBase<T extends DomainTypes> {
  /** Unique; also the key of its internal snapshot part (`snapshot.domains[name]`) and of its schema version. */
  readonly name: string;
  /** The entity collections it owns, in the order snapshots and full batches list them. */
  readonly collections: readonly string[];
  /**
   * Version of its part of a saved lab. A saved lab records it per domain; the engine's
   * migrations of this domain bring an older part up to it (0 = saved before the domain existed).
   */
  readonly schemaVersion: number;
  /** Carries the domain's types for the registry; never set at run time. */
  readonly types?: () => T;
}

/** Schemas loaded on first use (the rule above); the loader is a dynamic import of the domain's schemas module. */
export interface LazySchemas<C extends string = string> {
  readonly loadSchemas: () => Promise<DomainSchemas<C>>;
  readonly entitySchemas?: never;
  readonly commandSchemas?: never;
  readonly internalSchema?: never;
}

/** Schemas listed in the descriptor itself: works, but zod is then in the first load. */
export type EagerSchemas<C extends string = string> = DomainSchemas<C> & { readonly loadSchemas?: never };

export type DomainDescriptor<T extends DomainTypes = DomainTypes> = DescriptorBase<T> & (LazySchemas | EagerSchemas);

/** Declares a domain descriptor with its types: `defineDomain<MyTypes>()({ ... })`. */
export function defineDomain<T extends DomainTypes>() {
  return <const C extends keyof T['entities'] & string>(
    descriptor: Omit<DescriptorBase<T>, 'types' | 'collections'> & { collections: readonly C[] } & (LazySchemas<C> | EagerSchemas<C>),
  ): DomainDescriptor<T> => descriptor as DomainDescriptor<T>;
}

export type TypesOf<D> = D extends DomainDescriptor<infer T> ? T : never;
export type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/**
 * Compile-time agreement of a domain's zod schemas with its types (the two descriptions live side
 * by side in its folder): `true` only when A and B are the same type.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** `true` when every A is a B: what an entity's loose schema lets through is a valid entity of its type. */
export type Fits<A, B> = [A] extends [B] ? true : false;
