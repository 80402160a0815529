// The data grid's header row: sortable column headers, each with a right edge that resizes the
// column (drag it, or focus it and use the arrow keys), and a context menu (right-click) that
// opens Add/Remove Columns… for a grid whose columns can be chosen.
import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { COLUMN_WIDTH_LIMITS_PX, type ColumnSettingsAction } from '../stores/column-settings';
import { cx } from './cx';
import { Splitter } from './splitter';

export interface HeaderColumn {
  id: string;
  header: string;
  sortable: boolean;
  align?: 'left' | 'right';
}

export interface GridHeaderProps {
  columns: readonly HeaderColumn[];
  template: string;
  heightPx: number;
  sort: { columnId: string; direction: 'ascending' | 'descending' } | null;
  onSort(columnId: string): void;
  onColumns(action: ColumnSettingsAction): void;
  /** Right-click on the header: the Add/Remove Columns dialog (absent: the grid's columns are fixed). */
  onChooseColumns?(): void;
}

export function GridHeader({ columns, template, heightPx, sort, onSort, onColumns, onChooseColumns }: GridHeaderProps) {
  const cells = useRef(new Map<string, HTMLDivElement>());
  // Widths as drawn, so a flexible column ("1fr") resizes from where it is.
  const [drawnPx, setDrawnPx] = useState<Record<string, number>>({});
  useLayoutEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    // Observed, not read once: a flexible column changes width with the pane around it.
    const observer = new ResizeObserver(() => {
      const measured: Record<string, number> = {};
      for (const [id, element] of cells.current) measured[id] = Math.round(element.getBoundingClientRect().width);
      setDrawnPx((current) => (Object.keys(measured).every((id) => current[id] === measured[id]) ? current : measured));
    });
    for (const element of cells.current.values()) observer.observe(element);
    return () => observer.disconnect();
  }, [columns, template]);

  const onContextMenu = (event: MouseEvent) => {
    if (!onChooseColumns) return;
    event.preventDefault();
    onChooseColumns();
  };

  return (
    <div role="rowgroup" className="sticky top-0 z-10">
      <div role="row" aria-rowindex={1} className="grid border-b border-line bg-header" style={{ gridTemplateColumns: template, height: heightPx }} onContextMenu={onContextMenu}>
        {columns.map((column) => {
          const sorted = sort?.columnId === column.id ? sort.direction : undefined;
          return (
            <div
              key={column.id}
              ref={(element) => {
                if (element) cells.current.set(column.id, element);
                else cells.current.delete(column.id);
              }}
              role="columnheader"
              // Named by its title alone: the edge inside it has a name of its own.
              aria-label={column.header}
              aria-sort={column.sortable ? (sorted ?? 'none') : undefined}
              data-column={column.id}
              className="relative flex min-w-0 items-center border-r border-line text-sm text-fg last:border-r-0"
            >
              {column.sortable ? (
                <button
                  type="button"
                  tabIndex={-1}
                  title={column.header}
                  onClick={() => onSort(column.id)}
                  className={cx('flex h-full w-full min-w-0 items-center gap-1 px-2 text-left outline-none hover:bg-hover', column.align === 'right' && 'justify-end')}
                >
                  <span className="truncate">{column.header}</span>
                  {sorted === 'ascending' && <ArrowUp aria-hidden className="size-3 shrink-0 text-muted" />}
                  {sorted === 'descending' && <ArrowDown aria-hidden className="size-3 shrink-0 text-muted" />}
                </button>
              ) : (
                <span title={column.header} className={cx('truncate px-2', column.align === 'right' && 'ml-auto')}>
                  {column.header}
                </span>
              )}
              <Splitter
                variant="column"
                label={`${column.header} column width`}
                orientation="vertical"
                valuePx={drawnPx[column.id] ?? COLUMN_WIDTH_LIMITS_PX.min}
                minPx={COLUMN_WIDTH_LIMITS_PX.min}
                maxPx={COLUMN_WIDTH_LIMITS_PX.max}
                direction={1}
                onChange={(widthPx) => onColumns({ type: 'resize', columnId: column.id, widthPx })}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
