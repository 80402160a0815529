// Move this service or application to another node: 2008 R2's submenu "1 - Move to node Demo2" as
// a list of the cluster's other nodes (one not Up is listed greyed with why). OK sends the move;
// the lab's refusal stays in the dialog. A quick move: issue 13's live migration adds its own entry.
import { useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import type { Cluster, ClusterRole } from '../../domain/cluster';
import { FormDialog } from '../../wizard/form-dialog';
import { labRequest } from '../../wizard/lab-request';
import { createWizardKit } from '../../wizard/model';
import { ROLE_ACTIONS } from './action-labels';
import { moveTargets } from './roles-model';

type MoveValues = { node: string };
const k = createWizardKit<MoveValues, null>();

export function moveRoleDialog(cluster: Cluster, role: ClusterRole) {
  return k.dialog('cluster.role-move', ROLE_ACTIONS.moveTitle, [
    k.radio('node', {
      label: ROLE_ACTIONS.moveDescription(role.name),
      options: moveTargets(cluster, role).map((target, index) => ({ id: target.node, label: ROLE_ACTIONS.moveTo(index + 1, target.node), unavailable: target.reason ?? undefined })),
      owns: ['node', 'action'],
    }),
  ]);
}

export function MoveRoleDialog({ api, cluster, role, onClose }: { api: ApiClient; cluster: Cluster; role: ClusterRole; onClose(): void }) {
  const definition = useMemo(() => moveRoleDialog(cluster, role), [cluster, role]);
  const request = labRequest<MoveValues, 'clusterRoleAction'>({
    api,
    route: 'clusterRoleAction',
    params: { name: cluster.name, role: role.name },
    body: (values) => ({ action: 'move', node: values.node }),
  });
  return <FormDialog definition={definition} context={null} submit={request.submit} onClose={onClose} labels={{ ok: 'OK', cancel: ROLE_ACTIONS.cancel }} widthClassName="w-[480px]" />;
}
