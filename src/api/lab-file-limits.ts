// Structural limits of a lab file, checked by an explicit walk BEFORE zod parses it: a value nested
// thousands of levels deep, a string of megabytes or an array of millions of items is refused
// cheaply with its path, never by a stack overflow in the parser, the hash or structuredClone.
import { fieldPath } from './zod-errors';

/** The deepest legitimate lab file is about 8 levels (a timer's data, a create command's HA spec). */
export const LAB_FILE_DEPTH_MAX = 32;
/** Names, addresses and event messages are short; 64 KiB leaves room for any real text. */
export const LAB_FILE_STRING_CHARS_MAX = 65_536;
/** Arrays and objects: the command log and the event log are the longest (an extent map is text in chunks of at most LAB_FILE_STRING_CHARS_MAX). */
export const LAB_FILE_ITEMS_MAX = 4_000_000;

export interface LimitProblem {
  field: string;
  message: string;
}

/** A value still to visit; its path is rebuilt from the parents only when it breaks a limit. */
interface Visit {
  value: unknown;
  depth: number;
  key: PropertyKey | null;
  parent: Visit | null;
}

function pathOf(visit: Visit): string {
  const path: PropertyKey[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.push(at.key);
  return fieldPath(path.reverse());
}

/** A text or a key beyond its limit, found on a value's way in: its path is built only then. */
function textProblem(text: string, parent: Visit, key: PropertyKey, what: 'text' | 'a key'): LimitProblem | null {
  if (text.length <= LAB_FILE_STRING_CHARS_MAX) return null;
  const at = what === 'text' ? { value: text, depth: parent.depth + 1, key, parent } : parent;
  return { field: pathOf(at), message: `${what} of ${text.length} characters; at most ${LAB_FILE_STRING_CHARS_MAX}` };
}

/**
 * The first value of `input` beyond a limit, with its path; null when none is. Texts are checked
 * where they are found and only objects and lists are visited: a full event log is 1.6 million
 * texts and numbers, and a visit each was most of the import's garbage.
 */
export function labFileLimitProblem(input: unknown): LimitProblem | null {
  if (typeof input === 'string' && input.length > LAB_FILE_STRING_CHARS_MAX) return { field: '', message: `text of ${input.length} characters; at most ${LAB_FILE_STRING_CHARS_MAX}` };
  if (typeof input !== 'object' || input === null) return null;
  const stack: Visit[] = [{ value: input, depth: 0, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (depth >= LAB_FILE_DEPTH_MAX) return { field: pathOf(visit), message: `nested deeper than ${LAB_FILE_DEPTH_MAX} levels` };
    if (Array.isArray(value)) {
      if (value.length > LAB_FILE_ITEMS_MAX) return { field: pathOf(visit), message: `a list of ${value.length} items; at most ${LAB_FILE_ITEMS_MAX}` };
      for (let index = value.length - 1; index >= 0; index--) {
        const item: unknown = value[index];
        if (typeof item === 'string') {
          const problem = textProblem(item, visit, index, 'text');
          if (problem) return problem;
        } else if (typeof item === 'object' && item !== null) stack.push({ value: item, depth: depth + 1, key: index, parent: visit });
      }
      continue;
    }
    const keys = Object.keys(value as object);
    if (keys.length > LAB_FILE_ITEMS_MAX) return { field: pathOf(visit), message: `an object of ${keys.length} keys; at most ${LAB_FILE_ITEMS_MAX}` };
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      const keyProblem = textProblem(key, visit, key, 'a key');
      if (keyProblem) return keyProblem;
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item === 'string') {
        const problem = textProblem(item, visit, key, 'text');
        if (problem) return problem;
      } else if (typeof item === 'object' && item !== null) stack.push({ value: item, depth: depth + 1, key, parent: visit });
    }
  }
  return null;
}
