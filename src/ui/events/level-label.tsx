import { CircleX, Info, TriangleAlert } from 'lucide-react';
import type { EventLevel } from '../../domain/event-log';

/** Level as Event Viewer draws it: an icon and the word. */
export function LevelLabel({ level }: { level: EventLevel }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      {level === 'Error' && <CircleX aria-hidden className="size-3.5 shrink-0 text-error" />}
      {level === 'Warning' && <TriangleAlert aria-hidden className="size-3.5 shrink-0 text-warn" />}
      {level === 'Information' && <Info aria-hidden className="size-3.5 shrink-0 text-info" />}
      {level}
    </span>
  );
}
