// StarWind 8's Add Replica wizard (from Replication Manager) as the action opens it: the
// definition, its lab hooks and the wizard frame load with the first Add Replica.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { labRequest } from '../../wizard/lab-request';
import { WizardFrame } from '../../wizard/wizard-frame';
import { addReplicaWizard, toAddReplicaRequest, type AddReplicaContext, type AddReplicaValues } from './add-replica.wizard';
import { deviceHref } from './model';

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

export interface AddReplicaWizardProps {
  api: ApiClient;
  context: AddReplicaContext;
  navigate(href: string): void;
  onClose(): void;
}

export function AddReplicaWizard({ api, context, navigate, onClose }: AddReplicaWizardProps) {
  const { device } = context;
  // The device takes the HA name (HAImage<n>): the console follows it to its new node.
  const [hooks] = useState(() => addReplicaHooks(api, device.id, (name) => navigate(deviceHref(device.host, name))));
  return <WizardFrame<AddReplicaValues, AddReplicaContext> definition={addReplicaWizard} context={context} check={hooks.check} submit={hooks.submit} onClose={onClose} />;
}
