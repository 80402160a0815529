// Add Storage (Cluster Shared Volumes → Add storage): the disks the lab says may be added (its
// shared-volumes read: available, not the witness) with checkboxes; OK adds each checked disk in turn. A
// refusal stops there and shows the lab's words; the disks added before it stay added.
import { useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import type { ClusterDisk } from '../../domain/cluster';
import { formatBytesWindows } from '../../domain/units';
import { FormDialog } from '../../wizard/form-dialog';
import { answerOfError } from '../../wizard/lab-request';
import { createWizardKit } from '../../wizard/model';
import { ADD_STORAGE, STORAGE } from './labels';

type AddValues = { disks: readonly string[] };
const k = createWizardKit<AddValues, null>();

export function addStorageDialog(eligible: readonly ClusterDisk[]) {
  return k.dialog('cluster.add-csv', ADD_STORAGE.title, [
    k.table('disks', {
      label: ADD_STORAGE.disks,
      selection: 'multiple',
      minSelected: 1,
      columns: [
        { id: 'name', label: STORAGE.name },
        { id: 'status', label: STORAGE.status },
        { id: 'owner', label: STORAGE.owner },
        { id: 'capacity', label: STORAGE.capacity },
      ],
      rows: eligible.map((disk) => ({ id: disk.name, cells: { name: disk.name, status: disk.state, owner: disk.ownerNode ?? '', capacity: formatBytesWindows(disk.sizeBytes) } })),
      owns: ['disk'],
    }),
  ]);
}

export function AddStorageDialog({ api, cluster, eligible, onClose }: { api: ApiClient; cluster: string; eligible: readonly ClusterDisk[]; onClose(): void }) {
  const definition = useMemo(() => addStorageDialog(eligible), [eligible]);
  return (
    <FormDialog
      definition={definition}
      context={null}
      intro={<p className="text-sm">{eligible.length === 0 ? ADD_STORAGE.none : ADD_STORAGE.intro}</p>}
      submit={async (values) => {
        for (const disk of values.disks) {
          try {
            await api.call('addSharedVolume', { params: { name: cluster }, body: { disk } });
          } catch (reason) {
            return answerOfError(reason);
          }
        }
      }}
      onClose={onClose}
      labels={ADD_STORAGE}
      widthClassName="w-[560px]"
    />
  );
}
