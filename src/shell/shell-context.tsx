// The shell's context: the API client, the selection (tree node from the URL, item from the results
// pane), the action registry and the dialogs actions open. Consoles use the hooks at the bottom.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, type ApiClient } from '../api/client';
import { ConfirmDialog, MessageDialog } from '../ui/dialog';
import { OverflowTooltip } from '../ui/overflow-tooltip';
import { labMirror, useLabMirror } from '../stores/lab-mirror';
import { ShellContextMenu, type ContextMenuRequest } from './context-menu';
import { actionLabel, listedKey, type ActionContext, type ConfirmOptions, type MessageOptions, type ListedAction, type SelectedItem, type ShellAction, type ShellTreeNode } from './registry';
import { SHELL_ACTIONS } from './shell-actions';
import { useShellKeys } from './shell-keys';

interface ShellContextValue {
  api: ApiClient | null;
  actions: readonly ShellAction[];
  node: ShellTreeNode | null;
  item: SelectedItem | null;
  setItem(item: SelectedItem | null): void;
  actionContext(): ActionContext;
  /** Runs an action; `node` runs it for another tree node than the selected one (an expand action). */
  run(action: ShellAction, node?: ShellTreeNode): void;
  /** Runs a mutation; an ApiError becomes a message box titled `title`. Resolves false on failure. */
  mutate(title: string, perform: (api: ApiClient) => Promise<unknown>): Promise<boolean>;
  /** Opens the context menu of a tree node or of the results (right-click, Shift+F10). */
  openContextMenu(request: ContextMenuRequest): void;
}

const ShellContext = createContext<ShellContextValue | null>(null);

type PendingConfirm = ConfirmOptions & { resolve(ok: boolean): void };
type PendingMessage = MessageOptions & { resolve(): void };
interface OpenDialog {
  id: number;
  render(close: () => void): ReactNode;
}

/** An error as a message box: the problem's detail and its field errors. */
export function messageForError(title: string, error: unknown): MessageOptions {
  if (error instanceof ApiError) {
    return { title, message: error.problem.detail || error.problem.title, details: error.problem.errors, tone: 'error' };
  }
  return { title, message: error instanceof Error ? error.message : String(error), tone: 'error' };
}

export function ShellProvider({ api, actions: consoleActions, node, children }: { api: ApiClient | null; actions: readonly ShellAction[]; node: ShellTreeNode | null; children: ReactNode }) {
  // The frame's own verbs (Refresh) after the consoles', as MMC lists them last.
  const actions = useMemo(() => [...consoleActions, ...SHELL_ACTIONS], [consoleActions]);
  const [contextMenu, setContextMenu] = useState<ContextMenuRequest | null>(null);
  const navigate = useNavigate();
  const { search } = useLocation();
  const [item, setItem] = useState<SelectedItem | null>(null);
  const [confirmState, setConfirmState] = useState<PendingConfirm | null>(null);
  const [messageState, setMessageState] = useState<PendingMessage | null>(null);
  const [dialogs, setDialogs] = useState<OpenDialog[]>([]);
  const dialogSeq = useRef(0);

  // A new tree node starts with nothing selected in its results.
  // (Adjusted while rendering rather than in an effect, so a view's own selection on mount survives.)
  const nodeHref = node?.href ?? null;
  const [itemNodeHref, setItemNodeHref] = useState(nodeHref);
  if (itemNodeHref !== nodeHref) {
    setItemNodeHref(nodeHref);
    setItem(null);
  }

  const confirm = useCallback((options: ConfirmOptions) => new Promise<boolean>((resolve) => setConfirmState({ ...options, resolve })), []);
  const showMessage = useCallback((options: MessageOptions) => new Promise<void>((resolve) => setMessageState({ ...options, resolve })), []);
  const openDialog = useCallback((render: OpenDialog['render']) => {
    dialogSeq.current += 1;
    const id = dialogSeq.current;
    setDialogs((current) => [...current, { id, render }]);
  }, []);

  const actionContext = useCallback(
    (): ActionContext => ({ node, item, lab: labMirror.getState(), api, search: new URLSearchParams(search), navigate: (to) => void navigate(to), confirm, showMessage, openDialog }),
    [node, item, api, search, navigate, confirm, showMessage, openDialog],
  );

  const run = useCallback(
    (action: ShellAction, forNode?: ShellTreeNode) => {
      const ctx = forNode ? { ...actionContext(), node: forNode, item: null } : actionContext();
      if (forNode && !action.predicate(ctx)) return;
      Promise.resolve()
        .then(() => action.perform(ctx))
        .catch((error: unknown) => showMessage(messageForError(actionLabel(action, ctx), error)));
    },
    [actionContext, showMessage],
  );

  const mutate = useCallback(
    async (title: string, perform: (client: ApiClient) => Promise<unknown>) => {
      if (!api) return false;
      try {
        await perform(api);
        return true;
      } catch (error) {
        await showMessage(messageForError(title, error));
        return false;
      }
    },
    [api, showMessage],
  );

  useShellKeys({ actions, actionContext, run, openContextMenu: setContextMenu });

  const value = useMemo(
    () => ({ api, actions, node, item, setItem, actionContext, run, mutate, openContextMenu: setContextMenu }),
    [api, actions, node, item, actionContext, run, mutate],
  );

  return (
    <ShellContext.Provider value={value}>
      {children}
      {contextMenu && <ShellContextMenu request={contextMenu} actions={actions} ctx={actionContext()} run={run} onClose={() => setContextMenu(null)} />}
      <OverflowTooltip />
      {confirmState && (
        <ConfirmDialog
          isOpen
          title={confirmState.title}
          message={confirmState.message}
          affects={confirmState.affects}
          confirmLabel={confirmState.confirmLabel}
          tone={confirmState.tone}
          onConfirm={() => {
            confirmState.resolve(true);
            setConfirmState(null);
          }}
          onCancel={() => {
            confirmState.resolve(false);
            setConfirmState(null);
          }}
        />
      )}
      {messageState && (
        <MessageDialog
          isOpen
          title={messageState.title}
          message={messageState.message}
          details={messageState.details}
          tone={messageState.tone}
          onClose={() => {
            messageState.resolve();
            setMessageState(null);
          }}
        />
      )}
      {dialogs.map((dialog) => (
        <DialogSlot key={dialog.id} render={dialog.render} close={() => setDialogs((current) => current.filter((d) => d.id !== dialog.id))} />
      ))}
    </ShellContext.Provider>
  );
}

function DialogSlot({ render, close }: { render: OpenDialog['render']; close(): void }) {
  return <>{render(close)}</>;
}

export function useShell(): ShellContextValue {
  const value = useContext(ShellContext);
  if (!value) throw new Error('useShell outside the shell');
  return value;
}

/** The API client, or null while the lab is not ready. */
export function useApi(): ApiClient | null {
  return useShell().api;
}

/** The item selected in the results pane when it is of `kind`; and a setter. */
export function useSelectedItem(kind: string): [string | null, (item: SelectedItem | null) => void] {
  const { item, setItem } = useShell();
  return [item?.kind === kind ? item.key : null, setItem];
}

/**
 * Re-renders the caller when the actions `list` answers change (a predicate reads the mirror: a
 * server's power state), and not on the other batches: the clock's batches at "max" arrive every
 * 50 ms and re-rendering each react-aria button for them kept the main thread busy.
 */
export function useFollowListedActions(list: (ctx: ActionContext) => ListedAction[]): void {
  const { actionContext } = useShell();
  // actionContext() reads labMirror.getState(), the state this selector is called for.
  useLabMirror(() => listedKey(list(actionContext())));
}
