// What every form field shares: its styles, its base props and the warning note under it. Each
// field is its own module (select-field.tsx, checkbox.tsx, fields.tsx), so the console's first
// screen loads only the fields it shows.
import type { ReactNode } from 'react';
import { AlertTriangle } from 'lucide-react';

export const LABEL = 'text-sm text-fg';
export const INPUT_BOX =
  'h-6 rounded-[3px] border border-line-strong/70 bg-surface px-1.5 text-sm text-fg outline-none focus:border-accent data-[invalid]:border-error';
export const INPUT = `${INPUT_BOX} w-full`;
export const ERROR = 'text-xs text-error';
export const HELP = 'text-xs text-muted';
const WARNING = 'flex items-start gap-1 text-xs text-warn';

/** A yellow note under a field: an allowed choice worth a second look. It does not block. */
export function FieldWarning({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <span className={WARNING} data-warning>
      <AlertTriangle aria-hidden className="mt-px size-3 shrink-0" />
      <span>{children}</span>
    </span>
  );
}

export interface FieldBase {
  /** The field's name in the form's values; also `data-field`. */
  name: string;
  label: string;
  description?: ReactNode;
  /** Shown under the field and marks it invalid. */
  errorMessage?: string;
  /** A yellow note that does not block. */
  warningMessage?: string;
  isDisabled?: boolean;
  className?: string;
}
