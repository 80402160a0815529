// Which side panes show. The action pane has two settings: one for a wide window and one for a
// narrow one (below ACTIONS_AUTO_COLLAPSE_BELOW_PX), where it starts collapsed so the results pane
// keeps its important columns; the toolbar button, the View menu and the collapsed pane's own
// button change the setting of the window's current width.
import { useSyncExternalStore } from 'react';
import { ACTIONS_AUTO_COLLAPSE_BELOW_PX, useUiStore } from '../stores/ui';

const NARROW_QUERY = `(max-width: ${ACTIONS_AUTO_COLLAPSE_BELOW_PX - 1}px)`;

function subscribeNarrow(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isNarrow(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(NARROW_QUERY).matches;
}

export function useNarrowWindow(): boolean {
  return useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
}

/** The action pane as shown now, and the setter of the current width's setting. */
export function useActionPaneVisible(): [boolean, (visible: boolean) => void] {
  const narrow = useNarrowWindow();
  const visible = useUiStore((state) => (narrow ? state.actionPaneVisibleNarrow : state.actionPaneVisible));
  const setWide = useUiStore((state) => state.setActionPaneVisible);
  const setNarrow = useUiStore((state) => state.setActionPaneVisibleNarrow);
  return [visible, narrow ? setNarrow : setWide];
}

export const PANE_LABELS = {
  showActions: 'Show Action Pane',
  hideActions: 'Hide Action Pane',
  showTree: 'Show Console Tree',
  hideTree: 'Hide Console Tree',
  /** The button left where a collapsed pane was. */
  expandActions: 'Expand the Actions pane',
  expandTree: 'Expand the console tree',
  addRemoveColumns: 'Add/Remove Columns…',
} as const;
