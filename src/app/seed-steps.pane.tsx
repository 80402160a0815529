// The seed document's steps beside the console (View state `seedStepsVisible`): the list of the
// Getting Started page in a narrow pane, so the user reads a step and does it without leaving
// the console. Its links open the console and dialog of each step in the results pane.
import { Button as AriaButton } from 'react-aria-components';
import { X } from 'lucide-react';
import { Link } from 'react-router';
import { useUiStore } from '../stores/ui';
import { GETTING_STARTED_HREF } from './getting-started-paths';
import { SeedStepActionRunner } from './seed-step-link';
import { SEED_DOCUMENT } from './seed-steps';
import { SeedStepsList } from './seed-steps-list';

export const SEED_STEPS_PANE_LABEL = 'Seed document steps';

function SeedStepsPane() {
  const setVisible = useUiStore((state) => state.setSeedStepsVisible);
  return (
    <aside aria-label={SEED_STEPS_PANE_LABEL} className="flex w-[280px] shrink-0 flex-col border-l border-line bg-surface" data-testid="seed-steps-pane">
      <div className="flex shrink-0 items-center gap-2 border-b border-line bg-header px-2 py-1">
        <h2 className="min-w-0 flex-1 truncate text-base font-semibold">Steps</h2>
        <AriaButton
          aria-label="Close the steps"
          onPress={() => setVisible(false)}
          className="flex size-5 items-center justify-center rounded-[2px] outline-none data-[hovered]:bg-hover data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus"
        >
          <X aria-hidden className="size-3.5" />
        </AriaButton>
      </div>
      <div className="min-h-0 flex-1 overflow-auto p-2">
        <p className="mb-2 text-xs text-muted">
          From <cite>{SEED_DOCUMENT.title}</cite>. More in{' '}
          <Link to={GETTING_STARTED_HREF} className="text-accent underline underline-offset-2">
            Getting Started
          </Link>
          .
        </p>
        <SeedStepsList compact />
      </div>
    </aside>
  );
}

/** What the app gives the shell beside the results: the steps pane when shown, and the runner of a followed step link. */
export function SeedStepsSide() {
  const visible = useUiStore((state) => state.seedStepsVisible);
  return (
    <>
      <SeedStepActionRunner />
      {visible && <SeedStepsPane />}
    </>
  );
}
