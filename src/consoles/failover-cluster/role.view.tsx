// A role's page (a service or application under Services and applications): its summary (Name,
// Status, Alerts, Preferred Owners, Current Owner), its resources with their status, and the role
// actions with why each is greyed. Everything is read from the role entity in the mirror.
import { useParams } from 'react-router';
import { ROLE_ACTION_LABELS, type ClusterResource, type ClusterRole } from '../../domain/cluster';
import { PropertyList } from '../../ui/property-list';
import { ActionList } from './action-list';
import { InterfacesTable, type InterfaceColumn } from './interfaces-table';
import { ROLE_PAGE } from './labels';
import { Missing, PageHeading } from './missing';
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
  if (!cluster || !role) return <Missing loaded={loaded} what={`service or application ${roleName} in this cluster`} />;
  return (
    <section aria-label={ROLE_PAGE.title(role.name)} className="flex flex-col gap-4 overflow-auto p-4">
      <PageHeading title={ROLE_PAGE.title(role.name)} />
      <PropertyList
        items={[
          { label: ROLE_PAGE.name, value: role.name },
          { label: ROLE_PAGE.status, value: <span data-testid="role-state">{role.state}</span> },
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
        entries={ROLE_ACTION_ORDER.map((action) => ({ actionId: roleActionId(action, 'node'), label: ROLE_ACTION_LABELS[action], state: roleActionState(cluster, role, action) }))}
      />
    </section>
  );
}
