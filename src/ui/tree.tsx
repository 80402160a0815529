// A keyboard-operable tree (react-aria Tree): arrows move, Left/Right collapse and expand,
// typing a name jumps to it. Single selection follows focus, as in the MMC console tree: also when
// focus moves by typing or by Left to the parent, which react-aria does without selecting.
// Virtualised (react-aria's Virtualizer, one fixed row height): a cluster's 8,000 roles draw only
// the rows in view, and a collapsed node hands react-aria no children at all, so its subtree costs
// nothing until it is opened.
import { memo, useCallback, useEffect, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { Button as AriaButton, ListLayout, Tree, TreeItem, TreeItemContent, Virtualizer, type Key, type Selection } from 'react-aria-components';
import { ChevronRight } from 'lucide-react';
import { cx } from './cx';

/** Every row is one line; the Virtualizer places rows by this height. */
export const TREE_ROW_HEIGHT_PX = 22;
const LAYOUT_OPTIONS = { rowHeight: TREE_ROW_HEIGHT_PX };

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

/** The tree row (react-aria's row element carries the node id as data-key) an event happened in. */
function rowOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[role="row"][data-key]') : null;
}

function findNode(nodes: readonly TreeNode[], id: string): TreeNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const inside = node.children ? findNode(node.children, id) : undefined;
    if (inside) return inside;
  }
  return undefined;
}

/** Shift+F10 or the context-menu key: Windows' keyboard way to a context menu. */
export function isContextMenuKey(event: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
}

const expandable = (node: TreeNode) => node.hasChildItems === true || (node.children?.length ?? 0) > 0;

interface NodeProps {
  node: TreeNode;
  expandedIds: ReadonlySet<string>;
  onAction?(id: string): void;
}

/**
 * Memoised: a selection or an expand re-renders the tree, and 8,000 role rows must not each run
 * again for it. A node without children draws the same whatever else is expanded.
 */
const Node = memo(NodeItem, (before, after) => before.node === after.node && before.onAction === after.onAction && (before.expandedIds === after.expandedIds || !expandable(after.node)));

function NodeItem({ node, expandedIds, onAction }: NodeProps) {
  // A collapsed node's children are not handed to react-aria: it would build a collection entry for
  // each one (8,000 roles under Services and applications) only to hide them.
  const open = expandedIds.has(node.id);
  return (
    <TreeItem
      id={node.id}
      textValue={node.label}
      hasChildItems={expandable(node)}
      onAction={onAction ? () => onAction(node.id) : undefined}
      className="cursor-default text-sm text-fg outline-none"
    >
      <TreeItemContent>
        {({ hasChildItems, isExpanded, isSelected, isFocusVisible, level }) => (
          // The row's gridcell is display: contents, so the row's look lives on this element.
          <div
            className={cx(
              'flex h-full items-center gap-1 pr-2',
              // Like Windows: the selection is blue while the tree has focus, grey otherwise.
              isSelected ? 'bg-selected-inactive text-fg group-focus-within/tree:bg-selected group-focus-within/tree:text-selected-fg' : 'hover:bg-hover',
              isFocusVisible && 'outline-2 -outline-offset-2 outline-focus',
            )}
            style={{ paddingLeft: 4 + (level - 1) * 14 }}
          >
            {hasChildItems ? (
              <AriaButton slot="chevron" className="flex size-4 shrink-0 items-center justify-center rounded-[2px] text-muted outline-none">
                <ChevronRight aria-hidden className={cx('size-3.5 transition-transform duration-100', isExpanded && 'rotate-90')} />
              </AriaButton>
            ) : (
              <span className="size-4 shrink-0" />
            )}
            <span aria-hidden className="flex size-4 shrink-0 items-center justify-center [&>svg]:size-3.5">
              {node.icon}
            </span>
            <span className="truncate">{node.label}</span>
            {node.decoration}
          </div>
        )}
      </TreeItemContent>
      {open && node.children?.map((child) => <Node key={child.id} node={child} expandedIds={expandedIds} onAction={onAction} />)}
    </TreeItem>
  );
}

