// The table of network connections a network's page and a node's page both show under
// "Network Connections": one row per node adapter on a cluster network, the columns the page names.
import type { ReactNode } from 'react';
import { cx } from '../../ui/cx';

export interface InterfaceColumn<T> {
  header: string;
  cell(row: T): ReactNode;
}

interface InterfacesTableProps<T> {
  /** The heading's id, which the section is labelled by. */
  id: string;
  title: string;
  columns: readonly InterfaceColumn<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
}

export function InterfacesTable<T>({ id, title, columns, rows, rowKey }: InterfacesTableProps<T>) {
  // Every column but the last keeps its gap to the next one.
  const gap = (index: number) => (index < columns.length - 1 ? 'pr-6' : undefined);
  return (
    <section aria-labelledby={id} className="flex flex-col gap-1">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <table className="w-fit text-sm">
        <thead>
          <tr className="text-left text-muted">
            {columns.map((column, index) => (
              <th key={column.header} className={cx(gap(index), 'font-normal')}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) => (
                <td key={column.header} className={gap(index)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
