// The list of a cluster's members of one kind (Nodes, Networks, roles): a row is the selected item the
// member's actions apply to (its key "<cluster>/<name>", its label the name), and Enter or a
// double-click opens the member's page. Each list names its rows, columns and page.
import { useNavigate } from 'react-router';
import type { Cluster } from '../../domain/cluster';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { Missing } from './missing';
import { memberKey } from './paths';
import { useClusterRoute } from './use-cluster';

interface MemberListProps<T extends { name: string }> {
  label: string;
  /** The selected item's kind (FCM_NODE_KINDS.node, .network). */
  kind: string;
  columnsKey: string;
  columns: readonly GridColumn<T>[];
  members(cluster: Cluster): readonly T[];
  href(cluster: string, name: string): string;
  emptyMessage?: string;
}

export function MemberList<T extends { name: string }>({ label, kind, columnsKey, columns, members, href, emptyMessage }: MemberListProps<T>) {
  const { cluster, loaded } = useClusterRoute();
  const [selected, setItem] = useSelectedItem(kind);
  const navigate = useNavigate();
  if (!cluster) return <Missing loaded={loaded} what="such cluster" />;
  const nameOf = (key: string) => key.slice(cluster.name.length + 1);
  return (
    <DataGrid
      aria-label={label}
      columnsKey={columnsKey}
      rows={members(cluster)}
      columns={columns}
      getRowId={(member) => memberKey(cluster.name, member.name)}
      selectedId={selected}
      onSelectionChange={(key) => setItem(key ? { kind, key, label: nameOf(key) } : null)}
      onRowAction={(key) => void navigate(href(cluster.name, nameOf(key)))}
      emptyMessage={emptyMessage}
      className="flex-1"
    />
  );
}
