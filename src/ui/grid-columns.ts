// A grid's columns as the user arranged them: the settings kept per view in the UI store (a grid
// with a `columnsKey`), or kept by the grid alone while it is shown (one without).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { columnSettingsReducer, NO_COLUMN_SETTINGS, visibleColumnIds, type ColumnSettings, type ColumnSettingsAction } from '../stores/column-settings';
import { useUiStore } from '../stores/ui';

export interface ColumnLike {
  id: string;
  header: string;
  width: string;
}

export interface ArrangedColumns<C extends ColumnLike> {
  /** The columns shown, in order, each with the CSS track it takes. */
  shown: ReadonlyArray<{ column: C; track: string }>;
  settings: ColumnSettings;
  update(action: ColumnSettingsAction): void;
}

export function useArrangedColumns<C extends ColumnLike>(columns: readonly C[], columnsKey: string | undefined): ArrangedColumns<C> {
  const defaultIds = useMemo(() => columns.map((column) => column.id), [columns]);
  const [local, setLocal] = useState<ColumnSettings>(NO_COLUMN_SETTINGS);
  const kept = useUiStore((state) => (columnsKey === undefined ? undefined : state.columnSettings[columnsKey]));
  const updateColumns = useUiStore((state) => state.updateColumns);
  const registerColumnGrid = useUiStore((state) => state.registerColumnGrid);
  const settings = columnsKey === undefined ? local : (kept ?? NO_COLUMN_SETTINGS);

  useEffect(() => (columnsKey === undefined ? undefined : registerColumnGrid(columnsKey)), [columnsKey, registerColumnGrid]);

  const update = useCallback(
    (action: ColumnSettingsAction) => {
      if (columnsKey === undefined) setLocal((current) => columnSettingsReducer(defaultIds, current, action));
      else updateColumns(columnsKey, defaultIds, action);
    },
    [columnsKey, defaultIds, updateColumns],
  );

  const shown = useMemo(() => {
    const byId = new Map(columns.map((column) => [column.id, column]));
    return visibleColumnIds(defaultIds, settings).map((id) => {
      const column = byId.get(id)!;
      const widthPx = settings.widthsPx[id];
      return { column, track: widthPx === undefined ? column.width : `${widthPx}px` };
    });
  }, [columns, defaultIds, settings]);

  return { shown, settings, update };
}
