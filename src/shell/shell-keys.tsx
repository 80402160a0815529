// Carries out keyboard.ts's decisions in the page: which pane has focus, where F6 lands, what a
// context menu opens on, which action Delete, Alt+Enter and F5 run. Listens on the document, so
// the views need no wiring; the tree raises its own context menu (TreeView's onContextMenu) and
// the results pane's grids are found by their roles. Nothing acts while a dialog or a menu covers
// the frame.
import { useEffect, useRef } from 'react';
import { isCoveredByModal, type MenuAnchor } from '../ui/menu';
import type { ContextMenuRequest } from './context-menu';
import { isEditable, nextPane, shellKeyCommand, type ShellPane } from './keyboard';
import { verbAction, type ActionContext, type ShellAction } from './registry';
import { refreshAction } from './shell-actions';

/** The frame's panes by their landmarks (shell.tsx): the tree's nav, the results' main, the actions' aside. */
export const PANE_SELECTORS: Record<ShellPane, string> = {
  tree: 'nav[aria-label="Console tree"]',
  results: 'main',
  actions: 'aside[aria-label="Actions"]',
};

function paneElement(pane: ShellPane): HTMLElement | null {
  return document.querySelector<HTMLElement>(PANE_SELECTORS[pane]);
}

export function paneOf(element: Element | null): ShellPane | null {
  if (!element) return null;
  for (const pane of Object.keys(PANE_SELECTORS) as ShellPane[]) {
    if (element.closest(PANE_SELECTORS[pane])) return pane;
  }
  return null;
}

const TABBABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What F6 focuses in a pane: the tree's selected node, the results' first list, the first action. */
function focusTargetOf(pane: ShellPane): HTMLElement | null {
  const element = paneElement(pane);
  if (!element) return null;
  if (pane === 'tree') return element.querySelector<HTMLElement>('[role="treeitem"][aria-selected="true"]') ?? element.querySelector<HTMLElement>('[role="tree"]');
  if (pane === 'results') return element.querySelector<HTMLElement>('[role="grid"]') ?? element.querySelector<HTMLElement>(TABBABLE);
  return element.querySelector<HTMLElement>(TABBABLE);
}

/** The row a grid's keyboard focus is on (aria-activedescendant), else its selected row. */
function activeRowOf(grid: Element): HTMLElement | null {
  const activeId = grid.getAttribute('aria-activedescendant');
  const active = activeId ? document.getElementById(activeId) : null;
  return active ?? grid.querySelector<HTMLElement>('[role="row"][aria-selected="true"]');
}

/** A menu opened from the keyboard hangs from the lower left of what it is for. */
function anchorBelow(element: Element): MenuAnchor {
  const box = element.getBoundingClientRect();
  return { x: box.left + 24, y: box.bottom };
}

export interface ShellKeysTarget {
  actions: readonly ShellAction[];
  actionContext(): ActionContext;
  run(action: ShellAction): void;
  openContextMenu(request: ContextMenuRequest): void;
}

export function useShellKeys(target: ShellKeysTarget): void {
  // The listeners are installed once and read the latest selection through the ref.
  const latest = useRef(target);
  useEffect(() => {
    latest.current = target;
  });

  useEffect(() => {
    /** A results-pane context menu: on a row (the item's actions) or on a list's background (the node's). */
    const openForResults = (row: Element | null, anchor: MenuAnchor) => {
      const ctx = latest.current.actionContext();
      if (!ctx.node) return;
      latest.current.openContextMenu({ target: row ? 'row' : 'node', node: ctx.node, anchor });
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isCoveredByModal(paneElement('tree'))) return;
      const focused = document.activeElement;
      const command = shellKeyCommand(event, isEditable(focused));
      if (!command) return;
      const pane = paneOf(focused);
      const { actions, actionContext, run, openContextMenu } = latest.current;
      switch (command.type) {
        case 'pane': {
          const available = (Object.keys(PANE_SELECTORS) as ShellPane[]).filter((candidate) => focusTargetOf(candidate) !== null);
          const next = nextPane(pane, command.direction, available);
          const element = next ? focusTargetOf(next) : null;
          if (!element) return;
          event.preventDefault();
          element.focus();
          return;
        }
        case 'context-menu': {
          // The tree opens its own (TreeView); here the results pane's grid or its other controls.
          if (pane !== 'results' || !focused) return;
          event.preventDefault();
          const grid = focused.closest('[role="grid"]');
          const row = grid ? activeRowOf(grid) : null;
          if (row) openForResults(row, anchorBelow(row));
          else {
            const ctx = actionContext();
            if (ctx.node) openContextMenu({ target: 'node', node: ctx.node, anchor: anchorBelow(grid ?? focused) });
          }
          return;
        }
        case 'verb': {
          if (pane !== 'tree' && pane !== 'results') return;
          const listed = verbAction(actions, command.verb, pane === 'tree' ? 'node' : 'row', actionContext());
          if (!listed) return;
          event.preventDefault();
          run(listed.action);
          return;
        }
        case 'refresh':
          // Not the browser's reload: the lab's state is read again, the page and its selection stay.
          event.preventDefault();
          run(refreshAction);
          return;
      }
    };

    // A right-click on a result row or a list's empty space; elsewhere the browser's menu stays.
    const onContextMenu = (event: MouseEvent) => {
      if (event.defaultPrevented || !(event.target instanceof Element) || paneOf(event.target) !== 'results') return;
      if (isCoveredByModal(paneElement('results'))) return;
      const row = event.target.closest('[role="grid"] [role="row"][data-row-key]');
      if (!row && !event.target.closest('[role="grid"]')) return;
      event.preventDefault();
      // The row's mousedown has selected it (DataGrid), so the shell's item is this row.
      openForResults(row, { x: event.clientX, y: event.clientY });
    };

    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('contextmenu', onContextMenu);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('contextmenu', onContextMenu);
    };
  }, []);
}
