// StarWind 8's actions (issue 7), offered in version 8 labs only: Add Device (advanced) on a
// connected server, and Replication Manager on a device, whose Add Replica runs the Add Replica
// wizard. Both wizards ask the lab with `?validate=only` on Next and create on their last button.
import { createElement } from 'react';
import { Copy, HardDriveDownload } from 'lucide-react';
import type { ApiClient } from '../../api/client';
import type { StarWindDevice } from '../../api/types';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { labRequest } from '../../wizard/lab-request';
import { LazyWizardFrame as WizardFrame } from '../../wizard/lazy-wizard-frame';
import { addDeviceWizard, toImageDeviceRequest, type AddDeviceValues, type V8Context } from './add-device.wizard';
import { addReplicaWizard, toAddReplicaRequest, type AddReplicaContext, type AddReplicaValues } from './add-replica.wizard';
import { nodeDevice } from './device.action';
import { deviceHref, targetHref } from './model';
import { ReplicationManagerDialog } from './replication-manager.dialog';
import { isStarWindNode, nodeServer } from './server.action';
import { V8_ACTIONS } from './v8.labels';
import { starwindVersionOf } from './version';

/** StarWind 8's actions: version 8 labs only (nothing while the mirror has no lab yet). */
const isStarWind8 = (ctx: ActionContext) => ctx.lab.lab !== null && starwindVersionOf(ctx.lab.lab) === 8;

export function addDeviceHooks(api: ApiClient, host: string, onCreated: (values: AddDeviceValues) => void) {
  return labRequest<AddDeviceValues, 'createStarWindDevice'>({
    api,
    route: 'createStarWindDevice',
    params: { host },
    body: toImageDeviceRequest,
    validate: true,
    onAccepted: (_answer, values) => onCreated(values),
  });
}

/** `onAdded` gets the device's new name (it becomes HAImage<n> once it has a replica). */
export function addReplicaHooks(api: ApiClient, deviceId: string, onAdded: (deviceName: string) => void) {
  return labRequest<AddReplicaValues, 'addStarWindReplica'>({
    api,
    route: 'addStarWindReplica',
    params: { id: deviceId },
    body: toAddReplicaRequest,
    validate: true,
    onAccepted: (answer) => {
      const side = answer.kind === 'ha' ? answer.sides.find((each) => each.deviceId === deviceId) : undefined;
      if (side) onAdded(side.deviceName);
    },
  });
}

export const addDeviceAction: ShellAction = {
  id: 'starwind.add-device',
  label: V8_ACTIONS.addDevice,
  icon: HardDriveDownload,
  section: 'node',
  toolbar: true,
  predicate: (ctx) => isStarWind8(ctx) && ctx.node?.kind === 'starwind-server' && nodeServer(ctx) !== undefined,
  isEnabled: (ctx) => nodeServer(ctx)?.connected === true,
  perform(ctx) {
    const server = nodeServer(ctx);
    const api = ctx.api;
    if (!server?.connected || !api) return;
    const context: V8Context = { server: server.host, hosts: ctx.lab.hosts, targets: Object.values(ctx.lab.starwindTargets), devices: Object.values(ctx.lab.starwindDevices) };
    // The console shows the new device's target, as after Add Target.
    const hooks = addDeviceHooks(api, server.host, (values) => ctx.navigate(targetHref(server.host, values.targetAlias)));
    ctx.openDialog((close) => createElement(WizardFrame<AddDeviceValues, V8Context>, { definition: addDeviceWizard, context, check: hooks.check, submit: hooks.submit, onClose: close }));
  },
};

function openAddReplica(ctx: ActionContext, device: StarWindDevice): void {
  const api = ctx.api;
  const target = ctx.lab.starwindTargets[device.targetId];
  if (!api || !target) return;
  const context: AddReplicaContext = { server: device.host, hosts: ctx.lab.hosts, targets: Object.values(ctx.lab.starwindTargets), devices: Object.values(ctx.lab.starwindDevices), device, target };
  // The device takes the HA name (HAImage<n>): the console follows it to its new node.
  const hooks = addReplicaHooks(api, device.id, (name) => ctx.navigate(deviceHref(device.host, name)));
  ctx.openDialog((close) => createElement(WizardFrame<AddReplicaValues, AddReplicaContext>, { definition: addReplicaWizard, context, check: hooks.check, submit: hooks.submit, onClose: close }));
}

export const replicationManagerAction: ShellAction = {
  id: 'starwind.replication-manager',
  label: V8_ACTIONS.replicationManager,
  icon: Copy,
  section: 'node',
  predicate: (ctx) => isStarWind8(ctx) && isStarWindNode(ctx) && nodeDevice(ctx) !== undefined,
  isEnabled: (ctx) => nodeServer(ctx)?.connected === true,
  perform(ctx) {
    const device = nodeDevice(ctx);
    if (!device) return;
    ctx.openDialog((close) =>
      createElement(ReplicationManagerDialog, {
        deviceId: device.id,
        onClose: close,
        onAddReplica: (chosen: StarWindDevice) => {
          close();
          openAddReplica(ctx, chosen);
        },
      }),
    );
  },
};

export const v8Actions: ShellAction[] = [addDeviceAction, replicationManagerAction];
