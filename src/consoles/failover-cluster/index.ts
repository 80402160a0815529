// Failover Cluster Manager (Windows Server 2008 R2's snap-in): its tree (the snap-in's node, each
// cluster as "Cluster1.SWS.com" with Services and applications (each role under it), Nodes, Storage, Cluster Shared
// Volumes once enabled, Networks and Cluster Events), routes and actions. The wizards (Validate a
// Configuration, Create Cluster, Configure Cluster Quorum Settings) are wizards/'s.
import { createElement, lazy } from 'react';
import { AppWindow, Boxes, CirclePause, HardDrive, Layers, Monitor, Network, ScrollText, Server, ServerCog, ServerOff, Waypoints } from 'lucide-react';
import type { Cluster, ClusterNode, ClusterRole } from '../../domain/cluster';
import type { ConsoleDefinition, ShellTreeNode } from '../../shell/registry';
import { clusterActions } from './cluster.action';
import { FCM, TREE } from './action-labels';
import { manageAction } from './manage.action';
import { sortedClusters } from './model';
import { nodeActions } from './node.action';
import { migrateActions } from './migrate.action';
import { roleActions } from './role.action';
import { clusterRoles, roleCollection } from './roles-model';
import {
  clusterEventsHref,
  clusterHref,
  clusterNetworkHref,
  clusterNetworksHref,
  clusterNodeHref,
  clusterNodesHref,
  clusterRoleHref,
  clusterServicesHref,
  clusterSharedVolumesHref,
  clusterStorageHref,
  FCM_HREF,
  FCM_NODE_KINDS,
  memberKey,
} from './paths';
import { fcmWizardActions } from './wizards/actions';

const OverviewView = lazy(() => import('./overview.view'));
const ClusterView = lazy(() => import('./cluster.view'));
const ServicesView = lazy(() => import('./services.view'));
const RoleView = lazy(() => import('./role.view'));
const NodesView = lazy(() => import('./nodes.view'));
const NodeView = lazy(() => import('./node.view'));
const StorageView = lazy(() => import('./storage.view'));
const SharedVolumesView = lazy(() => import('./shared-volumes.view'));
const NetworksView = lazy(() => import('./networks.view'));
const NetworkView = lazy(() => import('./network.view'));
const EventsView = lazy(() => import('./events.view'));

const NODE_ICONS = { Up: Server, Down: ServerOff, Paused: CirclePause, Joining: ServerCog } as const;

function nodeNode(cluster: Cluster, node: ClusterNode): ShellTreeNode {
  return { href: clusterNodeHref(cluster.name, node.name), label: node.name, kind: FCM_NODE_KINDS.node, key: memberKey(cluster.name, node.name), icon: NODE_ICONS[node.state] };
}

/** Role nodes by cluster and role name: the tree is rebuilt on every change of a role (8,000 of them), the nodes need not be. */
const roleNodes = new Map<string, ShellTreeNode>();

/** A role's node: no state icon, so a role changing state (8,000 of them) leaves the tree still. */
function roleNode(cluster: Cluster, role: ClusterRole): ShellTreeNode {
  const key = memberKey(cluster.name, role.name);
  let node = roleNodes.get(key);
  if (!node) roleNodes.set(key, (node = { href: clusterRoleHref(cluster.name, role.name), label: role.name, kind: FCM_NODE_KINDS.role, key, icon: Monitor }));
  return node;
}

function clusterNode(cluster: Cluster, roles: readonly ClusterRole[]): ShellTreeNode {
  const key = cluster.name;
  const children: ShellTreeNode[] = [
    { href: clusterServicesHref(key), label: TREE.services, kind: FCM_NODE_KINDS.services, key, icon: AppWindow, children: roles.map((role) => roleNode(cluster, role)) },
    { href: clusterNodesHref(key), label: TREE.nodes, kind: FCM_NODE_KINDS.nodes, key, icon: Server, children: cluster.nodes.map((node) => nodeNode(cluster, node)) },
    { href: clusterStorageHref(key), label: TREE.storage, kind: FCM_NODE_KINDS.storage, key, icon: HardDrive },
  ];
  // 2008 R2 shows Cluster Shared Volumes only after Enable Cluster Shared Volumes.
  if (cluster.properties.EnableSharedVolumes === 1) {
    children.push({ href: clusterSharedVolumesHref(key), label: TREE.sharedVolumes, kind: FCM_NODE_KINDS.sharedVolumes, key, icon: Layers });
  }
  children.push(
    {
      href: clusterNetworksHref(key),
      label: TREE.networks,
      kind: FCM_NODE_KINDS.networks,
      key,
      icon: Network,
      children: cluster.networks.map((network) => ({ href: clusterNetworkHref(key, network.name), label: network.name, kind: FCM_NODE_KINDS.network, key: memberKey(key, network.name), icon: Waypoints })),
    },
    { href: clusterEventsHref(key), label: TREE.events, kind: FCM_NODE_KINDS.events, key, icon: ScrollText },
  );
  return { href: clusterHref(key), label: cluster.fqdn, title: cluster.fqdn, kind: FCM_NODE_KINDS.cluster, key, icon: Boxes, children };
}

export const failoverClusterConsole: ConsoleDefinition = {
  id: 'failover-cluster',
  tree: (lab) => {
    const roles = roleCollection(lab);
    return [{ href: FCM_HREF, label: FCM, kind: FCM_NODE_KINDS.root, icon: Boxes, children: sortedClusters(lab.clusters).map((cluster) => clusterNode(cluster, clusterRoles(roles, cluster))) }];
  },
  routes: [
    { path: 'failover-cluster', element: createElement(OverviewView) },
    { path: 'failover-cluster/:cluster', element: createElement(ClusterView) },
    { path: 'failover-cluster/:cluster/services', element: createElement(ServicesView) },
    { path: 'failover-cluster/:cluster/services/:role', element: createElement(RoleView) },
    { path: 'failover-cluster/:cluster/nodes', element: createElement(NodesView) },
    { path: 'failover-cluster/:cluster/nodes/:node', element: createElement(NodeView) },
    { path: 'failover-cluster/:cluster/storage', element: createElement(StorageView) },
    { path: 'failover-cluster/:cluster/shared-volumes', element: createElement(SharedVolumesView) },
    { path: 'failover-cluster/:cluster/networks', element: createElement(NetworksView) },
    { path: 'failover-cluster/:cluster/networks/:network', element: createElement(NetworkView) },
    { path: 'failover-cluster/:cluster/events', element: createElement(EventsView) },
  ],
  // The wizards first (Validate, Create on the snap-in's node; quorum on a cluster), as the Actions pane lists them.
  actions: [...fcmWizardActions, manageAction, ...clusterActions, ...nodeActions, ...roleActions, ...migrateActions],
};
