// Enable Cluster Shared Volumes: 2008 R2 shows its notice first; OK is taken only with "I have
// read the above notice" checked, and sets the cluster's EnableSharedVolumes property to 1.
import type { ApiClient } from '../../api/client';
import { FormDialog } from '../../wizard/form-dialog';
import { labRequest } from '../../wizard/lab-request';
import { createWizardKit } from '../../wizard/model';
import { ENABLE_CSV } from './labels';

type EnableValues = { read: boolean };
const k = createWizardKit<EnableValues, null>();

export const enableCsvDialog = k.dialog('cluster.enable-csv', ENABLE_CSV.title, [
  k.staticText('notice', { label: 'Notice', text: ENABLE_CSV.notice }),
  k.checkbox('read', { label: ENABLE_CSV.read, default: false, validate: (read) => (read ? undefined : ENABLE_CSV.mustRead), owns: ['EnableSharedVolumes'] }),
]);

export function EnableCsvDialog({ api, cluster, onEnabled, onClose }: { api: ApiClient; cluster: string; onEnabled(): void; onClose(): void }) {
  const request = labRequest<EnableValues, 'setClusterProperties'>({
    api,
    route: 'setClusterProperties',
    params: { name: cluster },
    body: () => ({ EnableSharedVolumes: 1 }),
    onAccepted: onEnabled,
  });
  return <FormDialog definition={enableCsvDialog} context={null} submit={request.submit} onClose={onClose} labels={ENABLE_CSV} widthClassName="w-[520px]" />;
}
