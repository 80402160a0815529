// What a domain gets when it applies a decision or handles a timer: the state and the kernel,
// plus the two things every domain does (mark an entity changed, write an event).
import type { Kernel } from './kernel/kernel';
import type { NewEvent } from './kernel/event-log';
import type { LabState } from './state';
import type { CollectionName, LabEvent } from './types';

export interface LabContext {
  state: LabState;
  kernel: Kernel;
  /** Domains told when a host's power or links changed (filled from the domain modules). */
  hostListeners: HostChangeListener[];
  /** Jobs started by the command being applied (dispatch reports them); reused, not reallocated. */
  startedJobs: string[];
}

/**
 * "Host power or links changed": the power and network domains call this after changing a host,
 * so domains that watch reachability (StarWind partners, later the cluster) react at once and
 * only to what changed. `hard` is a pulled plug (an unclean stop).
 */
export interface HostChange {
  hostId: string;
  cause: 'power' | 'link';
  hard: boolean;
}
export type HostChangeListener = (ctx: LabContext, change: HostChange) => void;

export function notifyHostChanged(ctx: LabContext, change: HostChange): void {
  for (const listener of ctx.hostListeners) listener(ctx, change);
}

export function touch(ctx: LabContext, collection: CollectionName, id: string): void {
  ctx.kernel.markDirty(collection, id);
}

/** Writes an event at the current virtual time. */
export function logEvent(ctx: LabContext, event: NewEvent): LabEvent {
  return ctx.kernel.appendEvent(event);
}
