import type { ReactNode } from 'react';
import { cx } from './cx';

export interface Property {
  label: string;
  value: ReactNode;
}

/** Label: value pairs, like the General tab of a Windows property sheet. */
export function PropertyList({ items, className }: { items: readonly Property[]; className?: string }) {
  return (
    <dl className={cx('grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm', className)}>
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="text-muted">{item.label}:</dt>
          <dd className="min-w-0 break-words text-fg">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
