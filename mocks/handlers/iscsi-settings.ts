// The iSCSI Initiator's settings: PUT /iscsi (Yes to the first-open prompt, the initiator name,
// the initiator CHAP secret; `?validate=only` runs every check of the engine and changes
// nothing), the RADIUS servers, the devices of connected targets and the Volume List. Every part
// of a PUT is checked before any is carried out, so a refusal changes nothing. Secrets are sealed
// by the host before the command is logged and never answered.
import { routes } from '../../src/api/routes';
import { validateOnlyQuerySchema } from '../../src/api/schemas';
import type { Command, LabError, QueryAnswers } from '../../src/api/types';
import { chapSecretProblem } from '../../src/domain/iscsi';
import { iscsiNameProblem } from '../../src/domain/iqn';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse } from '../problem';
import { answer, answerQuery } from './answer';
import { asksValidateOnly, readBody, readQuery } from './request';
import { on, param } from './route';

/** The engine names the initiator name's field `name`; the route's body calls it `initiatorName`. */
function asBodyFields(error: LabError): LabError {
  if (!error.errors || !('name' in error.errors)) return error;
  const { name, ...rest } = error.errors;
  return { ...error, errors: { ...rest, initiatorName: name! } };
}

type Settings = { startService?: true; initiatorName?: string; chapSecret?: string };

function settingCommands(name: string, body: Settings): Command[] {
  const commands: Command[] = [];
  if (body.startService) commands.push({ type: 'iscsiStartService', host: name });
  if (body.initiatorName !== undefined) commands.push({ type: 'iscsiSetInitiatorName', host: name, name: body.initiatorName });
  if (body.chapSecret !== undefined) commands.push({ type: 'iscsiSetChapSecret', host: name, secret: body.chapSecret });
  return commands;
}

/**
 * Every check of a PUT before anything changes. The engine checks a name or a secret only on a
 * running service, so when the same request starts it, their own rules are checked here.
 */
async function checkSettings(host: LabHostApi, name: string, body: Settings): Promise<{ ok: true; warnings: Record<string, string> } | { ok: false; error: LabError }> {
  const view = await host.query({ type: 'iscsiInitiator', host: name });
  if (!view.ok) return view;
  const starting = body.startService === true && !(view.value as QueryAnswers['iscsiInitiator']).serviceRunning;
  const warnings: Record<string, string> = {};
  for (const command of settingCommands(name, body)) {
    if (starting && command.type !== 'iscsiStartService') {
      const problem = command.type === 'iscsiSetInitiatorName' ? iscsiNameProblem(command.name) : command.type === 'iscsiSetChapSecret' && command.secret !== '' ? chapSecretProblem(command.secret) : undefined;
      const field = command.type === 'iscsiSetInitiatorName' ? 'initiatorName' : 'chapSecret';
      if (problem) return { ok: false, error: { code: command.type === 'iscsiSetInitiatorName' ? 'iscsi.invalid_name' : 'iscsi.invalid_chap', kind: 'invalid', message: problem, errors: { [field]: problem } } };
      continue;
    }
    const result = await host.validate(command);
    if (!result.ok) return { ok: false, error: asBodyFields(result.error) };
    Object.assign(warnings, result.warnings);
  }
  return { ok: true, warnings };
}

/** Dispatches `command` and answers the route with the query read in the same turn. */
async function change<Id extends keyof typeof routes, Q extends 'iscsiRadiusServers' | 'iscsiBoundVolumes'>(host: LabHostApi, id: Id, name: string, command: Command, read: Q): Promise<Response> {
  const result = await host.dispatch(command, [{ type: read, host: name }]);
  if (!result.ok) return labErrorResponse(result.error);
  // One query was asked, so there is one answer.
  const value = result.answers[0]!;
  if (!value.ok) return labErrorResponse(value.error);
  return answer(id as never, { ...(value.value as object), version: result.version } as never);
}

async function validateOnly(host: LabHostApi, id: 'validateIscsiRadius' | 'validateBindIscsiVolume', request: Request, command: (value: never) => Command): Promise<Response | undefined> {
  if (!asksValidateOnly(request)) return undefined;
  const read = await readBody(request, routes[id].body);
  if (!read.ok) return read.response;
  const result = await host.validate(command(read.value as never));
  return result.ok ? answer(id, { valid: true, warnings: result.warnings }) : labErrorResponse(result.error);
}

