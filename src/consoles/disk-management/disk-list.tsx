// The lower half of Disk Management: one row per disk, its header ("Disk 1 / Basic / 10.00 GB /
// Online") then its partitions as wide as their share of the disk ("New Volume (E:) / 10.00 GB
// NTFS / Healthy (Primary Partition)", or Unallocated). An ARIA grid: arrows move between cells,
// the focused cell is the selected item (the disk, or its unallocated space), and a right-click,
// Shift+F10 or the context-menu key opens that item's menu. Disks are few per server (one per
// LUN), so every row is drawn; the volume list above is the virtualised grid.
import { Info } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DiskView } from '../../domain/disks';
import { ITEM_KINDS, diskItemKey, type SelectedItem } from '../../shell/registry';
import type { MenuAnchor } from '../../ui/menu';
import { isContextMenuKey } from '../../ui/tree';
import { cx } from '../../ui/cx';
import { WORDS } from './labels';
import { diskHeader, partitionsOf } from './model';
import { UNALLOCATED_ITEM_KIND } from './paths';

export interface DiskListProps {
  host: string;
  disks: readonly DiskView[];
  /** The shell's selected item (a disk or its unallocated space), to mark the cell. */
  selected: SelectedItem | null;
  onSelect(item: SelectedItem | null): void;
  /** After the cell's item is selected: open its context menu there. */
  onContextMenu(anchor: MenuAnchor): void;
}

interface Cell {
  id: string;
  item: SelectedItem | null;
  label: string;
}

function cellsOf(host: string, disk: DiskView): Cell[] {
  const header = diskHeader(disk);
  const key = diskItemKey(host, disk.number);
  const headerCell: Cell = {
    id: `${disk.number}:header`,
    item: { kind: ITEM_KINDS.disk, key, label: disk.name },
    label: [header.name, header.type, header.size, header.status, header.hint].filter(Boolean).join(', '),
  };
  return [
    headerCell,
    ...partitionsOf(disk).map((part, index) => ({
      id: `${disk.number}:${index}`,
      // A volume has no verbs of its own here: its menu is the node's.
      item: part.kind === 'unallocated' ? { kind: UNALLOCATED_ITEM_KIND, key, label: `${disk.name} ${WORDS.unallocated}` } : null,
      label: `${disk.name}: ${part.lines.join(', ')}`,
    })),
  ];
}

const belowLeft = (element: Element): MenuAnchor => {
  const box = element.getBoundingClientRect();
  return { x: box.left + 24, y: box.bottom };
};

