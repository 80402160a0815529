import { ProgressBar as AriaProgressBar, Label } from 'react-aria-components';
import { cx } from './cx';

export interface ProgressBarProps {
  label: string;
  /** 0 to 100. */
  value: number;
  valueText?: string;
  className?: string;
}

export function ProgressBar({ label, value, valueText, className }: ProgressBarProps) {
  return (
    <AriaProgressBar value={value} valueLabel={valueText} className={cx('flex flex-col gap-1', className)}>
      {({ percentage }) => (
        <>
          <div className="flex justify-between text-xs text-muted">
            <Label>{label}</Label>
            <span>{valueText}</span>
          </div>
          <div className="h-2 overflow-hidden rounded-[2px] border border-line bg-panel">
            <div className="h-full bg-accent transition-[width] duration-150" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </AriaProgressBar>
  );
}
