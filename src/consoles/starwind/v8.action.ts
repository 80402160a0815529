// StarWind 8's actions (issue 7), offered in version 8 labs only: Add Device (advanced) on a
// connected server, and Replication Manager on a device, whose Add Replica runs the Add Replica
// wizard. Both wizards ask the lab with `?validate=only` on Next and create on their last button.
import { createElement } from 'react';
import { Copy, HardDriveDownload } from 'lucide-react';
import type { StarWindDevice } from '../../api/types';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import type { V8Context } from './add-device.wizard';
import type { AddReplicaContext } from './add-replica.wizard';
import { nodeDevice } from './device.action';
import { ReplicationManagerDialog } from './replication-manager.dialog';
import { isStarWindNode, nodeServer } from './server.action';
import { V8_ACTIONS } from './v8.labels';
import { starwindVersionOf } from './version';

/** StarWind 8's actions: version 8 labs only (nothing while the mirror has no lab yet). */
const isStarWind8 = (ctx: ActionContext) => ctx.lab.lab !== null && starwindVersionOf(ctx.lab.lab) === 8;

// The wizards (their definitions, the wizard model and frame) load when one first opens.
const AddDeviceWizard = lazyNamed(() => import('./add-device.open'), 'AddDeviceWizard');
const AddReplicaWizard = lazyNamed(() => import('./add-replica.open'), 'AddReplicaWizard');

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
    const navigate = ctx.navigate;
    ctx.openDialog((close) => createElement(AddDeviceWizard, { api, context, navigate, onClose: close }));
  },
};

function openAddReplica(ctx: ActionContext, device: StarWindDevice): void {
  const api = ctx.api;
  const target = ctx.lab.starwindTargets[device.targetId];
  if (!api || !target) return;
  const context: AddReplicaContext = { server: device.host, hosts: ctx.lab.hosts, targets: Object.values(ctx.lab.starwindTargets), devices: Object.values(ctx.lab.starwindDevices), device, target };
  const navigate = ctx.navigate;
  ctx.openDialog((close) => createElement(AddReplicaWizard, { api, context, navigate, onClose: close }));
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
