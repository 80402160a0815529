// @vitest-environment jsdom
import './testing/jsdom';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { NO_COLUMN_SETTINGS, type ColumnSettingsAction } from '../stores/column-settings';
import { ColumnsDialog } from './columns-dialog';

const COLUMNS = [
  { id: 'level', header: 'Level' },
  { id: 'source', header: 'Source' },
  { id: 'computer', header: 'Computer' },
];

afterEach(cleanup);

function open(settings = NO_COLUMN_SETTINGS) {
  const onApply = vi.fn<(action: ColumnSettingsAction) => void>();
  const onClose = vi.fn();
  render(<ColumnsDialog columns={COLUMNS} settings={settings} onApply={onApply} onClose={onClose} />);
  return { onApply, onClose };
}

describe('Add/Remove Columns', () => {
  test('OK gives the order and the hidden columns chosen', () => {
    const { onApply, onClose } = open();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Source' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move Computer up' }));
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(onApply).toHaveBeenCalledWith({ type: 'set', order: ['level', 'computer', 'source'], hidden: ['source'] });
    expect(onClose).toHaveBeenCalled();
  });

  test('the last displayed column cannot be unchecked; Cancel changes nothing', () => {
    const { onApply } = open({ order: [], hidden: ['level', 'source'], widthsPx: {} });
    expect((screen.getByRole('checkbox', { name: 'Computer' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onApply).not.toHaveBeenCalled();
  });

  test('Restore Defaults then OK resets widths too', () => {
    const { onApply } = open({ order: ['computer', 'level', 'source'], hidden: ['level'], widthsPx: { source: 50 } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore Defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(onApply.mock.calls.map(([action]) => action)).toEqual([{ type: 'reset' }, { type: 'set', order: ['level', 'source', 'computer'], hidden: [] }]);
  });
});
