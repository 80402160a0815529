// The New Simple Volume wizard as the action opens it: the definition, its lab hooks and the wizard
// frame load with the first New Simple Volume, not with Disk Management's first screen.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { labRequest } from '../../wizard/lab-request';
import { WizardFrame } from '../../wizard/wizard-frame';
import { newVolumeBody, newVolumeWizard, type NewVolumeContext, type NewVolumeValues } from './new-volume.wizard';

export interface NewVolumeWizardProps {
  api: ApiClient;
  context: NewVolumeContext;
  onClose(): void;
}

export function NewVolumeWizard({ api, context, onClose }: NewVolumeWizardProps) {
  const [hooks] = useState(() =>
    labRequest<NewVolumeValues, 'setDisk'>({ api, route: 'setDisk', params: { name: context.host, number: String(context.disk.number) }, body: newVolumeBody, validate: true }),
  );
  return <WizardFrame<NewVolumeValues, NewVolumeContext> definition={newVolumeWizard} context={context} check={hooks.check} submit={hooks.submit} onClose={onClose} />;
}
