import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { cx } from './cx';

export type ButtonVariant = 'default' | 'primary' | 'danger' | 'ghost';

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  variant?: ButtonVariant;
  className?: string;
}

const VARIANTS: Record<ButtonVariant, string> = {
  default: 'border-line-strong/60 bg-raised text-fg hover:bg-hover',
  primary: 'border-accent bg-accent text-accent-fg hover:brightness-110',
  danger: 'border-error bg-error text-surface hover:brightness-110',
  ghost: 'border-transparent bg-transparent text-fg hover:bg-hover',
};

/** A push button: 1px border, dense, like the buttons of Windows dialogs drawn flat. */
export function Button({ variant = 'default', className, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      className={cx(
        'inline-flex h-6 min-w-[72px] cursor-default items-center justify-center gap-1.5 rounded-[3px] border px-3 text-sm whitespace-nowrap select-none',
        'disabled:cursor-not-allowed disabled:opacity-50 data-[pressed]:brightness-95',
        VARIANTS[variant],
        className,
      )}
    />
  );
}
