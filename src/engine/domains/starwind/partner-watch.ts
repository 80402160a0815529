// Services and partners. Event driven: the power and network domains call `onHostChanged` after a
// host's power or links change; nothing polls. For each HA device with a side on that host the
// channels are recomputed (up = both services running and the channel's address pair reachable).
// A side that loses a channel gets a keyed "partner lost" timer at now + detection time, cancelled
// when all its channels return first; on expiry the failover strategy decides. Any later channel
// change (a heartbeat back, another link lost) is judged again at once by the same rule: the
// partner's state is already known then, so there is nothing left to detect.
//
// Rules modelled (StarWind's HA documentation and knowledge base):
// - Heartbeat (version 8), sync down but a heartbeat up: the lower-priority replica is Not
//   synchronized and blocked "until the synchronization channel resumption"; the other continues
//   alone and records dirty blocks (StarWind help, HeartbeatFailoverStrategy.html).
// - Heartbeat, every channel down: each side believes its partner dead and continues alone. If
//   the partner still runs, that is a split-brain risk (flag; 779 per channel kind was logged).
//   When any channel returns, the split brain is resolved (split-brain.ts): the device's policy
//   picks the winner, the loser is Not synchronized and blocked, discards are counted.
// - Version 5 (UNVERIFIED, STARWIND_VERSION_RULES): no heartbeat; the sync channel lost while the
//   partner runs → the lower priority stops serving (Not synchronized, blocked).
// - Node Majority (needs a witness, so creation is refused in this lab): a side that sees no
//   partner has 1 vote of 2 and blocks itself.
// - A service stopping while its partner's is already stopped is the last one standing. If its
//   partner was already Not synchronized, it holds the newest data: it stays Synchronized and its
//   partner gets a full sync when both run (the RAM journal is gone). If both were synchronized, a
//   clean stop keeps it Synchronized (same full sync), and an unclean stop (plug pulled) is a
//   total blackout: nobody can tell, both Not synchronized and blocked until Mark as synchronized
//   (StarWind KB: the service finds the node with the most recent data by itself; only when it
//   cannot tell does it wait). A split brain still open then is resolved first (split-brain.ts).
// - A write-back replica stopped uncleanly while its partner runs needs a full sync (cache lost).
// - Maintenance mode freezes all of this: the sides stay pre-synchronized.
import {
  ISCSI_TARGET_PORT,
  STARWIND_DEFAULT_LOGIN,
  STARWIND_DEFAULT_PASSWORD,
  STARWIND_EVENT_IDS,
  STARWIND_EVENT_LEVELS,
  STARWIND_MANAGEMENT_PORT,
  STARWIND_PRODUCT,
  starwindMessages,
  type HaChannelKind,
} from '../../../domain/starwind';
import { touch, type HostChange, type LabContext } from '../../context';
import { canReach, canReachIp } from '../network';
import type { HaDevice, HaSide, StarWindService, TimerRecord } from '../../types';
import { CONSOLE_HOST, logPartnerState, logStarWind, otherSide, partnerLossDetectionMs, serviceRunning, touchHa, usesHeartbeat } from './common';
import { haBlocksOf, heartbeatUp, interruptSync, maybeAutoSync, refreshBytesToSync, syncUp } from './replication';
import { logPendingSplitBrain, lowerPriorityIndex, resolveSplitBrain } from './split-brain';
import { sealPassword } from './passwords';

export const PARTNER_LOST_TIMER_KIND = 'starwind.partner-lost';

export interface PartnerLostTimerData {
  ha: string;
  side: 0 | 1;
}

export function partnerLostTimerKey(haId: string, side: 0 | 1): string {
  return `starwind-partner:${haId}:${side}`;
}

export function onHostChanged(ctx: LabContext, change: HostChange): void {
  const { state } = ctx;
  const host = state.network.hosts.get(change.hostId);
  if (!host) return;
  const service = state.starwind.services.get(host.id);
  if (service) {
    const shouldRun = host.powerState === 'on';
    if (service.running && !shouldRun) stopService(ctx, service, change.hard && host.powerState === 'off');
    else if (!service.running && shouldRun) startService(ctx, service);
  }
  for (const ha of state.starwind.haDevices.values()) if (ha.sides.some((side) => side.host === host.id)) watchDevice(ctx, ha);
  refreshConsoleConnections(ctx);
}

function startService(ctx: LabContext, service: StarWindService): void {
  service.running = true;
  touch(ctx, 'starwindServices', service.id);
  logStarWind(ctx, service.host, STARWIND_EVENT_IDS.serviceStarted, starwindMessages.serviceStarted(service.product));
  for (const ha of ctx.state.starwind.haDevices.values()) if (ha.sides.some((side) => side.host === service.id)) logPendingSplitBrain(ctx, ha, service.host);
}