export function TreeView({ nodes, selectedId, onSelect, expandedIds, onExpandedChange, onAction, onContextMenu, className, ...rest }: TreeViewProps) {
  // One function for the whole life of the tree, so the memoised rows keep their props.
  const latestAction = useRef(onAction);
  useEffect(() => {
    latestAction.current = onAction;
  });
  const hasAction = onAction !== undefined;
  const stableAction = useCallback((id: string) => latestAction.current?.(id), []);
  const rowAction = hasAction ? stableAction : undefined;
  // A click both selects (react-aria) and moves focus between rows (below): one request per node.
  // Keys can outrun the page (a loaded machine): selections asked for and not shown yet are kept in
  // order, so the node a key reaches is compared with the latest asked for, not with a stale prop.
  const pending = useRef<string[]>([]);
  useEffect(() => {
    const shown = selectedId === null ? -1 : pending.current.indexOf(selectedId);
    // Shown: it and those asked before it are done. Not asked for (a link, Back): none is pending.
    pending.current = shown < 0 ? [] : pending.current.slice(shown + 1);
  }, [selectedId]);
  const latestSelection = () => pending.current.at(-1) ?? selectedId;
  const select = (id: string) => {
    if (id === latestSelection()) return;
    pending.current.push(id);
    onSelect(id);
  };
  const onSelectionChange = (keys: Selection) => {
    if (keys === 'all') return;
    const [key] = [...keys];
    if (key !== undefined) select(String(key));
  };
  /** A press in the tree: the row it focuses is the one it selects, so focus is not redirected. */
  const pressed = useRef(false);
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const byPointer = pressed.current;
    pressed.current = false;
    if (byPointer) return;
    const row = rowOf(event.target);
    const id = row?.dataset.key;
    if (!row || id === undefined || id === latestSelection()) return;
    // From another row (an arrow key, typing a name, Left to the parent). The row focus left may
    // be out of the document already (react-aria redraws rows), so its role tells, not its place.
    const fromInside = rowOf(event.relatedTarget) !== null;
    if (fromInside) {
      select(id);
      return;
    }
    // Coming into the tree (Tab, F6) lands on the selected node, not on a row focused long ago.
    const selectedRow = selectedId === null ? null : event.currentTarget.querySelector<HTMLElement>(`[role="row"][data-key="${CSS.escape(selectedId)}"]`);
    selectedRow?.focus();
  };
  const onRowContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    const id = rowOf(event.target)?.dataset.key;
    if (!onContextMenu || id === undefined) return;
    event.preventDefault();
    select(id);
    onContextMenu(id, { x: event.clientX, y: event.clientY });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    pressed.current = false;
    const row = rowOf(event.target);
    const id = row?.dataset.key;
    if (!row || id === undefined || row !== event.target) return;
    // react-aria's Right arrow expands only rows whose children it holds; a collapsed node's are not
    // handed to it (above), and a node that asks for them (hasChildItems: a StarWind server before
    // its login) has none yet: both expand as the chevron does.
    if (event.key === 'ArrowRight' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const node = findNode(nodes, id);
      if (node && expandable(node) && !expandedIds.has(id)) {
        event.preventDefault();
        onExpandedChange(new Set([...expandedIds, id]));
      }
      return;
    }
    if (!onContextMenu || !isContextMenuKey(event)) return;
    event.preventDefault();
    const box = row.getBoundingClientRect();
    onContextMenu(id, { x: box.left + 24, y: box.bottom });
  };
  return (
    // display: contents: the wrapper only listens (focus, context menu); the tree lays out as before.
    <div
      className="contents"
      onPointerDownCapture={() => {
        pressed.current = true;
      }}
      onFocus={onFocus} onContextMenu={onRowContextMenu}
      onKeyDownCapture={onKeyDown}
    >
      <Virtualizer layout={ListLayout} layoutOptions={LAYOUT_OPTIONS}>
        <Tree
          aria-label={rest['aria-label']}
          selectionMode="single"
          selectionBehavior="replace"
          disallowEmptySelection
          selectedKeys={selectedId ? [selectedId] : []}
          onSelectionChange={onSelectionChange}
          expandedKeys={expandedIds as Set<Key>}
          onExpandedChange={(keys) => onExpandedChange(new Set([...keys].map(String)))}
          // The Virtualizer scrolls the tree itself: it fills what its container gives it.
          className={cx('group/tree h-full overflow-auto outline-none', className)}
        >
          {nodes.map((node) => (
            <Node key={node.id} node={node} expandedIds={expandedIds} onAction={rowAction} />
          ))}
        </Tree>
      </Virtualizer>
    </div>
  );
}
