// Apply and OK of a tabbed property sheet (a role's Properties, Live migration settings): the
// sheet's own range checks first (shown once Apply was pressed), then the lab's `?validate=only`,
// then the change; the lab's errors land on the field that owns their path, the rest in one line,
// and the sheet shows the tab of the first field in error. One hook so each sheet only says its
// fields, its checks and its request.
import { useState } from 'react';
import type { LabHooks } from './lab-request';
import type { CheckResult } from './model';

export interface PropertyApplySpec<V, F extends string> {
  /** From labRequest with `validate: true`. */
  request: LabHooks<V>;
  problems: Partial<Record<F, string>>;
  fieldOfPath(path: string): F | undefined;
  /** Nothing to send: Apply succeeds at once. */
  unchanged?(values: V): boolean;
  /** Show the tab holding the first of these fields. */
  showFields(fields: Partial<Record<F, string>>): void;
}

export interface PropertyApply<V, F extends string> {
  errorOf(field: F): string | undefined;
  message: string | null;
  busy: boolean;
  /** Forget the lab's errors (a value changed). */
  clear(): void;
  /** True when the lab now holds what the sheet says. */
  apply(values: V): Promise<boolean>;
}

/** A lab answer's errors on the sheet's fields; what no field owns goes in one line. */
export function mapCheckAnswer<F extends string>(answer: CheckResult, fieldOfPath: (path: string) => F | undefined): { fields: Partial<Record<F, string>>; message: string | null } {
  const fields: Partial<Record<F, string>> = {};
  const rest: string[] = answer.message ? [answer.message] : [];
  for (const [path, message] of Object.entries(answer.errors ?? {})) {
    const field = fieldOfPath(path);
    if (field) fields[field] ??= message;
    else rest.push(message);
  }
  return { fields, message: rest.length > 0 ? rest.join(' ') : null };
}

export function usePropertyApply<V, F extends string>({ request, problems, fieldOfPath, unchanged, showFields }: PropertyApplySpec<V, F>): PropertyApply<V, F> {
  const [touched, setTouched] = useState(false);
  const [labErrors, setLabErrors] = useState<Partial<Record<F, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return {
    errorOf: (field) => labErrors[field] ?? (touched ? problems[field] : undefined),
    message,
    busy,
    clear() {
      setLabErrors({});
      setMessage(null);
    },
    async apply(values) {
      setTouched(true);
      if (Object.keys(problems).length > 0) {
        showFields(problems);
        return false;
      }
      if (unchanged?.(values)) return true;
      setBusy(true);
      try {
        for (const step of [request.check!, request.submit]) {
          const mapped = mapCheckAnswer(await step(values), fieldOfPath);
          if (mapped.message !== null || Object.keys(mapped.fields).length > 0) {
            setLabErrors(mapped.fields);
            setMessage(mapped.message);
            showFields(mapped.fields);
            return false;
          }
        }
        return true;
      } finally {
        setBusy(false);
      }
    },
  };
}
