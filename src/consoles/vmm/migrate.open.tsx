// The Migrate Virtual Machine Wizard as Migrate… opens it: the lab's ratings of the role's other
// nodes are read first (GET /clusters/{name}/roles/{role}/host-ratings), then the wizard shows.
// Move starts the migration (POST …/move) and the console goes to Jobs, which follows it. A
// refusal to read shows the lab's words. Loaded lazily.
import { useEffect, useState } from 'react';
import { ApiError, type ApiClient } from '../../api/client';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { labRequest } from '../../wizard/lab-request';
import { WizardFrame } from '../../wizard/wizard-frame';
import { WIZARD } from './labels';
import { migrateWizard, toMoveRequest, type MigrateContext, type MigrateValues } from './migrate.wizard';

export interface MigrateWizardProps {
  api: ApiClient;
  cluster: string;
  role: string;
  onMoved(): void;
  onClose(): void;
}

export function MigrateWizard({ api, cluster, role, onMoved, onClose }: MigrateWizardProps) {
  const [hooks] = useState(() => labRequest<MigrateValues, 'moveClusterRole'>({ api, route: 'moveClusterRole', params: { name: cluster, role }, body: toMoveRequest, validate: true }));
  const [context, setContext] = useState<MigrateContext | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('getHostRatings', { params: { name: cluster, role } }).then(
      (ratings) => live && setContext({ ratings }),
      (reason: unknown) => live && setProblem(reason instanceof ApiError ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [api, cluster, role]);
  if (problem !== null) {
    return (
      <Dialog title={WIZARD.title} isOpen onOpenChange={(open) => !open && onClose()} role="alertdialog" footer={<Button onPress={onClose}>OK</Button>}>
        <p role="alert">{problem}</p>
      </Dialog>
    );
  }
  if (!context) return null;
  return <WizardFrame<MigrateValues, MigrateContext> definition={migrateWizard} context={context} check={hooks.check} submit={hooks.submit} onFinish={onMoved} onClose={onClose} />;
}
