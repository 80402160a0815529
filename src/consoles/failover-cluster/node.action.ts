// A cluster node's actions, for its tree node and for its row in Nodes: Pause, Resume, Stop /
// Start Cluster Service (2008 R2's More Actions), Evict (confirmed first). Greyed when the node's state
// does not allow them (model.ts says why on the node's page); the engine's refusal is shown as
// the shell shows every failed action: a message with the lab's words. From 2012, Pause has a
// submenu: "Drain Roles" (paused, its online roles live migrated off as the migration engine's
// concurrency allows) and "Do Not Drain Roles" (Pause here); 2008 R2 only pauses, so the Drain
// Roles entry is not listed there.
import { CirclePause, CirclePlay, Power, PowerOff, UserX } from 'lucide-react';
import type { Cluster, ClusterNode, ClusterNodeAction } from '../../domain/cluster';
import { DRAIN_SUPPORTED } from '../../domain/migration';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { NODE_ACTIONS } from './action-labels';
import { findCluster, findNode, nodeActionState } from './model';
import { clusterNodesHref, FCM_NODE_KINDS, splitMemberKey } from './paths';

export const NODE_ACTION_ORDER: readonly ClusterNodeAction[] = ['pause', 'resume', 'stop-service', 'start-service', 'evict'];

const LABELS: Record<ClusterNodeAction, string> = {
  pause: NODE_ACTIONS.pause,
  resume: NODE_ACTIONS.resume,
  'stop-service': NODE_ACTIONS.stopService,
  'start-service': NODE_ACTIONS.startService,
  evict: NODE_ACTIONS.evict,
};
const ICONS = { pause: CirclePause, resume: CirclePlay, 'stop-service': PowerOff, 'start-service': Power, evict: UserX } as const;

export function nodeActionLabel(action: ClusterNodeAction): string {
  return LABELS[action];
}

export function nodeActionId(action: ClusterNodeAction, section: 'node' | 'item'): string {
  return `cluster.node.${action}.${section}`;
}

/** The node an action applies to: the selected row of Nodes, else the node's tree node. */
export function targetNode(ctx: ActionContext, section: 'node' | 'item'): { cluster: Cluster; node: ClusterNode } | undefined {
  const key = section === 'item' ? (ctx.item?.kind === FCM_NODE_KINDS.node ? ctx.item.key : undefined) : ctx.node?.kind === FCM_NODE_KINDS.node ? ctx.node.key : undefined;
  const parts = key === undefined ? undefined : splitMemberKey(key);
  const cluster = parts && findCluster(ctx.lab.clusters, parts.cluster);
  const node = cluster && parts && findNode(cluster, parts.name);
  return cluster && node ? { cluster, node } : undefined;
}

async function confirmed(ctx: ActionContext, action: ClusterNodeAction, cluster: Cluster, node: ClusterNode): Promise<boolean> {
  if (action === 'evict') {
    return ctx.confirm({
      title: NODE_ACTIONS.evictTitle,
      message: NODE_ACTIONS.evictMessage(node.name, cluster.name),
      affects: NODE_ACTIONS.evictAffects(node.name),
      confirmLabel: NODE_ACTIONS.evict,
      tone: 'warning',
    });
  }
  if (action === 'stop-service') {
    return ctx.confirm({ title: NODE_ACTIONS.stopTitle, message: NODE_ACTIONS.stopMessage(node.name), confirmLabel: nodeActionLabel(action), tone: 'warning' });
  }
  return true;
}

function nodeAction(action: ClusterNodeAction, section: 'node' | 'item'): ShellAction {
  return {
    id: nodeActionId(action, section),
    label: LABELS[action],
    icon: ICONS[action],
    section,
    verb: action === 'evict' ? 'delete' : undefined,
    predicate: (ctx) => targetNode(ctx, section) !== undefined,
    isEnabled: (ctx) => {
      const target = targetNode(ctx, section);
      return target !== undefined && nodeActionState(target.cluster, target.node, action).enabled;
    },
    async perform(ctx) {
      const target = targetNode(ctx, section);
      if (!target || !ctx.api) return;
      if (!(await confirmed(ctx, action, target.cluster, target.node))) return;
      await ctx.api.call('clusterNodeAction', { params: { name: target.cluster.name, node: target.node.name }, body: { action } });
      // An evicted node's page is gone: show the nodes that remain.
      if (action === 'evict' && section === 'node') ctx.navigate(clusterNodesHref(target.cluster.name));
    },
  };
}

export const drainActionId = (section: 'node' | 'item') => `cluster.node.pause-drain.${section}`;

/** Pause → Drain Roles (2012 and later): the engine's clusterNodeAction with `drain`. */
function drainAction(section: 'node' | 'item'): ShellAction {
  return {
    id: drainActionId(section),
    label: NODE_ACTIONS.pauseDrain,
    icon: CirclePause,
    section,
    predicate: (ctx) => {
      const target = targetNode(ctx, section);
      return target !== undefined && DRAIN_SUPPORTED[target.cluster.osVersion];
    },
    isEnabled: (ctx) => {
      const target = targetNode(ctx, section);
      return target !== undefined && nodeActionState(target.cluster, target.node, 'pause').enabled;
    },
    async perform(ctx) {
      const target = targetNode(ctx, section);
      if (!target || !ctx.api) return;
      await ctx.api.call('clusterNodeAction', { params: { name: target.cluster.name, node: target.node.name }, body: { action: 'pause', drain: true } });
    },
  };
}

export const nodeActions: ShellAction[] = (['node', 'item'] as const).flatMap((section) => [...NODE_ACTION_ORDER.map((action) => nodeAction(action, section)), drainAction(section)]);
