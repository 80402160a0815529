// The heading every summary page of a snap-in opens with (Failover Cluster Manager, Hyper-V
// Manager, Virtual Machine Manager): the page's name and the sentence under it.
import type { ReactNode } from 'react';

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="flex flex-col gap-1">
      <h2 className="text-base font-semibold">{title}</h2>
      {children && <p className="max-w-[72ch] text-sm text-muted">{children}</p>}
    </header>
  );
}