function stopService(ctx: LabContext, service: StarWindService, unclean: boolean): void {
  const { state, kernel } = ctx;
  // A clean stop is logged (258) while the service can still write; a pulled plug writes nothing.
  if (!unclean) logStarWind(ctx, service.host, STARWIND_EVENT_IDS.serviceStopped, starwindMessages.serviceStopped(service.product));
  service.running = false;
  touch(ctx, 'starwindServices', service.id);
  for (const ha of state.starwind.haDevices.values()) {
    const index = ha.sides.findIndex((side) => side.host === service.id);
    if (index < 0) continue;
    const own = index as 0 | 1;
    const side = ha.sides[own];
    side.partnerAlive = false;
    kernel.cancel(partnerLostTimerKey(ha.id, own));
    touchHa(ctx, ha);
    if (side.maintenance) continue;
    interruptSync(ctx, ha);
    const blocks = haBlocksOf(state, ha);
    const partnerRunning = serviceRunning(state, ha.sides[otherSide(own)].host);
    // Its cache is lost; the partner, still running, has every acknowledged write to give back.
    if (unclean && partnerRunning && side.syncState === 'synchronized' && ha.cacheMode === 'write-back') blocks.sides[own].needsFull = true;
    if (!partnerRunning) lastStandingStopped(ctx, ha, own, unclean);
    refreshBytesToSync(state, ha, kernel.nowMs());
  }
}

function lastStandingStopped(ctx: LabContext, ha: HaDevice, own: 0 | 1, unclean: boolean): void {
  const blocks = haBlocksOf(ctx.state, ha);
  const partnerIndex = otherSide(own);
  const side = ha.sides[own];
  const partner = ha.sides[partnerIndex];
  // Still apart since a split brain: decide it now, while the dirty sets say what diverged. The
  // loser is then Not synchronized, so one replica is known to be the newest.
  if (ha.splitBrainRisk) resolveSplitBrain(ctx, ha, unclean ? undefined : side.host);
  // The journal (RAM) is lost with the last service: whoever is behind needs a full sync.
  for (const replica of blocks.sides) replica.dirty.clear();
  const ownCurrent = side.syncState === 'synchronized' && !side.blocked;
  const partnerCurrent = partner.syncState === 'synchronized' && !partner.blocked;
  if (ownCurrent && partnerCurrent && unclean) {
    // Total blackout: both were synchronized and the last one fell: nobody can tell which is newest.
    for (const each of ha.sides) {
      each.syncState = 'not-synchronized';
      each.blocked = true;
    }
    return;
  }
  if (ownCurrent) {
    // The newest data is here (the partner was already behind, or stopped first cleanly).
    partner.syncState = 'not-synchronized';
    blocks.sides[partnerIndex].needsFull = true;
  } else if (partnerCurrent) blocks.sides[own].needsFull = true;
}

/** Recomputes the channels of `ha` and reacts to what changed. */
export function watchDevice(ctx: LabContext, ha: HaDevice, autoSync = true): void {
  const { state, kernel } = ctx;
  const running = ha.sides.map((side) => serviceRunning(state, side.host));
  const both = running[0] === true && running[1] === true;
  const lost = [false, false];
  const sideChanged = [false, false];
  let changed = false;
  ha.sides.forEach((side, index) => {
    const partner = ha.sides[otherSide(index as 0 | 1)];
    const channels: [HaChannelKind, HaSide['syncChannels']][] = [
      ['synchronization', side.syncChannels],
      ['heartbeat', side.heartbeatChannels],
    ];
    for (const [kind, list] of channels) {
      const anyUpBefore = list.some((channel) => channel.up);
      for (const channel of list) {
        const up = both && canReachIp(state, channel.localIp, channel.partnerIp);
        if (up === channel.up) continue;
        channel.up = up;
        changed = true;
        sideChanged[index] = true;
        if (!up) lost[index] = true;
        if (!running[index]) continue;
        if (up) logStarWind(ctx, side.host, STARWIND_EVENT_IDS.connectionEstablished, starwindMessages.connectionEstablished(side.iqn, kind, channel.partnerIp, partner.iqn));
        else logStarWind(ctx, side.host, STARWIND_EVENT_IDS.connectionLost, starwindMessages.connectionLost(side.iqn, kind, channel.partnerIp, partner.iqn), STARWIND_EVENT_LEVELS.connectionLost);
      }
      // 779 once per channel kind, when its last connection goes (the parser's per-kind rule).
      if (running[index] && anyUpBefore && !list.some((channel) => channel.up)) {
        logStarWind(ctx, side.host, STARWIND_EVENT_IDS.allConnectionsLost, starwindMessages.allConnectionsLost(side.iqn, kind, partner.iqn), STARWIND_EVENT_LEVELS.allConnectionsLost);
      }
    }
  });
  if (ha.sync && !(both && syncUp(ha.sides[ha.sync.sourceSide]))) interruptSync(ctx, ha);
  if (ha.splitBrainRisk && both && ha.sides.every((side) => canTalk(ctx, side))) {
    resolveSplitBrain(ctx, ha);
    changed = true;
  }
  ha.sides.forEach((side, index) => {
    if (!running[index]) return;
    const own = index as 0 | 1;
    const key = partnerLostTimerKey(ha.id, own);
    const channels = [...side.syncChannels, ...side.heartbeatChannels];
    if (channels.every((channel) => channel.up)) kernel.cancel(key);
    else if (!side.maintenance && !kernel.timerOf(key)) {
      // A new loss starts the detection; any other change is judged again now.
      if (lost[index]) kernel.schedule(PARTNER_LOST_TIMER_KIND, partnerLossDetectionMs(state), { ha: ha.id, side: own } satisfies PartnerLostTimerData, key);
      else if (sideChanged[index]) applyFailover(ctx, ha, own);
    }
    if (canTalk(ctx, side) && !side.partnerAlive) {
      side.partnerAlive = true;
      changed = true;
    }
  });
  if (changed) {
    refreshBytesToSync(state, ha, kernel.nowMs());
    touchHa(ctx, ha);
  }
  if (autoSync) maybeAutoSync(ctx, ha);
}

