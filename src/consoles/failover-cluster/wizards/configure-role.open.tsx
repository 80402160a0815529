// Configure a Service or Application as the action opens it: Select Virtual Machine's candidates
// are read first (GET /clusters/{name}/role-candidates: the nodes' machines, each eligible or with
// the lab's reason), then the wizard shows. Next on Select Virtual Machine asks the lab with
// `?validate=only`; Confirmation's Next creates the roles; Finish selects the new role in the tree.
// Loaded lazily by actions.ts.
import { useMemo, useState } from 'react';
import type { ApiClient } from '../../../api/client';
import type { Cluster, ClusterRole } from '../../../domain/cluster';
import { useLabRead } from '../../../ui/use-lab-read';
import { labRequest } from '../../../wizard/lab-request';
import { WizardFrame } from '../../../wizard/wizard-frame';
import { ReadFailed } from '../../../wizard/read-failed';
import { clusterRoleHref } from '../paths';
import { HA_WORDS, REPORTS_WORDS } from './labels';
import { configureRoleWizard, toCreateRoleRequest, type ConfigureRoleContext, type ConfigureRoleValues } from './configure-role.wizard';

/** The lab hooks; `created` receives the roles the lab answered with. */
export function configureRoleHooks(api: ApiClient, cluster: string, created: (roles: readonly ClusterRole[]) => void) {
  const hooks = labRequest<ConfigureRoleValues, 'createClusterRole'>({
    api,
    route: 'createClusterRole',
    params: { name: cluster },
    body: toCreateRoleRequest,
    validate: true,
    onAccepted: (answer) => created(answer.roles),
  });
  // Only Select Virtual Machine has something for the lab to check (the page's Next).
  const check = hooks.check!;
  return { submit: hooks.submit, check: (values: ConfigureRoleValues, pageId: string) => (pageId === 'vms' ? check(values) : Promise.resolve({})) };
}

export interface ConfigureRoleWizardProps {
  api: ApiClient;
  cluster: Cluster;
  navigate(href: string): void;
  onClose(): void;
}

const readCandidates = (api: ApiClient, cluster: string) => api.call('listClusterRoleCandidates', { params: { name: cluster } });

export function ConfigureRoleWizard({ api, cluster, navigate, onClose }: ConfigureRoleWizardProps) {
  const [created] = useState<{ roles: readonly ClusterRole[] }>(() => ({ roles: [] }));
  const [hooks] = useState(() => configureRoleHooks(api, cluster.name, (roles) => (created.roles = roles)));
  // Read once: the candidates as the wizard opened (a trigger that never changes).
  const { data, error } = useLabRead(api, cluster.name, readCandidates, null);
  const context = useMemo<ConfigureRoleContext | null>(() => (data ? { cluster, candidates: data.candidates, created: () => created.roles } : null), [data, cluster, created]);
  if (error !== null) return <ReadFailed title={HA_WORDS.title} message={error} closeLabel={REPORTS_WORDS.close} onClose={onClose} />;
  if (!context) return null;
  return (
    <WizardFrame<ConfigureRoleValues, ConfigureRoleContext>
      definition={configureRoleWizard}
      context={context}
      check={hooks.check}
      submit={hooks.submit}
      onClose={onClose}
      // 2008 R2 selects the new service or application under Services and applications.
      onFinish={() => {
        const [first] = created.roles;
        if (first) navigate(clusterRoleHref(cluster.name, first.name));
      }}
    />
  );
}
