// Nodes: each node of the cluster with its status (Up, Down, Paused, Joining); a row is the item
// the node actions (Pause, Resume, More Actions, Evict) apply to.
import { useNavigate } from 'react-router';
import type { ClusterNode } from '../../domain/cluster';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { NODE_STATE_LABELS, NODES } from './labels';
import { Missing } from './missing';
import { clusterNodeHref, FCM_NODE_KINDS, memberKey } from './paths';
import { useClusterRoute } from './use-cluster';

const COLUMNS: GridColumn<ClusterNode>[] = [
  { id: 'name', header: NODES.name, width: 'minmax(160px, 1fr)', cell: (node) => node.name, sortValue: (node) => node.name },
  { id: 'status', header: NODES.status, width: '120px', cell: (node) => NODE_STATE_LABELS[node.state], sortValue: (node) => node.state },
  { id: 'nodeId', header: NODES.nodeId, width: '80px', align: 'right', cell: (node) => node.nodeId, sortValue: (node) => node.nodeId },
  { id: 'votes', header: NODES.votes, width: '80px', align: 'right', cell: (node) => node.dynamicWeight, sortValue: (node) => node.dynamicWeight },
];

export default function NodesView() {
  const { cluster, loaded } = useClusterRoute();
  const [selected, setItem] = useSelectedItem(FCM_NODE_KINDS.node);
  const navigate = useNavigate();
  if (!cluster) return <Missing loaded={loaded} what="such cluster" />;
  return (
    <DataGrid
      aria-label={NODES.list}
      columnsKey="fcm-nodes"
      rows={cluster.nodes}
      columns={COLUMNS}
      getRowId={(node) => memberKey(cluster.name, node.name)}
      selectedId={selected}
      onSelectionChange={(key) => setItem(key ? { kind: FCM_NODE_KINDS.node, key, label: key.slice(cluster.name.length + 1) } : null)}
      onRowAction={(key) => void navigate(clusterNodeHref(cluster.name, key.slice(cluster.name.length + 1)))}
      className="flex-1"
    />
  );
}
