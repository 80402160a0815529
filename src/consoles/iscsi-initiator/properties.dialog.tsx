// iSCSI Initiator Properties: the six tabs of Windows Server 2008 R2. Every change goes to the lab
// through the typed client; the lists are read again after it.
import type { ApiClient } from '../../api/client';
import { PropertySheet } from '../../ui/property-sheet';
import { ConfigurationTab, FavoritesTab } from './other.tabs';
import { RadiusTab } from './radius.tab';
import { VolumesTab } from './volumes.tab';
import { DiscoveryTab } from './discovery.tab';
import { PROPERTIES_TITLE, TABS } from './labels';
import { TargetsTab } from './targets.tab';
import { useInitiator } from './use-initiator';

export type TabId = keyof typeof TABS;

export function PropertiesDialog({ api, host, onClose, initialTab = 'targets' }: { api: ApiClient; host: string; onClose(): void; initialTab?: TabId }) {
  const state = useInitiator(api, host);
  const props = { api, host, state };
  return (
    <PropertySheet
      title={PROPERTIES_TITLE}
      host={host}
      initialTab={initialTab}
      onClose={onClose}
      error={state.error}
      widthClassName="w-[680px]"
      // The tallest tabs are Volumes and Devices.
      minHeightClassName="min-h-[416px]"
      tabs={[
        { id: 'targets', label: TABS.targets, content: <TargetsTab {...props} /> },
        { id: 'discovery', label: TABS.discovery, content: <DiscoveryTab {...props} /> },
        { id: 'favorites', label: TABS.favorites, content: <FavoritesTab {...props} /> },
        { id: 'volumes', label: TABS.volumes, content: <VolumesTab {...props} /> },
        { id: 'radius', label: TABS.radius, content: <RadiusTab {...props} /> },
        { id: 'configuration', label: TABS.configuration, content: <ConfigurationTab {...props} /> },
      ]}
    />
  );
}
