// Networks: each cluster network with its status, cluster use (Enabled, Internal, Disabled) and
// subnet; a row is the item Properties applies to.
import { useNavigate } from 'react-router';
import type { ClusterNetwork } from '../../domain/cluster';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { NETWORK_ROLE_LABELS, NETWORKS } from './labels';
import { Missing } from './missing';
import { clusterNetworkHref, FCM_NODE_KINDS, memberKey } from './paths';
import { useClusterRoute } from './use-cluster';

const COLUMNS: GridColumn<ClusterNetwork>[] = [
  { id: 'name', header: NETWORKS.name, width: 'minmax(160px, 1fr)', cell: (network) => network.name, sortValue: (network) => network.name },
  { id: 'status', header: NETWORKS.status, width: '100px', cell: (network) => network.state, sortValue: (network) => network.state },
  { id: 'use', header: NETWORKS.use, width: '110px', cell: (network) => NETWORK_ROLE_LABELS[network.role], sortValue: (network) => NETWORK_ROLE_LABELS[network.role] },
  { id: 'subnet', header: NETWORKS.subnet, width: '150px', cell: (network) => network.subnet, sortValue: (network) => network.subnet },
  { id: 'lab', header: NETWORKS.labNetwork, width: '110px', cell: (network) => network.labNetwork, sortValue: (network) => network.labNetwork },
];

export default function NetworksView() {
  const { cluster, loaded } = useClusterRoute();
  const [selected, setItem] = useSelectedItem(FCM_NODE_KINDS.network);
  const navigate = useNavigate();
  if (!cluster) return <Missing loaded={loaded} what="such cluster" />;
  const nameOf = (key: string) => key.slice(cluster.name.length + 1);
  return (
    <DataGrid
      aria-label={NETWORKS.list}
      columnsKey="fcm-networks"
      rows={cluster.networks}
      columns={COLUMNS}
      getRowId={(network) => memberKey(cluster.name, network.name)}
      selectedId={selected}
      onSelectionChange={(key) => setItem(key ? { kind: FCM_NODE_KINDS.network, key, label: nameOf(key) } : null)}
      onRowAction={(key) => void navigate(clusterNetworkHref(cluster.name, nameOf(key)))}
      className="flex-1"
    />
  );
}
