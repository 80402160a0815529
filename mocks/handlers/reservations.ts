// SCSI-3 persistent reservations of one disk of a server: GET reads its LUN's registration table
// (keys, holder, type, generation), POST issues one PERSISTENT RESERVE OUT service action through
// the disk, with its `?validate=only` check; every refusal changes nothing.
import { routes } from '../../src/api/routes';
import { validateOnlyQuerySchema } from '../../src/api/schemas';
import type { Command, QueryAnswers } from '../../src/api/types';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse, problemResponse } from '../problem';
import { answer } from './answer';
import { asksValidateOnly, readBody, readQuery } from './request';
import { on, param } from './route';

/** The disk number of the path, or the 404 a number that is not one gets. */
function diskNumber(name: string, raw: string): number | Response {
  if (/^\d{1,9}$/.test(raw)) return Number(raw);
  const message = `${name} has no Disk ${raw}.`;
  return problemResponse(404, 'disk.not_found', message, { number: message });
}

async function commandOf(request: Request, name: string, rawNumber: string): Promise<{ ok: true; command: Command } | { ok: false; response: Response }> {
  const number = diskNumber(name, rawNumber);
  if (number instanceof Response) return { ok: false, response: number };
  const body = await readBody(request, routes.persistentReserveOut.body);
  return body.ok ? { ok: true, command: { type: 'persistentReserveOut', host: name, number, ...body.value } } : body;
}

export function reservationHandlers(host: LabHostApi) {
  return [
    on('getDiskReservation', async ({ params }) => {
      const name = param(params, 'name');
      const number = diskNumber(name, param(params, 'number'));
      if (number instanceof Response) return number;
      const result = await host.query({ type: 'diskReservation', host: name, number });
      return result.ok ? answer('getDiskReservation', result.value as QueryAnswers['diskReservation']) : labErrorResponse(result.error);
    }),
    // The validate route comes first: without `?validate=only` it answers nothing and msw passes the request on.
    on('validatePersistentReserveOut', async ({ request, params }) => {
      if (!asksValidateOnly(request)) return undefined;
      const parsed = await commandOf(request, param(params, 'name'), param(params, 'number'));
      if (!parsed.ok) return parsed.response;
      const result = await host.validate(parsed.command);
      return result.ok ? answer('validatePersistentReserveOut', { valid: true, warnings: result.warnings }) : labErrorResponse(result.error);
    }),
    on('persistentReserveOut', async ({ request, params }) => {
      const query = readQuery(request, validateOnlyQuerySchema);
      if (!query.ok) return query.response;
      const parsed = await commandOf(request, param(params, 'name'), param(params, 'number'));
      if (!parsed.ok) return parsed.response;
      const { host: name, number } = parsed.command as Extract<Command, { type: 'persistentReserveOut' }>;
      const result = await host.dispatch(parsed.command, [{ type: 'diskReservation', host: name, number }]);
      if (!result.ok) return labErrorResponse(result.error);
      const [view] = result.answers;
      if (!view?.ok) return labErrorResponse(view ? view.error : { code: 'reservation.unreadable', kind: 'conflict', message: 'The reservation could not be read after the command.' });
      return answer('persistentReserveOut', { ...(view.value as QueryAnswers['diskReservation']), version: result.version });
    }),
  ];
}
