// Manage a Cluster… on the Failover Cluster Manager node: pick a cluster of the lab and go to it.
import { createElement } from 'react';
import { FolderOpen } from 'lucide-react';
import type { ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import { ACTION_LABELS, MANAGE } from './action-labels';
import { sortedClusters } from './model';
import { clusterHref, FCM_NODE_KINDS } from './paths';

const ManageDialog = lazyNamed(() => import('./manage.dialog'), 'ManageDialog');

export const MANAGE_ACTION_ID = 'cluster.manage';

export const manageAction: ShellAction = {
  id: MANAGE_ACTION_ID,
  label: ACTION_LABELS.manage,
  icon: FolderOpen,
  section: 'node',
  needsLab: false,
  predicate: (ctx) => ctx.node?.kind === FCM_NODE_KINDS.root,
  async perform(ctx) {
    const names = sortedClusters(ctx.lab.clusters).map((cluster) => cluster.name);
    if (names.length === 0) {
      await ctx.showMessage({ title: MANAGE.title, message: MANAGE.none, tone: 'info' });
      return;
    }
    ctx.openDialog((close) => createElement(ManageDialog, { names, onChoose: (name: string) => ctx.navigate(clusterHref(name)), onClose: close }));
  },
};
