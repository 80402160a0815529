// Create Cluster as the action opens it: the definition, its lab hooks and the wizard frame load
// with the first opening (actions.ts opens this module lazily). "Yes" on Validation Warning opens
// Validate a Configuration on the chosen servers as a child wizard (validate.open.tsx).
import { useState } from 'react';
import type { ApiClient } from '../../../api/client';
import { DEFAULT_START_EPOCH_MS } from '../../../domain/lab';
import { labMirror, type LabMirrorState } from '../../../stores/lab-mirror';
import { labRequest } from '../../../wizard/lab-request';
import { WizardFrame } from '../../../wizard/wizard-frame';
import { clusterHref } from '../paths';
import { createClusterWizard, toCreateClusterRequest, type CreateClusterContext, type CreateClusterValues } from './create-cluster.wizard';
import { validateChild } from './validate.open';

/** Next asks the lab with `?validate=only` (servers, then name and address as their pages come); Confirmation's Next creates. */
export function createClusterHooks(api: ApiClient) {
  return labRequest<CreateClusterValues, 'createCluster'>({ api, route: 'createCluster', body: toCreateClusterRequest, validate: true });
}

export function createClusterContext(api: ApiClient, lab: Pick<LabMirrorState, 'hosts' | 'networks' | 'lab'>): CreateClusterContext {
  const hosts = Object.values(lab.hosts);
  return {
    computers: hosts.map((host) => host.name).sort((a, b) => a.localeCompare(b)),
    hosts,
    networks: Object.values(lab.networks),
    startEpochMs: lab.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS,
    // Read when the page draws, which it does as the jobs move.
    validationOf: (id) => labMirror.getState().clusterValidations[id],
    clusterOf: (id) => labMirror.getState().clusters[id],
    validate: (servers) => validateChild(api, servers),
  };
}

export interface CreateClusterWizardProps {
  api: ApiClient;
  navigate(href: string): void;
  onClose(): void;
}

export function CreateClusterWizard({ api, navigate, onClose }: CreateClusterWizardProps) {
  // Made once per opening.
  const [hooks] = useState(() => createClusterHooks(api));
  const [context] = useState(() => createClusterContext(api, labMirror.getState()));
  return (
    <WizardFrame<CreateClusterValues, CreateClusterContext>
      definition={createClusterWizard}
      context={context}
      check={hooks.check}
      submit={hooks.submit}
      onClose={onClose}
      // The new cluster is selected in the tree once the wizard is finished.
      onFinish={(outcome) => {
        if (outcome.job?.state === 'succeeded') navigate(clusterHref(String(outcome.values.clusterName)));
      }}
    />
  );
}
