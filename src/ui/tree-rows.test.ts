import { describe, expect, test } from 'vitest';
import type { TreeNode } from './tree';
import { treeKeyMove, typeaheadIndex, visibleRows } from './tree-rows';

const node = (id: string, children?: TreeNode[], extra: Partial<TreeNode> = {}): TreeNode => ({ id, label: id, children, ...extra });
const NODES: TreeNode[] = [
  node('Cluster', [node('Services', [node('VM1'), node('VM2'), node('VM3')]), node('Nodes', [node('Node1')])]),
  node('Server', undefined, { hasChildItems: true }),
];

describe('the rows a tree shows', () => {
  test('only expanded nodes show their children, each row with its level, place among its siblings and parent', () => {
    const { rows, indexById } = visibleRows(NODES, new Set(['Cluster', 'Services']));
    expect(rows.map((row) => [row.node.id, row.level, row.posInSet, row.setSize, row.parentIndex, row.expandable, row.expanded])).toEqual([
      ['Cluster', 1, 1, 2, -1, true, true],
      ['Services', 2, 1, 2, 0, true, true],
      ['VM1', 3, 1, 3, 1, false, false],
      ['VM2', 3, 2, 3, 1, false, false],
      ['VM3', 3, 3, 3, 1, false, false],
      // Nodes is expanded nowhere: Node1 is not a row.
      ['Nodes', 2, 2, 2, 0, true, false],
      ['Server', 1, 2, 2, -1, true, false],
    ]);
    expect(indexById.get('VM3')).toBe(4);
    expect(indexById.has('Node1')).toBe(false);
  });

  test('a node asking for its children is not drawn open before they come', () => {
    const server = visibleRows(NODES, new Set(['Server'])).rows[1]!;
    expect([server.node.id, server.expandable, server.expanded]).toEqual(['Server', true, false]);
  });

  test('an expanded id under a collapsed ancestor shows nothing', () => {
    expect(visibleRows(NODES, new Set(['Services'])).rows.map((row) => row.node.id)).toEqual(['Cluster', 'Server']);
  });

  test('type-ahead: a new search starts after the current row and wraps; a longer one may stay on it', () => {
    const { rows } = visibleRows(NODES, new Set(['Cluster', 'Services']));
    expect(typeaheadIndex(rows, 2, 'v', false)).toBe(3);
    expect(typeaheadIndex(rows, 4, 'v', false)).toBe(2);
    expect(typeaheadIndex(rows, 2, 'vm1', true)).toBe(2);
    expect(typeaheadIndex(rows, 0, 'SER', false)).toBe(1);
    expect(typeaheadIndex(rows, 1, 'serv', true)).toBe(1);
    expect(typeaheadIndex(rows, 1, 'server', true)).toBe(6);
    expect(typeaheadIndex(rows, 0, 'x', false)).toBe(-1);
  });

  test('keys: Right expands then goes to the first child, Left collapses then goes to the parent; Home, End and pages stay in range', () => {
    const { rows } = visibleRows(NODES, new Set(['Cluster', 'Services']));
    expect(treeKeyMove(rows, 0, 'ArrowRight', 10)).toEqual({ kind: 'focus', index: 1 });
    expect(treeKeyMove(rows, 5, 'ArrowRight', 10)).toEqual({ kind: 'expand', id: 'Nodes' });
    expect(treeKeyMove(rows, 6, 'ArrowRight', 10)).toEqual({ kind: 'expand', id: 'Server' });
    expect(treeKeyMove(rows, 3, 'ArrowRight', 10)).toBeNull();
    expect(treeKeyMove(rows, 3, 'ArrowLeft', 10)).toEqual({ kind: 'focus', index: 1 });
    expect(treeKeyMove(rows, 1, 'ArrowLeft', 10)).toEqual({ kind: 'collapse', id: 'Services' });
    expect(treeKeyMove(rows, 6, 'ArrowLeft', 10)).toBeNull();
    expect(treeKeyMove(rows, 0, 'ArrowUp', 10)).toEqual({ kind: 'focus', index: 0 });
    expect(treeKeyMove(rows, 6, 'ArrowDown', 10)).toEqual({ kind: 'focus', index: 6 });
    expect(treeKeyMove(rows, 3, 'Home', 10)).toEqual({ kind: 'focus', index: 0 });
    expect(treeKeyMove(rows, 3, 'End', 10)).toEqual({ kind: 'focus', index: 6 });
    expect(treeKeyMove(rows, 3, 'PageDown', 10)).toEqual({ kind: 'focus', index: 6 });
    expect(treeKeyMove(rows, 3, 'PageUp', 2)).toEqual({ kind: 'focus', index: 1 });
    expect(treeKeyMove(rows, 3, 'a', 2)).toBeNull();
  });

  test('8,000 children under one node: one pass, and every lookup by id', () => {
    const roles = Array.from({ length: 8000 }, (_, index) => node(`Role${index}`));
    const { rows, indexById } = visibleRows([node('Services', roles)], new Set(['Services']));
    expect(rows).toHaveLength(8001);
    const last = rows[indexById.get('Role7999')!]!;
    expect([last.posInSet, last.setSize, last.level, last.parentIndex]).toEqual([8000, 8000, 2, 0]);
  });
});
