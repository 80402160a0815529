// MPIO and Disk Management of one server: the claim of iSCSI devices and the added device hardware
// IDs (in effect after the next restart), the disks, a disk's Online / Initialize / New Simple
// Volume, a disk's MPIO policy.
// Each PUT has its `?validate=only` check; every refusal changes nothing. POST .../io runs the
// I/O generator (200 with the result of an instant run, 202 with the job of a longer one).
import { routes } from '../../src/api/routes';
import { validateOnlyQuerySchema } from '../../src/api/schemas';
import type { Command, QueryAnswers } from '../../src/api/types';
import type { DiskView, MpioView } from '../../src/domain/disks';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse, problemResponse } from '../problem';
import { answer, answerStarted } from './answer';
import { asksValidateOnly, readBody, readQuery } from './request';
import { on, param } from './route';

type Mutating = 'setMpio' | 'setDisk' | 'setDiskMpio';
type Validating = 'validateMpio' | 'validateDisk' | 'validateDiskMpio';

/** The disk number of the path, or the 404 a number that is not one gets. */
function diskNumber(name: string, raw: string): number | Response {
  if (/^\d{1,9}$/.test(raw)) return Number(raw);
  const message = `${name} has no Disk ${raw}.`;
  return problemResponse(404, 'disk.not_found', message, { number: message });
}

async function commandOf(request: Request, id: Mutating | Validating, name: string, number: number): Promise<{ ok: true; command: Command } | { ok: false; response: Response }> {
  if (id === 'setMpio' || id === 'validateMpio') {
    const body = await readBody(request, routes[id].body);
    return body.ok ? { ok: true, command: { type: 'mpioSetClaim', host: name, ...body.value } } : body;
  }
  if (id === 'setDisk' || id === 'validateDisk') {
    const body = await readBody(request, routes[id].body);
    return body.ok ? { ok: true, command: { type: 'diskSet', host: name, number, ...body.value } } : body;
  }
  const body = await readBody(request, routes[id].body);
  return body.ok ? { ok: true, command: { type: 'diskSetMpio', host: name, number, ...body.value } } : body;
}

async function disksOf(host: LabHostApi, name: string): Promise<QueryAnswers['hostDisks'] | Response> {
  const result = await host.query({ type: 'hostDisks', host: name });
  return result.ok ? (result.value as QueryAnswers['hostDisks']) : labErrorResponse(result.error);
}

function diskOf(list: QueryAnswers['hostDisks'], number: number): DiskView | Response {
  const disk = list.disks.find((candidate) => candidate.number === number);
  if (disk) return disk;
  const message = `${list.host} has no Disk ${number}.`;
  return problemResponse(404, 'disk.not_found', message, { number: message });
}

async function change(host: LabHostApi, id: Mutating, request: Request, name: string, rawNumber: string | null): Promise<Response> {
  const query = readQuery(request, validateOnlyQuerySchema);
  if (!query.ok) return query.response;
  const number = rawNumber === null ? 0 : diskNumber(name, rawNumber);
  if (number instanceof Response) return number;
  const parsed = await commandOf(request, id, name, number);
  if (!parsed.ok) return parsed.response;
  const result = await host.dispatch(parsed.command, []);
  if (!result.ok) return labErrorResponse(result.error);
  if (id === 'setMpio') {
    const view = await host.query({ type: 'hostMpio', host: name });
    if (!view.ok) return labErrorResponse(view.error);
    const mpio = view.value as MpioView;
    return answer('setMpio', { ...mpio, restartRequired: mpio.claimPending || mpio.pendingDeviceIds !== null, version: result.version });
  }
  const list = await disksOf(host, name);
  if (list instanceof Response) return list;
  const disk = diskOf(list, number);
  if (disk instanceof Response) return disk;
  if (id === 'setDisk') return answer('setDisk', { ...disk, version: result.version });
  return answer('setDiskMpio', { host: list.host, number, policy: disk.policy, paths: disk.paths, version: result.version });
}