export function iscsiSettingsHandlers(host: LabHostApi) {
  return [
    on('validateSetIscsi', async ({ request, params }) => {
      if (!asksValidateOnly(request)) return undefined;
      const body = await readBody(request, routes.validateSetIscsi.body);
      if (!body.ok) return body.response;
      const checked = await checkSettings(host, param(params, 'name'), body.value);
      return checked.ok ? answer('validateSetIscsi', { valid: true, warnings: checked.warnings }) : labErrorResponse(checked.error);
    }),
    on('setIscsi', async ({ request, params }) => {
      const name = param(params, 'name');
      const query = readQuery(request, validateOnlyQuerySchema);
      if (!query.ok) return query.response;
      const body = await readBody(request, routes.setIscsi.body);
      if (!body.ok) return body.response;
      const checked = await checkSettings(host, name, body.value);
      if (!checked.ok) return labErrorResponse(checked.error);
      let version: number | undefined;
      for (const command of settingCommands(name, body.value)) {
        const done = await host.dispatch(command, []);
        if (!done.ok) return labErrorResponse(asBodyFields(done.error));
        version = done.version;
      }
      const view = await host.query({ type: 'iscsiInitiator', host: name });
      if (!view.ok) return labErrorResponse(view.error);
      return answer('setIscsi', { ...(view.value as QueryAnswers['iscsiInitiator']), version: version ?? (await host.info()).version });
    }),
    on('listIscsiRadius', async ({ params }) => answerQuery('listIscsiRadius', await host.query({ type: 'iscsiRadiusServers', host: param(params, 'name') }))),
    on('validateIscsiRadius', async ({ request, params }) =>
      validateOnly(host, 'validateIscsiRadius', request, (body: { address: string; port?: number; secret: string }) => ({ type: 'iscsiAddRadiusServer', host: param(params, 'name'), ...body })),
    ),
    on('addIscsiRadius', async ({ request, params }) => {
      const name = param(params, 'name');
      const body = await readBody(request, routes.addIscsiRadius.body);
      if (!body.ok) return body.response;
      return change(host, 'addIscsiRadius', name, { type: 'iscsiAddRadiusServer', host: name, ...body.value }, 'iscsiRadiusServers');
    }),
    on('removeIscsiRadius', async ({ request, params }) => {
      const name = param(params, 'name');
      const body = await readBody(request, routes.removeIscsiRadius.body);
      if (!body.ok) return body.response;
      return change(host, 'removeIscsiRadius', name, { type: 'iscsiRemoveRadiusServer', host: name, ...body.value }, 'iscsiRadiusServers');
    }),
    on('listIscsiDevices', async ({ params }) => answerQuery('listIscsiDevices', await host.query({ type: 'iscsiDevices', host: param(params, 'name') }))),
    on('listIscsiVolumes', async ({ params }) => answerQuery('listIscsiVolumes', await host.query({ type: 'iscsiBoundVolumes', host: param(params, 'name') }))),
    on('validateBindIscsiVolume', async ({ request, params }) =>
      validateOnly(host, 'validateBindIscsiVolume', request, (body: { path: string }) => ({ type: 'iscsiBindVolume', host: param(params, 'name'), path: body.path })),
    ),
    on('bindIscsiVolume', async ({ request, params }) => {
      const name = param(params, 'name');
      const body = await readBody(request, routes.bindIscsiVolume.body);
      if (!body.ok) return body.response;
      return change(host, 'bindIscsiVolume', name, { type: 'iscsiBindVolume', host: name, path: body.value.path }, 'iscsiBoundVolumes');
    }),
    on('unbindIscsiVolume', async ({ request, params }) => {
      const name = param(params, 'name');
      const body = await readBody(request, routes.unbindIscsiVolume.body);
      if (!body.ok) return body.response;
      return change(host, 'unbindIscsiVolume', name, { type: 'iscsiUnbindVolume', host: name, path: body.value.path }, 'iscsiBoundVolumes');
    }),
    on('autoConfigureIscsiVolumes', async ({ params }) => {
      const name = param(params, 'name');
      return change(host, 'autoConfigureIscsiVolumes', name, { type: 'iscsiAutoConfigure', host: name }, 'iscsiBoundVolumes');
    }),
    on('clearIscsiVolumes', async ({ params }) => {
      const name = param(params, 'name');
      return change(host, 'clearIscsiVolumes', name, { type: 'iscsiClearBoundVolumes', host: name }, 'iscsiBoundVolumes');
    }),
  ];
}
