// The menu bar: File and Help list registered actions, Action mirrors the actions pane, View holds
// the frame's own settings (theme, action pane). Each menu's first letter is its access key
// (underlined; Alt+F opens File), F10 or Alt alone reaches the bar (src/ui/menu.tsx).
import { useUiStore, type ThemeSetting } from '../stores/ui';
import { MenuBar, type MenuEntry } from '../ui/menu';
import { actionEntries } from './context-menu';
import { listActions, type ListedAction } from './registry';
import { useFollowListedActions, useShell } from './shell-context';

export const THEME_OPTIONS: ReadonlyArray<{ id: ThemeSetting; label: string }> = [
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'system', label: 'Use system setting' },
];

export function ShellMenuBar() {
  const { actions, item, actionContext, run } = useShell();
  useFollowListedActions((ctx) => [...listActions(actions, 'file', ctx), ...listActions(actions, 'node', ctx), ...(item ? listActions(actions, 'item', ctx) : []), ...listActions(actions, 'help', ctx)]);
  const theme = useUiStore((state) => state.theme);
  const setTheme = useUiStore((state) => state.setTheme);
  const actionPaneVisible = useUiStore((state) => state.actionPaneVisible);
  const setActionPaneVisible = useUiStore((state) => state.setActionPaneVisible);

  const ctx = actionContext();
  // The same entries as the context menus (context-menu.tsx): one registry, one way to draw it.
  const toEntries = (listed: ListedAction[]): MenuEntry[] => actionEntries(listed, run);
  const nodeEntries = toEntries(listActions(actions, 'node', ctx));
  const itemEntries = item ? toEntries(listActions(actions, 'item', ctx)) : [];

  return (
    <MenuBar
      aria-label="Menu bar"
      menus={[
        { id: 'file', label: 'File', entries: toEntries(listActions(actions, 'file', ctx)) },
        {
          id: 'action',
          label: 'Action',
          entries: [...nodeEntries, ...(nodeEntries.length && itemEntries.length ? [{ type: 'separator', id: 'sep-item' } as const] : []), ...itemEntries],
        },
        {
          id: 'view',
          label: 'View',
          entries: [
            { type: 'choice', id: 'theme', label: 'Theme', options: THEME_OPTIONS, selectedId: theme, onChange: (id) => setTheme(id as ThemeSetting) },
            { type: 'separator', id: 'sep-panes' },
            {
              type: 'item',
              id: 'toggle-action-pane',
              label: actionPaneVisible ? 'Hide Action Pane' : 'Show Action Pane',
              onAction: () => setActionPaneVisible(!actionPaneVisible),
            },
          ],
        },
        { id: 'help', label: 'Help', entries: toEntries(listActions(actions, 'help', ctx)) },
      ]}
    />
  );
}
