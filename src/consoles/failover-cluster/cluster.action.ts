// Actions on a cluster's node: Enable Cluster Shared Volumes… (its notice first) and Properties;
// on Cluster Shared Volumes: Add storage; on a cluster network (its node or its row): Properties.
// Dialogs load when first opened.
import { createElement } from 'react';
import { HardDriveDownload, Layers, Settings } from 'lucide-react';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import { ACTION_LABELS } from './action-labels';
import { findCluster, findNetwork } from './model';
import { targetAction } from './target-action';
import { clusterNetworkHref, clusterSharedVolumesHref, FCM_ACTION_IDS, FCM_NODE_KINDS, splitMemberKey } from './paths';

const EnableCsvDialog = lazyNamed(() => import('./enable-csv.dialog'), 'EnableCsvDialog');
const ClusterPropertiesDialog = lazyNamed(() => import('./cluster-properties.dialog'), 'ClusterPropertiesDialog');
const AddStorageDialog = lazyNamed(() => import('./add-storage.dialog'), 'AddStorageDialog');
const NetworkPropertiesDialog = lazyNamed(() => import('./network-properties.dialog'), 'NetworkPropertiesDialog');

const clusterOf = (ctx: ActionContext, kind: string) => (ctx.node?.kind === kind && ctx.node.key ? findCluster(ctx.lab.clusters, ctx.node.key) : undefined);

export const enableCsvAction: ShellAction = targetAction({
  id: FCM_ACTION_IDS.enableCsv,
  label: ACTION_LABELS.enableCsv,
  icon: Layers,
  section: 'node',
  target: (ctx) => clusterOf(ctx, FCM_NODE_KINDS.cluster),
  isEnabled: (cluster) => cluster.state === 'Online' && cluster.properties.EnableSharedVolumes === 0,
  perform(ctx, api, cluster) {
    ctx.openDialog((close) =>
      createElement(EnableCsvDialog, { api, cluster: cluster.name, onEnabled: () => ctx.navigate(clusterSharedVolumesHref(cluster.name)), onClose: close }),
    );
  },
});

export const clusterPropertiesAction: ShellAction = targetAction({
  id: 'cluster.properties',
  label: ACTION_LABELS.properties,
  icon: Settings,
  section: 'node',
  verb: 'properties',
  target: (ctx) => clusterOf(ctx, FCM_NODE_KINDS.cluster),
  perform(ctx, api, cluster) {
    ctx.openDialog((close) => createElement(ClusterPropertiesDialog, { api, cluster, onClose: close }));
  },
});

export const addStorageAction: ShellAction = targetAction({
  id: FCM_ACTION_IDS.addCsv,
  label: ACTION_LABELS.addStorage,
  icon: HardDriveDownload,
  section: 'node',
  target: (ctx) => clusterOf(ctx, FCM_NODE_KINDS.sharedVolumes),
  async perform(ctx, api, cluster) {
    // The lab says which disks may be added (its rule, not the console's).
    const volumes = await api.call('listSharedVolumes', { params: { name: cluster.name } });
    ctx.openDialog((close) => createElement(AddStorageDialog, { api, cluster: cluster.name, eligible: volumes.eligible, onClose: close }));
  },
});

function networkOf(ctx: ActionContext, section: 'node' | 'item') {
  const key = section === 'item' ? (ctx.item?.kind === FCM_NODE_KINDS.network ? ctx.item.key : undefined) : ctx.node?.kind === FCM_NODE_KINDS.network ? ctx.node.key : undefined;
  const parts = key === undefined ? undefined : splitMemberKey(key);
  const cluster = parts && findCluster(ctx.lab.clusters, parts.cluster);
  const network = cluster && parts && findNetwork(cluster, parts.name);
  return cluster && network ? { cluster, network } : undefined;
}

function networkPropertiesAction(section: 'node' | 'item'): ShellAction {
  return targetAction({
    id: `cluster.network-properties.${section}`,
    label: ACTION_LABELS.properties,
    icon: Settings,
    section,
    verb: 'properties',
    target: (ctx) => networkOf(ctx, section),
    perform(ctx, api, { cluster, network }) {
      ctx.openDialog((close) =>
        createElement(NetworkPropertiesDialog, {
          api,
          cluster: cluster.name,
          network,
          // A renamed network's page has a new URL.
          onRenamed: (name: string) => section === 'node' && ctx.navigate(clusterNetworkHref(cluster.name, name)),
          onClose: close,
        }),
      );
    },
  });
}

export const clusterActions: ShellAction[] = [enableCsvAction, clusterPropertiesAction, addStorageAction, networkPropertiesAction('node'), networkPropertiesAction('item')];
