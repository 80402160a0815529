// The `?validate=only` twin of a change route, as every handler file registers it: the request's
// command is checked by the engine (every rule, nothing changed) and the answer is `{ valid, warnings }`
// or the refusal. The route table lists the mutating route before its twin; msw passes a request
// without `validate=only` on to the mutating route.
import type { PathParams } from 'msw';
import type { RouteId } from '../../src/api/routes';
import type { Command } from '../../src/api/types';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse } from '../problem';
import { answer } from './answer';
import { validateOnlyQuerySchema } from '../../src/api/schemas';
import { asksValidateOnly, readQuery } from './request';
import { on } from './route';

/** A route's command built from its path and body, or the response refusing the request. */
export type ParsedCommand = { ok: true; command: Command } | { ok: false; response: Response };
export type CommandOf<P extends ParsedCommand = ParsedCommand> = (request: Request, params: PathParams<string>) => Promise<P>;

/** Checks `command` without applying it and answers as a validate-only request does. */
export async function validateOnly(lab: LabHostApi, id: RouteId, command: Command): Promise<Response> {
  const result = await lab.validate(command);
  return result.ok ? answer(id, { valid: true, warnings: result.warnings } as never) : labErrorResponse(result.error);
}

export function validateRoute(lab: LabHostApi, id: RouteId, commandOf: CommandOf) {
  return on(id, async ({ request, params }) => {
    if (!asksValidateOnly(request)) return undefined;
    const parsed = await commandOf(request, params);
    return parsed.ok ? validateOnly(lab, id, parsed.command) : parsed.response;
  });
}

/**
 * The start of a change route: a malformed query or body is refused, `?validate=only` is checked
 * and answered; otherwise the parsed command comes back to be dispatched.
 */
export async function parseChange<P extends ParsedCommand>(
  lab: LabHostApi,
  id: RouteId,
  request: Request,
  params: PathParams<string>,
  commandOf: CommandOf<P>,
): Promise<{ response: Response } | { parsed: Extract<P, { ok: true }> }> {
  const query = readQuery(request, validateOnlyQuerySchema);
  if (!query.ok) return { response: query.response };
  const parsed = await commandOf(request, params);
  if (!parsed.ok) return { response: parsed.response };
  if (query.value.validate === 'only') return { response: await validateOnly(lab, id, parsed.command) };
  return { parsed: parsed as Extract<P, { ok: true }> };
}
