// Failover Cluster Manager's services and applications (the cluster's roles): the list, Select
// Virtual Machine's candidates, Configure a Service or Application, one role, its properties and
// its actions (bring online, take offline, move), each change with its `?validate=only` check;
// every refusal changes nothing. The answer of a change is read in the same turn as the command.
import type { PathParams } from 'msw';
import { routes } from '../../src/api/routes';
import type { Command, Query, QueryAnswers } from '../../src/api/types';
import type { FailbackPolicy, RoleAction } from '../../src/domain/cluster';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse } from '../problem';
import { answer, answerQuery } from './answer';
import { readBody } from './request';
import { on, param } from './route';
import { parseChange, validateRoute } from './validate-route';

/** A parsed request: its command and the reads that answer it (the roles it made or changed). */
type Parsed = { ok: true; command: Command; reads: Query[] } | { ok: false; response: Response };
type CommandOf = (request: Request, params: PathParams<string>) => Promise<Parsed>;

const cluster = (params: PathParams<string>) => param(params, 'name');
const roleRead = (params: PathParams<string>, role: string): Query => ({ type: 'clusterRole', name: cluster(params), role });

const createCommand: CommandOf = async (request, params) => {
  const body = await readBody(request, routes.createClusterRole.body);
  if (!body.ok) return body;
  // One role per machine, named as the machine.
  return { ok: true, command: { type: 'clusterRoleCreate', cluster: cluster(params), ...body.value }, reads: body.value.vms.map((each) => roleRead(params, each.vm)) };
};
const propertiesCommand: CommandOf = async (request, params) => {
  const body = await readBody(request, routes.setClusterRole.body);
  if (!body.ok) return body;
  const role = param(params, 'role');
  // Values are checked by the engine, which names the property and its range.
  const { failback, ...rest } = body.value;
  const command: Command = { type: 'clusterRoleSetProperties', cluster: cluster(params), role, ...rest };
  if (failback !== undefined) command.failback = failback as FailbackPolicy;
  return { ok: true, command, reads: [roleRead(params, role)] };
};
const actionCommand: CommandOf = async (request, params) => {
  const body = await readBody(request, routes.clusterRoleAction.body);
  if (!body.ok) return body;
  const role = param(params, 'role');
  const command: Command = { type: 'clusterRoleAction', cluster: cluster(params), role, action: body.value.action as RoleAction };
  if (body.value.node !== undefined) command.node = body.value.node;
  return { ok: true, command, reads: [roleRead(params, role)] };
};

/** Dispatches the route's command with the reads of its roles, in the same turn; `?validate=only` checks it instead. */
function changeRoute(lab: LabHostApi, id: 'createClusterRole' | 'setClusterRole' | 'clusterRoleAction', commandOf: CommandOf, status = 200) {
  return on(id, async ({ request, params }) => {
    const change = await parseChange(lab, id, request, params, commandOf);
    if ('response' in change) return change.response;
    const { parsed } = change;
    const result = await lab.dispatch(parsed.command, parsed.reads);
    if (!result.ok) return labErrorResponse(result.error);
    const roles: QueryAnswers['clusterRole'][] = [];
    for (const read of result.answers) {
      if (!read?.ok) return labErrorResponse({ code: 'cluster.unreadable', kind: 'conflict', message: 'The role could not be read after the change.' });
      roles.push(read.value as QueryAnswers['clusterRole']);
    }
    const body = id === 'createClusterRole' ? { roles, version: result.version } : { ...roles[0]!, version: result.version };
    return answer(id, body as never, status);
  });
}

export function clusterRoleHandlers(lab: LabHostApi) {
  return [
    on('listClusterRoles', async ({ params }) => answerQuery('listClusterRoles', await lab.query({ type: 'clusterRoles', name: cluster(params) }))),
    on('listClusterRoleCandidates', async ({ params }) => answerQuery('listClusterRoleCandidates', await lab.query({ type: 'clusterRoleCandidates', name: cluster(params) }))),
    validateRoute(lab, 'validateCreateClusterRole', createCommand),
    changeRoute(lab, 'createClusterRole', createCommand, 201),
    on('getClusterRole', async ({ params }) => answerQuery('getClusterRole', await lab.query({ type: 'clusterRole', name: cluster(params), role: param(params, 'role') }))),
    validateRoute(lab, 'validateSetClusterRole', propertiesCommand),
    changeRoute(lab, 'setClusterRole', propertiesCommand),
    validateRoute(lab, 'validateClusterRoleAction', actionCommand),
    changeRoute(lab, 'clusterRoleAction', actionCommand),
  ];
}
