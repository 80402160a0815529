// Services and applications: the cluster's clustered roles (none until Configure a Service or
// Application arrives with highly available virtual machines, issue 12), with the snap-in's columns.
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { SERVICES } from './labels';
import { Missing } from './missing';
import { useClusterRoute } from './use-cluster';

/** A clustered service or application as the list shows it. */
interface ClusteredRole {
  name: string;
  status: string;
  type: string;
  owner: string;
}

const COLUMNS: GridColumn<ClusteredRole>[] = [
  { id: 'name', header: SERVICES.name, width: 'minmax(180px, 1fr)', cell: (role) => role.name, sortValue: (role) => role.name },
  { id: 'status', header: SERVICES.status, width: '100px', cell: (role) => role.status },
  { id: 'type', header: SERVICES.type, width: '140px', cell: (role) => role.type },
  { id: 'owner', header: SERVICES.owner, width: '140px', cell: (role) => role.owner },
];

/** The cluster domain holds no clustered roles before issue 12 (highly available virtual machines): the list is the snap-in's, empty. */
const NO_ROLES: readonly ClusteredRole[] = [];

export default function ServicesView() {
  const { cluster, loaded } = useClusterRoute();
  if (!cluster) return <Missing loaded={loaded} what="such cluster" />;
  return (
    <DataGrid
      aria-label={SERVICES.list}
      columnsKey="fcm-services"
      rows={NO_ROLES}
      columns={COLUMNS}
      getRowId={(role) => role.name}
      selectedId={null}
      onSelectionChange={() => undefined}
      emptyMessage={SERVICES.none}
      className="flex-1"
    />
  );
}
