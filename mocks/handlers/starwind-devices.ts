// StarWind targets and devices: list a server's, Add Target (and its `?validate=only` check),
// read a device or HA pair, its actions, writes through one side, remove.
import { routes } from '../../src/api/routes';
import { validateOnlyQuerySchema } from '../../src/api/schemas';
import type { Command } from '../../src/api/types';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse } from '../problem';
import { answer, answerStarted } from './answer';
import { asksValidateOnly, readBody, readQuery } from './request';
import { on, param } from './route';
import { deviceOf, getDevice, listDevices, listTargets } from './starwind-read';

/** Dispatches a command about one device and answers the device (or pair) as that command left it. */
async function dispatchThenAnswerDevice(
  host: LabHostApi,
  id: 'starwindDeviceAction' | 'writeStarWindDevice',
  deviceId: string,
  command: Command,
): Promise<Response> {
  const result = await host.dispatch(command, [{ type: 'starwindDevice', id: deviceId }]);
  if (!result.ok) return labErrorResponse(result.error);
  const device = deviceOf(result.answers[0]);
  if (!device.ok) return labErrorResponse(device.error);
  if (id === 'writeStarWindDevice') return answer(id, { ...device.value, version: result.version });
  return answerStarted(id, { ...device.value, version: result.version, jobId: result.jobIds[0] ?? null });
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
      return dispatchThenAnswerDevice(host, 'starwindDeviceAction', id, { type: 'starwindDeviceAction', device: id, ...body.value });
    }),

    on('writeStarWindDevice', async ({ request, params }) => {
      const body = await readBody(request, routes.writeStarWindDevice.body);
      if (!body.ok) return body.response;
      const id = param(params, 'id');
      return dispatchThenAnswerDevice(host, 'writeStarWindDevice', id, { type: 'starwindWriteBlocks', device: id, ...body.value });
    }),
  ];
}
