// Deep copy of plain JSON data. Entities leave the engine as copies so that a receiver (the
// in-process host hands batches straight to a store) can never mutate live state.
// structuredClone is banned in the engine (it is not in lib ES2022 and is slower for small objects).

export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => cloneJson(item)) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = cloneJson((value as Record<string, unknown>)[key]);
  return out as T;
}
