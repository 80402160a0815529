// One cluster network's page: status, cluster use, subnet, each node's connection on it, and the
// lab's recommendation for the iSCSI network (no cluster communication on the storage network).
import { useParams } from 'react-router';
import { PropertyList } from '../../ui/property-list';
import type { ClusterNetworkInterface } from '../../domain/cluster';
import { InterfacesTable, type InterfaceColumn } from './interfaces-table';
import { NETWORK_ROLE_LABELS, NETWORKS } from './labels';
import { findNetwork, holdsClusterAddress, isIscsiNetwork } from './model';
import { PageHeading } from '../../ui/page-heading';
import { Missing } from './missing';
import { useClusterRoute } from './use-cluster';

const INTERFACE_COLUMNS: InterfaceColumn<ClusterNetworkInterface>[] = [
  { header: NETWORKS.node, cell: (entry) => entry.node },
  { header: NETWORKS.adapter, cell: (entry) => entry.adapter },
  { header: NETWORKS.address, cell: (entry) => entry.ip },
  { header: NETWORKS.state, cell: (entry) => entry.state },
];

export default function NetworkView() {
  const { network: networkName = '' } = useParams();
  const { cluster, loaded } = useClusterRoute();
  const network = cluster && findNetwork(cluster, networkName);
  if (!cluster || !network) return <Missing loaded={loaded} what={`network ${networkName} in this cluster`} />;
  return (
    <section aria-label={NETWORKS.title(network.name)} className="flex flex-col gap-4 overflow-auto p-4">
      <PageHeading title={NETWORKS.title(network.name)} />
      {isIscsiNetwork(network) && network.role !== 'none' && (
        <p role="note" data-testid="iscsi-network-note" className="max-w-[80ch] rounded-[2px] bg-warn-soft px-2 py-1 text-sm text-fg">
          {NETWORKS.iscsiNote}
        </p>
      )}
      <PropertyList
        items={[
          { label: NETWORKS.status, value: network.state },
          { label: NETWORKS.use, value: <span data-testid="network-use">{NETWORK_ROLE_LABELS[network.role]}</span> },
          { label: NETWORKS.subnet, value: network.subnet },
          { label: NETWORKS.labNetwork, value: network.labNetwork },
          ...(holdsClusterAddress(cluster, network) ? [{ label: NETWORKS.adminLabel, value: `${NETWORKS.adminNetwork} (${cluster.address})` }] : []),
        ]}
      />
      <InterfacesTable id="fcm-network-interfaces" title={NETWORKS.interfaces} columns={INTERFACE_COLUMNS} rows={network.interfaces} rowKey={(entry) => entry.node} />
    </section>
  );
}
