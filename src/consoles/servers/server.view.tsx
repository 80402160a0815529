// A server's page: summary (name, FQDN, OS, role, power state with the engine's transition
// progress, last boot) and tabs for Network Connections, Volumes, Roles and Features.
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import type { Host, Nic, Volume } from '../../api/types';
import { installedFeatureNames } from '../../domain/features';
import { DEFAULT_START_EPOCH_MS } from '../../domain/lab';
import { POWER_ACTION_LABELS } from '../../domain/power';
import { formatBytesWindows, formatLinkSpeed } from '../../domain/units';
import { useLabMirror } from '../../stores/lab-mirror';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { formatDurationShort, formatWindowsDateTime } from '../../ui/lab-time';
import { ProgressBar } from '../../ui/progress-bar';
import { PropertyList } from '../../ui/property-list';
import { Tabs } from '../../ui/tabs';
import { fqdn, linkStateLabel, NO_FEATURES, ROLE_LABELS } from './labels';
import { nicItemKey } from './nic.action';
import { PowerStatus } from './power-status';

const VOLUME_COLUMNS: GridColumn<Volume>[] = [
  { id: 'volume', header: 'Volume', width: '90px', cell: (volume) => `${volume.letter}:`, sortValue: (volume) => volume.letter },
  { id: 'label', header: 'Label', width: '160px', cell: (volume) => volume.label, sortValue: (volume) => volume.label },
  { id: 'capacity', header: 'Capacity', width: '110px', align: 'right', cell: (volume) => formatBytesWindows(volume.sizeBytes), sortValue: (volume) => volume.sizeBytes },
  { id: 'free', header: 'Free Space', width: '110px', align: 'right', cell: (volume) => formatBytesWindows(volume.freeBytes), sortValue: (volume) => volume.freeBytes },
  {
    id: 'percent',
    header: '% Free',
    width: 'minmax(80px, 1fr)',
    align: 'right',
    cell: (volume) => `${volume.sizeBytes > 0 ? Math.round((volume.freeBytes / volume.sizeBytes) * 100) : 0} %`,
  },
];

const NIC_COLUMNS: GridColumn<Nic>[] = [
  { id: 'name', header: 'Name', width: '110px', cell: (nic) => nic.name, sortValue: (nic) => nic.name },
  { id: 'network', header: 'Network', width: '110px', cell: (nic) => nic.network, sortValue: (nic) => nic.network },
  { id: 'ip', header: 'IP address', width: '150px', cell: (nic) => `${nic.ip}/${nic.prefixLength}`, sortValue: (nic) => nic.ip },
  { id: 'status', header: 'Status', width: '180px', cell: linkStateLabel, sortValue: linkStateLabel },
  { id: 'speed', header: 'Speed', width: '80px', cell: (nic) => formatLinkSpeed(nic.speedBitsPerS), sortValue: (nic) => nic.speedBitsPerS },
  { id: 'mac', header: 'Physical address', width: 'minmax(150px, 1fr)', cell: (nic) => nic.mac, sortValue: (nic) => nic.mac },
];

function TransitionProgress({ host, nowMs }: { host: Host; nowMs: number }) {
  const transition = host.powerTransition;
  if (!transition) return null;
  const spanMs = Math.max(1, transition.dueMs - transition.startedMs);
  const doneMs = Math.min(spanMs, Math.max(0, nowMs - transition.startedMs));
  return (
    <ProgressBar
      label={`${POWER_ACTION_LABELS[transition.action]} in progress`}
      value={(doneMs / spanMs) * 100}
      valueText={`${formatDurationShort(spanMs - doneMs)} left`}
      className="mt-1 w-64"
    />
  );
}

function Summary({ host }: { host: Host }) {
  const nowMs = useLabMirror((state) => state.nowMs);
  const startEpochMs = useLabMirror((state) => state.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS);
  return (
    <div className="flex flex-col gap-2 border-b border-line px-4 py-3">
      <PropertyList
        items={[
          { label: 'Computer name', value: host.name },
          { label: 'Full computer name', value: fqdn(host) },
          { label: 'Domain', value: host.domain },
          { label: 'Operating system', value: host.os },
          { label: 'Role', value: ROLE_LABELS[host.role] },
          {
            label: 'Status',
            value: (
              <div data-testid="power-state">
                <PowerStatus host={host} />
                <TransitionProgress host={host} nowMs={nowMs} />
              </div>
            ),
          },
          { label: 'Last boot', value: host.lastBootMs === null ? 'Not started since the lab began' : formatWindowsDateTime(startEpochMs + host.lastBootMs) },
        ]}
      />
    </div>
  );
}

export default function ServerView() {
  const { name = '' } = useParams();
  const host = useLabMirror((state) => state.hosts[name]);
  const loaded = useLabMirror((state) => state.loaded);
  // The features domain holds what Server Manager installed ("restart pending" entries included).
  const serverFeatures = useLabMirror((state) => state.serverFeatures);
  const installed = useMemo(() => installedFeatureNames(Object.values(serverFeatures).find((server) => server.host === name)), [serverFeatures, name]);
  const [selectedNic, setItem] = useSelectedItem('nic');
  const [selectedVolume, setSelectedVolume] = useState<string | null>(null);

  if (!host) {
    return <p className="p-4 text-sm text-muted">{loaded ? `There is no server named ${name} in this lab.` : 'Waiting for the lab…'}</p>;
  }

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <Summary host={host} />
      <Tabs
        aria-label={`${host.name} properties`}
        className="flex-1 pt-2"
        tabs={[
          {
            id: 'network',
            label: 'Network Connections',
            content: (
              <DataGrid
                aria-label="Network Connections"
                columnsKey="server-connections"
                rows={host.nics}
                columns={NIC_COLUMNS}
                getRowId={(nic) => nicItemKey(host.name, nic.name)}
                selectedId={selectedNic}
                onSelectionChange={(key) => setItem(key ? { kind: 'nic', key, label: key.slice(host.name.length + 1) } : null)}
                emptyMessage="This server has no network adapters."
                className="h-full"
              />
            ),
          },
          {
            id: 'volumes',
            label: 'Volumes',
            content: (
              <DataGrid
                aria-label="Volumes"
                columnsKey="server-volumes"
                rows={host.volumes}
                columns={VOLUME_COLUMNS}
                getRowId={(volume) => volume.letter}
                selectedId={selectedVolume}
                onSelectionChange={setSelectedVolume}
                emptyMessage="This server has no volumes."
                className="h-full"
              />
            ),
          },
          {
            id: 'features',
            label: 'Roles and Features',
            content:
              installed.length === 0 ? (
                <p className="p-4 text-sm text-muted">{NO_FEATURES}</p>
              ) : (
                <ul aria-label="Roles and Features" className="list-disc p-4 pl-8 text-sm">
                  {installed.map((feature) => (
                    <li key={feature}>{feature}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </div>
  );
}
