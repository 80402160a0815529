import type { Host } from '../../api/types';
import { POWER_STATE_LABELS } from '../../domain/power';
import { cx } from '../../ui/cx';

const DOT: Record<Host['powerState'], string> = {
  on: 'bg-ok',
  starting: 'bg-warn',
  stopping: 'bg-warn',
  off: 'bg-line-strong',
};

/** "Running", "Shutting down"... with a status dot (the dot is decoration; the text carries it). */
export function PowerStatus({ host }: { host: Host }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden className={cx('size-2 shrink-0 rounded-full', DOT[host.powerState])} />
      <span>{POWER_STATE_LABELS[host.powerState]}</span>
    </span>
  );
}
