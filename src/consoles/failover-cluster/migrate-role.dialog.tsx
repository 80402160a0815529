// Live migrate virtual machine to another node / Move virtual machine(s) to another node: 2008 R2's
// submenus as one list ("Best possible node", then "1 - Live migrate to node Demo2" per other node;
// a node not Up is greyed with why). OK sends POST …/roles/{role}/move with the migration type (no
// node: the best possible node); the lab's refusal stays in the dialog. The role's page then shows
// the migration's picture.
import { useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import type { Cluster, ClusterRole } from '../../domain/cluster';
import type { MigrationType } from '../../domain/migration';
import { FormDialog } from '../../wizard/form-dialog';
import { labRequest } from '../../wizard/lab-request';
import { createWizardKit } from '../../wizard/model';
import { MIGRATE_ACTIONS, ROLE_ACTIONS } from './action-labels';
import { moveTargets } from './roles-model';

type MigrateValues = { node: string };
const k = createWizardKit<MigrateValues, null>();
/** The radio's id for "Best possible node" (a node name never has parentheses). */
export const BEST_NODE = '(best)';

export function migrateRoleDialog(cluster: Cluster, role: ClusterRole, type: MigrationType) {
  const entry = type === 'live' ? MIGRATE_ACTIONS.liveTo : MIGRATE_ACTIONS.quickTo;
  return k.dialog(`cluster.role-migrate-${type}`, type === 'live' ? MIGRATE_ACTIONS.live : MIGRATE_ACTIONS.quick, [
    k.radio('node', {
      label: (type === 'live' ? MIGRATE_ACTIONS.liveDescription : MIGRATE_ACTIONS.quickDescription)(role.name),
      options: [
        { id: BEST_NODE, label: MIGRATE_ACTIONS.bestNode },
        ...moveTargets(cluster, role).map((target, index) => ({ id: target.node, label: entry(index + 1, target.node), unavailable: target.reason ?? undefined })),
      ],
      default: BEST_NODE,
      owns: ['node'],
    }),
  ]);
}

export function MigrateRoleDialog({ api, cluster, role, type, onClose }: { api: ApiClient; cluster: Cluster; role: ClusterRole; type: MigrationType; onClose(): void }) {
  const definition = useMemo(() => migrateRoleDialog(cluster, role, type), [cluster, role, type]);
  const request = labRequest<MigrateValues, 'moveClusterRole'>({
    api,
    route: 'moveClusterRole',
    params: { name: cluster.name, role: role.name },
    body: (values) => ({ migrationType: type, ...(values.node === BEST_NODE ? {} : { node: values.node }) }),
  });
  return <FormDialog definition={definition} context={null} submit={request.submit} onClose={onClose} labels={{ ok: 'OK', cancel: ROLE_ACTIONS.cancel }} widthClassName="w-[520px]" />;
}
