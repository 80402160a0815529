// The New Virtual Machine Wizard as the action opens it: the server's memory for virtual machines
// is read first (GET /hosts/{host}/vms) for Assign Memory's range, then the wizard shows. Finish
// creates the machine (POST /hosts/{host}/vms); with "Start the virtual machine after it is
// created" a Start follows, whose refusal is shown with the lab's words. Loaded lazily.
import { useEffect, useState } from 'react';
import { ApiError, type ApiClient } from '../../api/client';
import { vmMemoryMaxBytes } from '../../domain/hyperv';
import type { Host } from '../../domain/network';
import type { MessageOptions } from '../../shell/registry';
import { answerOfError, labRequest } from '../../wizard/lab-request';
import type { SubmitAnswer } from '../../wizard/model';
import { WizardFrame } from '../../wizard/wizard-frame';
import { ReadFailed } from '../../wizard/read-failed';
import { WIZARD } from './labels';
import { newVmWizard, toCreateRequest, type NewVmContext, type NewVmValues } from './new-vm.wizard';

export interface NewVmWizardProps {
  api: ApiClient;
  host: Host;
  csvPaths: readonly string[];
  showMessage(options: MessageOptions): Promise<void>;
  onClose(): void;
}

export function createVmHooks(api: ApiClient, host: string, showMessage: NewVmWizardProps['showMessage']) {
  const hooks = labRequest<NewVmValues, 'createVm'>({ api, route: 'createVm', params: { name: host }, body: toCreateRequest, validate: true });
  return {
    check: hooks.check!,
    async submit(values: NewVmValues): Promise<SubmitAnswer> {
      const answer = await hooks.submit(values);
      if (answer.errors || answer.message || !values.startAfter) return answer;
      try {
        await api.call('vmAction', { params: { name: host, vm: values.name }, body: { action: 'start' } });
      } catch (error) {
        // The machine exists: the wizard closes, and the refusal is shown as the shell shows any.
        const refusal = answerOfError(error);
        void showMessage({ title: WIZARD.startRefused, message: refusal.message ?? Object.values(refusal.errors ?? {}).join(' '), tone: 'error' });
      }
      return answer;
    },
  };
}

export function NewVmWizard({ api, host, csvPaths, showMessage, onClose }: NewVmWizardProps) {
  const [hooks] = useState(() => createVmHooks(api, host.name, showMessage));
  const [context, setContext] = useState<NewVmContext | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('listVms', { params: { name: host.name } }).then(
      ({ resources }) =>
        live &&
        setContext({
          host: host.name,
          memoryMaxBytes: vmMemoryMaxBytes(host.osVersion, resources.memoryBytes - resources.reserveBytes),
          volumes: host.volumes.map((volume) => `${volume.letter}:\\`),
          csvPaths,
        }),
      (reason: unknown) => live && setProblem(reason instanceof ApiError ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [api, host, csvPaths]);
  if (problem !== null) return <ReadFailed title={WIZARD.title} message={problem} onClose={onClose} />;
  if (!context) return null;
  return <WizardFrame<NewVmValues, NewVmContext> definition={newVmWizard} context={context} check={hooks.check} submit={hooks.submit} onClose={onClose} />;
}
