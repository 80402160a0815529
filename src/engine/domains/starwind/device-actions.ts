// Device actions (Synchronize, Mark as synchronized, Switch maintenance mode) and Remove device.
//
// - synchronize: `side` is the replica selected in the console; the sync runs from whichever
//   replica is synchronized to the other (refused with the reason when none can run).
// - mark-synchronized: the side becomes Synchronized and unblocked (after a blackout); its
//   partner then needs a full sync from it. Refused when the partner is synchronized.
// - maintenance-on: both replicas synchronized → clients cut (writes refused), partner loss and
//   service stops change nothing: both stay "pre-synchronized". maintenance-off needs both
//   services running and the sync channel up, and needs no resync.
// - set-split-brain-policy: `policy` ('priority' | 'most-recent-writes') decides which replica a
//   later split brain keeps; `side` is only the replica selected in the console.
// - remove: both sides' targets and devices go; image files stay on disk (as in StarWind).
import { SPLIT_BRAIN_WINNERS, STARWIND_EVENT_IDS, starwindMessages, type SplitBrainWinner } from '../../../domain/starwind';
import { type LabContext } from '../../context';
import { accept, reject, UNCHANGED, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command, DeviceAction, HaDevice, StarWindDevice } from '../../types';
import { logPartnerState, logStarWind, otherSide, serviceRunning, touchHa } from './common';
import { partnerLostTimerKey, watchDevice } from './partner-watch';
import { haBlocksOf, refreshBytesToSync, startSync, syncDoneBytes, syncSourceOf, syncTimerKey, syncUp } from './replication';
import { syncJobCancelled } from './sync-job';
import { deviceNotFound, findDeviceRef } from './writes';
import { onTargetRemoved } from '../iscsi/sessions';

type DeviceActionCommand = Extract<Command, { type: 'starwindDeviceAction' }>;
type RemoveDevice = Extract<Command, { type: 'starwindRemoveDevice' }>;

const ACTIONS: readonly DeviceAction[] = ['synchronize', 'mark-synchronized', 'maintenance-on', 'maintenance-off', 'set-split-brain-policy'];

function conflict(code: string, message: string, field = 'action'): Decision {
  return reject(code, 'conflict', message, { [field]: message });
}

export function decideDeviceAction(state: LabState, command: DeviceActionCommand): Decision {
  const ref = findDeviceRef(state, command.device);
  if (!ref) return deviceNotFound(command.device);
  if (!ACTIONS.includes(command.action)) {
    const message = `The action is one of ${ACTIONS.join(', ')}.`;
    return reject('starwind.invalid_action', 'invalid', message, { action: message });
  }
  if (ref.kind !== 'ha') return conflict('starwind.not_ha_device', 'This action applies to High Availability devices only.');
  if (command.side !== 0 && command.side !== 1) {
    const message = 'The side is 0 (the first server) or 1 (the partner).';
    return reject('starwind.invalid_side', 'invalid', message, { side: message });
  }
  const ha = ref.ha;
  if (command.policy !== undefined && command.action !== 'set-split-brain-policy') {
    const message = 'Only set-split-brain-policy takes a policy.';
    return reject('starwind.invalid_action', 'invalid', message, { policy: message });
  }
  switch (command.action) {
    case 'synchronize': {
      const choice = syncSourceOf(state, ha);
      if (!choice.ok) return conflict(choice.code, choice.message);
      return accept((ctx) => startSync(ctx, ha, choice.source));
    }
    case 'mark-synchronized':
      return decideMark(state, ha, command.side);
    case 'maintenance-on':
      return decideMaintenanceOn(ha);
    case 'maintenance-off':
      return decideMaintenanceOff(state, ha);
    case 'set-split-brain-policy':
      return decideSplitBrainPolicy(ha, command.policy);
  }
}

/** The policy is the device's (both sides): which replica a future split brain keeps. */
function decideSplitBrainPolicy(ha: HaDevice, policy: unknown): Decision {
  if (!(SPLIT_BRAIN_WINNERS as readonly unknown[]).includes(policy)) {
    const message = `The split-brain policy is one of ${SPLIT_BRAIN_WINNERS.join(', ')}.`;
    return reject('starwind.invalid_split_brain_policy', 'invalid', message, { policy: message });
  }
  if (ha.splitBrainWinner === policy) return UNCHANGED;
  return accept((ctx) => {
    ha.splitBrainWinner = policy as SplitBrainWinner;
    touchHa(ctx, ha);
  });
}

