// A role's actions, for its tree node (under Services and applications) and for its row in the
// list: Bring this service or application online, Take … offline, Move … to another node (a
// dialog listing "1 - Move to node Demo2"), Properties. Greyed when the role's state does not
// allow them (roles-model.ts says why on the role's page); the engine's refusal is shown as the
// shell shows every failed action: a message with the lab's words.
import { createElement } from 'react';
import { ArrowRightLeft, CirclePlay, CircleStop, Settings } from 'lucide-react';
import { ROLE_ACTION_LABELS, type Cluster, type ClusterRole, type RoleAction } from '../../domain/cluster';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import { ROLE_ACTIONS } from './action-labels';
import { findCluster } from './model';
import { FCM_ACTION_IDS, FCM_NODE_KINDS, splitMemberKey } from './paths';
import { findRole, roleActionState, roleCollection } from './roles-model';
import { targetAction } from './target-action';

const MoveRoleDialog = lazyNamed(() => import('./move-role.dialog'), 'MoveRoleDialog');
const RolePropertiesDialog = lazyNamed(() => import('./role-properties.dialog'), 'RolePropertiesDialog');

export const ROLE_ACTION_ORDER: readonly RoleAction[] = ['start', 'stop', 'move'];
type Section = 'node' | 'item';

/** The id of a role action; Bring online on a selected row is the one the seed's step 6 links to. */
export function roleActionId(action: RoleAction | 'properties', section: Section): string {
  return action === 'start' && section === 'item' ? FCM_ACTION_IDS.roleStart : `cluster.role.${action}.${section}`;
}

export interface RoleTarget {
  cluster: Cluster;
  role: ClusterRole;
}

/** The role an action applies to: the selected row of Services and applications, else the role's tree node. */
export function targetRole(ctx: ActionContext, section: Section): RoleTarget | undefined {
  const source = section === 'item' ? ctx.item : ctx.node;
  const key = source?.kind === FCM_NODE_KINDS.role ? source.key : undefined;
  const parts = key === undefined ? undefined : splitMemberKey(key);
  const cluster = parts && findCluster(ctx.lab.clusters, parts.cluster);
  const role = cluster && parts && findRole(roleCollection(ctx.lab), cluster, parts.name);
  return cluster && role ? { cluster, role } : undefined;
}

const ICONS = { start: CirclePlay, stop: CircleStop, move: ArrowRightLeft } as const;

function roleAction(action: RoleAction, section: Section): ShellAction {
  return targetAction({
    id: roleActionId(action, section),
    label: ROLE_ACTION_LABELS[action],
    icon: ICONS[action],
    section,
    target: (ctx) => targetRole(ctx, section),
    isEnabled: ({ cluster, role }) => roleActionState(cluster, role, action).enabled,
    async perform(ctx, api, { cluster, role }) {
      if (action === 'move') {
        ctx.openDialog((close) => createElement(MoveRoleDialog, { api, cluster, role, onClose: close }));
        return;
      }
      await api.call('clusterRoleAction', { params: { name: cluster.name, role: role.name }, body: { action } });
    },
  });
}

function rolePropertiesAction(section: Section): ShellAction {
  return targetAction({
    id: roleActionId('properties', section),
    label: ROLE_ACTIONS.properties,
    icon: Settings,
    section,
    verb: 'properties',
    target: (ctx) => targetRole(ctx, section),
    perform(ctx, api, { cluster, role }) {
      ctx.openDialog((close) => createElement(RolePropertiesDialog, { api, cluster, role, onClose: close }));
    },
  });
}

const forSection = (section: Section) => [...ROLE_ACTION_ORDER.map((action) => roleAction(action, section)), rolePropertiesAction(section)];
export const roleActions: ShellAction[] = [...forSection('node'), ...forSection('item')];
