// A tree of check boxes (Validate a Configuration: categories and their tests). Checking a branch
// checks its leaves; a branch with some leaves checked shows a dash. The value is the checked leaf
// ids in tree order. The root carries data-field / data-field-type="tree"; every node is a
// [role=row] of the treegrid with data-key = its id and aria-selected; a click or Space toggles
// it; arrows move, Left / Right collapse and expand.
import { useId, type ReactNode } from 'react';
import { Button as AriaButton, Tree, TreeItem, TreeItemContent, type Key, type Selection } from 'react-aria-components';
import { ChevronRight } from 'lucide-react';
import { cx } from './cx';
import { describedBy, FieldFooter } from './field-parts';
import { SelectionCheckbox } from './table-field';

export interface CheckTreeNode {
  id: string;
  label: string;
  children?: readonly CheckTreeNode[];
}

export interface CheckTreeFieldProps {
  name: string;
  label: string;
  nodes: readonly CheckTreeNode[];
  /** Checked leaf ids. */
  value: readonly string[];
  onChange(leafIds: string[]): void;
  description?: ReactNode;
  errorMessage?: string;
  warningMessage?: string;
  isDisabled?: boolean;
}

function leavesOf(node: CheckTreeNode): string[] {
  return node.children && node.children.length > 0 ? node.children.flatMap(leavesOf) : [node.id];
}

function walk(nodes: readonly CheckTreeNode[], visit: (node: CheckTreeNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.children) walk(node.children, visit);
  }
}

/** The rows drawn as checked: every checked leaf and every branch whose leaves all are. */
export function checkedRows(nodes: readonly CheckTreeNode[], leaves: ReadonlySet<string>): Set<string> {
  const rows = new Set<string>();
  walk(nodes, (node) => {
    if (leavesOf(node).every((leaf) => leaves.has(leaf))) rows.add(node.id);
  });
  return rows;
}

/** The leaves after the user toggled rows: a branch toggled on or off takes all its leaves with it. */
export function toggledLeaves(nodes: readonly CheckTreeNode[], leaves: ReadonlySet<string>, before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  const byId = new Map<string, CheckTreeNode>();
  walk(nodes, (node) => byId.set(node.id, node));
  const next = new Set(leaves);
  for (const id of after) if (!before.has(id)) for (const leaf of leavesOf(byId.get(id) ?? { id, label: id })) next.add(leaf);
  for (const id of before) if (!after.has(id)) for (const leaf of leavesOf(byId.get(id) ?? { id, label: id })) next.delete(leaf);
  const order: string[] = [];
  walk(nodes, (node) => {
    if (!node.children?.length && next.has(node.id)) order.push(node.id);
  });
  return order;
}

function Node({ node, leaves }: { node: CheckTreeNode; leaves: ReadonlySet<string> }) {
  const own = leavesOf(node);
  const some = own.some((leaf) => leaves.has(leaf));
  const all = own.every((leaf) => leaves.has(leaf));
  return (
    <TreeItem id={node.id} textValue={node.label} className="cursor-default text-sm text-fg outline-none">
      <TreeItemContent>
        {({ hasChildItems, isExpanded, isFocusVisible, level }) => (
          <div className={cx('flex h-[22px] items-center gap-1.5 pr-2 hover:bg-hover', isFocusVisible && 'outline-2 -outline-offset-2 outline-focus')} style={{ paddingLeft: 4 + (level - 1) * 16 }}>
            {hasChildItems ? (
              <AriaButton slot="chevron" className="flex size-4 shrink-0 items-center justify-center rounded-[2px] text-muted outline-none">
                <ChevronRight aria-hidden className={cx('size-3.5 transition-transform duration-100', isExpanded && 'rotate-90')} />
              </AriaButton>
            ) : (
              <span className="size-4 shrink-0" />
            )}
            {/* A branch with only some leaves checked shows a dash. */}
            <SelectionCheckbox isIndeterminate={some && !all} />
            <span className="truncate">{node.label}</span>
          </div>
        )}
      </TreeItemContent>
      {node.children?.map((child) => <Node key={child.id} node={child} leaves={leaves} />)}
    </TreeItem>
  );
}

export function CheckTreeField({ name, label, nodes, value, onChange, description, errorMessage, warningMessage, isDisabled }: CheckTreeFieldProps) {
  const id = useId();
  const leaves = new Set(value);
  const rows = checkedRows(nodes, leaves);
  const branches: Key[] = [];
  walk(nodes, (node) => node.children?.length && branches.push(node.id));
  const onSelectionChange = (keys: Selection) => {
    if (keys === 'all') onChange(nodes.flatMap(leavesOf));
    else onChange(toggledLeaves(nodes, leaves, rows, new Set([...keys].map(String))));
  };
  const allIds: string[] = [];
  walk(nodes, (node) => allIds.push(node.id));
  return (
    <div data-field={name} data-field-type="tree" className="flex flex-col gap-1">
      <span id={`${id}-label`} className="text-sm text-fg">
        {label}
      </span>
      <Tree
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy(id, description, errorMessage)}
        selectionMode="multiple"
        selectionBehavior="toggle"
        selectedKeys={rows}
        onSelectionChange={onSelectionChange}
        defaultExpandedKeys={branches}
        disabledKeys={isDisabled ? allIds : []}
        className={cx('max-h-72 overflow-auto rounded-[3px] border border-line-strong/70 bg-surface py-0.5 outline-none', errorMessage && 'border-error')}
      >
        {nodes.map((node) => (
          <Node key={node.id} node={node} leaves={leaves} />
        ))}
      </Tree>
      <FieldFooter id={id} description={description} errorMessage={errorMessage} warningMessage={warningMessage} />
    </div>
  );
}
