// MPIO (Windows Server 2008 R2: Administrative Tools → MPIO), one per server: a node under each
// server of the Servers console, its summary page, the MPIO Properties control panel and a disk's
// Properties dialog with its MPIO tab (exported for Disk Management: disk-properties.dialog.tsx).
import { createElement, lazy } from 'react';
import { Route } from 'lucide-react';
import { NODE_KINDS, type ConsoleDefinition } from '../../shell/registry';
import { MPIO } from './labels';
import { mpioActions, OPEN_MPIO_ACTION_ID } from './open.action';
import { mpioHref, MPIO_NODE_KIND } from './paths';

const MpioView = lazy(() => import('./mpio.view'));

export const mpioConsole: ConsoleDefinition = {
  id: 'mpio',
  tree: () => [],
  contributions: [
    {
      under: NODE_KINDS.server,
      nodes: (server) => [{ href: mpioHref(server.href), label: MPIO, kind: MPIO_NODE_KIND, key: server.key, icon: Route, defaultAction: OPEN_MPIO_ACTION_ID }],
    },
  ],
  routes: [{ path: 'servers/:name/mpio', element: createElement(MpioView) }],
  actions: mpioActions,
};
