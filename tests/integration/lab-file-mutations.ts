// Mutations of a valid lab file as JSON: drop a key, change a type, push a number out of range,
// truncate the log. Paths are listed once from the valid file, so each mutation is a cheap copy.
import fc from 'fast-check';

export type JsonPath = (string | number)[];

/** Every path of a value (containers and leaves), depth first; long number lists count as one. */
export function pathsOf(value: unknown): JsonPath[] {
  const paths: JsonPath[] = [];
  const stack: { value: unknown; path: JsonPath }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: here, path } = stack.pop()!;
    if (path.length > 0) paths.push(path);
    if (typeof here !== 'object' || here === null) continue;
    for (const [key, child] of Object.entries(here)) stack.push({ value: child, path: [...path, Array.isArray(here) ? Number(key) : key] });
  }
  return paths;
}

export type Mutation =
  | { kind: 'drop'; path: JsonPath }
  | { kind: 'type'; path: JsonPath; value: unknown }
  | { kind: 'range'; path: JsonPath; value: number }
  | { kind: 'truncate-log'; keep: number }
  | { kind: 'nest'; path: JsonPath; depth: number };

const OTHER_TYPES: unknown[] = ['text', '', 0, -1, true, null, [], {}, [1, 2, 3], { id: 'x' }];
const OUT_OF_RANGE: number[] = [-1, 0.5, 1e15, Number.MAX_SAFE_INTEGER, 2 ** 32, -(2 ** 31), 1e300];

export function mutationArbitrary(paths: readonly JsonPath[], numberPaths: readonly JsonPath[], logLength: number): fc.Arbitrary<Mutation> {
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), path }),
    fc.record({ kind: fc.constant('type' as const), path, value: fc.constantFrom(...OTHER_TYPES) }),
    fc.record({ kind: fc.constant('range' as const), path: fc.constantFrom(...numberPaths), value: fc.constantFrom(...OUT_OF_RANGE) }),
    fc.record({ kind: fc.constant('truncate-log' as const), keep: fc.integer({ min: 0, max: Math.max(0, logLength - 1) }) }),
    // A value nested far deeper than any lab needs (the parser, hash and clone would recurse).
    fc.record({ kind: fc.constant('nest' as const), path, depth: fc.constantFrom(40, 3000) }),
  );
}

/** The mutated copy of `text` (the valid file as JSON). */
export function applyMutation(text: string, mutation: Mutation): unknown {
  const file = JSON.parse(text) as Record<string, unknown>;
  if (mutation.kind === 'truncate-log') {
    (file.commandLog as unknown[]).length = mutation.keep;
    return file;
  }
  const parentPath = mutation.path.slice(0, -1);
  const key = mutation.path[mutation.path.length - 1]!;
  let parent: unknown = file;
  for (const step of parentPath) parent = (parent as Record<string | number, unknown>)[step];
  const container = parent as Record<string | number, unknown>;
  if (mutation.kind === 'drop') {
    if (Array.isArray(container)) container.splice(key as number, 1);
    else delete container[key];
  } else if (mutation.kind === 'nest') {
    container[key] = nested(mutation.depth);
  } else {
    container[key] = structuredClone(mutation.value);
  }
  return file;
}

export function numberPathsOf(value: unknown, paths: readonly JsonPath[]): JsonPath[] {
  return paths.filter((path) => {
    let here: unknown = value;
    for (const step of path) here = (here as Record<string | number, unknown>)[step];
    return typeof here === 'number';
  });
}

/** An object nested `depth` levels deep, built without recursion. */
export function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}
