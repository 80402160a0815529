// The context menu of a tree node or a result row: the registry's actions for what was
// right-clicked (contextMenuActions), drawn with the menu bar's menus (src/ui/menu.tsx) and run
// through the shell's runner, so it never lists anything the actions pane would not.
import { ContextMenu, type MenuAnchor, type MenuEntry } from '../ui/menu';
import { contextMenuActions, type ActionContext, type ListedAction, type ShellAction, type ShellTreeNode } from './registry';

/** What a context menu was asked for: a node (tree), or the results pane's row or background. */
export interface ContextMenuRequest {
  target: 'node' | 'row';
  /** The node it belongs to (the right-clicked tree node, or the node whose results they are). */
  node: ShellTreeNode;
  anchor: MenuAnchor;
}

/** Listed actions as menu entries, in the actions pane's order: the Action menu and the context menus. */
export function actionEntries(listed: readonly ListedAction[], run: (action: ShellAction) => void): MenuEntry[] {
  return listed.map(({ action, label, enabled }) => {
    const Icon = action.icon;
    return { type: 'item', id: action.id, label, icon: Icon ? <Icon aria-hidden /> : undefined, isDisabled: !enabled, onAction: () => run(action) };
  });
}

export function ShellContextMenu({
  request,
  actions,
  ctx,
  run,
  onClose,
}: {
  request: ContextMenuRequest;
  actions: readonly ShellAction[];
  /** The shell's context as it is now (the selection after a right-click selected the row). */
  ctx: ActionContext;
  run(action: ShellAction, node?: ShellTreeNode): void;
  onClose(): void;
}) {
  // A tree node's menu acts on that node even before the URL has followed the right-click.
  const forNode = request.target === 'node' ? { ...ctx, node: request.node, item: null } : ctx;
  const listed = contextMenuActions(actions, request.target, forNode);
  const heading = request.target === 'row' && forNode.item ? forNode.item.label : (request.node.title ?? request.node.label);
  const entries = actionEntries(listed, (action) => (request.target === 'node' ? run(action, request.node) : run(action)));
  return <ContextMenu aria-label={`${heading} actions`} entries={entries} anchor={request.anchor} onClose={onClose} />;
}
