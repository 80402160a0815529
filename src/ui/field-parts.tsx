// The parts under a composite field (a list, a table, a tree of check boxes): its help, its error
// and its warning, as the single-control fields draw them.
import type { ReactNode } from 'react';
import { AlertTriangle } from 'lucide-react';

export function FieldFooter({ id, description, errorMessage, warningMessage }: { id: string; description?: ReactNode; errorMessage?: string; warningMessage?: string }) {
  return (
    <>
      {description && (
        <span id={`${id}-description`} className="text-xs text-muted">
          {description}
        </span>
      )}
      {errorMessage && (
        <span id={`${id}-error`} className="text-xs text-error" role="alert">
          {errorMessage}
        </span>
      )}
      {warningMessage && (
        <span className="flex items-start gap-1 text-xs text-warn" data-warning>
          <AlertTriangle aria-hidden className="mt-px size-3 shrink-0" />
          <span>{warningMessage}</span>
        </span>
      )}
    </>
  );
}

/** aria-describedby for the composite's main control: its help and its error. */
export function describedBy(id: string, description: unknown, errorMessage: string | undefined): string | undefined {
  const ids = [description ? `${id}-description` : '', errorMessage ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
