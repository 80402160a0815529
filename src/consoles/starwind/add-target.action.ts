// Add Target (document step 4): opens the wizard on the selected, connected server. Next asks the
// lab with `?validate=only`; the summary's Next creates the device (both sides for HA), and the last
// page follows its initial synchronisation.
import { createElement } from 'react';
import { Target } from 'lucide-react';
import type { ApiClient } from '../../api/client';
import type { ShellAction } from '../../shell/registry';
import { labRequest } from '../../wizard/lab-request';
import { LazyWizardFrame as WizardFrame } from '../../wizard/lazy-wizard-frame';
import { addTargetWizard, toCreateDeviceRequest, type AddTargetContext, type AddTargetValues } from './add-target.wizard';
import { ACTIONS } from './labels';
import { targetHref } from './model';
import { isStarWindNode, nodeServer } from './server.action';
import { starwindVersionOf, type StarWindVersion } from './version';

/** Next asks the lab with `?validate=only`; the summary's Next creates the device (and its sync job). */
export function wizardHooks(api: ApiClient, host: string, version: StarWindVersion, onCreated: (values: AddTargetValues) => void) {
  return labRequest<AddTargetValues, 'createStarWindDevice'>({
    api,
    route: 'createStarWindDevice',
    params: { host },
    body: (values) => toCreateDeviceRequest(values, version),
    validate: true,
    onAccepted: (_answer, values) => onCreated(values),
  });
}

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
    const hooks = wizardHooks(api, server.host, context.version, (values) => ctx.navigate(targetHref(server.host, values.targetAlias)));
    ctx.openDialog((close) =>
      createElement(WizardFrame<AddTargetValues, AddTargetContext>, { definition: addTargetWizard, context, check: hooks.check, submit: hooks.submit, onClose: close }),
    );
  },
};
