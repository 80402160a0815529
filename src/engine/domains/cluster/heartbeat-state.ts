// The heartbeat model's internal state (kept out of the entities, saved in the snapshot's
// domains.cluster and hashed): owned by the membership code (membership.ts, heartbeats.ts).
// Plain JSON when saved; order-free maps sorted, so a restored lab hashes the same.
import type { RouteDetector } from './heartbeats';

/** A route (a pair of members on one cluster network) whose heartbeats are not answered now, or that was declared down. */
export interface RouteHealth {
  /** Misses are counted from the heartbeats after this time… */
  fromMs: number;
  /** …on top of these, already counted (a settings change or the naive model's counter). */
  missed: number;
  /** Declared down (the threshold was reached); stays down until a heartbeat is answered. */
  down: boolean;
  /**
   * When it began to answer again; null while it does not. It counts as answering only from the
   * next heartbeat after this, so until then its misses stand (pulled again before that
   * heartbeat, it goes on counting from them) and, if down, it stays down.
   */
  healedMs: number | null;
}

/** One cluster's heartbeat grid and routes. */
export interface ClusterBeat {
  /** Heartbeats are sent at originMs + k·delayMs, k ≥ 1 (re-based when the delay changes). */
  originMs: number;
  delayMs: number;
  threshold: number;
  /** Routes not answering (or down), by routeKey: "<nodeId a>|<nodeId b>|<lab network>", a < b. */
  routes: Map<string, RouteHealth>;
  /** The running membership as last verified: each member's nodeId and when it joined it. */
  memberSinceMs: Map<number, number>;
}

export interface HeartbeatState {
  clusters: Map<string, ClusterBeat>;
  /** How route failures are detected; null = the lazy model (heartbeats.ts). Not saved: a test may swap it. */
  detector: RouteDetector | null;
}

export function emptyHeartbeatState(): HeartbeatState {
  return { clusters: new Map(), detector: null };
}

interface SavedBeat {
  originMs: number;
  delayMs: number;
  threshold: number;
  routes: [string, RouteHealth][];
  members: [number, number][];
}

export function loadHeartbeatState(internal: unknown): HeartbeatState {
  const saved = (internal ?? {}) as { clusters?: [string, SavedBeat][] };
  const clusters = new Map<string, ClusterBeat>();
  for (const [id, beat] of saved.clusters ?? []) {
    clusters.set(id, {
      originMs: beat.originMs,
      delayMs: beat.delayMs,
      threshold: beat.threshold,
      routes: new Map(beat.routes.map(([key, route]) => [key, { ...route }])),
      memberSinceMs: new Map(beat.members),
    });
  }
  return { clusters, detector: null };
}

export function heartbeatInternal(state: HeartbeatState): unknown {
  const clusters: [string, SavedBeat][] = [...state.clusters.entries()].sort(byKey).map(([id, beat]) => [
    id,
    {
      originMs: beat.originMs,
      delayMs: beat.delayMs,
      threshold: beat.threshold,
      routes: [...beat.routes.entries()].sort(byKey).map(([key, route]) => [key, { fromMs: route.fromMs, missed: route.missed, down: route.down, healedMs: route.healedMs }]),
      members: [...beat.memberSinceMs.entries()].sort((a, b) => a[0] - b[0]),
    },
  ]);
  return { clusters };
}

function byKey<T>([a]: [string, T], [b]: [string, T]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
