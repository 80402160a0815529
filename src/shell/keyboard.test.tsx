// @vitest-environment jsdom
// MMC's keys and context menus in the frame (issue 9): the decisions (keyboard.ts) and the shell
// carrying them out, with one registry serving the actions pane, the Action menu and the context
// menus of the tree and the results.
import '../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ActionsPane } from './actions-pane';
import { ConsoleTree } from './console-tree';
import { isEditable, nextPane, shellKeyCommand, type KeyLike } from './keyboard';
import type { ShellAction, ShellTreeNode } from './registry';
import { ShellMenuBar } from './shell-menus';
import { ShellProvider, useShell } from './shell-context';

afterEach(cleanup);

const key = (k: string, modifiers: Partial<KeyLike> = {}): KeyLike => ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

describe('the keys the frame answers', () => {
  test('F6 and Shift+F6 move between panes, Shift+F10 and the context-menu key open a menu, F5 refreshes', () => {
    expect(shellKeyCommand(key('F6'), false)).toEqual({ type: 'pane', direction: 1 });
    expect(shellKeyCommand(key('F6', { shiftKey: true }), false)).toEqual({ type: 'pane', direction: -1 });
    expect(shellKeyCommand(key('F10', { shiftKey: true }), false)).toEqual({ type: 'context-menu' });
    expect(shellKeyCommand(key('ContextMenu'), false)).toEqual({ type: 'context-menu' });
    expect(shellKeyCommand(key('F5'), true)).toEqual({ type: 'refresh' });
    // F10 alone is the menu bar's; Ctrl+F5 stays the browser's reload.
    expect(shellKeyCommand(key('F10'), false)).toBeNull();
    expect(shellKeyCommand(key('F5', { ctrlKey: true }), false)).toBeNull();
  });

  test('Delete and Alt+Enter run verbs, but not while typing in a text box', () => {
    expect(shellKeyCommand(key('Delete'), false)).toEqual({ type: 'verb', verb: 'delete' });
    expect(shellKeyCommand(key('Enter', { altKey: true }), false)).toEqual({ type: 'verb', verb: 'properties' });
    expect(shellKeyCommand(key('Delete'), true)).toBeNull();
    expect(shellKeyCommand(key('Enter'), false)).toBeNull();
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect([isEditable(input), isEditable(checkbox), isEditable(document.createElement('div')), isEditable(null)]).toEqual([true, false, false, false]);
  });

  test('F6 cycles tree → results → actions and skips a hidden pane', () => {
    const all = ['tree', 'results', 'actions'] as const;
    expect(nextPane(null, 1, all)).toBe('tree');
    expect(nextPane(null, -1, all)).toBe('actions');
    expect(nextPane('tree', 1, all)).toBe('results');
    expect(nextPane('actions', 1, all)).toBe('tree');
    expect(nextPane('tree', -1, all)).toBe('actions');
    expect(nextPane('results', 1, ['tree', 'results'])).toBe('tree');
    expect(nextPane('tree', 1, [])).toBeNull();
  });
});

const server: ShellTreeNode = { href: '/servers/Demo1', label: 'Demo1', kind: 'server', key: 'Demo1' };
const root: ShellTreeNode = { href: '/servers', label: 'Servers', kind: 'servers', children: [server] };

function action(id: string, label: string, extra: Partial<ShellAction> = {}): ShellAction {
  return { id, label, section: 'node', needsLab: false, predicate: (ctx) => ctx.node?.kind === 'server', perform: vi.fn(), ...extra };
}

/** A row of a results list selecting the item, as a view does with useSelectedItem. */
function Results() {
  const { setItem } = useShell();
  return (
    <main>
      <div role="grid" aria-label="Things" tabIndex={0}>
        <div role="row" data-row-key="thing-1" aria-selected="false" onMouseDown={() => setItem({ kind: 'thing', key: 'thing-1', label: 'Thing 1' })}>
          <div role="gridcell">Thing 1</div>
        </div>
      </div>
    </main>
  );
}

