// The lab's simulated state: the core's jobs, plus one slice per registered domain under the
// domain's name (`state.network`, `state.starwind`, ...). Each domain adds its slice's type to
// LabState from its own folder (declaration merging), so this file never names a domain.
// Entity objects are mutated in place by domains (and marked dirty); they leave the engine only
// as copies (batches, queries, snapshots).
import type { Job, LabParams } from './types';

export interface LabState {
  params: LabParams;
  /** The core collection `jobs`: running jobs and the last ENDED_JOBS_KEPT ended ones, in creation order. */
  jobs: Map<string, Job>;
}

/** A domain's slice by name, for the core's loops (domains read theirs through the typed field). */
export function sliceOf(state: LabState, name: string): unknown {
  return (state as unknown as Record<string, unknown>)[name];
}

export function setSlice(state: LabState, name: string, slice: unknown): void {
  (state as unknown as Record<string, unknown>)[name] = slice;
}
