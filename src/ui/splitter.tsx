import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { cx } from './cx';

export interface SplitterProps {
  /** What the splitter resizes, e.g. "Console tree width". */
  label: string;
  orientation: 'vertical' | 'horizontal';
  valuePx: number;
  minPx: number;
  maxPx: number;
  /** +1 when dragging right/down grows the pane, -1 when it shrinks it. */
  direction: 1 | -1;
  onChange(valuePx: number): void;
  /** Enter collapses the pane (the window splitter pattern of WAI-ARIA). */
  onCollapse?(): void;
  /** "pane": a divider between panes; "column": a column header's edge in a grid. */
  variant?: 'pane' | 'column';
}

const KEY_STEP_PX = 16;

/** A pane divider: drag with the pointer, or focus it and use the arrow keys (Enter collapses). */
export function Splitter({ label, orientation, valuePx, minPx, maxPx, direction, onChange, onCollapse, variant = 'pane' }: SplitterProps) {
  const start = useRef<{ pointer: number; value: number } | null>(null);
  const vertical = orientation === 'vertical';

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    // A column edge sits on its header's sort button: the drag must not also sort.
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { pointer: vertical ? event.clientX : event.clientY, value: valuePx };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    const delta = (vertical ? event.clientX : event.clientY) - start.current.pointer;
    onChange(start.current.value + direction * delta);
  };
  const onPointerUp = () => {
    start.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const grow = vertical ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
    if (event.key === grow[0]) onChange(valuePx + direction * KEY_STEP_PX);
    else if (event.key === grow[1]) onChange(valuePx - direction * KEY_STEP_PX);
    else if (event.key === 'Home') onChange(minPx);
    else if (event.key === 'End') onChange(maxPx);
    else if (event.key === 'Enter' && onCollapse) onCollapse();
    else return;
    event.preventDefault();
  };

  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(valuePx)}
      aria-valuemin={minPx}
      aria-valuemax={maxPx}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
      className={cx(
        'outline-none hover:bg-accent/40 focus-visible:bg-accent',
        variant === 'pane' ? 'shrink-0 bg-canvas' : 'absolute inset-y-0 -right-[3px] z-10 w-[6px] touch-none',
        vertical ? 'cursor-col-resize' : 'cursor-row-resize',
        variant === 'pane' && (vertical ? 'w-1' : 'h-1'),
      )}
    />
  );
}
