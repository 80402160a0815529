// Replication Manager → Add Replica (StarWind 8): the initial synchronisations it offers. The
// local device already holds data, so it is the source ("Synchronize from existing Device") or
// both sides are trusted as they are ("Do not synchronize"); clearing both, or copying from a
// partner created empty, would destroy that data. The GUI labels are UNVERIFIED (issue7-facts §3.2);
// the values are the lab's InitMethod names for StarWindX `SyncFromFirst` and `NotSynchronize`.
import type { InitMethod } from './constants';

export const REPLICA_INIT_METHODS = ['sync-from-local', 'do-not-synchronize'] as const satisfies readonly InitMethod[];
export type ReplicaInitMethod = (typeof REPLICA_INIT_METHODS)[number];
export const DEFAULT_REPLICA_INIT_METHOD: ReplicaInitMethod = 'sync-from-local';
