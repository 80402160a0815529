// Zod issues as field messages keyed by path ("snapshot.entities.hosts[2].nics[0].ip"), the shape
// of `Problem.errors` and `LabError.errors`: a person can find the field a message is about.
import type { z } from 'zod';

/** Key for an issue at the root of the value (the body or file as a whole). */
export const ROOT_FIELD = '(root)';

export function fieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? ROOT_FIELD : text;
}

/** Zod's messages start with "Invalid input: "; the path already says where, so keep the rest. */
function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.message.replace(/^Invalid (input|option): /, '');
}

/** One message per field (the first issue wins); unknown keys each get their own entry. */
export function errorsByField(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const put = (field: string, message: string) => {
    if (!(field in errors)) errors[field] = message;
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) put(fieldPath([...issue.path, key]), 'unknown field');
    } else {
      put(fieldPath(issue.path), issueMessage(issue));
    }
  }
  return errors;
}

/** "a.b: expected string, received number" for the first few fields, for a one-line detail. */
export function summarizeErrors(errors: Record<string, string>, fieldsShownMax = 3): string {
  const entries = Object.entries(errors);
  const shown = entries.slice(0, fieldsShownMax).map(([field, message]) => `${field}: ${message}`);
  const more = entries.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}
