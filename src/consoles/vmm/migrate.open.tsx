// The Migrate Virtual Machine Wizard as Migrate… opens it: the lab's ratings of the role's other
// nodes are read first (GET /clusters/{name}/roles/{role}/host-ratings), then the wizard shows.
// Move starts the migration (POST …/move) and the console goes to Jobs, which follows it. A
// refusal to read shows the lab's words. Loaded lazily.
import { useMemo, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { useLabRead } from '../../ui/use-lab-read';
import { labRequest } from '../../wizard/lab-request';
import { WizardFrame } from '../../wizard/wizard-frame';
import { ReadFailed } from '../../wizard/read-failed';
import { WIZARD } from './labels';
import { migrateWizard, toMoveRequest, type MigrateContext, type MigrateValues } from './migrate.wizard';

export interface MigrateWizardProps {
  api: ApiClient;
  cluster: string;
  role: string;
  onMoved(): void;
  onClose(): void;
}

/** `key` is "cluster/role" (a cluster name has no "/"). */
const readRatings = (api: ApiClient, key: string) => {
  const slash = key.indexOf('/');
  return api.call('getHostRatings', { params: { name: key.slice(0, slash), role: key.slice(slash + 1) } });
};

export function MigrateWizard({ api, cluster, role, onMoved, onClose }: MigrateWizardProps) {
  const [hooks] = useState(() => labRequest<MigrateValues, 'moveClusterRole'>({ api, route: 'moveClusterRole', params: { name: cluster, role }, body: toMoveRequest, validate: true }));
  // Read once, as the wizard opens (a trigger that never changes): the key is "cluster/role".
  const { data, error: problem } = useLabRead(api, `${cluster}/${role}`, readRatings, null);
  const context = useMemo<MigrateContext | null>(() => (data ? { ratings: data } : null), [data]);
  if (problem !== null) return <ReadFailed title={WIZARD.title} message={problem} onClose={onClose} />;
  if (!context) return null;
  return <WizardFrame<MigrateValues, MigrateContext> definition={migrateWizard} context={context} check={hooks.check} submit={hooks.submit} onFinish={onMoved} onClose={onClose} />;
}
