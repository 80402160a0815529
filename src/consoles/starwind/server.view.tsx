// A server in the StarWind console: product and version, ports, its targets and devices; the
// default-credentials warning; a prompt to connect when it is not connected.
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { AlertTriangle } from 'lucide-react';
import type { StarWindDevice, StarWindTarget } from '../../api/types';
import { formatBytesWindows } from '../../domain/units';
import { useLabMirror } from '../../stores/lab-mirror';
import { useShell } from '../../shell/shell-context';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { PropertyList } from '../../ui/property-list';
import { Tabs } from '../../ui/tabs';
import { changeCredentialsAction, connectAction } from './server.action';
import { ACTIONS, DEFAULT_CREDENTIALS_WARNING, DEVICE_COLUMNS, DEVICE_KIND_LABELS, SERVER_PAGE, serverStateLabel, TARGET_COLUMNS } from './labels';
import { deviceHref, devicesOf, imagePath, pairStateLabel, targetHref, targetsOf } from './model';

export function DefaultCredentialsBanner({ server }: { server: string }) {
  const { run } = useShell();
  return (
    <div role="alert" className="flex items-center gap-2 border-b border-warn bg-warn-soft px-3 py-1.5 text-sm text-fg">
      <AlertTriangle aria-hidden className="size-4 shrink-0 fill-warn-fill text-warn" />
      <span className="flex-1">{DEFAULT_CREDENTIALS_WARNING(server)}</span>
      <Button onPress={() => run(changeCredentialsAction)}>{ACTIONS.changeCredentials}</Button>
    </div>
  );
}

export default function ServerView() {
  const { host = '' } = useParams();
  const server = useLabMirror((state) => state.starwindConsoleServers[host]);
  const service = useLabMirror((state) => state.starwindServices[host]);
  const allTargets = useLabMirror((state) => state.starwindTargets);
  const allDevices = useLabMirror((state) => state.starwindDevices);
  const haDevices = useLabMirror((state) => state.haDevices);
  const nowMs = useLabMirror((state) => state.nowMs);
  const loaded = useLabMirror((state) => state.loaded);
  const { run } = useShell();
  const navigate = useNavigate();
  const [selectedTarget, setSelectedTarget] = useState<string | null>(null);
  const [selectedDevice, setSelectedDevice] = useState<string | null>(null);
  const targets = useMemo(() => targetsOf({ starwindTargets: allTargets }, host), [allTargets, host]);
  const devices = useMemo(() => devicesOf({ starwindDevices: allDevices }, host), [allDevices, host]);

  if (!server) return <p className="p-4 text-sm text-muted">{loaded ? `${host} is not in the StarWind Management Console.` : 'Waiting for the lab…'}</p>;

  const stateOf = (device: StarWindDevice | undefined) => {
    const ha = device?.haDeviceId ? haDevices[device.haDeviceId] : undefined;
    return ha ? pairStateLabel(ha, nowMs) : device ? 'Active' : '';
  };
  const targetColumns: GridColumn<StarWindTarget>[] = [
    { id: 'alias', header: TARGET_COLUMNS.alias, width: '130px', cell: (t) => t.alias, sortValue: (t) => t.alias },
    { id: 'iqn', header: TARGET_COLUMNS.iqn, width: 'minmax(320px, 1.4fr)', cell: (t) => t.iqn, sortValue: (t) => t.iqn },
    { id: 'device', header: TARGET_COLUMNS.device, width: '130px', cell: (t) => t.deviceIds.map((id) => allDevices[id]?.name ?? id).join(', ') },
    { id: 'state', header: TARGET_COLUMNS.state, width: '170px', cell: (t) => stateOf(allDevices[t.deviceIds[0] ?? '']) },
    { id: 'portals', header: TARGET_COLUMNS.portals, width: 'minmax(160px, 1fr)', cell: (t) => t.portals.join(', ') },
  ];
  const deviceColumns: GridColumn<StarWindDevice>[] = [
    { id: 'name', header: DEVICE_COLUMNS.name, width: '130px', cell: (d) => d.name, sortValue: (d) => d.name },
    { id: 'type', header: DEVICE_COLUMNS.type, width: '140px', cell: (d) => DEVICE_KIND_LABELS[d.kind] },
    { id: 'size', header: DEVICE_COLUMNS.size, width: '90px', align: 'right', cell: (d) => formatBytesWindows(d.sizeBytes), sortValue: (d) => d.sizeBytes },
    { id: 'image', header: DEVICE_COLUMNS.image, width: 'minmax(240px, 1fr)', cell: imagePath },
    { id: 'state', header: DEVICE_COLUMNS.state, width: '170px', cell: (d) => stateOf(d) },
  ];

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {server.connected && service?.usesDefaultCredentials && <DefaultCredentialsBanner server={server.address} />}
      <div className="border-b border-line px-4 py-3">
        <PropertyList
          items={[
            { label: SERVER_PAGE.product, value: service?.product ?? '—' },
            { label: SERVER_PAGE.host, value: server.host },
            { label: SERVER_PAGE.address, value: server.address },
            { label: SERVER_PAGE.port, value: server.port },
            { label: SERVER_PAGE.iscsiPort, value: service?.iscsiPort ?? '—' },
            { label: SERVER_PAGE.state, value: <span data-testid="server-state">{serverStateLabel(server.connected, service)}</span> },
            ...(server.connected && server.login ? [{ label: SERVER_PAGE.login, value: server.login }] : []),
          ]}
        />
      </div>
      {!server.connected ? (
        <div className="flex flex-col items-start gap-2 p-4 text-sm">
          <p>{SERVER_PAGE.notConnected(server.address)}</p>
          <Button variant="primary" onPress={() => run(connectAction)}>
            {ACTIONS.connect}
          </Button>
        </div>
      ) : (
        <Tabs
          aria-label={`${server.address} contents`}
          className="flex-1 pt-2"
          tabs={[
            {
              id: 'targets',
              label: SERVER_PAGE.targets,
              content: (
                <DataGrid
                  aria-label="Targets"
                  columnsKey="starwind-targets"
                  rows={targets}
                  columns={targetColumns}
                  getRowId={(t) => t.alias}
                  selectedId={selectedTarget}
                  onSelectionChange={setSelectedTarget}
                  onRowAction={(alias) => void navigate(targetHref(host, alias))}
                  emptyMessage={SERVER_PAGE.noTargets}
                  className="h-full"
                />
              ),
            },
            {
              id: 'devices',
              label: SERVER_PAGE.devices,
              content: (
                <DataGrid
                  aria-label="Devices"
                  columnsKey="starwind-devices"
                  rows={devices}
                  columns={deviceColumns}
                  getRowId={(d) => d.name}
                  selectedId={selectedDevice}
                  onSelectionChange={setSelectedDevice}
                  onRowAction={(name) => void navigate(deviceHref(host, name))}
                  emptyMessage={SERVER_PAGE.noDevices}
                  className="h-full"
                />
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
