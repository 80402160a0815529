// Hyper-V Manager (Windows Server 2008 R2): "Hyper-V Manager" with each server whose Hyper-V role
// is in effect under it; a server's page lists its virtual machines with their summary. Actions:
// New → Virtual Machine… on a server, and Settings…, Start, Turn Off…, Shut Down…, Save, Pause,
// Resume on a machine (actions.ts). The wizard and the Settings dialog load when first opened.
import { createElement, lazy } from 'react';
import { Monitor, MonitorCog } from 'lucide-react';
import type { ConsoleDefinition } from '../../shell/registry';
import { hypervActions } from './actions';
import { HYPERV } from './labels';
import { hypervHosts } from './model';
import { HYPERV_HREF, HYPERV_NODE_KINDS, hypervServerHref } from './paths';

const OverviewView = lazy(() => import('./overview.view'));
const ServerView = lazy(() => import('./server.view'));

export const hypervConsole: ConsoleDefinition = {
  id: 'hyper-v',
  tree: (lab) => [
    {
      href: HYPERV_HREF,
      label: HYPERV,
      kind: HYPERV_NODE_KINDS.root,
      icon: MonitorCog,
      children: hypervHosts(lab).map((host) => ({ href: hypervServerHref(host.name), label: host.name, kind: HYPERV_NODE_KINDS.server, key: host.name, icon: Monitor })),
    },
  ],
  routes: [
    { path: 'hyper-v', element: createElement(OverviewView) },
    { path: 'hyper-v/:server', element: createElement(ServerView) },
  ],
  actions: hypervActions,
};
