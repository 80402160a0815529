// Virtual Machine Manager (the System Center Virtual Machine Manager 2008 R2 Administrator
// Console, as far as the lab has it): All Hosts → each cluster → its hosts (the host groups),
// whose view lists the Virtual Machines of the hosts below it; Jobs (the migrations, newest first,
// with their progress and steps). Action: Migrate… on a highly available machine, the Migrate
// Virtual Machine Wizard (actions.ts). The views and the wizard load when first opened.
import { createElement, lazy } from 'react';
import { Boxes, ListChecks, MonitorCog, Server, ServerCog } from 'lucide-react';
import type { ConsoleDefinition, ShellTreeNode } from '../../shell/registry';
import { vmmActions } from './actions';
import { TREE, VMM } from './labels';
import { hostGroups } from './model';
import { VMM_ALL_HOSTS_HREF, VMM_HREF, VMM_JOBS_HREF, VMM_NODE_KINDS, vmmGroupHref } from './paths';

const OverviewView = lazy(() => import('./overview.view'));
const VirtualMachinesView = lazy(() => import('./vms.view'));
const JobsView = lazy(() => import('./jobs.view'));

export const vmmConsole: ConsoleDefinition = {
  id: 'vmm',
  tree: (lab) => {
    const groups = hostGroups(lab);
    const hostNode = (href: string, name: string): ShellTreeNode => ({ href, label: name, kind: VMM_NODE_KINDS.host, key: name, icon: Server });
    const clusters = groups.clusters.map(({ cluster, hosts }) => ({
      href: vmmGroupHref(cluster.name),
      label: cluster.name,
      kind: VMM_NODE_KINDS.cluster,
      key: cluster.name,
      icon: Boxes,
      children: hosts.map((host) => hostNode(vmmGroupHref(cluster.name, host.name), host.name)),
    }));
    const standalone = groups.standalone.map((host) => hostNode(vmmGroupHref(host.name), host.name));
    return [
      {
        href: VMM_HREF,
        label: VMM,
        kind: VMM_NODE_KINDS.root,
        icon: MonitorCog,
        children: [
          { href: VMM_ALL_HOSTS_HREF, label: TREE.allHosts, kind: VMM_NODE_KINDS.allHosts, icon: ServerCog, children: [...clusters, ...standalone] },
          { href: VMM_JOBS_HREF, label: TREE.jobs, kind: VMM_NODE_KINDS.jobs, icon: ListChecks },
        ],
      },
    ];
  },
  routes: [
    { path: 'vmm', element: createElement(OverviewView) },
    { path: 'vmm/all-hosts', element: createElement(VirtualMachinesView) },
    { path: 'vmm/all-hosts/:group', element: createElement(VirtualMachinesView) },
    { path: 'vmm/all-hosts/:group/:host', element: createElement(VirtualMachinesView) },
    { path: 'vmm/jobs', element: createElement(JobsView) },
  ],
  actions: vmmActions,
  expandedByDefault: [VMM_ALL_HOSTS_HREF],
};
