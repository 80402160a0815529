// Reading StarWind state for the routes, through the engine's queries: the console's servers with
// their services, a server's targets and devices (shown once the console is logged in to it, as
// the console shows them), and a device view with its sync progress as of the lab's time.
import type {
  LabError,
  Query,
  QueryAnswers,
  StarWindDevice,
  StarWindDeviceView,
  StarWindServerView,
  StarWindTarget,
} from '../../src/api/types';
import type { LabHostApi } from '../../src/host/types';

export type Read<T> = { ok: true; value: T } | { ok: false; error: LabError };

async function ask<Q extends Query>(host: LabHostApi, query: Q): Promise<Read<QueryAnswers[Q['type']]>> {
  const result = await host.query(query);
  return result.ok ? { ok: true, value: result.value as QueryAnswers[Q['type']] } : result;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function serverNotFound(name: string): LabError {
  const message = `The console has no server "${name}".`;
  return { code: 'starwind.server_not_found', kind: 'not_found', message, errors: { server: message } };
}

/** The console's servers in the order they were added, each with the service of its host. */
export async function listServers(host: LabHostApi): Promise<Read<StarWindServerView[]>> {
  const [servers, services] = await Promise.all([ask(host, { type: 'starwindServers' }), ask(host, { type: 'starwindServices' })]);
  if (!servers.ok) return servers;
  if (!services.ok) return services;
  const value = servers.value.servers.map((server) => ({
    ...server,
    service: services.value.services.find((service) => service.host === server.host) ?? null,
  }));
  return { ok: true, value };
}

/** A server in the console by its host name (or the console entry's id), any case. */
export async function getServer(host: LabHostApi, name: string): Promise<Read<StarWindServerView>> {
  const servers = await listServers(host);
  if (!servers.ok) return servers;
  const server = servers.value.find((candidate) => sameName(candidate.host, name) || sameName(candidate.id, name));
  return server ? { ok: true, value: server } : { ok: false, error: serverNotFound(name) };
}

/** A server's contents are shown only once the console is logged in to it. */
async function connectedServer(host: LabHostApi, name: string): Promise<Read<StarWindServerView>> {
  const server = await getServer(host, name);
  if (!server.ok || server.value.connected) return server;
  const message = `The console is not connected to ${server.value.host}; connect with its login and password first.`;
  return { ok: false, error: { code: 'starwind.not_connected', kind: 'conflict', message, errors: { server: message } } };
}

export async function listTargets(host: LabHostApi, name: string): Promise<Read<StarWindTarget[]>> {
  const server = await connectedServer(host, name);
  if (!server.ok) return server;
  const targets = await ask(host, { type: 'starwindTargets', host: server.value.host });
  return targets.ok ? { ok: true, value: targets.value.targets } : targets;
}

export async function listDevices(host: LabHostApi, name: string): Promise<Read<StarWindDevice[]>> {
  const server = await connectedServer(host, name);
  if (!server.ok) return server;
  const devices = await ask(host, { type: 'starwindDevices', host: server.value.host });
  return devices.ok ? { ok: true, value: devices.value.devices } : devices;
}

/** An HA device id (or one of its replicas' ids) answers the pair; an image file device itself. */
export function getDevice(host: LabHostApi, id: string): Promise<Read<StarWindDeviceView>> {
  return ask(host, { type: 'starwindDevice', id });
}

/** The device behind the target a create request named, on that server, once created. */
export async function createdDevice(host: LabHostApi, server: string, targetAlias: string): Promise<Read<StarWindDeviceView>> {
  const targets = await ask(host, { type: 'starwindTargets', host: server });
  if (!targets.ok) return targets;
  const target = targets.value.targets.find((candidate) => sameName(candidate.alias, targetAlias));
  const deviceId = target?.deviceIds[0];
  if (deviceId === undefined) throw new Error(`the device just created behind target ${targetAlias} on ${server} is not there`);
  return getDevice(host, deviceId);
}
