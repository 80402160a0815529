// UI state that is not lab state: theme, pane layout. Persisted in localStorage so the console
// opens as the administrator left it. Event Viewer filters live in the URL (one source of truth:
// a filtered view can be linked and reloaded); what the Event Viewer keeps here is its layout.
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { columnSettingsReducer, NO_COLUMN_SETTINGS, type ColumnSettings, type ColumnSettingsAction } from './column-settings';

export type ThemeSetting = 'light' | 'dark' | 'system';

export const PANE_LIMITS = {
  treeWidthPx: { min: 160, max: 480, initial: 232 },
  actionsWidthPx: { min: 160, max: 400, initial: 216 },
  eventDetailsHeightPx: { min: 120, max: 640, initial: 248 },
} as const;
export type PaneSize = keyof typeof PANE_LIMITS;

export interface UiState {
  theme: ThemeSetting;
  actionPaneVisible: boolean;
  treeWidthPx: number;
  actionsWidthPx: number;
  /** Height of the Event Viewer's details pane under the event list. */
  eventDetailsHeightPx: number;
  eventDetailsVisible: boolean;
  setTheme(theme: ThemeSetting): void;
  setActionPaneVisible(visible: boolean): void;
  setPaneSize(pane: PaneSize, sizePx: number): void;
  setEventDetailsVisible(visible: boolean): void;
  // --- Layout: collapsed panes and column settings (issue 9) ---
  treeVisible: boolean;
  /** The action pane's own setting on a narrow window, where it starts collapsed (see ACTIONS_AUTO_COLLAPSE_BELOW_PX). */
  actionPaneVisibleNarrow: boolean;
  /** Per results view (its `columnsKey`): order, hidden columns and widths the user chose. */
  columnSettings: Readonly<Record<string, ColumnSettings>>;
  /** Not kept: the mounted grids whose columns can be chosen, newest last (View → Add/Remove Columns…). */
  columnGrids: readonly string[];
  /** Not kept: the grid whose Add/Remove Columns dialog is open. */
  columnsDialogKey: string | null;
  setTreeVisible(visible: boolean): void;
  setActionPaneVisibleNarrow(visible: boolean): void;
  updateColumns(columnsKey: string, defaultIds: readonly string[], action: ColumnSettingsAction): void;
  registerColumnGrid(columnsKey: string): () => void;
  openColumnsDialog(columnsKey: string | null): void;
  // --- end of layout ---
  // Guidance and the lab clock (issue 9): the first screen, the seed document's steps beside the
  // console, and the clock's slow-down while a dialog waits for input.
  /** The Getting Started page no longer opens at `/` (Help → Getting Started still shows it). */
  gettingStartedDismissed: boolean;
  /** The seed document's steps are shown in a pane beside the results. */
  seedStepsVisible: boolean;
  /** Above 10×, the clock runs at 1× while a modal dialog waits for input (src/shell/clock-governor.ts). */
  slowClockInDialogs: boolean;
  setGettingStartedDismissed(dismissed: boolean): void;
  setSeedStepsVisible(visible: boolean): void;
  setSlowClockInDialogs(enabled: boolean): void;
}

/** Below this window width the action pane starts collapsed, so the results pane keeps its columns. */
export const ACTIONS_AUTO_COLLAPSE_BELOW_PX = 1200;

export function clampPaneSize(pane: PaneSize, sizePx: number): number {
  const { min, max } = PANE_LIMITS[pane];
  return Math.round(Math.min(max, Math.max(min, sizePx)));
}

const noStorage: StateStorage = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };

function localStorageOrNone(): StateStorage {
  try {
    return typeof localStorage === 'undefined' ? noStorage : localStorage;
  } catch {
    // Storage can be denied (privacy settings, sandboxed frames); the console still works.
    return noStorage;
  }
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      theme: 'system',
      actionPaneVisible: true,
      treeWidthPx: PANE_LIMITS.treeWidthPx.initial,
      actionsWidthPx: PANE_LIMITS.actionsWidthPx.initial,
      eventDetailsHeightPx: PANE_LIMITS.eventDetailsHeightPx.initial,
      eventDetailsVisible: true,
      setTheme: (theme) => set({ theme }),
      setActionPaneVisible: (actionPaneVisible) => set({ actionPaneVisible }),
      setPaneSize: (pane, sizePx) => set({ [pane]: clampPaneSize(pane, sizePx) } as Pick<UiState, PaneSize>),
      setEventDetailsVisible: (eventDetailsVisible) => set({ eventDetailsVisible }),
      // --- Layout: collapsed panes and column settings (issue 9) ---
      treeVisible: true,
      actionPaneVisibleNarrow: false,
      columnSettings: {},
      columnGrids: [],
      columnsDialogKey: null,
      setTreeVisible: (treeVisible) => set({ treeVisible }),
      setActionPaneVisibleNarrow: (actionPaneVisibleNarrow) => set({ actionPaneVisibleNarrow }),
      updateColumns: (columnsKey, defaultIds, action) =>
        set((state) => {
          const current = state.columnSettings[columnsKey] ?? NO_COLUMN_SETTINGS;
          const next = columnSettingsReducer(defaultIds, current, action);
          return next === current ? {} : { columnSettings: { ...state.columnSettings, [columnsKey]: next } };
        }),
      registerColumnGrid: (columnsKey) => {
        set((state) => ({ columnGrids: [...state.columnGrids, columnsKey] }));
        return () =>
          set((state) => {
            const index = state.columnGrids.lastIndexOf(columnsKey);
            return { columnGrids: state.columnGrids.filter((_key, at) => at !== index), columnsDialogKey: state.columnsDialogKey === columnsKey ? null : state.columnsDialogKey };
          });
      },
      openColumnsDialog: (columnsDialogKey) => set({ columnsDialogKey }),
      // --- end of layout ---
      // Guidance and the lab clock (issue 9).
      gettingStartedDismissed: false,
      seedStepsVisible: false,
      slowClockInDialogs: true,
      setGettingStartedDismissed: (gettingStartedDismissed) => set({ gettingStartedDismissed }),
      setSeedStepsVisible: (seedStepsVisible) => set({ seedStepsVisible }),
      setSlowClockInDialogs: (slowClockInDialogs) => set({ slowClockInDialogs }),
    }),
    {
      name: 'ha-lab-ui',
      version: 1,
      storage: createJSONStorage(localStorageOrNone),
      partialize: (state) => ({
        theme: state.theme,
        actionPaneVisible: state.actionPaneVisible,
        treeWidthPx: state.treeWidthPx,
        actionsWidthPx: state.actionsWidthPx,
        eventDetailsHeightPx: state.eventDetailsHeightPx,
        eventDetailsVisible: state.eventDetailsVisible,
        // Layout (issue 9)
        treeVisible: state.treeVisible,
        actionPaneVisibleNarrow: state.actionPaneVisibleNarrow,
        columnSettings: state.columnSettings,
        // Guidance and the lab clock (issue 9).
        gettingStartedDismissed: state.gettingStartedDismissed,
        seedStepsVisible: state.seedStepsVisible,
        slowClockInDialogs: state.slowClockInDialogs,
      }),
    },
  ),
);

/** The theme actually shown: "system" follows the operating system's preference. */
export function resolveTheme(theme: ThemeSetting, prefersDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
}
