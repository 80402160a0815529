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

/**
 * The saved part back as maps. It is the lab's own output, but a lab file may have been edited:
 * entries that do not have the saved shape are left out rather than trusted (the replay check of
 * an import then tells whether anything was lost).
 */
export function loadHeartbeatState(internal: unknown): HeartbeatState {
  const saved = (typeof internal === 'object' && internal !== null ? internal : {}) as { clusters?: unknown };
  const clusters = new Map<string, ClusterBeat>();
  for (const entry of Array.isArray(saved.clusters) ? (saved.clusters as unknown[]) : []) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !isSavedBeat(entry[1])) continue;
    const beat = entry[1];
    clusters.set(entry[0], {
      originMs: beat.originMs,
      delayMs: beat.delayMs,
      threshold: beat.threshold,
      routes: new Map(beat.routes.filter(isSavedRoute).map(([key, route]) => [key, { fromMs: route.fromMs, missed: route.missed, down: route.down, healedMs: route.healedMs }])),
      memberSinceMs: new Map(beat.members.filter((member) => Array.isArray(member) && member.length === 2 && member.every(isWholeMs))),
    });
  }
  return { clusters, detector: null };
}

function isWholeMs(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isSavedBeat(value: unknown): value is SavedBeat {
  if (typeof value !== 'object' || value === null) return false;
  const beat = value as Record<string, unknown>;
  return isWholeMs(beat.originMs) && isWholeMs(beat.delayMs) && (beat.delayMs as number) > 0 && isWholeMs(beat.threshold) && Array.isArray(beat.routes) && Array.isArray(beat.members);
}

function isSavedRoute(value: unknown): value is [string, RouteHealth] {
  if (!Array.isArray(value) || typeof value[0] !== 'string' || typeof value[1] !== 'object' || value[1] === null) return false;
  const route = value[1] as Record<string, unknown>;
  return isWholeMs(route.fromMs) && isWholeMs(route.missed) && typeof route.down === 'boolean' && (route.healedMs === null || isWholeMs(route.healedMs));
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
