// StarWind 8's Add Device (advanced) wizard as the action opens it: the definition, its lab hooks
// and the wizard frame load with the first Add Device, not with the console's first screen.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { labRequest } from '../../wizard/lab-request';
import { WizardFrame } from '../../wizard/wizard-frame';
import { addDeviceWizard, toImageDeviceRequest, type AddDeviceValues, type V8Context } from './add-device.wizard';
import { targetHref } from './model';

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

export interface AddDeviceWizardProps {
  api: ApiClient;
  context: V8Context;
  navigate(href: string): void;
  onClose(): void;
}

export function AddDeviceWizard({ api, context, navigate, onClose }: AddDeviceWizardProps) {
  // The console shows the new device's target, as after Add Target.
  const [hooks] = useState(() => addDeviceHooks(api, context.server, (values) => navigate(targetHref(context.server, values.targetAlias))));
  return <WizardFrame<AddDeviceValues, V8Context> definition={addDeviceWizard} context={context} check={hooks.check} submit={hooks.submit} onClose={onClose} />;
}