async function validate(host: LabHostApi, id: Validating, request: Request, name: string, rawNumber: string | null): Promise<Response | undefined> {
  if (!asksValidateOnly(request)) return undefined;
  const number = rawNumber === null ? 0 : diskNumber(name, rawNumber);
  if (number instanceof Response) return number;
  const parsed = await commandOf(request, id, name, number);
  if (!parsed.ok) return parsed.response;
  const result = await host.validate(parsed.command);
  return result.ok ? answer(id, { valid: true, warnings: result.warnings }) : labErrorResponse(result.error);
}

/**
 * POST .../disks/{number}/io: the run starts in the dispatch; the disk's last run answered in the
 * same dispatch tells whether it completed at once (200 with its result) or is a job (202).
 */
async function runIo(host: LabHostApi, request: Request, name: string, rawNumber: string, validateOnly: boolean): Promise<Response | undefined> {
  if (validateOnly !== asksValidateOnly(request)) return undefined;
  const query = readQuery(request, validateOnlyQuerySchema);
  if (!query.ok) return query.response;
  const number = diskNumber(name, rawNumber);
  if (number instanceof Response) return number;
  const body = await readBody(request, routes.runDiskIo.body);
  if (!body.ok) return body.response;
  const command: Command = { type: 'diskIo', host: name, number, ...body.value };
  if (validateOnly) {
    const result = await host.validate(command);
    return result.ok ? answer('validateDiskIo', { valid: true, warnings: result.warnings }) : labErrorResponse(result.error);
  }
  const result = await host.dispatch(command, [{ type: 'diskIoLast', host: name, number }]);
  if (!result.ok) return labErrorResponse(result.error);
  const last = result.answers[0];
  if (!last?.ok) return labErrorResponse(last?.error ?? { code: 'disk.not_found', kind: 'not_found', message: `${name} has no Disk ${number}.` });
  const { jobId, result: done } = last.value as QueryAnswers['diskIoLast'];
  return answerStarted('runDiskIo', { host: name, number, result: done, jobId, version: result.version });
}

export function diskHandlers(host: LabHostApi) {
  return [
    on('getMpio', async ({ params }) => {
      const result = await host.query({ type: 'hostMpio', host: param(params, 'name') });
      return result.ok ? answer('getMpio', result.value as MpioView) : labErrorResponse(result.error);
    }),
    // The validate routes come first: without `?validate=only` they answer nothing and msw passes the request on.
    on('validateMpio', async ({ request, params }) => validate(host, 'validateMpio', request, param(params, 'name'), null)),
    on('setMpio', async ({ request, params }) => change(host, 'setMpio', request, param(params, 'name'), null)),
    on('listDisks', async ({ params }) => {
      const list = await disksOf(host, param(params, 'name'));
      return list instanceof Response ? list : answer('listDisks', list);
    }),
    on('validateDisk', async ({ request, params }) => validate(host, 'validateDisk', request, param(params, 'name'), param(params, 'number'))),
    on('setDisk', async ({ request, params }) => change(host, 'setDisk', request, param(params, 'name'), param(params, 'number'))),
    on('getDiskMpio', async ({ params }) => {
      const name = param(params, 'name');
      const number = diskNumber(name, param(params, 'number'));
      if (number instanceof Response) return number;
      const list = await disksOf(host, name);
      if (list instanceof Response) return list;
      const disk = diskOf(list, number);
      return disk instanceof Response ? disk : answer('getDiskMpio', { host: list.host, number, policy: disk.policy, paths: disk.paths });
    }),
    on('validateDiskMpio', async ({ request, params }) => validate(host, 'validateDiskMpio', request, param(params, 'name'), param(params, 'number'))),
    on('setDiskMpio', async ({ request, params }) => change(host, 'setDiskMpio', request, param(params, 'name'), param(params, 'number'))),
    on('validateDiskIo', async ({ request, params }) => runIo(host, request, param(params, 'name'), param(params, 'number'), true)),
    on('runDiskIo', async ({ request, params }) => runIo(host, request, param(params, 'name'), param(params, 'number'), false)),
  ];
}