export function DiskList({ host, disks, selected, onSelect, onContextMenu }: DiskListProps) {
  const rows = disks.map((disk) => ({ disk, cells: cellsOf(host, disk) }));
  const [active, setActive] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const cellRefs = useRef(new Map<string, HTMLDivElement>());
  const row = Math.min(active.row, Math.max(0, rows.length - 1));
  const col = Math.min(active.col, Math.max(0, (rows[row]?.cells.length ?? 1) - 1));

  const focusCell = (nextRow: number, nextCol: number) => {
    const target = rows[nextRow];
    if (!target) return;
    const clamped = Math.max(0, Math.min(nextCol, target.cells.length - 1));
    setActive({ row: nextRow, col: clamped });
    cellRefs.current.get(target.cells[clamped]!.id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, cell: Cell) => {
    if (isContextMenuKey(event)) {
      event.preventDefault();
      onSelect(cell.item);
      onContextMenu(belowLeft(event.currentTarget));
      return;
    }
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusCell(Math.max(0, Math.min(rows.length - 1, row + move[0])), col + move[1]);
    } else if (event.key === 'Home') {
      event.preventDefault();
      focusCell(row, 0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focusCell(row, Number.MAX_SAFE_INTEGER);
    }
  };

  const onRightClick = (event: MouseEvent<HTMLDivElement>, cell: Cell) => {
    event.preventDefault();
    onSelect(cell.item);
    onContextMenu({ x: event.clientX, y: event.clientY });
  };

  // A selected item that is no longer drawn (the unallocated space a new volume filled, a disk
  // that went away) is no longer selected: the Actions pane must not offer its verbs.
  const drawn = rows.some(({ cells }) => cells.some((cell) => cell.item !== null && cell.item.kind === selected?.kind && cell.item.key === selected.key));
  const ours = selected !== null && (selected.kind === ITEM_KINDS.disk || selected.kind === UNALLOCATED_ITEM_KIND);
  useEffect(() => {
    if (ours && !drawn) onSelect(null);
  }, [ours, drawn, onSelect]);

  const isSelected = (cell: Cell) => cell.item !== null && selected?.kind === cell.item.kind && selected.key === cell.item.key;

  return (
    <div role="grid" aria-label={WORDS.disksList} aria-rowcount={rows.length} aria-colcount={Math.max(1, ...rows.map((entry) => entry.cells.length))} className="flex flex-col gap-2 p-2">
      {rows.map(({ disk, cells }, rowIndex) => {
        const header = diskHeader(disk);
        const parts = partitionsOf(disk);
        return (
          <div role="row" key={disk.number} aria-rowindex={rowIndex + 1} data-disk={disk.number} className="flex min-h-[72px] border border-line bg-surface text-xs">
            {cells.map((cell, colIndex) => {
              const focusable = rowIndex === row && colIndex === col;
              const common = {
                role: 'gridcell',
                'aria-label': cell.label,
                'aria-selected': isSelected(cell),
                'aria-colindex': colIndex + 1,
                tabIndex: focusable ? 0 : -1,
                ref: (element: HTMLDivElement | null) => {
                  if (element) cellRefs.current.set(cell.id, element);
                  else cellRefs.current.delete(cell.id);
                },
                onFocus: () => {
                  setActive({ row: rowIndex, col: colIndex });
                  onSelect(cell.item);
                },
                onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => onKeyDown(event, cell),
                onContextMenu: (event: MouseEvent<HTMLDivElement>) => onRightClick(event, cell),
              } as const;
              const selectedClass = isSelected(cell) ? 'outline outline-2 -outline-offset-2 outline-focus' : '';
              if (colIndex === 0) {
                return (
                  <div key={cell.id} {...common} data-disk-header={disk.number} className={cx('flex w-32 shrink-0 flex-col justify-center gap-0.5 border-r border-line bg-header px-2 py-1 outline-none focus-visible:outline-2 focus-visible:outline-focus', selectedClass)}>
                    <span className="font-semibold">{header.name}</span>
                    <span>{header.type}</span>
                    <span>{header.size}</span>
                    <span className="flex items-center gap-1" data-disk-status>
                      {header.status}
                      {header.hint && (
                        <span title={header.hint} className="inline-flex text-error">
                          <Info aria-hidden className="h-3.5 w-3.5" />
                        </span>
                      )}
                    </span>
                  </div>
                );
              }
              const part = parts[colIndex - 1]!;
              return (
                <div
                  key={cell.id}
                  {...common}
                  data-partition={part.kind}
                  style={{ flexGrow: Math.max(part.share, 0.05), flexBasis: 0 }}
                  className={cx('flex min-w-32 flex-col border-r border-line outline-none last:border-r-0 focus-visible:outline-2 focus-visible:outline-focus', selectedClass)}
                >
                  <span aria-hidden className={cx('h-2 shrink-0', part.kind === 'volume' ? 'bg-accent' : 'bg-fg')} />
                  <span className="flex flex-1 flex-col justify-center gap-0.5 px-2 py-1">
                    {part.lines.map((line, index) => (
                      <span key={index} className={cx('truncate', index === 0 && part.kind === 'volume' && 'font-semibold')}>
                        {line}
                      </span>
                    ))}
                  </span>
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