function renderShell(actions: ShellAction[]) {
  render(
    <MemoryRouter initialEntries={['/servers/Demo1']}>
      <ShellProvider api={null} actions={actions} node={server}>
        <ShellMenuBar />
        <nav aria-label="Console tree">
          <ConsoleTree nodes={[root]} selectedHref={server.href} initiallyExpanded={[root.href]} />
        </nav>
        <Results />
        <aside aria-label="Actions">
          <ActionsPane />
        </aside>
      </ShellProvider>
    </MemoryRouter>,
  );
}

const paneButtons = (section: string) =>
  within(screen.getByRole('region', { name: section }))
    .getAllByRole('button')
    .map((button) => button.textContent);
const menuItems = () =>
  within(screen.getByRole('menu'))
    .getAllByRole('menuitem')
    .map((item) => item.textContent);
const treeRow = (label: string) => screen.getByRole('treeitem', { name: label });

describe('one registry for the actions pane, the menus and the context menus', () => {
  const shutDown = action('shut-down', 'Shut Down');
  const remove = action('remove', 'Remove Server', { verb: 'delete' });
  const thingOnly = action('thing.copy', 'Copy Thing', { section: 'item', predicate: (ctx) => ctx.item?.kind === 'thing' });
  afterEach(() => vi.clearAllMocks());

  test('right-click on a tree node lists its actions as the pane does (Refresh included); Escape closes it', async () => {
    renderShell([shutDown, remove, thingOnly]);
    expect(paneButtons('Demo1')).toEqual(['Shut Down', 'Remove Server', 'Refresh']);
    fireEvent.contextMenu(treeRow('Demo1'));
    await waitFor(() => expect(menuItems()).toEqual(['Shut Down', 'Remove Server', 'Refresh']));
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  });

  test('Shift+F10 on the focused tree node opens the same menu; choosing an item runs the action for the node', async () => {
    renderShell([shutDown, remove]);
    const row = treeRow('Demo1');
    act(() => row.focus());
    fireEvent.keyDown(row, { key: 'F10', shiftKey: true });
    await waitFor(() => expect(menuItems()).toEqual(['Shut Down', 'Remove Server', 'Refresh']));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Shut Down' }));
    await waitFor(() => expect(shutDown.perform).toHaveBeenCalledWith(expect.objectContaining({ node: expect.objectContaining({ href: '/servers/Demo1' }) })));
  });

  test('a result row’s menu is the selected item’s section of the pane', async () => {
    renderShell([shutDown, thingOnly]);
    const row = document.querySelector('[data-row-key="thing-1"]') as HTMLElement;
    fireEvent.mouseDown(row, { button: 2 });
    await waitFor(() => expect(paneButtons('Thing 1')).toEqual(['Copy Thing']));
    fireEvent.contextMenu(row);
    await waitFor(() => expect(menuItems()).toEqual(['Copy Thing']));
  });

  test('the Action menu lists the same actions', async () => {
    renderShell([shutDown, remove]);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'a', code: 'KeyA', altKey: true });
    await waitFor(() => expect(within(screen.getByRole('menu', { name: 'Action' })).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Shut Down', 'Remove Server', 'Refresh']));
  });

  test('Delete on the tree node runs its delete verb; Delete in the results without an item runs nothing', async () => {
    renderShell([shutDown, remove]);
    const row = treeRow('Demo1');
    act(() => row.focus());
    fireEvent.keyDown(row, { key: 'Delete' });
    await waitFor(() => expect(remove.perform).toHaveBeenCalledTimes(1));
    const grid = screen.getByRole('grid', { name: 'Things' });
    act(() => grid.focus());
    fireEvent.keyDown(grid, { key: 'Delete' });
    await act(() => Promise.resolve());
    expect(remove.perform).toHaveBeenCalledTimes(1);
    expect(shutDown.perform).not.toHaveBeenCalled();
  });

  test('F10 puts focus on the menu bar and F10 again gives it back', () => {
    renderShell([shutDown]);
    const row = treeRow('Demo1');
    act(() => row.focus());
    fireEvent.keyDown(row, { key: 'F10' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'File' }));
    fireEvent.keyDown(document.activeElement!, { key: 'F10' });
    expect(document.activeElement).toBe(row);
  });
});