function decideMark(state: LabState, ha: HaDevice, own: 0 | 1): Decision {
  const side = ha.sides[own];
  const partner = ha.sides[otherSide(own)];
  if (!serviceRunning(state, side.host)) return conflict('starwind.service_stopped', `The StarWind service on ${side.host} is not running.`);
  if (side.maintenance) return conflict('starwind.maintenance', 'The device is in maintenance mode; switch it off first.');
  if (ha.sync) return conflict('starwind.sync_in_progress', 'A synchronization is running.');
  if (side.syncState === 'synchronized' && !side.blocked) return conflict('starwind.already_synchronized', `The replica on ${side.host} is already synchronized.`);
  if (partner.syncState === 'synchronized' && !partner.blocked) {
    return conflict('starwind.partner_synchronized', `The replica on ${partner.host} is synchronized: synchronize this one from it instead.`);
  }
  return accept((ctx) => {
    const blocks = haBlocksOf(ctx.state, ha);
    side.syncState = 'synchronized';
    side.blocked = false;
    blocks.sides[own].needsFull = false;
    // The source became Synchronized by hand: its partner needs a full sync (facts §4.2).
    blocks.sides[otherSide(own)].needsFull = true;
    for (const replica of blocks.sides) replica.dirty.clear();
    logPartnerState(ctx, partner, side, 'synchronized');
    refreshBytesToSync(ctx.state, ha, ctx.kernel.nowMs());
    touchHa(ctx, ha);
    watchDevice(ctx, ha);
  });
}

function decideMaintenanceOn(ha: HaDevice): Decision {
  if (ha.sides.every((side) => side.maintenance)) return UNCHANGED;
  if (ha.sync || ha.sides.some((side) => side.syncState !== 'synchronized' || side.blocked)) {
    return conflict('starwind.not_synchronized', 'Maintenance mode needs both replicas synchronized.');
  }
  return accept((ctx) => {
    ha.sides.forEach((side, index) => {
      side.maintenance = true;
      ctx.kernel.cancel(partnerLostTimerKey(ha.id, index as 0 | 1));
    });
    touchHa(ctx, ha);
  });
}

function decideMaintenanceOff(state: LabState, ha: HaDevice): Decision {
  if (ha.sides.every((side) => !side.maintenance)) return UNCHANGED;
  const down = ha.sides.find((side) => !serviceRunning(state, side.host));
  if (down) return conflict('starwind.service_stopped', `The StarWind service on ${down.host} is not running: both servers must be back to leave maintenance mode.`);
  if (!syncUp(ha.sides[0]) || !syncUp(ha.sides[1])) return conflict('starwind.partner_unreachable', 'The synchronization channel is down: the partners cannot confirm they are still in step.');
  return accept((ctx) => {
    const blocks = haBlocksOf(ctx.state, ha);
    ha.sides.forEach((side, index) => {
      side.maintenance = false;
      side.syncState = 'synchronized';
      side.blocked = false;
      blocks.sides[index]!.needsFull = false;
      blocks.sides[index]!.dirty.clear();
    });
    refreshBytesToSync(ctx.state, ha, ctx.kernel.nowMs());
    touchHa(ctx, ha);
    watchDevice(ctx, ha);
  });
}

export function decideRemoveDevice(state: LabState, command: RemoveDevice): Decision {
  const ref = findDeviceRef(state, command.device);
  if (!ref) return deviceNotFound(command.device);
  if (ref.kind === 'plain') {
    return accept((ctx) => {
      removeOne(ctx, ref.device);
      ctx.state.starwind.plainBlocks.delete(ref.device.id);
    });
  }
  const ha = ref.ha;
  return accept((ctx) => {
    if (ha.sync) syncJobCancelled(ctx, ha, ha.sync, syncDoneBytes(ha.sync, ctx.kernel.nowMs()));
    ctx.kernel.cancel(syncTimerKey(ha.id));
    ctx.kernel.cancel(partnerLostTimerKey(ha.id, 0));
    ctx.kernel.cancel(partnerLostTimerKey(ha.id, 1));
    for (const side of ha.sides) {
      const device = ctx.state.starwind.devices.get(side.deviceId);
      if (device) removeOne(ctx, device);
    }
    ctx.state.starwind.haDevices.delete(ha.id);
    ctx.state.starwind.haBlocks.delete(ha.id);
    ctx.kernel.markRemoved('haDevices', ha.id);
  });
}

function removeOne(ctx: LabContext, device: StarWindDevice): void {
  const sw = ctx.state.starwind;
  const target = sw.targets.get(device.targetId);
  const running = serviceRunning(ctx.state, device.host);
  if (target) {
    sw.targets.delete(target.id);
    ctx.kernel.markRemoved('starwindTargets', target.id);
    // The initiators logged on to it lose their sessions (the iscsi domain's).
    onTargetRemoved(ctx, target.id);
    if (running) logStarWind(ctx, device.host, STARWIND_EVENT_IDS.targetRemoved, starwindMessages.targetRemoved(target.iqn));
  }
  sw.devices.delete(device.id);
  ctx.kernel.markRemoved('starwindDevices', device.id);
  if (running) logStarWind(ctx, device.host, STARWIND_EVENT_IDS.deviceRemoved, starwindMessages.deviceRemoved(device.name));
}
