// Add Target's wizard as the action opens it: the definition, its lab hooks and the wizard frame
// load with the first Add Target, not with the console's first screen (add-target.action.ts
// opens this module lazily with what it captured when it ran).
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { labRequest } from '../../wizard/lab-request';
import { WizardFrame } from '../../wizard/wizard-frame';
import { addTargetWizard, toCreateDeviceRequest, type AddTargetContext, type AddTargetValues } from './add-target.wizard';
import { targetHref } from './model';
import type { StarWindVersion } from './version';

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

export interface AddTargetWizardProps {
  api: ApiClient;
  context: AddTargetContext;
  navigate(href: string): void;
  onClose(): void;
}

export function AddTargetWizard({ api, context, navigate, onClose }: AddTargetWizardProps) {
  // Made once per opening: the console shows the new target once it is created.
  const [hooks] = useState(() => wizardHooks(api, context.server, context.version, (values) => navigate(targetHref(context.server, values.targetAlias))));
  return <WizardFrame<AddTargetValues, AddTargetContext> definition={addTargetWizard} context={context} check={hooks.check} submit={hooks.submit} onClose={onClose} />;
}
