// The iSCSI Initiator of one server: its settings (iscsi-settings.ts: the first-open prompt, the
// initiator name and CHAP secret, RADIUS servers, devices and the Volume List), Discovery portals, Targets (Connect, Disconnect, Quick Connect) and sessions. Create routes have
// their `?validate=only` check. CHAP secrets are sealed by the host before the command is logged.
import type { z } from 'zod';
import { routes } from '../../src/api/routes';
import { validateOnlyQuerySchema } from '../../src/api/schemas';
import type { Command, Query, QueryAnswers } from '../../src/api/types';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse, problemResponse } from '../problem';
import { iscsiSettingsHandlers } from './iscsi-settings';
import { answer, answerQuery } from './answer';
import { asksValidateOnly, readBody, readQuery } from './request';
import { on, param } from './route';

type Outcome<T extends Query['type'][]> = { ok: true; version: number; answers: { [K in keyof T]: QueryAnswers[T[K]] } } | { ok: false; response: Response };

/** Dispatches `command` and reads `reads` after it; any refusal becomes its problem. */
async function run<T extends Query['type'][]>(host: LabHostApi, command: Command, name: string, ...reads: T): Promise<Outcome<T>> {
  const result = await host.dispatch(command, reads.map((type) => ({ type, host: name }) as Query));
  if (!result.ok) return { ok: false, response: labErrorResponse(result.error) };
  const values = [];
  for (const read of result.answers) {
    if (!read.ok) return { ok: false, response: labErrorResponse(read.error) };
    values.push(read.value);
  }
  return { ok: true, version: result.version, answers: values as never };
}

async function validate(host: LabHostApi, request: Request, command: (body: never) => Command, schema: (typeof routes)[keyof typeof routes] & { body: unknown }): Promise<Response | undefined> {
  if (!asksValidateOnly(request)) return undefined;
  const body = await readBody(request, schema.body as never);
  if (!body.ok) return body.response;
  const result = await host.validate(command(body.value as never));
  return result.ok ? answer('validateIscsiPortal', { valid: true, warnings: result.warnings }) : labErrorResponse(result.error);
}

const connectCommand = (name: string, iqn: string) => (body: z.output<typeof routes.connectIscsiTarget.body>): Command => ({ type: 'iscsiConnect', host: name, iqn, ...body });

export function iscsiHandlers(host: LabHostApi) {
  const targetOf = async (name: string, iqn: string) => {
    const targets = await host.query({ type: 'iscsiTargets', host: name });
    return targets.ok ? (targets.value as QueryAnswers['iscsiTargets']).targets.find((target) => target.iqn === iqn) : undefined;
  };
  const targetAnswer = async (id: 'connectIscsiTarget' | 'disconnectIscsiTarget', name: string, iqn: string, command: Command) => {
    const done = await run(host, command, name, 'iscsiTargets', 'iscsiSessions');
    if (!done.ok) return done.response;
    const [targets, sessions] = done.answers;
    const target = targets.targets.find((entry) => entry.iqn === iqn)!;
    return answer(id, { host: targets.host, target, sessions: sessions.sessions, version: done.version });
  };
  return [
    on('getIscsi', async ({ params }) => answerQuery('getIscsi', await host.query({ type: 'iscsiInitiator', host: param(params, 'name') }))),
    ...iscsiSettingsHandlers(host),
    on('listIscsiPortals', async ({ params }) => answerQuery('listIscsiPortals', await host.query({ type: 'iscsiPortals', host: param(params, 'name') }))),
    // The validate routes come first: without `?validate=only` they answer nothing and msw passes the request on.
    on('validateIscsiPortal', async ({ request, params }) => validate(host, request, (body: z.output<typeof routes.addIscsiPortal.body>) => ({ type: 'iscsiAddPortal', host: param(params, 'name'), ...body }), routes.validateIscsiPortal)),
    on('addIscsiPortal', async ({ request, params }) => {
      const name = param(params, 'name');
      const query = readQuery(request, validateOnlyQuerySchema);
      if (!query.ok) return query.response;
      const body = await readBody(request, routes.addIscsiPortal.body);
      if (!body.ok) return body.response;
      const done = await run(host, { type: 'iscsiAddPortal', host: name, ...body.value }, name, 'iscsiPortals', 'iscsiTargets');
      if (!done.ok) return done.response;
      const [portals, targets] = done.answers;
      return answer('addIscsiPortal', { host: portals.host, portals: portals.portals, targets: targets.targets, version: done.version });
    }),
    on('removeIscsiPortal', async ({ request, params }) => {
      const name = param(params, 'name');
      const body = await readBody(request, routes.removeIscsiPortal.body);
      if (!body.ok) return body.response;
      const done = await run(host, { type: 'iscsiRemovePortal', host: name, ...body.value }, name, 'iscsiPortals');
      if (!done.ok) return done.response;
      return answer('removeIscsiPortal', { ...done.answers[0], version: done.version });
    }),
    on('listIscsiTargets', async ({ params }) => answerQuery('listIscsiTargets', await host.query({ type: 'iscsiTargets', host: param(params, 'name') }))),
    on('validateConnectIscsiTarget', async ({ request, params }) => validate(host, request, connectCommand(param(params, 'name'), param(params, 'iqn')), routes.validateConnectIscsiTarget)),
    on('connectIscsiTarget', async ({ request, params }) => {
      const query = readQuery(request, validateOnlyQuerySchema);
      if (!query.ok) return query.response;
      const body = await readBody(request, routes.connectIscsiTarget.body);
      if (!body.ok) return body.response;
      const [name, iqn] = [param(params, 'name'), param(params, 'iqn')];
      return targetAnswer('connectIscsiTarget', name, iqn, connectCommand(name, iqn)(body.value));
    }),
    on('disconnectIscsiTarget', async ({ params }) => {
      const [name, iqn] = [param(params, 'name'), param(params, 'iqn')];
      // A target the host never discovered is unknown here (404), as Connect says.
      if (!(await targetOf(name, iqn)) && (await host.query({ type: 'iscsiInitiator', host: name })).ok) {
        return problemResponse(404, 'iscsi.target_not_found', `${iqn} is not among the discovered targets of ${name}.`, { iqn: `${iqn} is not among the discovered targets of ${name}.` });
      }
      return targetAnswer('disconnectIscsiTarget', name, iqn, { type: 'iscsiDisconnect', host: name, iqn });
    }),
    on('validateQuickConnectIscsi', async ({ request, params }) => validate(host, request, (body: { address: string }) => ({ type: 'iscsiQuickConnect', host: param(params, 'name'), address: body.address }), routes.validateQuickConnectIscsi)),
    on('quickConnectIscsi', async ({ request, params }) => {
      const name = param(params, 'name');
      const query = readQuery(request, validateOnlyQuerySchema);
      if (!query.ok) return query.response;
      const body = await readBody(request, routes.quickConnectIscsi.body);
      if (!body.ok) return body.response;
      const done = await run(host, { type: 'iscsiQuickConnect', host: name, address: body.value.address }, name, 'iscsiTargets', 'iscsiSessions');
      if (!done.ok) return done.response;
      const [targets, sessions] = done.answers;
      return answer('quickConnectIscsi', { host: targets.host, targets: targets.targets, sessions: sessions.sessions, version: done.version });
    }),
    on('listIscsiSessions', async ({ params }) => answerQuery('listIscsiSessions', await host.query({ type: 'iscsiSessions', host: param(params, 'name') }))),
  ];
}
