// Validate a Configuration as the action opens it, and as Create Cluster opens it as a child: the
// definition, its lab hooks and the wizard frame load with the first of these wizards (actions.ts
// opens this module lazily).
import { useState } from 'react';
import type { ApiClient } from '../../../api/client';
import { DEFAULT_START_EPOCH_MS } from '../../../domain/lab';
import { labMirror, type LabMirrorState } from '../../../stores/lab-mirror';
import { labRequest } from '../../../wizard/lab-request';
import { childWizard, type ChildWizard } from '../../../wizard/model';
import { WizardFrame } from '../../../wizard/wizard-frame';
import { toValidationRequest, validateWizard, type ValidateContext, type ValidateValues } from './validate.wizard';

/** Next asks the lab with `?validate=only` (unknown servers are refused there); Confirmation's Next starts the run. */
export function validateHooks(api: ApiClient, context: ValidateContext) {
  return labRequest<ValidateValues, 'runClusterValidation'>({ api, route: 'runClusterValidation', body: (values) => toValidationRequest(values, context), validate: true });
}

/** What the wizard reads of the lab: the computers Browse… offers, the calendar, the reports as they fill. */
export function validateContext(lab: Pick<LabMirrorState, 'hosts' | 'clusters' | 'lab'>, fixedServers?: readonly string[]): ValidateContext {
  const byName = (a: string, b: string) => a.localeCompare(b);
  return {
    computers: Object.values(lab.hosts)
      .map((host) => host.name)
      .sort(byName),
    // Only clusters that exist (not one still being created) can be validated.
    clusters: Object.values(lab.clusters)
      .filter((cluster) => cluster.state !== 'Creating')
      .map((cluster) => cluster.name)
      .sort(byName),
    ...(fixedServers ? { fixedServers: [...fixedServers] } : {}),
    startEpochMs: lab.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS,
    // Read when the page draws, which it does as the run's job moves.
    validationOf: (id) => labMirror.getState().clusterValidations[id],
  };
}

/** Create Cluster's step 5: the same wizard on the servers already chosen. */
export function validateChild(api: ApiClient, servers: readonly string[]): ChildWizard {
  const context = validateContext(labMirror.getState(), servers);
  const hooks = validateHooks(api, context);
  return childWizard<ValidateValues, ValidateContext>({ definition: validateWizard, context, check: hooks.check, submit: hooks.submit });
}

export interface ValidateWizardProps {
  api: ApiClient;
  /** Opened on a cluster: its name is in the list already (validating it tests its nodes). */
  cluster?: string;
  onClose(): void;
}

export function ValidateWizard({ api, cluster, onClose }: ValidateWizardProps) {
  // Made once per opening.
  const [context] = useState(() => validateContext(labMirror.getState()));
  const [hooks] = useState(() => validateHooks(api, context));
  return (
    <WizardFrame<ValidateValues, ValidateContext>
      definition={validateWizard}
      context={context}
      check={hooks.check}
      submit={hooks.submit}
      onClose={onClose}
      initial={cluster ? { servers: [cluster] } : undefined}
    />
  );
}
