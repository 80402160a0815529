// The frame's own verbs, listed with every node's actions as MMC lists them: Refresh (F5) reads
// the current view from the lab again. They go through the same registry as the consoles' actions,
// so the actions pane, the Action menu and the context menus show them alike.
import { RefreshCw } from 'lucide-react';
import { labMirror } from '../stores/lab-mirror';
import type { ShellAction } from './registry';

export const REFRESH_LABEL = 'Refresh';

export const refreshAction: ShellAction = {
  id: 'shell.refresh',
  label: REFRESH_LABEL,
  icon: RefreshCw,
  section: 'node',
  predicate: (ctx) => ctx.node !== null,
  // The mirror is replaced by a full state from the lab: what the view shows is read again.
  perform: () => labMirror.getState().refresh(),
};

export const SHELL_ACTIONS: readonly ShellAction[] = [refreshAction];
