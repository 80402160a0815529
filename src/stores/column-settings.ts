// Column settings of one results view (MMC's View → Add/Remove Columns… and dragged column
// edges): which columns show, in what order, and the widths the user set. Pure: the grid and the
// dialog send actions, the UI store keeps the result per view so a reload opens the view as left.
//
// Settings name columns by id and never list every column: a column the console adds later shows
// in its default place, and an id the console no longer has is ignored.

export interface ColumnSettings {
  /** Column ids in the order the user chose; columns not listed follow in their default order. */
  order: readonly string[];
  hidden: readonly string[];
  widthsPx: Readonly<Record<string, number>>;
}

export const NO_COLUMN_SETTINGS: ColumnSettings = { order: [], hidden: [], widthsPx: {} };

export const COLUMN_WIDTH_LIMITS_PX = { min: 40, max: 800 } as const;

export type ColumnSettingsAction =
  | { type: 'resize'; columnId: string; widthPx: number }
  | { type: 'hide'; columnId: string }
  | { type: 'show'; columnId: string }
  /** Moves a column by `offset` places among the columns in their current order (hidden included). */
  | { type: 'move'; columnId: string; offset: number }
  /** The whole choice at once, as the Add/Remove Columns dialog's OK gives it. */
  | { type: 'set'; order: readonly string[]; hidden: readonly string[] }
  | { type: 'reset' };

/** Every column id in the order the user sees them (hidden ones in their place). */
export function orderedColumnIds(defaultIds: readonly string[], settings: ColumnSettings): string[] {
  const known = new Set(defaultIds);
  const chosen = settings.order.filter((id, index) => known.has(id) && settings.order.indexOf(id) === index);
  const chosenSet = new Set(chosen);
  // A column absent from the saved order goes after the column that precedes it by default, so a
  // column the console adds later appears where the console puts it.
  const result = [...chosen];
  defaultIds.forEach((id, index) => {
    if (chosenSet.has(id)) return;
    const before = defaultIds.slice(0, index).reverse().find((candidate) => result.includes(candidate));
    result.splice(before === undefined ? 0 : result.indexOf(before) + 1, 0, id);
  });
  return result;
}

/** The columns shown, in order. One column always stays visible. */
export function visibleColumnIds(defaultIds: readonly string[], settings: ColumnSettings): string[] {
  const hidden = new Set(settings.hidden);
  const visible = orderedColumnIds(defaultIds, settings).filter((id) => !hidden.has(id));
  return visible.length > 0 ? visible : defaultIds.slice(0, 1);
}

export function clampColumnWidth(widthPx: number): number {
  return Math.round(Math.min(COLUMN_WIDTH_LIMITS_PX.max, Math.max(COLUMN_WIDTH_LIMITS_PX.min, widthPx)));
}

export function columnSettingsReducer(defaultIds: readonly string[], settings: ColumnSettings, action: ColumnSettingsAction): ColumnSettings {
  const known = new Set(defaultIds);
  switch (action.type) {
    case 'resize':
      if (!known.has(action.columnId)) return settings;
      return { ...settings, widthsPx: { ...settings.widthsPx, [action.columnId]: clampColumnWidth(action.widthPx) } };
    case 'hide': {
      if (!known.has(action.columnId) || settings.hidden.includes(action.columnId)) return settings;
      // The last visible column stays: a grid with no column shows nothing to bring one back from.
      if (visibleColumnIds(defaultIds, settings).filter((id) => id !== action.columnId).length === 0) return settings;
      return { ...settings, hidden: [...settings.hidden, action.columnId] };
    }
    case 'show':
      return settings.hidden.includes(action.columnId) ? { ...settings, hidden: settings.hidden.filter((id) => id !== action.columnId) } : settings;
    case 'move': {
      const order = orderedColumnIds(defaultIds, settings);
      const from = order.indexOf(action.columnId);
      if (from < 0) return settings;
      const to = Math.max(0, Math.min(order.length - 1, from + Math.trunc(action.offset)));
      if (to === from) return settings;
      order.splice(from, 1);
      order.splice(to, 0, action.columnId);
      return { ...settings, order };
    }
    case 'set': {
      const order = orderedColumnIds(defaultIds, { ...settings, order: action.order });
      const hidden = [...new Set(action.hidden.filter((id) => known.has(id)))];
      if (hidden.length >= order.length) return settings;
      return { ...settings, order, hidden };
    }
    case 'reset':
      return NO_COLUMN_SETTINGS;
  }
}
