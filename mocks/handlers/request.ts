// Reading requests: JSON bodies checked against the route's schema, query strings against theirs.
// Whatever fails here is a 400 and never reaches the lab.
import type { z } from 'zod';
import { errorsByField, summarizeErrors } from '../../src/api/zod-errors';
import { problemResponse } from '../problem';

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The body as JSON; an empty body reads as {} (routes whose fields are all optional). */
export async function readJson(request: Request): Promise<Parsed<unknown>> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, response: problemResponse(400, 'request.malformed_json', `The request body is not valid JSON: ${reason}`) };
  }
}

export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.output<S>>> {
  const json = await readJson(request);
  if (!json.ok) return json;
  return validate(schema, json.value, 'request.invalid_body', 'The request body');
}

export function readQuery<S extends z.ZodType>(request: Request, schema: S): Parsed<z.output<S>> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return validate(schema, query, 'request.invalid_query', 'The query string');
}

/**
 * True when the request carries `?validate=only`: the validate route of a create answers it, and
 * otherwise answers nothing so msw passes the request on to the create route.
 */
export function asksValidateOnly(request: Request): boolean {
  return new URL(request.url).searchParams.get('validate') === 'only';
}

function validate<S extends z.ZodType>(schema: S, value: unknown, code: string, what: string): Parsed<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = errorsByField(parsed.error.issues);
  return { ok: false, response: problemResponse(400, code, `${what} is not valid: ${summarizeErrors(errors)}.`, errors) };
}
