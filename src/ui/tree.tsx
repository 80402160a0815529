// A keyboard-operable tree (WAI-ARIA treeview): arrows move, Left/Right collapse and expand or go to
// the parent and the first child, Home/End, typing a name jumps to it, Enter or a double-click is the
// node's action. Single selection follows focus, as in the MMC console tree (also by typing or by
// Left to the parent).
// Flattened and virtualised (@tanstack/react-virtual, one fixed row height): the rows shown are
// computed once per (nodes, expanded ids) with a Map id → row, so a cluster's 8,000 roles draw only
// the rows in view and a selection or a key costs O(1) lookups, not a walk over the siblings.
// Focus is roving: the active row is the one with tabIndex 0 and it is always rendered, even
// scrolled away, so focus never falls out of the tree.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { defaultRangeExtractor, observeElementRect, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { ChevronRight } from 'lucide-react';
import { cx } from './cx';
import { treeKeyMove, typeaheadIndex, visibleRows, type TreeRow } from './tree-rows';

/** Every row is one line. */
export const TREE_ROW_HEIGHT_PX = 22;
const OVERSCAN_ROWS = 12;
/** Keys typed within this long make one type-ahead search (react-aria's and Windows' habit). */
const TYPEAHEAD_RESET_MS = 1000;
/** A tree not laid out (hidden, or a DOM without layout) draws this much rather than no row. */
const UNMEASURED_HEIGHT_PX = 400;

function observeTreeRect(instance: Virtualizer<HTMLDivElement, Element>, onRect: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_HEIGHT_PX }));
}

export interface TreeNode {
  id: string;
  label: string;
  icon?: ReactNode;
  /** Drawn after the label (a state icon with its own accessible text). */
  decoration?: ReactNode;
  children?: readonly TreeNode[];
  /** Expandable although it has no children yet (expanding it asks for them). */
  hasChildItems?: boolean;
}

export interface TreeViewProps {
  'aria-label': string;
  nodes: readonly TreeNode[];
  selectedId: string | null;
  onSelect(id: string): void;
  expandedIds: ReadonlySet<string>;
  onExpandedChange(ids: Set<string>): void;
  /** Double-click or Enter on a node (Windows: expand or collapse it). */
  onAction?(id: string): void;
  /**
   * Right-click, Shift+F10 or the context-menu key on a node: `at` is where its menu opens (the
   * pointer, or the row's lower left corner).
   */
  onContextMenu?(id: string, at: { x: number; y: number }): void;
  className?: string;
}

/** The tree row (data-key = the node id) an event happened in. */
function rowOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[role="treeitem"][data-key]') : null;
}

/** Shift+F10 or the context-menu key: Windows' keyboard way to a context menu. */
export function isContextMenuKey(event: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
}

interface RowProps {
  row: TreeRow;
  index: number;
  selected: boolean;
  active: boolean;
  onToggle(id: string, open: boolean): void;
}

/** Memoised: a selection redraws two rows, not every row in view. */
const Row = memo(function Row({ row, index, selected, active, onToggle }: RowProps) {
  const { node, level } = row;
  return (
    <div
      role="treeitem"
      data-key={node.id}
      aria-label={node.label}
      aria-level={level}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      className={cx(
        'absolute inset-x-0 top-0 flex cursor-default items-center gap-1 pr-2 text-sm text-fg outline-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-focus',
        // Like Windows: the selection is blue while the tree has focus, grey otherwise.
        selected ? 'bg-selected-inactive group-focus-within/tree:bg-selected group-focus-within/tree:text-selected-fg' : 'hover:bg-hover',
      )}
      style={{ height: TREE_ROW_HEIGHT_PX, transform: `translateY(${index * TREE_ROW_HEIGHT_PX}px)`, paddingLeft: 4 + (level - 1) * 14 }}
    >
      {row.expandable ? (
        // The mouse's way to expand; keyboard users have Left and Right, screen readers aria-expanded.
        <span
          aria-hidden
          data-chevron
          onMouseDown={(event) => {
            // Expanding does not select nor move focus, as in Windows.
            event.preventDefault();
            event.stopPropagation();
          }}
          onClick={(event) => {
            event.stopPropagation();
            onToggle(node.id, !row.expanded);
          }}
          onDoubleClick={(event) => event.stopPropagation()}
          className="flex size-4 shrink-0 items-center justify-center rounded-[2px] text-muted"
        >
          <ChevronRight className={cx('size-3.5 transition-transform duration-100', row.expanded && 'rotate-90')} />
        </span>
      ) : (
        <span className="size-4 shrink-0" />
      )}
      <span aria-hidden className="flex size-4 shrink-0 items-center justify-center [&>svg]:size-3.5">
        {node.icon}
      </span>
      <span className="truncate">{node.label}</span>
      {node.decoration}
    </div>
  );
});

