// Select Cluster (Manage a Cluster…): the clusters of the lab in a list; OK opens the chosen one.
import { useMemo } from 'react';
import { FormDialog } from '../../wizard/form-dialog';
import { createWizardKit } from '../../wizard/model';
import { MANAGE } from './action-labels';

type ManageValues = { cluster: string };
const k = createWizardKit<ManageValues, null>();

export function ManageDialog({ names, onChoose, onClose }: { names: readonly string[]; onChoose(name: string): void; onClose(): void }) {
  const definition = useMemo(
    () => k.dialog('cluster.manage', MANAGE.title, [k.select('cluster', { label: MANAGE.cluster, options: names.map((name) => ({ id: name, label: name })), default: names[0] ?? '' })]),
    [names],
  );
  return (
    <FormDialog
      definition={definition}
      context={null}
      labels={MANAGE}
      onClose={onClose}
      submit={async (values) => {
        onChoose(values.cluster);
      }}
    />
  );
}
