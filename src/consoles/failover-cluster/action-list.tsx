// "What you can do with this …": a page's actions as buttons, each greyed with why, run through the
// shell exactly as the Actions pane runs them (so a refusal shows the same message). The node and
// role pages list theirs.
import { useShell } from '../../shell/shell-context';
import { Button } from '../../ui/button';
import type { ActionState } from './model';

export interface ActionListEntry {
  /** The ShellAction to run. */
  actionId: string;
  label: string;
  state: ActionState;
}

export function ActionList({ id, title, entries }: { id: string; title: string; entries: readonly ActionListEntry[] }) {
  const shell = useShell();
  const run = (actionId: string) => {
    const found = shell.actions.find((candidate) => candidate.id === actionId);
    if (found) shell.run(found);
  };
  return (
    <section aria-labelledby={id} className="flex flex-col gap-1">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <ul className="flex flex-col gap-1 text-sm">
        {entries.map((entry) => (
          <li key={entry.actionId} className="flex items-center gap-3">
            <Button onPress={() => run(entry.actionId)} isDisabled={!entry.state.enabled || !shell.api}>
              {entry.label}
            </Button>
            {entry.state.reason && <span className="text-muted">{entry.state.reason}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
