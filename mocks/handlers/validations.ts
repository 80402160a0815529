// Failover Cluster Manager's Validate a Configuration: POST starts a run (202 with its job and the
// report it fills, which GET reads again later), with its `?validate=only` check; every refusal
// changes nothing.
import { routes } from '../../src/api/routes';
import { validateOnlyQuerySchema } from '../../src/api/schemas';
import type { Command, QueryAnswers } from '../../src/api/types';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse } from '../problem';
import { answer, answerQuery } from './answer';
import { asksValidateOnly, readBody, readQuery } from './request';
import { on, param } from './route';

async function commandOf(request: Request): Promise<{ ok: true; command: Command } | { ok: false; response: Response }> {
  const body = await readBody(request, routes.runClusterValidation.body);
  return body.ok ? { ok: true, command: { type: 'validationRun', ...body.value } } : body;
}

export function validationHandlers(host: LabHostApi) {
  return [
    on('listClusterValidations', async () => answerQuery('listClusterValidations', await host.query({ type: 'clusterValidations' }))),
    on('getClusterValidation', async ({ params }) => answerQuery('getClusterValidation', await host.query({ type: 'clusterValidation', id: param(params, 'id') }))),
    // The validate route comes first: without `?validate=only` it answers nothing and msw passes the request on.
    on('validateClusterValidation', async ({ request }) => {
      if (!asksValidateOnly(request)) return undefined;
      const parsed = await commandOf(request);
      if (!parsed.ok) return parsed.response;
      const result = await host.validate(parsed.command);
      return result.ok ? answer('validateClusterValidation', { valid: true, warnings: result.warnings }) : labErrorResponse(result.error);
    }),
    on('runClusterValidation', async ({ request }) => {
      const query = readQuery(request, validateOnlyQuerySchema);
      if (!query.ok) return query.response;
      const parsed = await commandOf(request);
      if (!parsed.ok) return parsed.response;
      const result = await host.dispatch(parsed.command, [{ type: 'clusterValidations' }]);
      if (!result.ok) return labErrorResponse(result.error);
      const [jobId] = result.jobIds;
      const list = result.answers[0];
      const report = list?.ok ? (list.value as QueryAnswers['clusterValidations']).validations.find((entry) => entry.job === jobId) : undefined;
      if (!report || jobId === undefined) return labErrorResponse({ code: 'validation.unreadable', kind: 'conflict', message: 'The validation report could not be read after the run started.' });
      return answer('runClusterValidation', { ...report, jobId, version: result.version }, 202);
    }),
  ];
}
