// The menu bar: File and Help list registered actions, Action mirrors the actions pane, View holds
// the frame's own settings (theme, action pane). Each menu's first letter is its access key
// (underlined; Alt+F opens File), F10 or Alt alone reaches the bar (src/ui/menu.tsx).
import { useUiStore, type ThemeSetting } from '../stores/ui';
import { MenuBar, type MenuEntry } from '../ui/menu';
import { actionEntries } from './context-menu';
import { PANE_LABELS, useActionPaneVisible } from './pane-layout';
import { listActions, type ListedAction } from './registry';
import { useFollowListedActions, useShell } from './shell-context';

export const THEME_OPTIONS: ReadonlyArray<{ id: ThemeSetting; label: string }> = [
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'system', label: 'Use system setting' },
];

export const SLOW_CLOCK_OPTIONS = [
  { id: 'slow', label: 'Slow to 1× above 10×' },
  { id: 'keep', label: 'Keep the chosen speed' },
] as const;

export function ShellMenuBar() {
  const { actions, item, actionContext, run } = useShell();
  useFollowListedActions((ctx) => [...listActions(actions, 'file', ctx), ...listActions(actions, 'node', ctx), ...(item ? listActions(actions, 'item', ctx) : []), ...listActions(actions, 'help', ctx)]);
  const theme = useUiStore((state) => state.theme);
  const setTheme = useUiStore((state) => state.setTheme);
  const [actionPaneVisible, setActionPaneVisible] = useActionPaneVisible();
  const treeVisible = useUiStore((state) => state.treeVisible);
  const setTreeVisible = useUiStore((state) => state.setTreeVisible);
  // Add/Remove Columns… acts on the results grid shown last (a view with several lists: its last).
  const columnsKey = useUiStore((state) => state.columnGrids.at(-1) ?? null);
  const openColumnsDialog = useUiStore((state) => state.openColumnsDialog);
  const slowClockInDialogs = useUiStore((state) => state.slowClockInDialogs);
  const setSlowClockInDialogs = useUiStore((state) => state.setSlowClockInDialogs);

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
            { type: 'item', id: 'toggle-tree', label: treeVisible ? PANE_LABELS.hideTree : PANE_LABELS.showTree, onAction: () => setTreeVisible(!treeVisible) },
            {
              type: 'item',
              id: 'toggle-action-pane',
              label: actionPaneVisible ? PANE_LABELS.hideActions : PANE_LABELS.showActions,
              onAction: () => setActionPaneVisible(!actionPaneVisible),
            },
            { type: 'item', id: 'add-remove-columns', label: PANE_LABELS.addRemoveColumns, isDisabled: columnsKey === null, onAction: () => openColumnsDialog(columnsKey) },
            { type: 'separator', id: 'sep-clock' },
            // Above 10×, the lab clock runs at 1× while a dialog waits for input (clock-governor.ts).
            {
              type: 'choice',
              id: 'slow-clock-in-dialogs',
              label: 'Lab clock while a dialog is open',
              options: SLOW_CLOCK_OPTIONS,
              selectedId: slowClockInDialogs ? 'slow' : 'keep',
              onChange: (id) => setSlowClockInDialogs(id === 'slow'),
            },
          ],
        },
        { id: 'help', label: 'Help', entries: toEntries(listActions(actions, 'help', ctx)) },
      ]}
    />
  );
}
