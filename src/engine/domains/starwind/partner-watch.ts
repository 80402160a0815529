// Services and partners. Event driven: the power and network domains call `onHostChanged` after a
// host's power or links change; nothing polls. For each HA device with a side on that host the
// channels are recomputed (up = both services running and the channel's address pair reachable);
// a side that loses a channel gets a keyed "partner lost" timer at now + detection time, cancelled
// when all its channels return first. On expiry the failover strategy decides.
//
// Rules modelled (domain-facts Part B §4.2):
// - Heartbeat, sync down but a heartbeat up: the lower-priority replica is Not synchronized and
//   blocked until it resyncs; the other continues alone and records dirty blocks.
// - Heartbeat, every channel down: each side believes its partner dead and continues alone. If
//   the partner still runs, that is a split-brain risk (flag + Warning). When the channels return,
//   the lower-priority side is Not synchronized and receives a fast sync of both dirty sets.
// - Node Majority (needs a witness, so creation is refused in this lab): a side that sees no
//   partner has 1 vote of 2 and blocks itself.
// - A service stopping while its partner's is already stopped is the last one standing: a clean
//   stop keeps it Synchronized and its partner needs a full sync (the RAM journal is gone); an
//   unclean stop (plug pulled) is a total blackout: both Not synchronized and blocked until one is
//   marked as synchronized.
// - A write-back replica stopped uncleanly needs a full sync (its cache was lost).
// - Maintenance mode freezes all of this: the sides stay pre-synchronized.
import {
  ISCSI_TARGET_PORT,
  STARWIND_DEFAULT_LOGIN,
  STARWIND_DEFAULT_PASSWORD,
  STARWIND_EVENT_IDS,
  STARWIND_MANAGEMENT_PORT,
  STARWIND_PRODUCT,
  starwindMessages,
  type HaChannelKind,
} from '../../../domain/starwind';
import { touch, type HostChange, type LabContext } from '../../context';
import { canReach, canReachIp } from '../network';
import type { HaDevice, HaSide, StarWindService, TimerRecord } from '../../types';
import { CONSOLE_HOST, logPartnerState, logStarWind, otherSide, partnerLossDetectionMs, serviceRunning, touchHa } from './common';
import { haBlocksOf, heartbeatUp, interruptSync, maybeAutoSync, refreshBytesToSync, syncUp } from './replication';

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
}

function stopService(ctx: LabContext, service: StarWindService, unclean: boolean): void {
  const { state, kernel } = ctx;
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
    if (unclean && side.syncState === 'synchronized' && ha.cacheMode === 'write-back') blocks.sides[own].needsFull = true;
    const partnerIndex = otherSide(own);
    if (!serviceRunning(state, ha.sides[partnerIndex].host)) lastStandingStopped(ctx, ha, own, unclean);
    refreshBytesToSync(state, ha, kernel.nowMs());
  }
}

function lastStandingStopped(ctx: LabContext, ha: HaDevice, own: 0 | 1, unclean: boolean): void {
  const blocks = haBlocksOf(ctx.state, ha);
  const partnerIndex = otherSide(own);
  for (const replica of blocks.sides) replica.dirty.clear();
  if (unclean) {
    // Total blackout: nobody can tell which replica is newest.
    for (const side of ha.sides) {
      side.syncState = 'not-synchronized';
      side.blocked = true;
    }
    return;
  }
  // The journal (RAM) is lost with the last service: the partner needs a full sync.
  ha.sides[partnerIndex].syncState = 'not-synchronized';
  blocks.sides[partnerIndex].needsFull = true;
}

