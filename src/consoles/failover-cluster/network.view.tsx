// One cluster network's page: status, cluster use, subnet, each node's connection on it, and the
// lab's recommendation for the iSCSI network (no cluster communication on the storage network).
import { useParams } from 'react-router';
import { PropertyList } from '../../ui/property-list';
import { NETWORK_ROLE_LABELS, NETWORKS } from './labels';
import { findNetwork, holdsClusterAddress, isIscsiNetwork } from './model';
import { Missing, PageHeading } from './missing';
import { useClusterRoute } from './use-cluster';

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
      <section aria-labelledby="fcm-network-interfaces" className="flex flex-col gap-1">
        <h3 id="fcm-network-interfaces" className="font-semibold">
          {NETWORKS.interfaces}
        </h3>
        <table className="w-fit text-sm">
          <thead>
            <tr className="text-left text-muted">
              <th className="pr-6 font-normal">{NETWORKS.node}</th>
              <th className="pr-6 font-normal">{NETWORKS.adapter}</th>
              <th className="pr-6 font-normal">{NETWORKS.address}</th>
              <th className="font-normal">{NETWORKS.state}</th>
            </tr>
          </thead>
          <tbody>
            {network.interfaces.map((entry) => (
              <tr key={entry.node}>
                <td className="pr-6">{entry.node}</td>
                <td className="pr-6">{entry.adapter}</td>
                <td className="pr-6">{entry.ip}</td>
                <td>{entry.state}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
