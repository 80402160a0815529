// MMC's keys over the frame, as pure decisions the shell carries out (shell-keys.tsx): F6 and
// Shift+F6 move between the tree, the results and the actions pane; Shift+F10 and the
// context-menu key open the focused thing's context menu; Delete and Alt+Enter run the selected
// thing's delete and properties verbs; F5 refreshes. F10, Alt and the access keys belong to the
// menu bar (src/ui/menu.tsx); Alt+N and Alt+B to the wizard (src/wizard).

export type ShellPane = 'tree' | 'results' | 'actions';
export const PANE_ORDER: readonly ShellPane[] = ['tree', 'results', 'actions'];

export type ShellKeyCommand = { type: 'pane'; direction: 1 | -1 } | { type: 'context-menu' } | { type: 'verb'; verb: 'delete' | 'properties' } | { type: 'refresh' };

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The command a key press asks for, or null. `editing` is true in a text box: Delete there
 * deletes characters, never a server.
 */
export function shellKeyCommand(event: KeyLike, editing: boolean): ShellKeyCommand | null {
  if (event.ctrlKey || event.metaKey) return null;
  const { key, shiftKey, altKey } = event;
  if (key === 'F6' && !altKey) return { type: 'pane', direction: shiftKey ? -1 : 1 };
  if ((key === 'F10' && shiftKey && !altKey) || (key === 'ContextMenu' && !altKey)) return { type: 'context-menu' };
  if (key === 'F5' && !shiftKey && !altKey) return { type: 'refresh' };
  if (editing) return null;
  if (key === 'Delete' && !shiftKey && !altKey) return { type: 'verb', verb: 'delete' };
  if (key === 'Enter' && altKey && !shiftKey) return { type: 'verb', verb: 'properties' };
  return null;
}

/**
 * The pane F6 (direction 1) or Shift+F6 (-1) goes to from `current` (null: focus is in none of
 * them, so F6 starts at the tree and Shift+F6 at the last pane), skipping panes not shown.
 */
export function nextPane(current: ShellPane | null, direction: 1 | -1, available: readonly ShellPane[]): ShellPane | null {
  const shown = PANE_ORDER.filter((pane) => available.includes(pane));
  if (shown.length === 0) return null;
  if (current === null || !shown.includes(current)) return direction === 1 ? shown[0]! : shown[shown.length - 1]!;
  const index = shown.indexOf(current);
  return shown[(index + direction + shown.length) % shown.length]!;
}

/** True for a text box, where typed keys edit text. */
export function isEditable(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable === true;
}