export function TreeView({ nodes, selectedId, onSelect, expandedIds, onExpandedChange, onAction, onContextMenu, className, ...rest }: TreeViewProps) {
  const { rows, indexById } = useMemo(() => visibleRows(nodes, expandedIds), [nodes, expandedIds]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The row holding the roving tabIndex: the selection, or where the keyboard last went.
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const activeIndex = activeId !== null ? (indexById.get(activeId) ?? -1) : -1;
  const selectedIndex = selectedId !== null ? (indexById.get(selectedId) ?? -1) : -1;
  const tabIndexRow = activeIndex >= 0 ? activeIndex : selectedIndex >= 0 ? selectedIndex : rows.length > 0 ? 0 : -1;

  // The focused row stays rendered however far the tree scrolls.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (tabIndexRow >= 0 && !indexes.includes(tabIndexRow)) indexes.push(tabIndexRow);
      return indexes;
    },
    [tabIndexRow],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer returns fresh functions each render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => TREE_ROW_HEIGHT_PX,
    overscan: OVERSCAN_ROWS,
    rangeExtractor,
    observeElementRect: observeTreeRect,
  });

  // Keys can outrun the page (a loaded machine): selections asked for and not shown yet are kept in
  // order, so the node a key reaches is compared with the latest asked for, not with a stale prop.
  const pending = useRef<string[]>([]);
  const latestSelection = () => pending.current.at(-1) ?? selectedId;
  const select = (id: string) => {
    if (id === latestSelection()) return;
    pending.current.push(id);
    onSelect(id);
  };
  // A node selected from elsewhere (a link, Back, a wizard's Finish) becomes the active row and is
  // scrolled into view, as MMC does; one the tree asked for itself is where the keyboard already is.
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    const shown = selectedId === null ? -1 : pending.current.indexOf(selectedId);
    pending.current = shown < 0 ? [] : pending.current.slice(shown + 1);
    if (shown < 0) setActiveId(selectedId);
    else scrolledFor.current = selectedId;
  }, [selectedId]);
  useEffect(() => {
    const element = scrollRef.current;
    if (!element || selectedId === null || scrolledFor.current === selectedId) return;
    // Not drawn yet (the lab still loading): tried again when the nodes arrive.
    if (selectedIndex < 0) return;
    scrolledFor.current = selectedId;
    const topPx = selectedIndex * TREE_ROW_HEIGHT_PX;
    if (topPx >= element.scrollTop && topPx + TREE_ROW_HEIGHT_PX <= element.scrollTop + element.clientHeight) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
  }, [selectedId, selectedIndex, virtualizer]);

  // A key moved the active row: focus follows once the row is drawn.
  const focusWanted = useRef(false);
  useLayoutEffect(() => {
    if (!focusWanted.current || activeId === null) return;
    focusWanted.current = false;
    scrollRef.current?.querySelector<HTMLElement>(`[role="treeitem"][data-key="${CSS.escape(activeId)}"]`)?.focus({ preventScroll: true });
  });
  const moveTo = (index: number) => {
    const row = rows[index];
    if (!row) return;
    focusWanted.current = true;
    setActiveId(row.node.id);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    select(row.node.id);
  };

  const latestExpanded = useRef(expandedIds);
  latestExpanded.current = expandedIds;
  const latestOnExpanded = useRef(onExpandedChange);
  latestOnExpanded.current = onExpandedChange;
  // One function for the whole life of the tree, so the memoised rows keep their props.
  const toggle = useCallback((id: string, open: boolean) => {
    const next = new Set(latestExpanded.current);
    if (open) next.add(id);
    else next.delete(id);
    latestOnExpanded.current(next);
  }, []);

  const typeahead = useRef({ text: '', atMs: -Infinity });
  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / TREE_ROW_HEIGHT_PX) - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const rowElement = rowOf(event.target);
    const id = rowElement?.dataset.key;
    if (!rowElement || id === undefined || rowElement !== event.target) return;
    const index = indexById.get(id) ?? -1;
    if (index < 0) return;
    if (onContextMenu && isContextMenuKey(event)) {
      event.preventDefault();
      const box = rowElement.getBoundingClientRect();
      onContextMenu(id, { x: box.left + 24, y: box.bottom });
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      if (!onAction) return;
      event.preventDefault();
      onAction(id);
      return;
    }
    const searching = event.timeStamp - typeahead.current.atMs < TYPEAHEAD_RESET_MS && typeahead.current.text !== '';
    if (event.key.length === 1 && (event.key !== ' ' || searching)) {
      event.preventDefault();
      const text = (searching ? typeahead.current.text : '') + event.key;
      typeahead.current = { text, atMs: event.timeStamp };
      const found = typeaheadIndex(rows, index, text, searching);
      if (found >= 0 && found !== index) moveTo(found);
      return;
    }
    if (event.shiftKey) return;
    const move = treeKeyMove(rows, index, event.key, pageRows);
    if (!move) return;
    event.preventDefault();
    if (move.kind === 'focus') moveTo(move.index);
    else toggle(move.id, move.kind === 'expand');
  };

  const onMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    const id = rowOf(event.target)?.dataset.key;
    if (id === undefined) return;
    setActiveId(id);
    if (event.button === 0) select(id);
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const id = rowOf(event.target)?.dataset.key;
    if (id === undefined || id === latestSelection()) return;
    // Coming into the tree (Tab, F6) lands on the selected node, not on a row focused long ago.
    if (rowOf(event.relatedTarget) === null && selectedId !== null) {
      event.currentTarget.querySelector<HTMLElement>(`[role="treeitem"][data-key="${CSS.escape(selectedId)}"]`)?.focus();
    }
  };
  const onRowContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    const id = rowOf(event.target)?.dataset.key;
    if (!onContextMenu || id === undefined) return;
    event.preventDefault();
    setActiveId(id);
    select(id);
    onContextMenu(id, { x: event.clientX, y: event.clientY });
  };
  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    const id = rowOf(event.target)?.dataset.key;
    if (id !== undefined) onAction?.(id);
  };

  return (
    <div
      ref={scrollRef}
      role="tree"
      aria-label={rest['aria-label']}
      // With no row to hold it, the tree itself takes the tab stop.
      tabIndex={rows.length === 0 ? 0 : undefined}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onFocus={onFocus}
      onContextMenu={onRowContextMenu}
      onDoubleClick={onDoubleClick}
      className={cx('group/tree relative h-full overflow-auto outline-none', className)}
    >
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return <Row key={row.node.id} row={row} index={item.index} selected={row.node.id === selectedId} active={item.index === tabIndexRow} onToggle={toggle} />;
        })}
      </div>
    </div>
  );
}
