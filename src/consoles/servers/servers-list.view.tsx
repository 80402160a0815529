import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Host } from '../../api/types';
import { POWER_STATE_LABELS } from '../../domain/power';
import { useLabMirror } from '../../stores/lab-mirror';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { hostAddresses, ROLE_LABELS } from './labels';
import { PowerStatus } from './power-status';
import { serverHref } from './paths';

const COLUMNS: GridColumn<Host>[] = [
  { id: 'name', header: 'Name', width: '140px', cell: (host) => host.name, sortValue: (host) => host.name },
  { id: 'role', header: 'Role', width: '140px', cell: (host) => ROLE_LABELS[host.role], sortValue: (host) => ROLE_LABELS[host.role] },
  { id: 'status', header: 'Status', width: '130px', cell: (host) => <PowerStatus host={host} />, sortValue: (host) => POWER_STATE_LABELS[host.powerState] },
  { id: 'addresses', header: 'IP addresses', width: 'minmax(300px, 1.4fr)', cell: hostAddresses, sortValue: hostAddresses },
  { id: 'os', header: 'Operating system', width: 'minmax(240px, 1fr)', cell: (host) => host.os, sortValue: (host) => host.os },
];

export default function ServersListView() {
  const hosts = useLabMirror((state) => state.hosts);
  const loaded = useLabMirror((state) => state.loaded);
  const rows = useMemo(() => Object.values(hosts), [hosts]);
  const [selected, setItem] = useSelectedItem('server');
  const navigate = useNavigate();

  return (
    <DataGrid
      aria-label="Servers"
      columnsKey="servers"
      rows={rows}
      columns={COLUMNS}
      getRowId={(host) => host.name}
      selectedId={selected}
      onSelectionChange={(name) => setItem(name ? { kind: 'server', key: name, label: name } : null)}
      onRowAction={(name) => void navigate(serverHref(name))}
      emptyMessage={loaded ? 'There are no servers in this lab.' : 'Waiting for the lab…'}
      className="flex-1"
    />
  );
}
