// Reading StarWind state for the routes, through the engine's queries: the console's servers with
// their services, a server's targets and devices (shown once the console is logged in to it, as
// the console shows them), and a device view with its sync progress as of the lab's time. The
// `...Of` functions build a view from query results a dispatch answered with (same version).
import type {
  LabError,
  Query,
  QueryAnswers,
  QueryResult,
  StarWindDevice,
  StarWindDeviceView,
  StarWindServerView,
  StarWindTargetView,
} from '../../src/api/types';
import type { LabHostApi } from '../../src/host/types';

export type Read<T> = { ok: true; value: T } | { ok: false; error: LabError };

function readOf<Q extends Query>(_query: Q, result: QueryResult | undefined): Read<QueryAnswers[Q['type']]> {
  if (!result) throw new Error('a dispatch answered fewer queries than it was asked');
  return result.ok ? { ok: true, value: result.value as QueryAnswers[Q['type']] } : result;
}

async function ask<Q extends Query>(host: LabHostApi, query: Q): Promise<Read<QueryAnswers[Q['type']]>> {
  return readOf(query, await host.query(query));
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function serverNotFound(name: string): LabError {
  const message = `The console has no server "${name}".`;
  return { code: 'starwind.server_not_found', kind: 'not_found', message, errors: { server: message } };
}

/** The queries whose answers make the console's server list (servers, then services). */
export const SERVER_LIST_QUERIES: readonly Query[] = [{ type: 'starwindServers' }, { type: 'starwindServices' }];

/** The console's servers in the order they were added, each with the service of its host. */
export function serversOf(results: readonly QueryResult[]): Read<StarWindServerView[]> {
  const servers = readOf({ type: 'starwindServers' }, results[0]);
  const services = readOf({ type: 'starwindServices' }, results[1]);
  if (!servers.ok) return servers;
  if (!services.ok) return services;
  const value = servers.value.servers.map((server) => ({
    ...server,
    service: services.value.services.find((service) => service.host === server.host) ?? null,
  }));
  return { ok: true, value };
}

/** A server in the console by its host name (or the console entry's id), any case. */
export function serverOf(results: readonly QueryResult[], name: string): Read<StarWindServerView> {
  const servers = serversOf(results);
  if (!servers.ok) return servers;
  const server = servers.value.find((candidate) => sameName(candidate.host, name) || sameName(candidate.id, name));
  return server ? { ok: true, value: server } : { ok: false, error: serverNotFound(name) };
}

export async function listServers(host: LabHostApi): Promise<Read<StarWindServerView[]>> {
  return serversOf(await Promise.all(SERVER_LIST_QUERIES.map((query) => host.query(query))));
}

export async function getServer(host: LabHostApi, name: string): Promise<Read<StarWindServerView>> {
  return serverOf(await Promise.all(SERVER_LIST_QUERIES.map((query) => host.query(query))), name);
}

/** A server's contents are shown only once the console is logged in to it. */
async function connectedServer(host: LabHostApi, name: string): Promise<Read<StarWindServerView>> {
  const server = await getServer(host, name);
  if (!server.ok || server.value.connected) return server;
  const message = `The console is not connected to ${server.value.host}; connect with its login and password first.`;
  return { ok: false, error: { code: 'starwind.not_connected', kind: 'conflict', message, errors: { server: message } } };
}

export async function listTargets(host: LabHostApi, name: string): Promise<Read<StarWindTargetView[]>> {
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

/** A device view a dispatch answered with (`starwindDevice` or `starwindDeviceOfTarget`). */
export function deviceOf(result: QueryResult | undefined): Read<StarWindDeviceView> {
  return readOf({ type: 'starwindDevice', id: '' }, result);
}
