// MPIO (Windows Server 2008 R2: Administrative Tools → MPIO), one per server: a node under each
// server of the Servers console, its summary page, the MPIO Properties control panel and a disk's
// Properties dialog with its MPIO tab (offered on any console's disk item, as Disk Management lists them).
import { createElement, lazy } from 'react';
import { Route } from 'lucide-react';
import { NODE_KINDS, type ConsoleDefinition } from '../../shell/registry';
import { diskPropertiesAction } from './disk-properties.action';
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
  // Properties on a disk of any console's list (Disk Management's disks) belongs here, with its dialog.
  actions: [...mpioActions, diskPropertiesAction],
};
