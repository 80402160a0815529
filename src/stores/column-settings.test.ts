import { describe, expect, it } from 'vitest';
import {
  columnSettingsReducer,
  COLUMN_WIDTH_LIMITS_PX,
  NO_COLUMN_SETTINGS,
  orderedColumnIds,
  visibleColumnIds,
  type ColumnSettings,
  type ColumnSettingsAction,
} from './column-settings';

const IDS = ['level', 'time', 'source', 'eventId', 'category', 'computer'] as const;

function apply(...actions: ColumnSettingsAction[]): ColumnSettings {
  return actions.reduce((settings, action) => columnSettingsReducer(IDS, settings, action), NO_COLUMN_SETTINGS);
}

describe('column settings', () => {
  it('shows every column in its default order until the user changes something', () => {
    expect(visibleColumnIds(IDS, NO_COLUMN_SETTINGS)).toEqual([...IDS]);
  });

  it('hides and shows a column again', () => {
    const hidden = apply({ type: 'hide', columnId: 'category' });
    expect(visibleColumnIds(IDS, hidden)).toEqual(['level', 'time', 'source', 'eventId', 'computer']);
    expect(visibleColumnIds(IDS, columnSettingsReducer(IDS, hidden, { type: 'show', columnId: 'category' }))).toEqual([...IDS]);
  });

  it('keeps the last visible column', () => {
    const settings = apply(...IDS.map((columnId) => ({ type: 'hide', columnId }) as const));
    expect(visibleColumnIds(IDS, settings)).toEqual(['computer']);
    expect(settings.hidden).toHaveLength(IDS.length - 1);
  });

  it('moves a column by places, clamped at both ends, hidden columns keeping their place', () => {
    const moved = apply({ type: 'hide', columnId: 'source' }, { type: 'move', columnId: 'computer', offset: -3 });
    expect(orderedColumnIds(IDS, moved)).toEqual(['level', 'time', 'computer', 'source', 'eventId', 'category']);
    expect(visibleColumnIds(IDS, moved)).toEqual(['level', 'time', 'computer', 'eventId', 'category']);
    expect(orderedColumnIds(IDS, columnSettingsReducer(IDS, moved, { type: 'move', columnId: 'level', offset: -1 }))).toEqual(orderedColumnIds(IDS, moved));
    expect(orderedColumnIds(IDS, columnSettingsReducer(IDS, moved, { type: 'move', columnId: 'level', offset: 99 })).at(-1)).toBe('level');
  });

  it('clamps widths and ignores ids the view does not have', () => {
    const settings = apply({ type: 'resize', columnId: 'source', widthPx: 5 }, { type: 'resize', columnId: 'gone', widthPx: 100 }, { type: 'resize', columnId: 'time', widthPx: 10_000 });
    expect(settings.widthsPx).toEqual({ source: COLUMN_WIDTH_LIMITS_PX.min, time: COLUMN_WIDTH_LIMITS_PX.max });
  });

  it('places a column the console adds later after its default neighbour, and drops ids it removed', () => {
    const saved: ColumnSettings = { order: ['computer', 'level', 'removed', 'time', 'source', 'eventId'], hidden: ['removed'], widthsPx: {} };
    expect(orderedColumnIds(IDS, saved)).toEqual(['computer', 'level', 'time', 'source', 'eventId', 'category']);
    expect(visibleColumnIds(IDS, saved)).toEqual(['computer', 'level', 'time', 'source', 'eventId', 'category']);
  });

  it('takes the dialog choice at once, unless it hides everything', () => {
    const chosen = apply({ type: 'set', order: ['eventId', 'computer', 'level', 'time', 'source', 'category'], hidden: ['category', 'time'] });
    expect(visibleColumnIds(IDS, chosen)).toEqual(['eventId', 'computer', 'level', 'source']);
    expect(columnSettingsReducer(IDS, chosen, { type: 'set', order: [], hidden: [...IDS] })).toBe(chosen);
  });

  it('restores the defaults', () => {
    expect(apply({ type: 'hide', columnId: 'time' }, { type: 'resize', columnId: 'level', widthPx: 90 }, { type: 'reset' })).toEqual(NO_COLUMN_SETTINGS);
  });
});
