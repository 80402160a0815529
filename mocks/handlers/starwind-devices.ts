// StarWind targets and devices: list a server's, Add Target (and its `?validate=only` check),
// read a device or HA pair, its actions, writes through one side, remove.
import { routes, type RouteBodies } from '../../src/api/routes';
import { validateOnlyQuerySchema } from '../../src/api/schemas';
import type { Command, QueryAnswers } from '../../src/api/types';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse } from '../problem';
import { answer, answerStarted } from './answer';
import { asksValidateOnly, readBody, readQuery } from './request';
import { on, param } from './route';
import { deviceOf, getDevice, listDevices, listTargets } from './starwind-read';

/** Dispatches a device action and answers the device (or pair) as that action left it. */
async function dispatchThenAnswerDevice(host: LabHostApi, deviceId: string, command: Command): Promise<Response> {
  const result = await host.dispatch(command, [{ type: 'starwindDevice', id: deviceId }]);
  if (!result.ok) return labErrorResponse(result.error);
  const device = deviceOf(result.answers[0]);
  if (!device.ok) return labErrorResponse(device.error);
  return answerStarted('starwindDeviceAction', { ...device.value, version: result.version, jobId: result.jobIds[0] ?? null });
}

/**
 * Writes through one side. Acknowledged at once: 200 with the batch's modelled latency (asked in
 * the same dispatch, so it is the state the write met). Waiting for a silent partner: 202 with the
 * `starwind.writes` job that completes (mirrored or alone) or fails in simulated time.
 */
async function writeThenAnswer(host: LabHostApi, deviceId: string, body: RouteBodies['writeStarWindDevice']): Promise<Response> {
  const { side, lengthBytes, count } = body;
  const result = await host.dispatch({ type: 'starwindWriteBlocks', device: deviceId, ...body }, [
    { type: 'starwindDevice', id: deviceId },
    { type: 'starwindWriteLatency', device: deviceId, side, lengthBytes, count },
  ]);
  if (!result.ok) return labErrorResponse(result.error);
  const device = deviceOf(result.answers[0]);
  if (!device.ok) return labErrorResponse(device.error);
  const jobId = result.jobIds[0] ?? null;
  const latency = result.answers[1];
  const answered = jobId === null && latency?.ok ? (latency.value as QueryAnswers['starwindWriteLatency']).latency : null;
  return answerStarted('writeStarWindDevice', { ...device.value, version: result.version, jobId, latency: answered });
}

export function starwindDeviceHandlers(host: LabHostApi) {
  return [
    on('listStarWindTargets', async ({ params }) => {
      const targets = await listTargets(host, param(params, 'host'));
      return targets.ok ? answer('listStarWindTargets', { targets: targets.value }) : labErrorResponse(targets.error);
    }),

    on('listStarWindDevices', async ({ params }) => {
      const devices = await listDevices(host, param(params, 'host'));
      return devices.ok ? answer('listStarWindDevices', { devices: devices.value }) : labErrorResponse(devices.error);
    }),

    // Registered before createStarWindDevice: without `?validate=only` it answers nothing and msw
    // passes the request on. Every engine check runs; nothing is applied or logged.
    on('validateStarWindDevice', async ({ request, params }) => {
      if (!asksValidateOnly(request)) return undefined;
      const body = await readBody(request, routes.validateStarWindDevice.body);
      if (!body.ok) return body.response;
      const result = await host.validate({ type: 'starwindCreateDevice', server: param(params, 'host'), request: body.value });
      return result.ok ? answer('validateStarWindDevice', { valid: true, warnings: result.warnings }) : labErrorResponse(result.error);
    }),

    on('createStarWindDevice', async ({ request, params }) => {
      const query = readQuery(request, validateOnlyQuerySchema);
      if (!query.ok) return query.response;
      const body = await readBody(request, routes.createStarWindDevice.body);
      if (!body.ok) return body.response;
      const server = param(params, 'host');
      const created = { type: 'starwindDeviceOfTarget', host: server, alias: body.value.targetAlias } as const;
      const result = await host.dispatch({ type: 'starwindCreateDevice', server, request: body.value }, [created]);
      if (!result.ok) return labErrorResponse(result.error);
      const device = deviceOf(result.answers[0]);
      if (!device.ok) return labErrorResponse(device.error);
      return answerStarted('createStarWindDevice', { ...device.value, version: result.version, jobId: result.jobIds[0] ?? null });
    }),

    on('getStarWindDevice', async ({ params }) => {
      const device = await getDevice(host, param(params, 'id'));
      return device.ok ? answer('getStarWindDevice', device.value) : labErrorResponse(device.error);
    }),

    on('removeStarWindDevice', async ({ params }) => {
      const id = param(params, 'id');
      const result = await host.dispatch({ type: 'starwindRemoveDevice', device: id });
      return result.ok ? answer('removeStarWindDevice', { id, version: result.version }) : labErrorResponse(result.error);
    }),

    on('starwindDeviceAction', async ({ request, params }) => {
      const body = await readBody(request, routes.starwindDeviceAction.body);
      if (!body.ok) return body.response;
      const id = param(params, 'id');
      return dispatchThenAnswerDevice(host, id, { type: 'starwindDeviceAction', device: id, ...body.value });
    }),

    on('writeStarWindDevice', async ({ request, params }) => {
      const body = await readBody(request, routes.writeStarWindDevice.body);
      if (!body.ok) return body.response;
      return writeThenAnswer(host, param(params, 'id'), body.value);
    }),
  ];
}
