// Add Target (document step 4): opens the wizard on the selected, connected server. Next asks the
// lab with `?validate=only`; the summary's Next creates the device (both sides for HA).
import { createElement } from 'react';
import { Target } from 'lucide-react';
import { ApiError, type ApiClient } from '../../api/client';
import type { ShellAction } from '../../shell/registry';
import type { CheckResult } from '../../wizard/model';
import { WizardFrame } from '../../wizard/wizard-frame';
import { addTargetWizard, toCreateDeviceRequest, type AddTargetContext, type AddTargetValues } from './add-target.wizard';
import { ACTIONS } from './labels';
import { targetHref } from './model';
import { isStarWindNode, nodeServer } from './server.action';

/** A refusal as the wizard shows it: errors on fields, the problem's detail when none owns them. */
export function answerOf(error: unknown): CheckResult {
  if (!(error instanceof ApiError)) throw error;
  const errors = error.problem.errors ?? {};
  return Object.keys(errors).length > 0 ? { errors } : { message: error.problem.detail || error.problem.title };
}

export function wizardHooks(api: ApiClient, host: string, onCreated: (values: AddTargetValues) => void) {
  return {
    async check(values: AddTargetValues): Promise<CheckResult> {
      try {
        const answer = await api.call('validateStarWindDevice', { params: { host }, body: toCreateDeviceRequest(values) });
        return { warnings: answer.warnings };
      } catch (error) {
        return answerOf(error);
      }
    },
    async submit(values: AddTargetValues): Promise<CheckResult | void> {
      try {
        await api.call('createStarWindDevice', { params: { host }, body: toCreateDeviceRequest(values) });
        onCreated(values);
      } catch (error) {
        return answerOf(error);
      }
    },
  };
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
    };
    const hooks = wizardHooks(api, server.host, (values) => ctx.navigate(targetHref(server.host, values.targetAlias)));
    ctx.openDialog((close) =>
      createElement(WizardFrame<AddTargetValues, AddTargetContext>, { definition: addTargetWizard, context, check: hooks.check, submit: hooks.submit, onClose: close }),
    );
  },
};
