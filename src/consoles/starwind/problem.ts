// A refused request as a dialog shows it: field messages on the fields, the rest in one line.
import { ApiError } from '../../api/client';

export interface DialogProblem {
  fields: Record<string, string>;
  message: string | null;
}

/** `fieldOf` maps a request path ("address", "ha.partnerPassword") to a field name, or null. */
export function dialogProblem(error: unknown, fieldOf: (path: string) => string | null = (path) => path): DialogProblem {
  if (!(error instanceof ApiError)) return { fields: {}, message: error instanceof Error ? error.message : String(error) };
  const fields: Record<string, string> = {};
  const loose: string[] = [];
  for (const [path, text] of Object.entries(error.problem.errors ?? {})) {
    const field = fieldOf(path);
    if (field) fields[field] = text;
    else loose.push(text);
  }
  // The detail repeats the first field message; show it only when no field carries it.
  const detail = error.problem.detail || error.problem.title;
  const message = loose.length > 0 ? loose.join(' ') : Object.keys(fields).length === 0 ? detail : null;
  return { fields, message };
}
