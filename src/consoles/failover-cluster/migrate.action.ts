// A virtual machine role's migration actions, for its tree node and its row: Live migrate virtual
// machine to another node and Move virtual machine(s) to another node (quick migration), each
// opening the dialog of its submenu. Greyed by the role's state and an open migration
// (migrations-model.ts); the engine's refusal stays in the dialog. Live migration settings… opens
// the cluster's migration settings (Network for live migration and the lab's settings).
import { createElement } from 'react';
import { Plane, SlidersHorizontal, Truck } from 'lucide-react';
import type { MigrationType } from '../../domain/migration';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import { MIGRATE_ACTIONS } from './action-labels';
import { migrateActionState, MIGRATION_ACTION_TYPES } from './migrations-model';
import { targetRole } from './role.action';
import { targetAction } from './target-action';

const MigrateRoleDialog = lazyNamed(() => import('./migrate-role.dialog'), 'MigrateRoleDialog');
const MigrationSettingsDialog = lazyNamed(() => import('./migration-settings.dialog'), 'MigrationSettingsDialog');

type Section = 'node' | 'item';

export function migrateActionId(type: MigrationType, section: Section): string {
  return `cluster.role.migrate-${type}.${section}`;
}

function migrateAction(type: MigrationType, section: Section): ShellAction {
  return targetAction({
    id: migrateActionId(type, section),
    label: type === 'live' ? MIGRATE_ACTIONS.live : MIGRATE_ACTIONS.quick,
    icon: type === 'live' ? Plane : Truck,
    section,
    target: (ctx: ActionContext) => {
      const found = targetRole(ctx, section);
      return found && { ...found, migrations: ctx.lab.migrations };
    },
    isEnabled: ({ cluster, role, migrations }) => migrateActionState(cluster, role, migrations).enabled,
    perform(ctx, api, { cluster, role }) {
      ctx.openDialog((close) => createElement(MigrateRoleDialog, { api, cluster, role, type, onClose: close }));
    },
  });
}

export const migrationSettingsActionId = (section: Section) => `cluster.role.migration-settings.${section}`;

function migrationSettingsAction(section: Section): ShellAction {
  return targetAction({
    id: migrationSettingsActionId(section),
    label: MIGRATE_ACTIONS.settings,
    icon: SlidersHorizontal,
    section,
    target: (ctx: ActionContext) => targetRole(ctx, section),
    perform(ctx, api, { cluster, role }) {
      ctx.openDialog((close) => createElement(MigrationSettingsDialog, { api, cluster, role, onClose: close }));
    },
  });
}

export const migrateActions: ShellAction[] = (['node', 'item'] as const).flatMap((section) => [...MIGRATION_ACTION_TYPES.map((type) => migrateAction(type, section)), migrationSettingsAction(section)]);
