// The pages that list cluster disks (Storage, Cluster Shared Volumes): a heading strip (its title,
// the sentence under it, and an optional button beside it), then the disks; a row is the selected
// item of the page's kind, keyed and labelled by the disk's name (cluster disk names are unique).
import type { ReactNode } from 'react';
import type { ClusterDisk } from '../../domain/cluster';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { PageHeading } from '../../ui/page-heading';

interface DiskListProps {
  title: string;
  /** The sentence under the title. */
  summary: ReactNode;
  /** Beside the heading, as the snap-in puts Add storage. */
  aside?: ReactNode;
  /** The selected item's kind. */
  kind: string;
  label: string;
  columnsKey: string;
  columns: readonly GridColumn<ClusterDisk>[];
  rows: readonly ClusterDisk[];
  emptyMessage: string;
}

export function DiskList({ title, summary, aside, kind, label, columnsKey, columns, rows, emptyMessage }: DiskListProps) {
  const [selected, setItem] = useSelectedItem(kind);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex shrink-0 items-end justify-between gap-3 border-b border-line p-3">
        <PageHeading title={title}>{summary}</PageHeading>
        {aside}
      </div>
      <DataGrid
        aria-label={label}
        columnsKey={columnsKey}
        rows={rows}
        columns={columns}
        getRowId={(disk) => disk.name}
        selectedId={selected}
        onSelectionChange={(name) => setItem(name ? { kind, key: name, label: name } : null)}
        emptyMessage={emptyMessage}
        className="flex-1"
      />
    </div>
  );
}
