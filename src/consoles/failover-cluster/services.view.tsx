// Services and applications: the cluster's roles (highly available virtual machines) with the
// snap-in's columns Name, Status, Type and Current Owner. Virtualised (DataGrid): a cluster may hold
// 8,000. Status says Queued (or Live Migrating) while a migration of the role is open. A row is the item the role actions apply to; Enter or a double-click opens the role's page.
import { useMemo } from 'react';
import { ROLE_TYPE_LABELS, type ClusterRole } from '../../domain/cluster';
import { useLabMirror } from '../../stores/lab-mirror';
import type { GridColumn } from '../../ui/data-grid';
import { SERVICES } from './labels';
import { MemberList } from './member-list';
import { roleStatus, type MigrationRecord } from './migrations-model';
import { clusterRoleHref, FCM_NODE_KINDS } from './paths';
import { useClusterRoute } from './use-cluster';
import { useClusterRoles } from './use-roles';

const columnsOf = (migrations: MigrationRecord): GridColumn<ClusterRole>[] => [
  { id: 'name', header: SERVICES.name, width: 'minmax(180px, 1fr)', cell: (role) => role.name, sortValue: (role) => role.name },
  { id: 'status', header: SERVICES.status, width: '120px', cell: (role) => roleStatus(migrations, role), sortValue: (role) => roleStatus(migrations, role) },
  { id: 'type', header: SERVICES.type, width: '140px', cell: (role) => ROLE_TYPE_LABELS[role.type], sortValue: (role) => role.type },
  { id: 'owner', header: SERVICES.owner, width: '140px', cell: (role) => role.ownerNode ?? SERVICES.noOwner, sortValue: (role) => role.ownerNode ?? '' },
];

export default function ServicesView() {
  const { cluster } = useClusterRoute();
  const roles = useClusterRoles(cluster);
  const migrations = useLabMirror((state) => state.migrations);
  const columns = useMemo(() => columnsOf(migrations), [migrations]);
  return (
    <MemberList
      label={SERVICES.list}
      kind={FCM_NODE_KINDS.role}
      columnsKey="fcm-services"
      columns={columns}
      members={() => roles}
      href={clusterRoleHref}
      emptyMessage={SERVICES.none}
    />
  );
}
