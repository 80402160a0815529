// A keyboard-operable tree (react-aria Tree): arrows move, Left/Right collapse and expand,
// typing a name jumps to it. Single selection follows focus, as in the MMC console tree.
import type { ReactNode } from 'react';
import { Button as AriaButton, Tree, TreeItem, TreeItemContent, type Key, type Selection } from 'react-aria-components';
import { ChevronRight } from 'lucide-react';
import { cx } from './cx';

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
  className?: string;
}

function Node({ node, onAction }: { node: TreeNode; onAction?(id: string): void }) {
  return (
    <TreeItem
      id={node.id}
      textValue={node.label}
      hasChildItems={node.hasChildItems || (node.children?.length ?? 0) > 0}
      onAction={onAction ? () => onAction(node.id) : undefined}
      className="cursor-default text-sm text-fg outline-none"
    >
      <TreeItemContent>
        {({ hasChildItems, isExpanded, isSelected, isFocusVisible, level }) => (
          // The row's gridcell is display: contents, so the row's look lives on this element.
          <div
            className={cx(
              'flex h-[22px] items-center gap-1 pr-2',
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
      {node.children?.map((child) => <Node key={child.id} node={child} onAction={onAction} />)}
    </TreeItem>
  );
}

export function TreeView({ nodes, selectedId, onSelect, expandedIds, onExpandedChange, onAction, className, ...rest }: TreeViewProps) {
  const onSelectionChange = (keys: Selection) => {
    if (keys === 'all') return;
    const [key] = [...keys];
    if (key !== undefined) onSelect(String(key));
  };
  return (
    <Tree
      aria-label={rest['aria-label']}
      selectionMode="single"
      selectionBehavior="replace"
      disallowEmptySelection
      selectedKeys={selectedId ? [selectedId] : []}
      onSelectionChange={onSelectionChange}
      expandedKeys={expandedIds as Set<Key>}
      onExpandedChange={(keys) => onExpandedChange(new Set([...keys].map(String)))}
      className={cx('group/tree outline-none', className)}
    >
      {nodes.map((node) => (
        <Node key={node.id} node={node} onAction={onAction} />
      ))}
    </Tree>
  );
}
