// The MMC frame: menu bar and toolbar, console tree (left), results pane (centre), actions pane
// (right), status bar (bottom). Consoles plug in through ConsoleDefinition (registry.ts).
import { Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Button as AriaButton } from 'react-aria-components';
import { ArrowLeft, ArrowRight, ChevronLeft, ChevronRight, PanelLeft, PanelRight, Server } from 'lucide-react';
import type { ApiClient } from '../api/client';
import { useLabMirror } from '../stores/lab-mirror';
import { PANE_LIMITS, useUiStore } from '../stores/ui';
import { Splitter } from '../ui/splitter';
import { ActionsPane } from './actions-pane';
import { ConsoleTree } from './console-tree';
import { PANE_LABELS, useActionPaneVisible } from './pane-layout';
import { composeTree, listActions, nodeForPath, type ConsoleDefinition, type ShellAction, type ShellTreeNode } from './registry';
import { ShellMenuBar } from './shell-menus';
import { ShellProvider, useFollowListedActions, useShell } from './shell-context';
import { createTreeSelector } from './shell-tree';
import { cx } from '../ui/cx';
import { StatusBar } from './status-bar';
import { useApplyTheme } from './theme';

export const ROOT_HREF = '/lab';
export const ROOT_LABEL = 'HA Lab';

export interface ShellProps {
  consoles: readonly ConsoleDefinition[];
  /** File and Help actions, and any others the app adds. */
  globalActions: readonly ShellAction[];
  api: ApiClient | null;
  /** One line for the status bar: "Ready", "Starting the lab…". */
  statusText: string;
  /** Dialogs the app shows over the frame (the lab is open in another tab...). */
  overlay?: ReactNode;
  /** A pane the app shows beside the results (the seed document's steps), inside the shell's context. */
  sidePane?: ReactNode;
}

/** The whole tree: the "HA Lab" root with each console's nodes under it. */
export function useShellTree(consoles: readonly ConsoleDefinition[]): ShellTreeNode[] {
  // Rebuilt only when a collection changes, and the same array while it draws the same thing: a
  // host moving between "on", "stopping" and "starting" leaves the frame and the tree unrendered.
  const selectTree = useMemo(
    () => createTreeSelector((lab) => [{ href: ROOT_HREF, label: ROOT_LABEL, kind: 'root', icon: Server, children: composeTree(consoles, lab) }]),
    [consoles],
  );
  return useLabMirror(selectTree);
}

const TOOL_BUTTON =
  'flex size-6 items-center justify-center rounded-[2px] text-fg outline-none data-[hovered]:bg-hover data-[pressed]:bg-selected data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus data-[selected]:bg-selected';

function Toolbar() {
  const navigate = useNavigate();
  const { actions, actionContext, run } = useShell();
  const toolbarActions = useMemo(() => actions.filter((action) => action.toolbar), [actions]);
  // Predicates read the mirror: the buttons follow what they answer, not every batch.
  useFollowListedActions((ctx) => listActions(toolbarActions, 'node', ctx));
  const verbs = listActions(toolbarActions, 'node', actionContext());
  const [actionPaneVisible, setActionPaneVisible] = useActionPaneVisible();
  const treeVisible = useUiStore((state) => state.treeVisible);
  const setTreeVisible = useUiStore((state) => state.setTreeVisible);
  return (
    <div role="toolbar" aria-label="Standard" className="flex h-7 items-center gap-0.5 border-b border-line px-1">
      <AriaButton aria-label="Back" className={TOOL_BUTTON} onPress={() => void navigate(-1)}>
        <ArrowLeft aria-hidden className="size-4" />
      </AriaButton>
      <AriaButton aria-label="Forward" className={TOOL_BUTTON} onPress={() => void navigate(1)}>
        <ArrowRight aria-hidden className="size-4" />
      </AriaButton>
      <span aria-hidden className="mx-1 h-4 border-l border-line" />
      <AriaButton
        aria-label={treeVisible ? PANE_LABELS.hideTree : PANE_LABELS.showTree}
        aria-pressed={treeVisible}
        className={TOOL_BUTTON}
        onPress={() => setTreeVisible(!treeVisible)}
      >
        <PanelLeft aria-hidden className="size-4" />
      </AriaButton>
      <AriaButton
        aria-label={actionPaneVisible ? PANE_LABELS.hideActions : PANE_LABELS.showActions}
        aria-pressed={actionPaneVisible}
        className={TOOL_BUTTON}
        onPress={() => setActionPaneVisible(!actionPaneVisible)}
      >
        <PanelRight aria-hidden className="size-4" />
      </AriaButton>
      {verbs.length > 0 && <span aria-hidden className="mx-1 h-4 border-l border-line" />}
      {verbs.map((entry) => {
        const Icon = entry.action.icon;
        return (
          <AriaButton
            key={entry.action.id}
            aria-label={entry.label}
            className={cx(TOOL_BUTTON, 'w-auto gap-1 px-1 text-sm disabled:opacity-50')}
            isDisabled={!entry.enabled}
            data-toolbar-action={entry.action.id}
            onPress={() => run(entry.action)}
          >
            {Icon && <Icon aria-hidden className="size-4" />}
            <span>{entry.label}</span>
          </AriaButton>
        );
      })}
    </div>
  );
}

