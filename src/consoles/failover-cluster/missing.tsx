// What a cluster page shows when the lab has no such cluster (an old link, an evicted node), and
// the heading every summary page opens with.
import type { ReactNode } from 'react';

export function Missing({ loaded, what }: { loaded: boolean; what: string }) {
  return <p className="p-4 text-sm text-muted">{loaded ? `There is no ${what} in this lab.` : 'Waiting for the lab…'}</p>;
}

/** A page's heading and its sentence under it, as the snap-in's summary pages open. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="flex flex-col gap-1">
      <h2 className="text-base font-semibold">{title}</h2>
      {children && <p className="text-sm text-muted">{children}</p>}
    </header>
  );
}
