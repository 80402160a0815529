// The Networks console: which servers and addresses are on each network.
import { createElement, lazy } from 'react';
import { Network as NetworkIcon, Waypoints } from 'lucide-react';
import type { ConsoleDefinition } from '../../shell/registry';
import { NETWORKS_HREF, networkHref } from './paths';

const NetworksListView = lazy(() => import('./networks-list.view'));
const NetworkView = lazy(() => import('./network.view'));

export const networksConsole: ConsoleDefinition = {
  id: 'networks',
  tree: (lab) => [
    {
      href: NETWORKS_HREF,
      label: 'Networks',
      kind: 'networks',
      icon: NetworkIcon,
      children: Object.values(lab.networks).map((network) => ({ href: networkHref(network.name), label: network.name, kind: 'network', key: network.name, icon: Waypoints })),
    },
  ],
  routes: [
    { path: 'networks', element: createElement(NetworksListView) },
    { path: 'networks/:name', element: createElement(NetworkView) },
  ],
  actions: [],
};
