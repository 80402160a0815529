import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Network } from '../../api/types';
import { useLabMirror } from '../../stores/lab-mirror';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { serverCount } from './model';
import { networkHref } from './paths';

export default function NetworksListView() {
  const networks = useLabMirror((state) => state.networks);
  const hosts = useLabMirror((state) => state.hosts);
  const loaded = useLabMirror((state) => state.loaded);
  const [selected, setItem] = useSelectedItem('network');
  const navigate = useNavigate();
  const rows = useMemo(() => Object.values(networks), [networks]);
  const columns = useMemo<GridColumn<Network>[]>(
    () => [
      { id: 'name', header: 'Name', width: '140px', cell: (network) => network.name, sortValue: (network) => network.name },
      { id: 'subnet', header: 'Subnet', width: '160px', cell: (network) => network.cidr, sortValue: (network) => network.cidr },
      { id: 'purpose', header: 'Purpose', width: 'minmax(260px, 1fr)', cell: (network) => network.purpose, sortValue: (network) => network.purpose },
      { id: 'servers', header: 'Servers', width: '80px', align: 'right', cell: (network) => serverCount(network, hosts), sortValue: (network) => serverCount(network, hosts) },
    ],
    [hosts],
  );
  return (
    <DataGrid
      aria-label="Networks"
      columnsKey="networks"
      rows={rows}
      columns={columns}
      getRowId={(network) => network.name}
      selectedId={selected}
      onSelectionChange={(name) => setItem(name ? { kind: 'network', key: name, label: name } : null)}
      onRowAction={(name) => void navigate(networkHref(name))}
      emptyMessage={loaded ? 'There are no networks in this lab.' : 'Waiting for the lab…'}
      className="flex-1"
    />
  );
}
