// One node's page: its state (and why it is Down), its votes (NodeWeight, DynamicWeight), its
// network connections on each cluster network, and the node actions with why each is greyed.
import { useParams } from 'react-router';
import type { ClusterNetworkInterface } from '../../domain/cluster';
import { PropertyList } from '../../ui/property-list';
import { ActionList } from './action-list';
import { InterfacesTable, type InterfaceColumn } from './interfaces-table';
import { DOWN_REASONS, NODE_STATE_LABELS, NODES } from './labels';
import { findNode, nodeActionState } from './model';
import { PageHeading } from '../../ui/page-heading';
import { Missing } from './missing';
import { NODE_ACTION_ORDER, nodeActionId, nodeActionLabel } from './node.action';
import { useClusterRoute } from './use-cluster';

/** A node's connection on one cluster network. */
type NodeInterface = ClusterNetworkInterface & { network: string };

const INTERFACE_COLUMNS: InterfaceColumn<NodeInterface>[] = [
  { header: NODES.network, cell: (entry) => entry.network },
  { header: NODES.adapter, cell: (entry) => entry.adapter },
  { header: NODES.address, cell: (entry) => entry.ip },
  { header: NODES.status, cell: (entry) => entry.state },
];

export default function NodeView() {
  const { node: nodeName = '' } = useParams();
  const { cluster, loaded } = useClusterRoute();
  const node = cluster && findNode(cluster, nodeName);
  if (!cluster || !node) return <Missing loaded={loaded} what={`node ${nodeName} in this cluster`} />;
  const interfaces: NodeInterface[] = cluster.networks.flatMap((network) => network.interfaces.filter((entry) => entry.node === node.name).map((entry) => ({ network: network.name, ...entry })));
  return (
    <section aria-label={NODES.title(node.name)} className="flex flex-col gap-4 overflow-auto p-4">
      <PageHeading title={NODES.title(node.name)} />
      <PropertyList
        items={[
          { label: NODES.status, value: <span data-testid="node-state">{NODE_STATE_LABELS[node.state]}</span> },
          ...(node.downReason ? [{ label: NODES.why, value: DOWN_REASONS[node.downReason] }] : []),
          { label: NODES.nodeId, value: node.nodeId },
          { label: NODES.nodeWeight, value: node.nodeWeight },
          { label: NODES.dynamicWeight, value: node.dynamicWeight },
        ]}
      />
      <InterfacesTable id="fcm-node-interfaces" title={NODES.interfaces} columns={INTERFACE_COLUMNS} rows={interfaces} rowKey={(entry) => `${entry.network}/${entry.adapter}`} />
      <ActionList
        id="fcm-node-actions"
        title={NODES.actionsTitle}
        entries={NODE_ACTION_ORDER.map((action) => ({ actionId: nodeActionId(action, 'node'), label: nodeActionLabel(action), state: nodeActionState(cluster, node, action) }))}
      />
    </section>
  );
}
