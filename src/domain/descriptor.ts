// What a domain declares once, for every part that loops over domains: the engine (slices,
// snapshots, hash, batches), the lab-file schema (src/api), the mirror (src/stores) and the
// import check (src/host). Behaviour lives in src/engine/domains/<name>/; this is its vocabulary.
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

export interface DomainDescriptor<T extends DomainTypes = DomainTypes> {
  /** Unique; also the key of its internal snapshot part (`snapshot.domains[name]`) and of its schema version. */
  readonly name: string;
  /** The entity collections it owns, in the order snapshots and full batches list them. */
  readonly collections: readonly string[];
  /**
   * Version of its part of a saved lab. A saved lab records it per domain; the engine's
   * migrations of this domain bring an older part up to it (0 = saved before the domain existed).
   */
  readonly schemaVersion: number;
  /** Zod schema of each collection's entity, as a lab file holds it. */
  readonly entitySchemas: Readonly<Record<string, z.ZodType>>;
  /** Zod schema of each command (strict objects with a literal `type`), for the command log. */
  readonly commandSchemas: readonly z.ZodType[];
  /** Zod schema of its internal snapshot part (state that is not entities); absent when it has none. */
  readonly internalSchema?: z.ZodType;
  /** Carries the domain's types for the registry; never set at run time. */
  readonly types?: () => T;
}

/** Declares a domain descriptor with its types: `defineDomain<MyTypes>()({ ... })`. */
export function defineDomain<T extends DomainTypes>() {
  return <const C extends keyof T['entities'] & string>(
    descriptor: Omit<DomainDescriptor<T>, 'types' | 'collections' | 'entitySchemas'> & { collections: readonly C[]; entitySchemas: { readonly [K in C]: z.ZodType } },
  ): DomainDescriptor<T> => descriptor;
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
