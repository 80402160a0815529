// @vitest-environment jsdom
// The tree by keyboard: focus moves as in the MMC console tree and the selection follows it.
import './testing/jsdom';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { TreeView, type TreeNode } from './tree';

const NODES: TreeNode[] = [
  { id: 'fcm', label: 'Failover Cluster Manager', children: [{ id: 'c1', label: 'Cluster1', children: [{ id: 'svc', label: 'Services and applications', children: [{ id: 'vm1', label: 'VM1' }, { id: 'vm2', label: 'VM2' }] }, { id: 'nodes', label: 'Nodes' }] }] },
  { id: 'sw', label: 'StarWind', hasChildItems: true },
];

function Harness({ onSelect, onAction, onContextMenu }: { onSelect(id: string): void; onAction(id: string): void; onContextMenu(id: string): void }) {
  const [selectedId, setSelectedId] = useState<string | null>('fcm');
  const [expandedIds, setExpandedIds] = useState<Set<string>>(new Set(['fcm']));
  return (
    <TreeView
      aria-label="Console tree"
      nodes={NODES}
      selectedId={selectedId}
      onSelect={(id) => {
        onSelect(id);
        setSelectedId(id);
      }}
      expandedIds={expandedIds}
      onExpandedChange={setExpandedIds}
      onAction={onAction}
      onContextMenu={(id) => onContextMenu(id)}
    />
  );
}

const item = (name: string) => screen.getByRole('treeitem', { name });
const press = (key: string, init: Partial<KeyboardEventInit> = {}) => fireEvent.keyDown(document.activeElement!, { key, ...init });

describe('the tree by keyboard', () => {
  test('arrows, Right and Left, Home/End and typing move focus, and the selection follows it', () => {
    const onSelect = vi.fn();
    const onAction = vi.fn();
    const onContextMenu = vi.fn();
    render(<Harness onSelect={onSelect} onAction={onAction} onContextMenu={onContextMenu} />);
    expect(screen.getByRole('tree', { name: 'Console tree' })).toBeTruthy();
    const fcm = item('Failover Cluster Manager');
    expect([fcm.getAttribute('aria-level'), fcm.getAttribute('aria-expanded'), fcm.getAttribute('aria-selected'), fcm.tabIndex]).toEqual(['1', 'true', 'true', 0]);
    act(() => fcm.focus());
    press('ArrowDown');
    expect(document.activeElement).toBe(item('Cluster1'));
    expect(onSelect).toHaveBeenLastCalledWith('c1');
    expect(item('Cluster1').getAttribute('aria-expanded')).toBe('false');
    press('ArrowRight');
    expect(item('Cluster1').getAttribute('aria-expanded')).toBe('true');
    press('ArrowRight');
    expect(document.activeElement).toBe(item('Services and applications'));
    press('ArrowRight');
    press('ArrowRight');
    expect(document.activeElement).toBe(item('VM1'));
    expect([item('VM1').getAttribute('aria-level'), item('VM1').getAttribute('aria-posinset'), item('VM1').getAttribute('aria-setsize')]).toEqual(['4', '1', '2']);
    expect(item('VM1').hasAttribute('aria-expanded')).toBe(false);
    press('ArrowLeft');
    expect(document.activeElement).toBe(item('Services and applications'));
    press('ArrowLeft');
    expect(screen.queryByRole('treeitem', { name: 'VM1' })).toBeNull();
    press('End');
    expect(document.activeElement).toBe(item('StarWind'));
    press('Home');
    expect(document.activeElement).toBe(item('Failover Cluster Manager'));
    press('N');
    expect(document.activeElement).toBe(item('Nodes'));
    expect(onSelect).toHaveBeenLastCalledWith('nodes');
    press('Enter');
    expect(onAction).toHaveBeenLastCalledWith('nodes');
    press('F10', { shiftKey: true });
    expect(onContextMenu).toHaveBeenLastCalledWith('nodes');
    // Only the focused row is a tab stop.
    expect(screen.getAllByRole('treeitem').filter((row) => row.tabIndex === 0)).toEqual([item('Nodes')]);
  });
});
