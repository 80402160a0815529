// A tab's Add… dialog, loaded with its first use: Cancel just closes it; once the lab has taken
// the change it closes and the tab's lists are read again.
import { Suspense, type ComponentType } from 'react';
import type { ApiClient } from '../../api/client';
import type { TabProps } from './tab-props';

export type TabDialog = ComponentType<{ api: ApiClient; host: string; onClose(): void; onDone(): void }>;

export function TabDialogSlot({ dialog: Dialog, api, host, state, onClose }: TabProps & { dialog: TabDialog; onClose(): void }) {
  return (
    <Suspense fallback={null}>
      <Dialog
        api={api}
        host={host}
        onClose={onClose}
        onDone={() => {
          onClose();
          state.reload();
        }}
      />
    </Suspense>
  );
}
