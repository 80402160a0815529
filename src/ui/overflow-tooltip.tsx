// The full text of a label the pane cut short (an ellipsis), as Windows shows it: on hover after a
// moment, and at once when keyboard focus reaches it (a tree node, an action, a grid's active row).
// One listener for the page finds the label by its `truncate` class, so every pane gets it
// without wiring. The label's accessible name is already the full text (the cut is only CSS), so
// the tooltip is for the eye: it names no element and takes no focus.
import { useEffect, useState } from 'react';

const HOVER_DELAY_MS = 500;
const GAP_PX = 4;
const MAX_WIDTH_PX = 480;

/** True when CSS cut the element's text (text-overflow: ellipsis). */
export function isTruncated(element: Element): boolean {
  return element.scrollWidth > element.clientWidth + 1;
}

/** The cut label under `start`, or inside it (the row or button keyboard focus is on). */
export function truncatedLabelAt(start: Element): HTMLElement | null {
  const own = start.closest<HTMLElement>('.truncate');
  if (own && isTruncated(own) && own.textContent?.trim()) return own;
  for (const candidate of start.querySelectorAll<HTMLElement>('.truncate')) {
    if (isTruncated(candidate) && candidate.textContent?.trim()) return candidate;
  }
  return null;
}

/** What keyboard focus is on: a grid's active row (aria-activedescendant) rather than the grid. */
function focusedElement(target: Element): Element {
  const activeId = target.getAttribute('aria-activedescendant');
  return (activeId && document.getElementById(activeId)) || target;
}

interface Shown {
  text: string;
  left: number;
  top: number;
}

function placeFor(label: HTMLElement): Shown {
  const box = label.getBoundingClientRect();
  const left = Math.max(GAP_PX, Math.min(box.left, window.innerWidth - MAX_WIDTH_PX - GAP_PX));
  return { text: label.textContent?.trim() ?? '', left, top: box.bottom + GAP_PX };
}

export function OverflowTooltip() {
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** Focus that follows a click is not keyboard focus: hover shows that label already. */
    let pointerLast = false;
    const hide = () => {
      clearTimeout(timer);
      setShown(null);
    };
    const onPointerDown = () => {
      pointerLast = true;
      hide();
    };
    const onPointerOver = (event: PointerEvent) => {
      clearTimeout(timer);
      // Only the label under the pointer (not every cell inside a row it crosses).
      const label = event.target instanceof Element ? event.target.closest<HTMLElement>('.truncate') : null;
      if (!label || !isTruncated(label) || !label.textContent?.trim()) {
        setShown(null);
        return;
      }
      timer = setTimeout(() => setShown(placeFor(label)), HOVER_DELAY_MS);
    };
    const onFocusIn = (event: FocusEvent) => {
      clearTimeout(timer);
      if (pointerLast) return;
      const label = event.target instanceof Element ? truncatedLabelAt(focusedElement(event.target)) : null;
      setShown(label ? placeFor(label) : null);
    };
    // A grid keeps focus while its active row moves (aria-activedescendant): follow the row.
    const onKeyDown = () => {
      pointerLast = false;
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        hide();
        return;
      }
      const target = document.activeElement;
      if (!target?.hasAttribute('aria-activedescendant')) return;
      const label = truncatedLabelAt(focusedElement(target));
      setShown(label ? placeFor(label) : null);
    };
    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', hide);
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('scroll', hide, true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', hide);
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('scroll', hide, true);
    };
  }, []);
  if (!shown) return null;
  return (
    <div
      role="tooltip"
      data-overflow-tooltip
      className="pointer-events-none fixed z-[60] rounded-[2px] border border-line-strong/60 bg-raised px-1.5 py-0.5 text-sm text-fg shadow-md"
      style={{ left: shown.left, top: shown.top, maxWidth: MAX_WIDTH_PX }}
    >
      {shown.text}
    </div>
  );
}
