// Nodes: each node of the cluster with its status (Up, Down, Paused, Joining); a row is the item
// the node actions (Pause, Resume, More Actions, Evict) apply to.
import type { ClusterNode } from '../../domain/cluster';
import type { GridColumn } from '../../ui/data-grid';
import { NODE_STATE_LABELS, NODES } from './labels';
import { MemberList } from './member-list';
import { clusterNodeHref, FCM_NODE_KINDS } from './paths';

const COLUMNS: GridColumn<ClusterNode>[] = [
  { id: 'name', header: NODES.name, width: 'minmax(160px, 1fr)', cell: (node) => node.name, sortValue: (node) => node.name },
  { id: 'status', header: NODES.status, width: '120px', cell: (node) => NODE_STATE_LABELS[node.state], sortValue: (node) => node.state },
  { id: 'nodeId', header: NODES.nodeId, width: '80px', align: 'right', cell: (node) => node.nodeId, sortValue: (node) => node.nodeId },
  { id: 'votes', header: NODES.votes, width: '80px', align: 'right', cell: (node) => node.dynamicWeight, sortValue: (node) => node.dynamicWeight },
];

export default function NodesView() {
  return <MemberList label={NODES.list} kind={FCM_NODE_KINDS.node} columnsKey="fcm-nodes" columns={COLUMNS} members={(cluster) => cluster.nodes} href={clusterNodeHref} />;
}
