// Server Manager's roles and features of one server: read them, install, remove (each with its
// `?validate=only` check). Those needing a restart complete through the power route.
import { routes } from '../../src/api/routes';
import { validateOnlyQuerySchema } from '../../src/api/schemas';
import type { Command } from '../../src/api/types';
import type { HostFeaturesView } from '../../src/domain/features';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse } from '../problem';
import { answer, answerQuery } from './answer';
import { asksValidateOnly, readBody, readQuery } from './request';
import { on, param } from './route';

type Change = 'installHostFeatures' | 'removeHostFeatures';

async function change(host: LabHostApi, id: Change, request: Request, name: string): Promise<Response> {
  const query = readQuery(request, validateOnlyQuerySchema);
  if (!query.ok) return query.response;
  const body = await readBody(request, routes[id].body);
  if (!body.ok) return body.response;
  const command: Command = { type: id === 'installHostFeatures' ? 'featuresInstall' : 'featuresRemove', host: name, features: body.value.features };
  const result = await host.dispatch(command, [{ type: 'hostFeatures', host: name }]);
  if (!result.ok) return labErrorResponse(result.error);
  const current = result.answers[0]!;
  if (!current.ok) return labErrorResponse(current.error);
  const view = current.value as HostFeaturesView;
  const asked = new Set(body.value.features);
  const restartRequired = view.features.some((feature) => asked.has(feature.id) && (feature.state === 'install-pending' || feature.state === 'remove-pending'));
  return answer(id, { ...view, restartRequired, version: result.version });
}

async function validate(host: LabHostApi, id: 'validateHostFeatures' | 'validateRemoveHostFeatures', request: Request, name: string): Promise<Response | undefined> {
  if (!asksValidateOnly(request)) return undefined;
  const body = await readBody(request, routes[id].body);
  if (!body.ok) return body.response;
  const type = id === 'validateHostFeatures' ? 'featuresInstall' : 'featuresRemove';
  const result = await host.validate({ type, host: name, features: body.value.features });
  return result.ok ? answer(id, { valid: true, warnings: result.warnings }) : labErrorResponse(result.error);
}

export function hostFeatureHandlers(host: LabHostApi) {
  return [
    on('getHostFeatures', async ({ params }) => answerQuery('getHostFeatures', await host.query({ type: 'hostFeatures', host: param(params, 'name') }))),
    // The validate routes come first: without `?validate=only` they answer nothing and msw passes the request on.
    on('validateHostFeatures', async ({ request, params }) => validate(host, 'validateHostFeatures', request, param(params, 'name'))),
    on('installHostFeatures', async ({ request, params }) => change(host, 'installHostFeatures', request, param(params, 'name'))),
    on('validateRemoveHostFeatures', async ({ request, params }) => validate(host, 'validateRemoveHostFeatures', request, param(params, 'name'))),
    on('removeHostFeatures', async ({ request, params }) => change(host, 'removeHostFeatures', request, param(params, 'name'))),
  ];
}
