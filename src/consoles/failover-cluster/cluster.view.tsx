// A cluster's summary page, as 2008 R2's "Summary of Cluster1": name, current host server, quorum
// configuration, recent cluster events, networks and subnets, and the links to its parts.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useLabMirror } from '../../stores/lab-mirror';
import { PropertyList } from '../../ui/property-list';
import { TREE } from './action-labels';
import { SUMMARY } from './labels';
import { clusterEvents, quorumLine, recentEventCounts } from './model';
import { PageHeading } from '../../ui/page-heading';
import { Missing } from './missing';
import { clusterEventsHref, clusterNetworksHref, clusterNodesHref, clusterServicesHref, clusterSharedVolumesHref, clusterStorageHref } from './paths';
import { QuorumVotes } from './quorum-votes';
import { useClusterRoute } from './use-cluster';
import { useClusterRoles } from './use-roles';

export default function ClusterView() {
  const { cluster, loaded } = useClusterRoute();
  const events = useLabMirror((state) => state.events);
  const nowMs = useLabMirror((state) => state.nowMs);
  const roles = useClusterRoles(cluster);
  const recent = useMemo(() => (cluster ? recentEventCounts(clusterEvents(events, cluster), nowMs) : null), [cluster, events, nowMs]);
  if (!cluster) return <Missing loaded={loaded} what="such cluster" />;
  const subnets = new Set(cluster.networks.map((network) => network.subnet));
  const eventLine = recent && recent.Error + recent.Warning > 0 ? `Error: ${recent.Error}, Warning: ${recent.Warning} in the last hour` : SUMMARY.noEvents;
  const links = [
    { href: clusterServicesHref(cluster.name), label: TREE.services },
    { href: clusterNodesHref(cluster.name), label: TREE.nodes },
    { href: clusterStorageHref(cluster.name), label: TREE.storage },
    ...(cluster.properties.EnableSharedVolumes === 1 ? [{ href: clusterSharedVolumesHref(cluster.name), label: TREE.sharedVolumes }] : []),
    { href: clusterNetworksHref(cluster.name), label: TREE.networks },
    { href: clusterEventsHref(cluster.name), label: TREE.events },
  ];
  return (
    <section aria-label={SUMMARY.title(cluster.name)} className="flex flex-col gap-4 overflow-auto p-4">
      <PageHeading title={SUMMARY.title(cluster.name)}>{SUMMARY.counts(cluster.name, roles.length, cluster.nodes.length)}</PageHeading>
      {cluster.state === 'Offline' && (
        <p role="status" className="rounded-[2px] bg-error-soft px-2 py-1 text-sm text-fg">
          {SUMMARY.offline}
        </p>
      )}
      {cluster.state === 'Creating' && (
        <p role="status" className="rounded-[2px] bg-warn-soft px-2 py-1 text-sm text-fg">
          {SUMMARY.creating}
        </p>
      )}
      <PropertyList
        items={[
          { label: SUMMARY.name, value: cluster.fqdn },
          { label: SUMMARY.currentHost, value: cluster.coreOwner ?? '—' },
          { label: SUMMARY.state, value: cluster.state },
          { label: SUMMARY.address, value: cluster.address },
          { label: SUMMARY.quorum, value: <span data-testid="quorum-line">{quorumLine(cluster)}</span> },
          { label: SUMMARY.votes, value: <QuorumVotes cluster={cluster.name} /> },
          { label: SUMMARY.events, value: eventLine },
          { label: SUMMARY.networks, value: cluster.networks.map((network) => network.name).join(', ') || '—' },
          { label: SUMMARY.subnets, value: SUMMARY.subnetCount(subnets.size) },
        ]}
      />
      <nav aria-label={SUMMARY.navigate} className="flex flex-col gap-1">
        <h3 className="font-semibold">{SUMMARY.navigate}</h3>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((link) => (
            <li key={link.href}>
              <Link to={link.href} className="text-accent hover:underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
