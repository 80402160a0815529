// Synchronize, Mark as synchronized, Switch maintenance mode, Remove Device: listed for a target or
// device node. They act on the side that lives on the node's server.
import { Eraser, RefreshCw, ShieldCheck, Wrench } from 'lucide-react';
import type { DeviceAction, HaDevice, StarWindDevice } from '../../api/types';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { ACTIONS, MAINTENANCE, MARK_SYNCHRONIZED, REMOVE_DEVICE } from './labels';
import { haOf, imagePath, serverHref } from './model';

/** The device a target or device node stands for. */
export function nodeDevice(ctx: ActionContext): StarWindDevice | undefined {
  const node = ctx.node;
  if (!node?.key) return undefined;
  if (node.kind === 'starwind-device') return ctx.lab.starwindDevices[node.key];
  if (node.kind === 'starwind-target') {
    const id = ctx.lab.starwindTargets[node.key]?.deviceIds[0];
    return id ? ctx.lab.starwindDevices[id] : undefined;
  }
  return undefined;
}

function nodeHa(ctx: ActionContext): { ha: HaDevice; side: 0 | 1; device: StarWindDevice } | undefined {
  const device = nodeDevice(ctx);
  const found = haOf(ctx.lab, device);
  return found && device ? { ...found, device } : undefined;
}

async function run(ctx: ActionContext, action: DeviceAction) {
  const found = nodeHa(ctx);
  if (!found || !ctx.api) return;
  await ctx.api.call('starwindDeviceAction', { params: { id: found.ha.id }, body: { action, side: found.side } });
}

export const synchronizeAction: ShellAction = {
  id: 'starwind.synchronize',
  label: ACTIONS.synchronize,
  icon: RefreshCw,
  section: 'node',
  predicate: (ctx) => nodeHa(ctx) !== undefined,
  // The lab syncs from whichever replica is synchronized to the other, so it needs one of each
  // (after a blackout neither is: Mark as synchronized comes first).
  isEnabled: (ctx) => {
    const found = nodeHa(ctx);
    if (found === undefined || found.ha.sync) return false;
    const synchronized = found.ha.sides.filter((side) => side.syncState === 'synchronized').length;
    return synchronized === 1;
  },
  perform: (ctx) => run(ctx, 'synchronize'),
};

export const markSynchronizedAction: ShellAction = {
  id: 'starwind.mark-synchronized',
  label: ACTIONS.markSynchronized,
  icon: ShieldCheck,
  section: 'node',
  predicate: (ctx) => nodeHa(ctx) !== undefined,
  // For a replica left not synchronized with no synchronized partner to copy from (a blackout).
  isEnabled: (ctx) => {
    const found = nodeHa(ctx);
    if (!found || found.ha.sync) return false;
    const own = found.ha.sides[found.side];
    const partner = found.ha.sides[found.side === 0 ? 1 : 0];
    return !own.maintenance && (own.syncState !== 'synchronized' || own.blocked) && !(partner.syncState === 'synchronized' && !partner.blocked);
  },
  async perform(ctx) {
    const found = nodeHa(ctx);
    if (!found) return;
    const side = found.ha.sides[found.side];
    const ok = await ctx.confirm({ title: MARK_SYNCHRONIZED.title, message: MARK_SYNCHRONIZED.message(side.host, found.device.name), confirmLabel: MARK_SYNCHRONIZED.confirm });
    if (ok) await run(ctx, 'mark-synchronized');
  },
};

export const maintenanceAction: ShellAction = {
  id: 'starwind.maintenance',
  label: ACTIONS.maintenance,
  icon: Wrench,
  section: 'node',
  predicate: (ctx) => nodeHa(ctx) !== undefined,
  async perform(ctx) {
    const found = nodeHa(ctx);
    if (!found) return;
    const on = !found.ha.sides[found.side].maintenance;
    const ok = await ctx.confirm({
      title: on ? MAINTENANCE.onTitle : MAINTENANCE.offTitle,
      message: on ? MAINTENANCE.onMessage(found.device.name) : MAINTENANCE.offMessage(found.device.name),
      confirmLabel: on ? MAINTENANCE.on : MAINTENANCE.off,
      tone: on ? 'warning' : 'info',
    });
    if (ok) await run(ctx, on ? 'maintenance-on' : 'maintenance-off');
  },
};

/** What Remove Device takes away: both targets, both devices, the initiators' sessions. */
export function removeAffects(ctx: Pick<ActionContext, 'lab'>, device: StarWindDevice): string[] {
  const ha = haOf(ctx.lab, device)?.ha;
  const devices = ha ? ha.sides.map((side) => ctx.lab.starwindDevices[side.deviceId]).filter((d): d is StarWindDevice => d !== undefined) : [device];
  const lines: string[] = [];
  for (const each of devices) {
    const target = ctx.lab.starwindTargets[each.targetId];
    if (target) lines.push(REMOVE_DEVICE.target(target.host, target.alias, target.iqn));
  }
  for (const each of devices) lines.push(REMOVE_DEVICE.device(each.host, each.name, imagePath(each)));
  const initiators = ha ? ha.sides.filter((side) => side.connectedInitiators.length > 0) : [];
  if (initiators.length === 0) lines.push(REMOVE_DEVICE.noInitiators);
  for (const side of initiators) lines.push(REMOVE_DEVICE.initiators(side.host, side.connectedInitiators.join(', ')));
  return lines;
}

export const removeDeviceAction: ShellAction = {
  id: 'starwind.remove-device',
  label: ACTIONS.removeDevice,
  icon: Eraser,
  section: 'node',
  verb: 'delete',
  predicate: (ctx) => nodeDevice(ctx) !== undefined,
  async perform(ctx) {
    const device = nodeDevice(ctx);
    if (!device || !ctx.api) return;
    const ha = haOf(ctx.lab, device)?.ha;
    const ok = await ctx.confirm({ title: REMOVE_DEVICE.title, message: REMOVE_DEVICE.message(device.name), affects: removeAffects(ctx, device), confirmLabel: REMOVE_DEVICE.confirm });
    if (!ok) return;
    await ctx.api.call('removeStarWindDevice', { params: { id: ha?.id ?? device.id } });
    ctx.navigate(serverHref(device.host));
  },
};

export const deviceActions: ShellAction[] = [synchronizeAction, markSynchronizedAction, maintenanceAction, removeDeviceAction];
