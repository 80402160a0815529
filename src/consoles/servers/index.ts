// The Servers console: its tree nodes, routes and actions, registered with the shell. Views are
// lazy so the first load carries only this small definition.
import { createElement, lazy } from 'react';
import { Monitor, Server, ServerOff } from 'lucide-react';
import { NODE_KINDS, type ConsoleDefinition, type ShellTreeNode } from '../../shell/registry';
import { nicActions } from './nic.action';
import { powerActions } from './power.action';
import { SERVERS_HREF, serverHref } from './paths';

const ServersListView = lazy(() => import('./servers-list.view'));
const ServerView = lazy(() => import('./server.view'));

export const serversConsole: ConsoleDefinition = {
  id: 'servers',
  tree(lab) {
    const servers: ShellTreeNode[] = Object.values(lab.hosts).map((host) => ({
      href: serverHref(host.name),
      label: host.name,
      kind: NODE_KINDS.server,
      key: host.name,
      icon: host.powerState === 'off' ? ServerOff : Monitor,
    }));
    return [{ href: SERVERS_HREF, label: 'Servers', kind: 'servers', icon: Server, children: servers }];
  },
  routes: [
    { path: 'servers', element: createElement(ServersListView) },
    { path: 'servers/:name', element: createElement(ServerView) },
  ],
  actions: [...powerActions, ...nicActions],
};
