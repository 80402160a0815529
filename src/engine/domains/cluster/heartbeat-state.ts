// The heartbeat model's internal state (kept out of the entities, saved in the snapshot's
// domains.cluster and hashed): owned by the membership code (membership.ts, heartbeats.ts).
// Plain JSON when saved; order-free maps sorted.

export interface HeartbeatState {
  /**
   * Routes that stopped answering and are not yet declared down, or are down: by
   * "<clusterId>|<nodeA>|<nodeB>|<network>" (nodes in name order), the time of the first missed heartbeat.
   */
  brokenSinceMs: Map<string, number>;
}

export function emptyHeartbeatState(): HeartbeatState {
  return { brokenSinceMs: new Map() };
}

export function loadHeartbeatState(internal: unknown): HeartbeatState {
  const saved = internal as { brokenSinceMs?: [string, number][] };
  return { brokenSinceMs: new Map(saved.brokenSinceMs ?? []) };
}

export function heartbeatInternal(state: HeartbeatState): unknown {
  return { brokenSinceMs: [...state.brokenSinceMs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}
