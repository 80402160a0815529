// @vitest-environment jsdom
// The event lists' shared selection: a row becomes the shell's "event" item titled as Event Viewer
// titles it, and the selected event comes back with its computer's domain (SWS.com when the lab
// no longer has the host).
import '../testing/jsdom';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import type { LabEvent } from '../../api/types';
import { labMirror } from '../../stores/lab-mirror';
import { eventColumns, useEventSelection } from './event-list';

// Test files share their worker's modules: the mirror goes back as it was.
const before = labMirror.getState();
afterEach(() => {
  cleanup();
  labMirror.setState(before, true);
});

const event = (seq: number, host: string, log = 'System'): LabEvent =>
  ({ seq, host, log, source: 'Microsoft-Windows-FailoverClustering', level: 'Error', eventId: 1135, timeMs: seq, message: '' }) as never;

test('a selected row is the shell item "Event <id>, <source>" and its event with the host domain', () => {
  act(() => labMirror.setState({ hosts: { Demo1: { domain: 'LAB.local' } } } as never));
  const rows = [event(2, 'Demo1'), event(1, 'Gone', 'StarWind')];
  const items: unknown[] = [];
  const { result, rerender } = renderHook(({ selected }) => useEventSelection(rows, selected, (item) => items.push(item)), { initialProps: { selected: null as string | null } });
  expect(result.current.selectedEvent).toBeNull();
  result.current.grid.onSelectionChange('1');
  result.current.grid.onSelectionChange(null);
  expect(items).toEqual([{ kind: 'event', key: '1', label: 'Event ID_1135, Microsoft-Windows-FailoverClustering' }, null]);
  rerender({ selected: '2' });
  expect(result.current.selectedEvent?.seq).toBe(2);
  expect(result.current.domain).toBe('LAB.local');
  rerender({ selected: '1' });
  expect(result.current.domain).toBe('SWS.com');
  expect(result.current.grid.getRowId(rows[0]!)).toBe('2');
});

test("Event Viewer's first four columns, the source's width from the list", () => {
  const columns = eventColumns(0, '240px');
  expect(columns.map((column) => column.header)).toEqual(['Level', 'Date and Time', 'Source', 'Event ID']);
  expect(columns[2]!.width).toBe('240px');
});
