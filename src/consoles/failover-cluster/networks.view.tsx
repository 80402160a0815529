// Networks: each cluster network with its status, cluster use (Enabled, Internal, Disabled) and
// subnet; a row is the item Properties applies to.
import type { ClusterNetwork } from '../../domain/cluster';
import type { GridColumn } from '../../ui/data-grid';
import { NETWORK_ROLE_LABELS, NETWORKS } from './labels';
import { MemberList } from './member-list';
import { clusterNetworkHref, FCM_NODE_KINDS } from './paths';

const COLUMNS: GridColumn<ClusterNetwork>[] = [
  { id: 'name', header: NETWORKS.name, width: 'minmax(160px, 1fr)', cell: (network) => network.name, sortValue: (network) => network.name },
  { id: 'status', header: NETWORKS.status, width: '100px', cell: (network) => network.state, sortValue: (network) => network.state },
  { id: 'use', header: NETWORKS.use, width: '110px', cell: (network) => NETWORK_ROLE_LABELS[network.role], sortValue: (network) => NETWORK_ROLE_LABELS[network.role] },
  { id: 'subnet', header: NETWORKS.subnet, width: '150px', cell: (network) => network.subnet, sortValue: (network) => network.subnet },
  { id: 'lab', header: NETWORKS.labNetwork, width: '110px', cell: (network) => network.labNetwork, sortValue: (network) => network.labNetwork },
];

export default function NetworksView() {
  return <MemberList label={NETWORKS.list} kind={FCM_NODE_KINDS.network} columnsKey="fcm-networks" columns={COLUMNS} members={(cluster) => cluster.networks} href={clusterNetworkHref} />;
}
