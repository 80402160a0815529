// Hyper-V Manager's virtual machines on a server: the list with the server's resources, New
// Virtual Machine, one machine, its Settings and its actions, each change with its
// `?validate=only` check; every refusal changes nothing. The answer of a change is the machine
// read in the same turn as the command.
import type { PathParams } from 'msw';
import { routes } from '../../src/api/routes';
import type { Command, QueryAnswers } from '../../src/api/types';
import type { AutomaticStartAction, VmAction } from '../../src/domain/hyperv';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse } from '../problem';
import { answer, answerQuery } from './answer';
import { readBody } from './request';
import { on, param } from './route';
import { parseChange, validateRoute } from './validate-route';

type Parsed = { ok: true; command: Command; vm: string } | { ok: false; response: Response };
type CommandOf = (request: Request, params: PathParams<string>) => Promise<Parsed>;

const host = (params: PathParams<string>) => param(params, 'name');

const createCommand: CommandOf = async (request, params) => {
  const body = await readBody(request, routes.createVm.body);
  return body.ok ? { ok: true, command: { type: 'vmCreate', host: host(params), ...body.value }, vm: body.value.name } : body;
};
const settingsCommand: CommandOf = async (request, params) => {
  const body = await readBody(request, routes.setVmSettings.body);
  if (!body.ok) return body;
  const vm = param(params, 'vm');
  // Values are checked by the engine, which names the setting and its rule.
  const { automaticStartAction, ...rest } = body.value;
  const command: Command = { type: 'vmSetSettings', host: host(params), vm, ...rest };
  if (automaticStartAction !== undefined) command.automaticStartAction = automaticStartAction as AutomaticStartAction;
  return { ok: true, command, vm };
};
const actionCommand: CommandOf = async (request, params) => {
  const body = await readBody(request, routes.vmAction.body);
  const vm = param(params, 'vm');
  return body.ok ? { ok: true, command: { type: 'vmAction', host: host(params), vm, action: body.value.action as VmAction }, vm } : body;
};

/** Dispatches the route's command with a read of the machine, in the same turn; `?validate=only` checks it instead. */
function changeRoute(lab: LabHostApi, id: 'createVm' | 'setVmSettings' | 'vmAction', commandOf: CommandOf, status = 200) {
  return on(id, async ({ request, params }) => {
    const change = await parseChange(lab, id, request, params, commandOf);
    if ('response' in change) return change.response;
    const { parsed } = change;
    const result = await lab.dispatch(parsed.command, [{ type: 'vm', host: host(params), vm: parsed.vm }]);
    if (!result.ok) return labErrorResponse(result.error);
    const read = result.answers[0];
    if (!read?.ok) return labErrorResponse({ code: 'hyperv.unreadable', kind: 'conflict', message: 'The virtual machine could not be read after the change.' });
    return answer(id, { ...(read.value as QueryAnswers['vm']), version: result.version }, status);
  });
}

export function vmHandlers(lab: LabHostApi) {
  return [
    on('listVms', async ({ params }) => answerQuery('listVms', await lab.query({ type: 'hostVms', host: host(params) }))),
    validateRoute(lab, 'validateCreateVm', createCommand),
    changeRoute(lab, 'createVm', createCommand, 201),
    on('getVm', async ({ params }) => answerQuery('getVm', await lab.query({ type: 'vm', host: host(params), vm: param(params, 'vm') }))),
    validateRoute(lab, 'validateSetVmSettings', settingsCommand),
    changeRoute(lab, 'setVmSettings', settingsCommand),
    changeRoute(lab, 'vmAction', actionCommand),
  ];
}
