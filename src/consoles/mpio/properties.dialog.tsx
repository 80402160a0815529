// MPIO Properties (Administrative Tools → MPIO): the four tabs of Windows Server 2008 R2. Every
// change goes to the lab through the typed client; the lists are read again after it. A change
// that waits for the boot ends with the reboot prompt; "restart pending" shows until the boot.
import { Suspense, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { lazyNamed } from '../../ui/lazy-named';
import { PropertySheet } from '../../ui/property-sheet';
import { DevicesTab } from './devices.tab';
import { DiscoverTab } from './discover.tab';
import { DsmTab } from './dsm.tab';
import { PROPERTIES_TITLE, SUMMARY, TABS } from './labels';
import { SnapshotTab } from './snapshot.tab';
import { useMpio } from './use-mpio';

const RebootPrompt = lazyNamed(() => import('./reboot.prompt'), 'RebootPrompt');

export type TabId = keyof typeof TABS;

export function MpioPropertiesDialog({ api, host, onClose, initialTab = 'devices' }: { api: ApiClient; host: string; onClose(): void; initialTab?: TabId }) {
  const state = useMpio(api, host);
  const [rebooting, setRebooting] = useState(false);
  const props = { api, host, state, askReboot: () => setRebooting(true) };
  const mpio = state.data?.mpio;
  const pending = mpio ? mpio.claimPending || mpio.pendingDeviceIds !== null : false;
  return (
    <PropertySheet
      title={PROPERTIES_TITLE}
      host={host}
      initialTab={initialTab}
      onClose={onClose}
      error={state.error}
      widthClassName="w-[640px]"
      // The tallest tab is Configuration Snapshot.
      minHeightClassName="min-h-[390px]"
      notice={
        pending && (
          <p role="status" data-testid="mpio-restart-pending" className="mb-2 rounded-[2px] bg-warn-soft px-2 py-1 text-sm text-fg">
            {SUMMARY.restartPending}
          </p>
        )
      }
      tabs={[
        { id: 'devices', label: TABS.devices, content: <DevicesTab {...props} /> },
        { id: 'discover', label: TABS.discover, content: <DiscoverTab {...props} /> },
        { id: 'dsm', label: TABS.dsm, content: <DsmTab /> },
        { id: 'snapshot', label: TABS.snapshot, content: <SnapshotTab {...props} /> },
      ]}
    >
      {rebooting && (
        <Suspense fallback={null}>
          <RebootPrompt
            api={api}
            host={host}
            onDone={(restarted) => {
              setRebooting(false);
              // The server goes down: its control panel closes with it.
              if (restarted) onClose();
              else state.reload();
            }}
          />
        </Suspense>
      )}
    </PropertySheet>
  );
}