export function Shell({ consoles, globalActions, api, statusText, overlay, sidePane }: ShellProps) {
  useApplyTheme();
  const location = useLocation();
  const tree = useShellTree(consoles);
  const node = nodeForPath(tree, location.pathname);
  const actions = useMemo(() => [...consoles.flatMap((entry) => entry.actions), ...globalActions], [consoles, globalActions]);
  const { treeVisible, setTreeVisible, treeWidthPx, actionsWidthPx, setPaneSize } = useUiStore();
  const [actionPaneVisible, setActionPaneVisible] = useActionPaneVisible();
  const title = node?.title ?? node?.label ?? ROOT_LABEL;
  const initiallyExpanded = useMemo(
    () => [ROOT_HREF, ...(tree[0]?.children ?? []).map((child) => child.href), ...consoles.flatMap((entry) => entry.expandedByDefault ?? [])],
    [tree, consoles],
  );

  useEffect(() => {
    document.title = title === ROOT_LABEL ? ROOT_LABEL : `${title} - ${ROOT_LABEL}`;
  }, [title]);

  return (
    <ShellProvider api={api} actions={actions} node={node}>
      <div className="flex h-full flex-col bg-canvas text-fg">
        <header className="shrink-0 border-b border-line bg-panel">
          <ShellMenuBar />
          <Toolbar />
        </header>
        <div className="flex min-h-0 flex-1">
          {treeVisible ? (
            <>
              <nav aria-label="Console tree" className="shrink-0 overflow-hidden border-r border-line bg-surface" style={{ width: treeWidthPx }}>
                <ConsoleTree nodes={tree} selectedHref={node?.href ?? null} initiallyExpanded={initiallyExpanded} />
              </nav>
              <Splitter
                label="Console tree width"
                orientation="vertical"
                valuePx={treeWidthPx}
                minPx={PANE_LIMITS.treeWidthPx.min}
                maxPx={PANE_LIMITS.treeWidthPx.max}
                direction={1}
                onChange={(px) => setPaneSize('treeWidthPx', px)}
                onCollapse={() => setTreeVisible(false)}
              />
            </>
          ) : (
            <CollapsedPane label={PANE_LABELS.expandTree} side="left" onExpand={() => setTreeVisible(true)} />
          )}
          <main className="flex min-w-0 flex-1 flex-col border-x border-line bg-surface">
            <h1 className="shrink-0 truncate border-b border-line bg-header px-3 py-1 text-base font-semibold" data-testid="results-title" title={title}>
              {title}
            </h1>
            <div className="flex min-h-0 flex-1 flex-col">
              <Suspense fallback={<p className="p-3 text-sm text-muted">Loading…</p>}>
                <Outlet />
              </Suspense>
            </div>
          </main>
          {sidePane}
          {actionPaneVisible ? (
            <>
              <Splitter
                label="Action pane width"
                orientation="vertical"
                valuePx={actionsWidthPx}
                minPx={PANE_LIMITS.actionsWidthPx.min}
                maxPx={PANE_LIMITS.actionsWidthPx.max}
                direction={-1}
                onChange={(px) => setPaneSize('actionsWidthPx', px)}
                onCollapse={() => setActionPaneVisible(false)}
              />
              <aside aria-label="Actions" className="shrink-0 border-l border-line" style={{ width: actionsWidthPx }}>
                <ActionsPane />
              </aside>
            </>
          ) : (
            <CollapsedPane label={PANE_LABELS.expandActions} side="right" onExpand={() => setActionPaneVisible(true)} />
          )}
        </div>
        <StatusBar statusText={statusText} />
      </div>
      {overlay}
    </ShellProvider>
  );
}

/** What is left of a collapsed side pane: a narrow strip whose button brings it back. */
function CollapsedPane({ label, side, onExpand }: { label: string; side: 'left' | 'right'; onExpand(): void }) {
  const Icon = side === 'left' ? ChevronRight : ChevronLeft;
  return (
    <div className={cx('flex w-5 shrink-0 flex-col items-center bg-panel pt-1', side === 'left' ? 'border-r border-line' : 'border-l border-line')} data-collapsed-pane={side}>
      <AriaButton aria-label={label} className={cx(TOOL_BUTTON, 'size-4')} onPress={onExpand}>
        <Icon aria-hidden className="size-3.5" />
      </AriaButton>
    </div>
  );
}
