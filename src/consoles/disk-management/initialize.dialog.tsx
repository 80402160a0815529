// The Initialize Disk dialog (loaded when first opened): the definition's fields in a FormDialog.
import type { ApiClient } from '../../api/client';
import type { DiskView } from '../../domain/disks';
import { FormDialog } from '../../wizard/form-dialog';
import { initializeDialog, initializeSubmit } from './initialize.wizard';
import { INITIALIZE } from './labels';

export function InitializeDiskDialog({ api, host, disks, number, onClose }: { api: ApiClient; host: string; disks: readonly DiskView[]; number: number; onClose(): void }) {
  return (
    <FormDialog
      definition={initializeDialog}
      context={{ host, disks, number }}
      submit={initializeSubmit(api, host)}
      onClose={onClose}
      labels={{ ok: INITIALIZE.ok, cancel: INITIALIZE.cancel }}
    />
  );
}
