// Windows PowerShell, one console per cluster node: a node under each server that belongs to a
// cluster, its console page (the prompt, the transcript) running each line through
// POST /api/v1/powershell, where the lab's interpreter runs the FailoverClusters and Hyper-V cmdlets.
import { createElement, lazy } from 'react';
import { SquareTerminal } from 'lucide-react';
import { NODE_KINDS, type ConsoleDefinition } from '../../shell/registry';
import { NODE_LABEL } from './labels';
import { powershellHref, POWERSHELL_NODE_KIND } from './paths';

const PowerShellView = lazy(() => import('./powershell.view'));

export const powershellConsole: ConsoleDefinition = {
  id: 'powershell',
  tree: () => [],
  contributions: [
    {
      under: NODE_KINDS.server,
      nodes: (server, lab) => {
        const isNode = Object.values(lab.clusters).some((cluster) => cluster.nodes.some((node) => node.name === server.key));
        return isNode ? [{ href: powershellHref(server.href), label: NODE_LABEL, kind: POWERSHELL_NODE_KIND, key: server.key, icon: SquareTerminal }] : [];
      },
    },
  ],
  routes: [{ path: 'servers/:name/powershell', element: createElement(PowerShellView) }],
  actions: [],
};