/** Recomputes the channels of `ha` and reacts to what changed. */
export function watchDevice(ctx: LabContext, ha: HaDevice, autoSync = true): void {
  const { state, kernel } = ctx;
  const running = ha.sides.map((side) => serviceRunning(state, side.host));
  const both = running[0] === true && running[1] === true;
  const lost = [false, false];
  let changed = false;
  ha.sides.forEach((side, index) => {
    const partner = ha.sides[otherSide(index as 0 | 1)];
    const channels: [HaChannelKind, HaSide['syncChannels']][] = [
      ['synchronization', side.syncChannels],
      ['heartbeat', side.heartbeatChannels],
    ];
    for (const [kind, list] of channels) {
      for (const channel of list) {
        const up = both && canReachIp(state, channel.localIp, channel.partnerIp);
        if (up === channel.up) continue;
        channel.up = up;
        changed = true;
        if (!up) lost[index] = true;
        if (!running[index]) continue;
        if (up) logStarWind(ctx, side.host, STARWIND_EVENT_IDS.connectionEstablished, starwindMessages.connectionEstablished(side.iqn, kind, channel.partnerIp, partner.iqn));
        else logStarWind(ctx, side.host, STARWIND_EVENT_IDS.connectionLost, starwindMessages.connectionLost(side.iqn, kind, channel.partnerIp, partner.iqn), 'Warning');
      }
    }
  });
  if (ha.sync && !(both && syncUp(ha.sides[ha.sync.sourceSide]))) interruptSync(ctx, ha);
  ha.sides.forEach((side, index) => {
    if (!running[index]) return;
    const key = partnerLostTimerKey(ha.id, index as 0 | 1);
    const channels = [...side.syncChannels, ...side.heartbeatChannels];
    if (channels.every((channel) => channel.up)) kernel.cancel(key);
    else if (lost[index] && !side.maintenance && !kernel.timerOf(key)) {
      kernel.schedule(PARTNER_LOST_TIMER_KIND, partnerLossDetectionMs(state), { ha: ha.id, side: index as 0 | 1 } satisfies PartnerLostTimerData, key);
    }
    if (channels.some((channel) => channel.up) && !side.partnerAlive) {
      side.partnerAlive = true;
      changed = true;
    }
  });
  if (ha.splitBrainRisk && both && syncUp(ha.sides[0]) && syncUp(ha.sides[1])) {
    resolveSplitBrain(ctx, ha);
    changed = true;
  }
  if (changed) {
    refreshBytesToSync(state, ha, kernel.nowMs());
    touchHa(ctx, ha);
  }
  if (autoSync) maybeAutoSync(ctx, ha);
}

function lowerPriorityIndex(ha: HaDevice): 0 | 1 {
  return ha.sides[0].priority === 'secondary' ? 0 : 1;
}

/** Back together after running apart: the lower-priority replica gives way (a fast sync of both dirty sets). */
function resolveSplitBrain(ctx: LabContext, ha: HaDevice): void {
  ha.splitBrainRisk = false;
  const low = lowerPriorityIndex(ha);
  const lowSide = ha.sides[low];
  const highSide = ha.sides[otherSide(low)];
  if (lowSide.syncState === 'synchronized' && highSide.syncState === 'synchronized') {
    lowSide.syncState = 'not-synchronized';
    logPartnerState(ctx, highSide, lowSide, 'not-synchronized');
  }
}

/** The detection time passed without the lost channels coming back: apply the failover strategy. */
export function onPartnerLostTimer(ctx: LabContext, timer: TimerRecord): void {
  const { ha: haId, side: own } = timer.data as PartnerLostTimerData;
  const { state } = ctx;
  const ha = state.starwind.haDevices.get(haId);
  if (!ha) return;
  const side = ha.sides[own];
  const partner = ha.sides[otherSide(own)];
  if (!serviceRunning(state, side.host) || side.maintenance || syncUp(side)) return;
  if (heartbeatUp(side)) {
    // The partner is alive but cannot be synchronized with: the lower priority gives way.
    side.partnerAlive = true;
    const low = ha.sides[lowerPriorityIndex(ha)];
    const high = ha.sides[otherSide(lowerPriorityIndex(ha))];
    if (low.syncState === 'synchronized' && high.syncState === 'synchronized') {
      low.syncState = 'not-synchronized';
      low.blocked = true;
      logPartnerState(ctx, high, low, 'not-synchronized');
    }
  } else {
    side.partnerAlive = false;
    if (ha.failoverStrategy === 'node-majority') {
      // One vote of two and no witness: no majority, so this side blocks itself.
      side.syncState = 'not-synchronized';
      side.blocked = true;
      logPartnerState(ctx, partner, side, 'not-synchronized');
    } else if (serviceRunning(state, partner.host)) {
      if (side.syncState === 'synchronized' && partner.syncState === 'synchronized') {
        ha.splitBrainRisk = true;
        logStarWind(ctx, side.host, STARWIND_EVENT_IDS.splitBrainRisk, starwindMessages.splitBrainRisk(side.iqn, partner.iqn), 'Warning');
      }
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
    ctx.state.starwind.passwords.set(host.id, STARWIND_DEFAULT_PASSWORD);
    if (host.powerState === 'on') startService(ctx, service);
  }
}


