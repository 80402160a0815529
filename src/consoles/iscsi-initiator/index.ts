// The Microsoft iSCSI Initiator (Windows Server 2008 R2), one per server: a node under each server
// of the Servers console, its summary page and the iSCSI Initiator Properties dialog.
import { createElement, lazy } from 'react';
import { Network } from 'lucide-react';
import { NODE_KINDS, type ConsoleDefinition } from '../../shell/registry';
import { iscsiActions, OPEN_ISCSI_ACTION_ID } from './open.action';
import { ISCSI_INITIATOR } from './labels';
import { iscsiHref, ISCSI_NODE_KIND } from './paths';

const InitiatorView = lazy(() => import('./initiator.view'));

export const iscsiInitiatorConsole: ConsoleDefinition = {
  id: 'iscsi-initiator',
  tree: () => [],
  contributions: [
    {
      under: NODE_KINDS.server,
      nodes: (server) => [{ href: iscsiHref(server.href), label: ISCSI_INITIATOR, kind: ISCSI_NODE_KIND, key: server.key, icon: Network, defaultAction: OPEN_ISCSI_ACTION_ID }],
    },
  ],
  routes: [{ path: 'servers/:name/iscsi-initiator', element: createElement(InitiatorView) }],
  actions: iscsiActions,
};
