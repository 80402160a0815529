// Servers: list them, read one, change its power, plug or pull a NIC's cable.
import { routes } from '../../src/api/routes';
import type { Command, Host } from '../../src/api/types';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse } from '../problem';
import { answer, answerQuery } from './answer';
import { readBody } from './request';
import { on, param } from './route';

/** Dispatches a command about one host and answers the host as that command left it, with its version. */
async function dispatchThenAnswerHost(host: LabHostApi, id: 'powerHost' | 'setNic', name: string, command: Command): Promise<Response> {
  const result = await host.dispatch(command, [{ type: 'host', name }]);
  if (!result.ok) return labErrorResponse(result.error);
  const current = result.answers[0]!;
  if (!current.ok) return labErrorResponse(current.error);
  return answer(id, { ...(current.value as Host), version: result.version });
}

export function hostHandlers(host: LabHostApi) {
  return [
    on('listHosts', async () => answerQuery('listHosts', await host.query({ type: 'hosts' }))),

    on('getHost', async ({ params }) => answerQuery('getHost', await host.query({ type: 'host', name: param(params, 'name') }))),

    on('powerHost', async ({ request, params }) => {
      const body = await readBody(request, routes.powerHost.body);
      if (!body.ok) return body.response;
      const name = param(params, 'name');
      return dispatchThenAnswerHost(host, 'powerHost', name, { type: 'setPower', host: name, action: body.value.action });
    }),

    on('setNic', async ({ request, params }) => {
      const body = await readBody(request, routes.setNic.body);
      if (!body.ok) return body.response;
      const name = param(params, 'name');
      const command: Command = { type: 'setNicLink', host: name, nic: param(params, 'nic'), linkUp: body.value.linkUp };
      return dispatchThenAnswerHost(host, 'setNic', name, command);
    }),
  ];
}
