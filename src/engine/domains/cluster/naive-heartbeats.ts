// The naive heartbeat model, for tests only: every heartbeat is a timer. At each heartbeat
// (originMs + k·delayMs) every route between members that were members before that instant is
// tried against the lab as it is then; a route answering clears its count, one not answering
// counts a miss and is down at the threshold-th. The engine's lazy model (heartbeats.ts) must give
// the same removals, events and order (membership-equivalence.test.ts).
import type { Cluster } from '../../../domain/cluster';
import type { LabContext } from '../../context';
import type { ClusterBeat } from './heartbeat-state';
import { HEARTBEAT_TIMER_KIND, firstTickAfter, heartbeatNetworks, heartbeatTimerKey, membersOf, routeAnswers, routeKey, type HeartbeatTimerData, type RouteDetector } from './heartbeats';

function scheduleTick(ctx: LabContext, cluster: Cluster, dueMs: number): void {
  ctx.kernel.scheduleAt(HEARTBEAT_TIMER_KIND, dueMs, { cluster: cluster.id } satisfies HeartbeatTimerData, heartbeatTimerKey(cluster.id));
}

export const NAIVE_DETECTOR: RouteDetector = {
  start(ctx, cluster, beat) {
    scheduleTick(ctx, cluster, firstTickAfter(beat, ctx.kernel.nowMs()));
  },
  refresh(ctx, cluster, beat) {
    if (cluster.state === 'Online' && !ctx.kernel.timerOf(heartbeatTimerKey(cluster.id))) scheduleTick(ctx, cluster, firstTickAfter(beat, ctx.kernel.nowMs()));
  },
  due(ctx, cluster, beat) {
    const nowMs = ctx.kernel.nowMs();
    const members = membersOf(cluster, beat).filter((member) => (beat.memberSinceMs.get(member.nodeId) ?? nowMs) < nowMs);
    const networks = heartbeatNetworks(cluster);
    let newlyDown = false;
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const a = members[i];
        const b = members[j];
        if (!a || !b) continue;
        for (const network of networks) newlyDown = heartbeat(ctx, beat, routeKey(a.nodeId, b.nodeId, network.labNetwork), routeAnswers(ctx, network, a.name, b.name)) || newlyDown;
      }
    }
    scheduleTick(ctx, cluster, nowMs + beat.delayMs);
    return newlyDown;
  },
  pending(ctx, cluster) {
    const timer = ctx.kernel.timerOf(heartbeatTimerKey(cluster.id));
    return timer !== undefined && timer.dueMs <= ctx.kernel.nowMs();
  },
  settingsChanged(ctx, cluster, beat, delayMs, threshold) {
    const delayChanged = delayMs !== beat.delayMs;
    beat.delayMs = delayMs;
    beat.threshold = threshold;
    if (delayChanged) {
      beat.originMs = ctx.kernel.nowMs();
      scheduleTick(ctx, cluster, beat.originMs + delayMs);
    }
  },
  routesDropped: () => undefined,
  stop: (ctx, clusterId) => void ctx.kernel.cancel(heartbeatTimerKey(clusterId)),
};

/** One heartbeat on one route; true when it makes the route newly down. */
function heartbeat(ctx: LabContext, beat: ClusterBeat, key: string, answers: boolean): boolean {
  if (answers) {
    beat.routes.delete(key);
    return false;
  }
  const route = beat.routes.get(key) ?? { fromMs: ctx.kernel.nowMs(), missed: 0, down: false, healedMs: null };
  route.missed += 1;
  beat.routes.set(key, route);
  if (route.down || route.missed < beat.threshold) return false;
  route.down = true;
  return true;
}
