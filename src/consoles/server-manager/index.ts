// Server Manager (Windows Server 2008 R2), one per server: nodes contributed under each server of
// the Servers console (Server Manager → Roles, Features), their pages and the four wizards.
import { createElement, lazy } from 'react';
import { Boxes, LayoutGrid, Puzzle } from 'lucide-react';
import { NODE_KINDS, type ConsoleDefinition } from '../../shell/registry';
import { serverManagerActions } from './features.action';
import { FEATURES, ROLES, SERVER_MANAGER } from './labels';
import { featuresHref, NODE, rolesHref, serverManagerHref } from './paths';

const ServerManagerView = lazy(() => import('./features.view'));

export const serverManagerConsole: ConsoleDefinition = {
  id: 'server-manager',
  tree: () => [],
  contributions: [
    {
      under: NODE_KINDS.server,
      nodes: (server) => [
        {
          href: serverManagerHref(server.href),
          label: SERVER_MANAGER,
          kind: NODE.serverManager,
          key: server.key,
          icon: LayoutGrid,
          children: [
            { href: rolesHref(server.href), label: ROLES, kind: NODE.roles, key: server.key, icon: Boxes },
            { href: featuresHref(server.href), label: FEATURES, kind: NODE.features, key: server.key, icon: Puzzle },
          ],
        },
      ],
    },
  ],
  routes: [
    { path: 'servers/:name/server-manager', element: createElement(ServerManagerView, { show: 'both' }) },
    { path: 'servers/:name/server-manager/roles', element: createElement(ServerManagerView, { show: 'role' }) },
    { path: 'servers/:name/server-manager/features', element: createElement(ServerManagerView, { show: 'feature' }) },
  ],
  actions: serverManagerActions,
};
