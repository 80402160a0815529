// A role's page (a service or application under Services and applications): its summary (Name,
// Status, Alerts, Preferred Owners, Current Owner), its resources with their status, and the role
// actions with why each is greyed (the migration actions too), and the picture of its latest
// migration, live-updating from the mirror. Everything is read from the mirror's entities.
import { Suspense } from 'react';
import { useParams } from 'react-router';
import { ROLE_ACTION_LABELS, type ClusterResource, type ClusterRole } from '../../domain/cluster';
import { DEFAULT_START_EPOCH_MS } from '../../domain/lab';
import { useLabMirror } from '../../stores/lab-mirror';
import { LazyMigrationPicture } from '../../ui/migration/lazy';
import { PropertyList } from '../../ui/property-list';
import { MIGRATE_ACTIONS } from './action-labels';
import { ActionList } from './action-list';
import { InterfacesTable, type InterfaceColumn } from './interfaces-table';
import { ROLE_PAGE } from './labels';
import { migrateActionId } from './migrate.action';
import { latestMigration, migrateActionState, MIGRATION_ACTION_TYPES, roleStatus } from './migrations-model';
import { PageHeading } from '../../ui/page-heading';
import { Missing } from './missing';
import { ROLE_ACTION_ORDER, roleActionId } from './role.action';
import { findRole, roleActionState } from './roles-model';
import { useClusterRoute } from './use-cluster';
import { useRoleCollection } from './use-roles';

const RESOURCE_COLUMNS: InterfaceColumn<ClusterResource>[] = [
  { header: ROLE_PAGE.resourceName, cell: (resource) => resource.name },
  { header: ROLE_PAGE.resourceStatus, cell: (resource) => <span data-resource-state={resource.name}>{resource.state}</span> },
  { header: ROLE_PAGE.resourceType, cell: (resource) => resource.type },
];

/** The Alerts line: each failed resource, else none. */
function alerts(role: ClusterRole): string {
  const failed = role.resources.filter((resource) => resource.state === 'Failed').map((resource) => resource.name);
  return failed.length > 0 ? failed.join(', ') : ROLE_PAGE.noAlerts;
}

export default function RoleView() {
  const { role: roleName = '' } = useParams();
  const { cluster, loaded } = useClusterRoute();
  const roles = useRoleCollection();
  const role = cluster && findRole(roles, cluster, roleName);
  const migrations = useLabMirror((state) => state.migrations);
  const epochMs = useLabMirror((state) => state.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS);
  if (!cluster || !role) return <Missing loaded={loaded} what={`service or application ${roleName} in this cluster`} />;
  const migration = latestMigration(migrations, role);
  return (
    <section aria-label={ROLE_PAGE.title(role.name)} className="flex flex-col gap-4 overflow-auto p-4">
      <PageHeading title={ROLE_PAGE.title(role.name)} />
      <PropertyList
        items={[
          { label: ROLE_PAGE.name, value: role.name },
          { label: ROLE_PAGE.status, value: <span data-testid="role-state">{roleStatus(migrations, role)}</span> },
          { label: ROLE_PAGE.alerts, value: alerts(role) },
          { label: ROLE_PAGE.preferredOwners, value: role.preferredOwners.length > 0 ? role.preferredOwners.join(', ') : ROLE_PAGE.anyNode },
          { label: ROLE_PAGE.owner, value: <span data-testid="role-owner">{role.ownerNode ?? ''}</span> },
          ...(role.lastError ? [{ label: ROLE_PAGE.lastError, value: role.lastError }] : []),
        ]}
      />
      <InterfacesTable id="fcm-role-resources" title={ROLE_PAGE.resources} columns={RESOURCE_COLUMNS} rows={role.resources} rowKey={(resource) => resource.name} />
      <ActionList
        id="fcm-role-actions"
        title={ROLE_PAGE.actionsTitle}
        entries={[
          ...ROLE_ACTION_ORDER.map((action) => ({ actionId: roleActionId(action, 'node'), label: ROLE_ACTION_LABELS[action], state: roleActionState(cluster, role, action) })),
          ...MIGRATION_ACTION_TYPES.map((type) => ({ actionId: migrateActionId(type, 'node'), label: type === 'live' ? MIGRATE_ACTIONS.live : MIGRATE_ACTIONS.quick, state: migrateActionState(cluster, role, migrations) })),
        ]}
      />
      {migration ? (
        <section aria-label={ROLE_PAGE.latestMigration} className="flex flex-col gap-2 rounded-[2px] border border-line p-3">
          <h2 className="font-semibold">{ROLE_PAGE.latestMigration}</h2>
          <Suspense fallback={null}>
            <LazyMigrationPicture migration={migration} epochMs={epochMs} />
          </Suspense>
        </section>
      ) : null}
    </section>
  );
}
