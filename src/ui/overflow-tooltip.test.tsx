// @vitest-environment jsdom
// The full text of a cut label on keyboard focus and on hover, and nothing for a label that fits.
import './testing/jsdom';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OverflowTooltip } from './overflow-tooltip';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** jsdom lays nothing out: a label is "cut" when its content is wider than its box. */
function label(text: string, contentPx: number, boxPx: number) {
  return (element: HTMLSpanElement | null) => {
    if (!element) return;
    Object.defineProperty(element, 'scrollWidth', { configurable: true, value: contentPx });
    Object.defineProperty(element, 'clientWidth', { configurable: true, value: boxPx });
    element.textContent = text;
  };
}

function renderLabels() {
  render(
    <>
      <OverflowTooltip />
      <button type="button">
        <span className="truncate" ref={label('StarWind Management Console', 220, 120)} />
      </button>
      <button type="button">
        <span className="truncate" ref={label('Networks', 60, 120)} />
      </button>
    </>,
  );
  return screen.getAllByRole('button') as [HTMLElement, HTMLElement];
}

describe('a label the pane cuts', () => {
  test('keyboard focus on what holds it shows its full text at once; a label that fits shows none', () => {
    const [cut, fits] = renderLabels();
    fireEvent.keyDown(document.body, { key: 'Tab' });
    fireEvent.focusIn(cut);
    expect(screen.getByRole('tooltip').textContent).toBe('StarWind Management Console');
    fireEvent.focusOut(cut);
    fireEvent.focusIn(fits);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  test('hovering the label shows it after a moment; a press hides it', () => {
    vi.useFakeTimers();
    const [cut] = renderLabels();
    const text = cut.querySelector('.truncate')!;
    fireEvent.pointerOver(text);
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => vi.advanceTimersByTime(600));
    expect(screen.getByRole('tooltip').textContent).toBe('StarWind Management Console');
    fireEvent.pointerDown(text);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
