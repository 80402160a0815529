// iSCSI Initiator Properties: the six tabs of Windows Server 2008 R2. Every change goes to the lab
// through the typed client; the lists are read again after it.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { Tabs } from '../../ui/tabs';
import { ConfigurationTab, FavoritesTab } from './other.tabs';
import { RadiusTab } from './radius.tab';
import { VolumesTab } from './volumes.tab';
import { DiscoveryTab } from './discovery.tab';
import { CANCEL, OK, PROPERTIES_TITLE, TABS } from './labels';
import { TargetsTab } from './targets.tab';
import { useInitiator } from './use-initiator';

export type TabId = keyof typeof TABS;

export function PropertiesDialog({ api, host, onClose, initialTab = 'targets' }: { api: ApiClient; host: string; onClose(): void; initialTab?: TabId }) {
  const state = useInitiator(api, host);
  const [tab, setTab] = useState<string>(initialTab);
  const props = { api, host, state };
  return (
    <Dialog
      title={`${PROPERTIES_TITLE} — ${host}`}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName="w-[680px]"
      footer={
        <>
          <Button variant="primary" onPress={onClose}>
            {OK}
          </Button>
          <Button onPress={onClose}>{CANCEL}</Button>
        </>
      }
    >
      {state.error && (
        <p role="alert" className="mb-2 text-error">
          {state.error}
        </p>
      )}
      {/* A property sheet keeps its size from tab to tab (the tallest, Volumes and Devices), so the tab strip does not jump. */}
      <Tabs
        className="min-h-[416px]"
        aria-label={PROPERTIES_TITLE}
        selectedId={tab}
        onSelectionChange={setTab}
        tabs={[
          { id: 'targets', label: TABS.targets, content: <TargetsTab {...props} /> },
          { id: 'discovery', label: TABS.discovery, content: <DiscoveryTab {...props} /> },
          { id: 'favorites', label: TABS.favorites, content: <FavoritesTab {...props} /> },
          { id: 'volumes', label: TABS.volumes, content: <VolumesTab {...props} /> },
          { id: 'radius', label: TABS.radius, content: <RadiusTab {...props} /> },
          { id: 'configuration', label: TABS.configuration, content: <ConfigurationTab {...props} /> },
        ]}
      />
    </Dialog>
  );
}
