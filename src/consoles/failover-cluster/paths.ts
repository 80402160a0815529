// Failover Cluster Manager's tree as URLs and node kinds (the tree mirrors the URLs):
// /failover-cluster                                   Failover Cluster Manager (Validate, Create a Cluster)
// /failover-cluster/<cluster>                         the cluster (its summary, Configure Cluster Quorum Settings…)
// /failover-cluster/<cluster>/services                Services and applications
// /failover-cluster/<cluster>/services/<role>         each service or application (a highly available VM)
// /failover-cluster/<cluster>/nodes[/<node>]          Nodes, and each node
// /failover-cluster/<cluster>/storage                 Storage
// /failover-cluster/<cluster>/shared-volumes          Cluster Shared Volumes (once enabled)
// /failover-cluster/<cluster>/networks[/<network>]    Networks, and each cluster network
// /failover-cluster/<cluster>/events                  Cluster Events
// A node's `key` is the cluster's name for the cluster-wide nodes, "<cluster>/<name>" for a node, a network or a role.
export const FCM_HREF = '/failover-cluster';
export const FCM_NODE_KINDS = {
  root: 'fcm',
  cluster: 'fcm.cluster',
  services: 'fcm.services',
  role: 'fcm.role',
  nodes: 'fcm.nodes',
  node: 'fcm.node',
  storage: 'fcm.storage',
  sharedVolumes: 'fcm.shared-volumes',
  networks: 'fcm.networks',
  network: 'fcm.network',
  events: 'fcm.events',
} as const;

const segment = (name: string) => encodeURIComponent(name);
export const clusterHref = (cluster: string) => `${FCM_HREF}/${segment(cluster)}`;
export const clusterServicesHref = (cluster: string) => `${clusterHref(cluster)}/services`;
export const clusterRoleHref = (cluster: string, role: string) => `${clusterServicesHref(cluster)}/${segment(role)}`;
export const clusterNodesHref = (cluster: string) => `${clusterHref(cluster)}/nodes`;
export const clusterNodeHref = (cluster: string, node: string) => `${clusterNodesHref(cluster)}/${segment(node)}`;
export const clusterStorageHref = (cluster: string) => `${clusterHref(cluster)}/storage`;
export const clusterSharedVolumesHref = (cluster: string) => `${clusterHref(cluster)}/shared-volumes`;
export const clusterNetworksHref = (cluster: string) => `${clusterHref(cluster)}/networks`;
export const clusterNetworkHref = (cluster: string, network: string) => `${clusterNetworksHref(cluster)}/${segment(network)}`;
export const clusterEventsHref = (cluster: string) => `${clusterHref(cluster)}/events`;

/** A node's or a network's tree key, and back. */
export const memberKey = (cluster: string, name: string) => `${cluster}/${name}`;
export function splitMemberKey(key: string): { cluster: string; name: string } | undefined {
  const slash = key.indexOf('/');
  return slash <= 0 ? undefined : { cluster: key.slice(0, slash), name: key.slice(slash + 1) };
}

/** Action ids other places link to (seed steps, the wizards' own actions). */
export const FCM_ACTION_IDS = {
  validate: 'cluster.validate',
  create: 'cluster.create',
  quorum: 'cluster.quorum',
  enableCsv: 'cluster.enable-csv',
  addCsv: 'cluster.add-csv',
  configureRole: 'cluster.configure-role',
  roleStart: 'cluster.role-start',
} as const;
