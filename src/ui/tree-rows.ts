// The rows a tree shows, flattened once per (nodes, expanded ids): a collapsed node's subtree is not
// walked, and every per-row question (its place, its parent, its place among its siblings) is an
// O(1) lookup, so a node with 8,000 children costs one pass when it opens and nothing per keystroke.
import type { TreeNode } from './tree';

export interface TreeRow {
  node: TreeNode;
  /** 1 at the top level (aria-level). */
  level: number;
  /** Its siblings' count and its 1-based place among them (aria-setsize, aria-posinset). */
  setSize: number;
  posInSet: number;
  /** The row of its parent, or -1 at the top level. */
  parentIndex: number;
  expandable: boolean;
  expanded: boolean;
}

export interface TreeRows {
  rows: readonly TreeRow[];
  indexById: ReadonlyMap<string, number>;
}

export const isExpandable = (node: TreeNode) => node.hasChildItems === true || (node.children?.length ?? 0) > 0;

export function visibleRows(nodes: readonly TreeNode[], expandedIds: ReadonlySet<string>): TreeRows {
  const rows: TreeRow[] = [];
  const indexById = new Map<string, number>();
  const walk = (level: readonly TreeNode[], depth: number, parentIndex: number) => {
    level.forEach((node, position) => {
      const expandable = isExpandable(node);
      // One asking for its children (hasChildItems) is not drawn open before they come, as in MMC
      // (a StarWind server whose session was lost): opening it again asks again.
      const expanded = expandedIds.has(node.id) && (node.children?.length ?? 0) > 0;
      indexById.set(node.id, rows.length);
      rows.push({ node, level: depth, setSize: level.length, posInSet: position + 1, parentIndex, expandable, expanded });
      if (expanded && node.children) walk(node.children, depth + 1, rows.length - 1);
    });
  };
  walk(nodes, 1, -1);
  return { rows, indexById };
}

/**
 * Type-ahead: the first row from `fromIndex` on (wrapping) whose label starts with `text`, or -1.
 * A new search starts after the current row; a longer one keeps it if it still matches.
 */
export function typeaheadIndex(rows: readonly TreeRow[], fromIndex: number, text: string, continuing: boolean): number {
  const wanted = text.toLocaleLowerCase();
  const start = Math.max(0, continuing ? fromIndex : fromIndex + 1);
  for (let step = 0; step < rows.length; step += 1) {
    const index = (start + step) % rows.length;
    if (rows[index]!.node.label.toLocaleLowerCase().startsWith(wanted)) return index;
  }
  return -1;
}

export type TreeMove = { kind: 'focus'; index: number } | { kind: 'expand' | 'collapse'; id: string } | null;

/** What a navigation key does on row `index` (the WAI-ARIA treeview pattern, as the MMC tree does). */
export function treeKeyMove(rows: readonly TreeRow[], index: number, key: string, pageRows: number): TreeMove {
  const last = rows.length - 1;
  if (last < 0) return null;
  const row = rows[index];
  const to = (target: number): TreeMove => ({ kind: 'focus', index: Math.max(0, Math.min(last, target)) });
  switch (key) {
    case 'ArrowDown':
      return to(index + 1);
    case 'ArrowUp':
      return to(index - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(last);
    case 'PageDown':
      return to(index + pageRows);
    case 'PageUp':
      return to(index - pageRows);
    case 'ArrowRight':
      if (!row?.expandable) return null;
      if (!row.expanded) return { kind: 'expand', id: row.node.id };
      return rows[index + 1]?.parentIndex === index ? to(index + 1) : null;
    case 'ArrowLeft':
      if (!row) return null;
      if (row.expanded) return { kind: 'collapse', id: row.node.id };
      return row.parentIndex >= 0 ? to(row.parentIndex) : null;
    default:
      return null;
  }
}
