// A step's link: it opens the console node where the step is done (a real link, so it can also
// open in a new tab) and then runs the action that opens the step's dialog, once that node is
// selected and the action is available there. When it is not (the server is not added yet), the
// console alone shows; the step's text says what comes first.
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { create } from 'zustand';
import { listActions } from '../shell/registry';
import { useShell } from '../shell/shell-context';
import type { SeedStepLink } from './seed-steps';

/** The action a step's link asked for, until its node is shown. Module state: the link's page may unmount on the way. */
const usePendingStep = create<{ pending: SeedStepLink | null }>()(() => ({ pending: null }));

/** Runs a followed link's action on arrival. Rendered once inside the shell (it outlives the link). */
export function SeedStepActionRunner(): null {
  const pending = usePendingStep((state) => state.pending);
  const location = useLocation();
  const { actions, node, actionContext, run } = useShell();
  useEffect(() => {
    if (!pending?.action || location.pathname !== pending.href) return;
    usePendingStep.setState({ pending: null });
    if (node?.href !== pending.href) return;
    const action = actions.find((candidate) => candidate.id === pending.action);
    if (!action) return;
    const [listed] = listActions([action], action.section, actionContext());
    if (listed?.enabled) run(action);
  }, [pending, location.pathname, node, actions, actionContext, run]);
  return null;
}

export function SeedStepLinkView({ link, children }: { link: SeedStepLink; children?: ReactNode }) {
  return (
    <Link
      to={link.href}
      data-step-link={link.action ?? link.href}
      className="text-accent underline decoration-accent/50 underline-offset-2 outline-none hover:decoration-accent focus-visible:outline-2 focus-visible:outline-focus"
      onClick={(event) => {
        // A new tab (Ctrl or middle click) opens only the console, without the dialog.
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        usePendingStep.setState({ pending: link.action ? link : null });
      }}
    >
      {children ?? link.label}
    </Link>
  );
}
