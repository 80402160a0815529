// Add Target (document step 4): opens the wizard on the selected, connected server. Next asks the
// lab with `?validate=only`; the summary's Next creates the device (both sides for HA), and the last
// page follows its initial synchronisation.
import { createElement } from 'react';
import { Target } from 'lucide-react';
import type { ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import type { AddTargetContext } from './add-target.wizard';
import { ACTIONS } from './labels';
import { isStarWindNode, nodeServer } from './server.action';
import { starwindVersionOf } from './version';

// The wizard (its definition, the wizard model and frame) loads when Add Target first runs.
const AddTargetWizard = lazyNamed(() => import('./add-target.open'), 'AddTargetWizard');

export const addTargetAction: ShellAction = {
  id: 'starwind.add-target',
  label: ACTIONS.addTarget,
  icon: Target,
  section: 'node',
  toolbar: true,
  predicate: (ctx) => isStarWindNode(ctx) && nodeServer(ctx) !== undefined,
  isEnabled: (ctx) => nodeServer(ctx)?.connected === true,
  perform(ctx) {
    const server = nodeServer(ctx);
    const api = ctx.api;
    if (!server || !api || !server.connected) return;
    const context: AddTargetContext = {
      server: server.host,
      hosts: ctx.lab.hosts,
      targets: Object.values(ctx.lab.starwindTargets),
      devices: Object.values(ctx.lab.starwindDevices),
      version: starwindVersionOf(ctx.lab.lab),
    };
    const navigate = ctx.navigate;
    ctx.openDialog((close) => createElement(AddTargetWizard, { api, context, navigate, onClose: close }));
  },
};
