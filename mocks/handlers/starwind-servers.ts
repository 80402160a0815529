// StarWind Management Console servers: list, Add Server (logging in when credentials come with
// it), remove, connect, disconnect, change the management credentials.
import { routes } from '../../src/api/routes';
import { validateOnlyQuerySchema } from '../../src/api/schemas';
import type { Command, Host } from '../../src/api/types';
import type { LabHostApi } from '../../src/host/types';
import { labErrorProblem, labErrorResponse } from '../problem';
import { answer } from './answer';
import { asksValidateOnly, readBody, readQuery } from './request';
import { on, param } from './route';
import { getServer, listServers, SERVER_LIST_QUERIES, serverOf, serversOf } from './starwind-read';

type ServerRoute = 'connectStarWindServer' | 'disconnectStarWindServer' | 'setStarWindCredentials';

/** Dispatches a command about one console server and answers the server as that command left it. */
async function dispatchThenAnswerServer(host: LabHostApi, id: ServerRoute, name: string, command: Command): Promise<Response> {
  const result = await host.dispatch(command, SERVER_LIST_QUERIES);
  if (!result.ok) return labErrorResponse(result.error);
  const server = serverOf(result.answers, name);
  if (!server.ok) return labErrorResponse(server.error);
  return answer(id, { ...server.value, version: result.version });
}

export function starwindServerHandlers(host: LabHostApi) {
  return [
    on('listStarWindServers', async () => {
      const servers = await listServers(host);
      return servers.ok ? answer('listStarWindServers', { servers: servers.value }) : labErrorResponse(servers.error);
    }),

    // Registered before addStarWindServer: without `?validate=only` it answers nothing and msw
    // passes the request on.
    on('validateStarWindServer', async ({ request }) => {
      if (!asksValidateOnly(request)) return undefined;
      const body = await readBody(request, routes.validateStarWindServer.body);
      if (!body.ok) return body.response;
      const result = await host.validate({ type: 'starwindAddServer', address: body.value.address, port: body.value.port });
      return result.ok ? answer('validateStarWindServer', { valid: true, warnings: result.warnings }) : labErrorResponse(result.error);
    }),

    on('addStarWindServer', async ({ request }) => {
      const query = readQuery(request, validateOnlyQuerySchema);
      if (!query.ok) return query.response;
      const body = await readBody(request, routes.addStarWindServer.body);
      if (!body.ok) return body.response;
      const { address, port, login, password } = body.value;
      const added = await host.dispatch({ type: 'starwindAddServer', address, port }, SERVER_LIST_QUERIES);
      if (!added.ok) return labErrorResponse(added.error);
      // Servers are listed in the order they were added: the last is this one.
      const servers = serversOf(added.answers);
      if (!servers.ok) return labErrorResponse(servers.error);
      const server = servers.value.at(-1);
      if (!server) throw new Error('starwindAddServer was accepted but the console lists no server');
      if (login === undefined || password === undefined) return answer('addStarWindServer', { ...server, version: added.version });
      // The server is in the console whatever the login gives, as in the real console: a refused
      // login is reported with the server, not as a refusal of the add.
      const connected = await host.dispatch({ type: 'starwindConnect', server: server.host, login, password }, SERVER_LIST_QUERIES);
      if (!connected.ok) return answer('addStarWindServer', { ...server, version: added.version, loginError: labErrorProblem(connected.error) });
      const current = serverOf(connected.answers, server.host);
      if (!current.ok) return labErrorResponse(current.error);
      return answer('addStarWindServer', { ...current.value, version: connected.version });
    }),

    on('getStarWindServer', async ({ params }) => {
      const server = await getServer(host, param(params, 'host'));
      return server.ok ? answer('getStarWindServer', server.value) : labErrorResponse(server.error);
    }),

    on('removeStarWindServer', async ({ params }) => {
      const name = param(params, 'host');
      // The machine stays in the lab when its console entry goes: its name as the lab spells it.
      const result = await host.dispatch({ type: 'starwindRemoveServer', server: name }, [{ type: 'host', name }]);
      if (!result.ok) return labErrorResponse(result.error);
      const machine = result.answers[0]!;
      return answer('removeStarWindServer', { host: machine.ok ? (machine.value as Host).name : name, version: result.version });
    }),

    on('connectStarWindServer', async ({ request, params }) => {
      const body = await readBody(request, routes.connectStarWindServer.body);
      if (!body.ok) return body.response;
      const name = param(params, 'host');
      return dispatchThenAnswerServer(host, 'connectStarWindServer', name, { type: 'starwindConnect', server: name, ...body.value });
    }),

    on('disconnectStarWindServer', async ({ params }) => {
      const name = param(params, 'host');
      return dispatchThenAnswerServer(host, 'disconnectStarWindServer', name, { type: 'starwindDisconnect', server: name });
    }),

    on('setStarWindCredentials', async ({ request, params }) => {
      const body = await readBody(request, routes.setStarWindCredentials.body);
      if (!body.ok) return body.response;
      const name = param(params, 'host');
      return dispatchThenAnswerServer(host, 'setStarWindCredentials', name, { type: 'starwindChangeCredentials', server: name, ...body.value });
    }),
  ];
}
