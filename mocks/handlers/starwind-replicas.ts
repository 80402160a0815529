// Replication Manager → Add Replica (StarWind 8): POST /api/v1/starwind/devices/{id}/replicas turns
// a plain image-file device into an HA device; `?validate=only` runs every check (the wizard's Next).
import { routes } from '../../src/api/routes';
import { labErrorResponse } from '../problem';
import type { LabHostApi } from '../../src/host/types';
import { answer, answerStarted } from './answer';
import { asksValidateOnly, readBody, readQuery } from './request';
import { on, param } from './route';
import { deviceOf } from './starwind-read';
import { validateOnlyQuerySchema } from '../../src/api/schemas';

export function starwindReplicaHandlers(host: LabHostApi) {
  return [
    // Registered before addStarWindReplica: without `?validate=only` it answers nothing and msw
    // passes the request on. Nothing is applied or logged.
    on('validateStarWindReplica', async ({ request, params }) => {
      if (!asksValidateOnly(request)) return undefined;
      const body = await readBody(request, routes.validateStarWindReplica.body);
      if (!body.ok) return body.response;
      const result = await host.validate({ type: 'starwindAddReplica', device: param(params, 'id'), request: body.value });
      return result.ok ? answer('validateStarWindReplica', { valid: true, warnings: result.warnings }) : labErrorResponse(result.error);
    }),

    // Answers the HA device the replica made (the local device id now leads to the pair): 202 with
    // the initial synchronisation's job, as Add Target does.
    on('addStarWindReplica', async ({ request, params }) => {
      const query = readQuery(request, validateOnlyQuerySchema);
      if (!query.ok) return query.response;
      const body = await readBody(request, routes.addStarWindReplica.body);
      if (!body.ok) return body.response;
      const id = param(params, 'id');
      const result = await host.dispatch({ type: 'starwindAddReplica', device: id, request: body.value }, [{ type: 'starwindDevice', id }]);
      if (!result.ok) return labErrorResponse(result.error);
      const device = deviceOf(result.answers[0]);
      if (!device.ok) return labErrorResponse(device.error);
      return answerStarted('addStarWindReplica', { ...device.value, version: result.version, jobId: result.jobIds[0] ?? null });
    }),
  ];
}
