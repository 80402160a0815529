// The actions pane: a view of the action registry for the current selection, in two sections as
// MMC draws them: the tree node's actions, then the selected item's.
import { useId } from 'react';
import { Button as AriaButton } from 'react-aria-components';
import { cx } from '../ui/cx';
import { listActions, type ListedAction } from './registry';
import { useFollowListedActions, useShell } from './shell-context';

function Section({ heading, listed, onRun }: { heading: string; listed: ListedAction[]; onRun(listed: ListedAction): void }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="border-b border-line">
      <h2 id={headingId} className="truncate border-b border-line bg-header px-2 py-0.5 text-sm font-semibold text-fg">
        {heading}
      </h2>
      {listed.length === 0 ? (
        <p className="px-3 py-1 text-sm text-muted">No actions</p>
      ) : (
        <ul className="py-0.5">
          {listed.map((entry) => {
            const Icon = entry.action.icon;
            return (
              <li key={entry.action.id}>
                <AriaButton
                  isDisabled={!entry.enabled}
                  onPress={() => onRun(entry)}
                  data-action={entry.action.id}
                  className={cx(
                    'flex h-[22px] w-full cursor-default items-center gap-2 px-3 text-left text-sm text-fg outline-none',
                    'data-[hovered]:bg-hover data-[pressed]:bg-selected data-[focus-visible]:outline-2 data-[focus-visible]:-outline-offset-2 data-[focus-visible]:outline-focus',
                    'disabled:text-muted disabled:opacity-70',
                  )}
                >
                  <span className="flex size-4 shrink-0 items-center justify-center">{Icon && <Icon aria-hidden className="size-3.5" />}</span>
                  <span className="truncate">{entry.label}</span>
                </AriaButton>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function ActionsPane() {
  const { actions, node, item, actionContext, run } = useShell();
  // Predicates read the mirror (a server's power state): the pane follows what they answer.
  useFollowListedActions((ctx) => [...listActions(actions, 'node', ctx), ...(item ? listActions(actions, 'item', ctx) : [])]);
  const ctx = actionContext();
  const nodeActions = listActions(actions, 'node', ctx);
  const itemActions = item ? listActions(actions, 'item', ctx) : [];
  return (
    <div className="flex h-full flex-col overflow-auto bg-panel">
      <div className="border-b border-line px-2 py-1 text-sm font-semibold text-fg">Actions</div>
      {node && <Section heading={node.title ?? node.label} listed={nodeActions} onRun={(entry) => run(entry.action)} />}
      {item && <Section heading={item.label} listed={itemActions} onRun={(entry) => run(entry.action)} />}
    </div>
  );
}
