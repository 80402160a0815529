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
}

const KEY_STEP_PX = 16;

/** A pane divider: drag with the pointer, or focus it and use the arrow keys. */
export function Splitter({ label, orientation, valuePx, minPx, maxPx, direction, onChange }: SplitterProps) {
  const start = useRef<{ pointer: number; value: number } | null>(null);
  const vertical = orientation === 'vertical';

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
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
      className={cx(
        'shrink-0 bg-canvas outline-none hover:bg-accent/40 focus-visible:bg-accent',
        vertical ? 'w-1 cursor-col-resize' : 'h-1 cursor-row-resize',
      )}
    />
  );
}
