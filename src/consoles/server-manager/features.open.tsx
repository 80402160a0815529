// Add/Remove Roles and Features wizards as the actions open them: the definitions, their lab hooks
// and the wizard frame load with the first of these wizards, not with the console's first screen.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { labRequest } from '../../wizard/lab-request';
import { WizardFrame } from '../../wizard/wizard-frame';
import { featuresWizard, isInstallWizard, needsRestart, type FeaturesWizardContext, type FeaturesWizardId, type FeaturesWizardValues } from './features.wizard';

export interface FeaturesWizardProps {
  api: ApiClient;
  id: FeaturesWizardId;
  context: FeaturesWizardContext;
  /** Something installed or removed waits for a restart (the action asks "restart now?"). */
  onRestartNeeded(): void;
  onClose(): void;
}

export function FeaturesWizard({ api, id, context, onRestartNeeded, onClose }: FeaturesWizardProps) {
  // Made once per opening, for the server captured when the action ran.
  const [hooks] = useState(() =>
    labRequest<FeaturesWizardValues, 'installHostFeatures' | 'removeHostFeatures'>({
      api,
      route: isInstallWizard(id) ? 'installHostFeatures' : 'removeHostFeatures',
      params: { name: context.host },
      body: (values) => ({ features: [...values.features] }),
      validate: true,
    }),
  );
  const [definition] = useState(() => featuresWizard(id));
  return (
    <WizardFrame<FeaturesWizardValues, FeaturesWizardContext>
      definition={definition}
      context={context}
      check={hooks.check}
      submit={hooks.submit}
      onClose={onClose}
      onFinish={(outcome) => {
        if (needsRestart(outcome.values.features as readonly string[])) onRestartNeeded();
      }}
    />
  );
}