/** The partners exchange messages on at least one channel this version uses. */
function canTalk(ctx: LabContext, side: HaSide): boolean {
  return syncUp(side) || (usesHeartbeat(ctx.state) && heartbeatUp(side));
}

/** The lower-priority replica gives way: Not synchronized and blocked, while both were synchronized. */
function lowerPriorityGivesWay(ctx: LabContext, ha: HaDevice): void {
  const low = ha.sides[lowerPriorityIndex(ha)];
  const high = ha.sides[otherSide(lowerPriorityIndex(ha))];
  if (low.syncState === 'synchronized' && high.syncState === 'synchronized') {
    low.syncState = 'not-synchronized';
    low.blocked = true;
    logPartnerState(ctx, high, low, 'not-synchronized');
  }
}

/** The detection time passed without the lost channels coming back: apply the failover strategy. */
export function onPartnerLostTimer(ctx: LabContext, timer: TimerRecord): void {
  const { ha: haId, side: own } = timer.data as PartnerLostTimerData;
  const ha = ctx.state.starwind.haDevices.get(haId);
  if (ha) applyFailover(ctx, ha, own);
}

/** The failover rule for `own`'s view of its channels now (after detection, or a later change). */
function applyFailover(ctx: LabContext, ha: HaDevice, own: 0 | 1): void {
  const { state } = ctx;
  const side = ha.sides[own];
  const partner = ha.sides[otherSide(own)];
  if (!serviceRunning(state, side.host) || side.maintenance || syncUp(side)) return;
  const partnerRunning = serviceRunning(state, partner.host);
  if (usesHeartbeat(state) && heartbeatUp(side)) {
    // The partner is alive but cannot be synchronized with: the lower priority gives way.
    side.partnerAlive = true;
    lowerPriorityGivesWay(ctx, ha);
  } else {
    side.partnerAlive = false;
    if (ha.failoverStrategy === 'node-majority') {
      // One vote of two and no witness: no majority, so this side blocks itself.
      if (side.syncState !== 'not-synchronized' || !side.blocked) {
        side.syncState = 'not-synchronized';
        side.blocked = true;
        logPartnerState(ctx, partner, side, 'not-synchronized');
      }
    } else if (partnerRunning && !usesHeartbeat(state)) {
      // Version 5 (UNVERIFIED): a sync channel failure stops the secondary.
      lowerPriorityGivesWay(ctx, ha);
    } else if (partnerRunning) {
      if (side.syncState === 'synchronized' && partner.syncState === 'synchronized') ha.splitBrainRisk = true;
    } else if (partner.syncState !== 'not-synchronized') {
      partner.syncState = 'not-synchronized';
      logPartnerState(ctx, side, partner, 'not-synchronized');
    }
  }
  refreshBytesToSync(state, ha, ctx.kernel.nowMs());
  touchHa(ctx, ha);
}

/** Console sessions end when the server can no longer be reached from the console's host. */
export function refreshConsoleConnections(ctx: LabContext): void {
  for (const server of ctx.state.starwind.consoleServers.values()) {
    if (!server.connected || consoleCanReach(ctx, server.host)) continue;
    server.connected = false;
    server.login = null;
    touch(ctx, 'starwindConsoleServers', server.id);
  }
}

export function consoleCanReach(ctx: Pick<LabContext, 'state'>, hostId: string): boolean {
  const host = ctx.state.network.hosts.get(hostId);
  if (!host || !serviceRunning(ctx.state, hostId)) return false;
  return host.nics.some((nic) => canReach(ctx.state, CONSOLE_HOST, nic.ip));
}

/** t = 0: a service on every storage server, started with Windows. */
export function startServices(ctx: LabContext): void {
  for (const host of ctx.state.network.hosts.values()) {
    if (host.role !== 'storage') continue;
    const service: StarWindService = {
      id: host.id,
      host: host.name,
      product: STARWIND_PRODUCT,
      running: false,
      managementPort: STARWIND_MANAGEMENT_PORT,
      iscsiPort: ISCSI_TARGET_PORT,
      login: STARWIND_DEFAULT_LOGIN,
      usesDefaultCredentials: true,
    };
    ctx.state.starwind.services.set(host.id, service);
    ctx.state.starwind.passwords.set(host.id, sealPassword(ctx.state, host.id, STARWIND_DEFAULT_PASSWORD));
    if (host.powerState === 'on') startService(ctx, service);
  }
}


