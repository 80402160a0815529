// The StarWind Management Console on SWS-DC: Add Server, log in (step 3 of the seed document),
// log out, remove, change the credentials. What the console reaches is what SWS-DC reaches.
// A session ends when its server stops being reachable (host off, service stopped, cable out, or
// SWS-DC itself down): `connected` turns false and a new login is needed once it is back.
import { isIpv4 } from '../../../domain/net';
import { CANNOT_CONNECT_TEXT, STARWIND_DEFAULT_LOGIN, STARWIND_DEFAULT_PASSWORD } from '../../../domain/starwind';
import { touch } from '../../context';
import { accept, reject, UNCHANGED, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command, Host, LabError, StarWindConsoleServer } from '../../types';
import { canReach, resolveName } from '../network';
import { CONSOLE_HOST, findConsoleServer, refuse } from './common';
import { consoleCanReach } from './partner-watch';
import { passwordAsStored, sealPassword } from './passwords';

type AddServer = Extract<Command, { type: 'starwindAddServer' }>;
type RemoveServer = Extract<Command, { type: 'starwindRemoveServer' }>;
type Connect = Extract<Command, { type: 'starwindConnect' }>;
type Disconnect = Extract<Command, { type: 'starwindDisconnect' }>;
type ChangeCredentials = Extract<Command, { type: 'starwindChangeCredentials' }>;

function error(code: string, kind: LabError['kind'], field: string, message: string): LabError {
  return { code, kind, message, errors: { [field]: message } };
}

/**
 * The StarWind server that `address` names as seen from `fromHost`, or why it cannot be used.
 * Shared with the Add Target wizard's partner check (from the local server).
 */
export function reachStarWindServer(
  state: LabState,
  fromHost: string,
  address: string,
  port: number,
  field: string,
  portField: string = field,
): { ok: true; host: Host } | { ok: false; error: LabError } {
  const addresses = resolveName(state, fromHost, address);
  const holders = addresses.map((ip) => state.network.nicByIp.get(ip)).filter((ref) => ref !== undefined);
  const reachable = holders.find((ref) => canReach(state, fromHost, ref.nic.ip));
  if (!reachable) {
    const why = addresses.length === 0 && !isIpv4(address) ? `${fromHost} cannot resolve "${address}"` : `${fromHost} cannot reach ${address}`;
    return { ok: false, error: error('starwind.unreachable', 'conflict', field, `${why}: ${CANNOT_CONNECT_TEXT}.`) };
  }
  const host = reachable.host;
  const service = state.starwind.services.get(host.id);
  if (!service || !service.running) {
    return { ok: false, error: error('starwind.no_service', 'conflict', field, `No StarWind service answers on ${address}: ${host.name} ${service ? 'has its service stopped' : 'is not a StarWind server'}.`) };
  }
  if (service.managementPort !== port) {
    return { ok: false, error: error('starwind.no_service', 'conflict', portField, `No StarWind service answers on ${address}:${port}; StarWind listens on port ${service.managementPort}.`) };
  }
  return { ok: true, host };
}

export function decideAddServer(state: LabState, command: AddServer): Decision {
  const address = typeof command.address === 'string' ? command.address.trim() : '';
  if (address === '') return refuse(error('starwind.invalid_address', 'invalid', 'address', 'Enter a host name or an IP address.'));
  if (!Number.isInteger(command.port) || command.port < 1 || command.port > 65535) return refuse(error('starwind.invalid_port', 'invalid', 'port', 'The port is a whole number from 1 to 65535.'));
  const reached = reachStarWindServer(state, CONSOLE_HOST, address, command.port, 'address');
  if (!reached.ok) return refuse(reached.error);
  const host = reached.host;
  const existing = state.starwind.consoleServers.get(host.id);
  if (existing) return refuse(error('starwind.server_already_added', 'conflict', 'address', `${host.name} is already in the console (added as ${existing.address}).`));
  return accept((ctx) => {
    const sw = ctx.state.starwind;
    sw.consoleSeq += 1;
    const server: StarWindConsoleServer = { id: host.id, host: host.name, address, port: command.port, connected: false, login: null, addedSeq: sw.consoleSeq };
    sw.consoleServers.set(server.id, server);
    touch(ctx, 'starwindConsoleServers', server.id);
  });
}

function serverNotFound(name: unknown): Decision {
  return refuse(error('starwind.server_not_found', 'not_found', 'server', `The console has no server "${String(name)}".`));
}

export function decideRemoveServer(state: LabState, command: RemoveServer): Decision {
  const server = findConsoleServer(state, command.server);
  if (!server) return serverNotFound(command.server);
  return accept((ctx) => {
    ctx.state.starwind.consoleServers.delete(server.id);
    ctx.kernel.markRemoved('starwindConsoleServers', server.id);
  });
}

/**
 * Checks a login against a service: the console, Change Credentials and the wizard's partner page.
 * The password is sealed (a logged command) or clear (sealed here): the service keeps only its hash.
 */
export function credentialsProblem(state: LabState, hostId: string, login: unknown, password: unknown): string | undefined {
  const service = state.starwind.services.get(hostId);
  if (!service || service.login !== login || state.starwind.passwords.get(hostId) !== passwordAsStored(state, hostId, password)) return 'The user name or password is incorrect.';
  return undefined;
}

function reachableServer(state: LabState, name: unknown): { ok: true; server: StarWindConsoleServer } | { ok: false; decision: Decision } {
  const server = findConsoleServer(state, name);
  if (!server) return { ok: false, decision: serverNotFound(name) };
  if (!consoleCanReach({ state }, server.id)) {
    return { ok: false, decision: refuse(error('starwind.unreachable', 'conflict', 'server', `${CONSOLE_HOST} cannot reach the StarWind service on ${server.host}: ${CANNOT_CONNECT_TEXT}.`)) };
  }
  return { ok: true, server };
}

export function decideConnect(state: LabState, command: Connect): Decision {
  const found = reachableServer(state, command.server);
  if (!found.ok) return found.decision;
  const { server } = found;
  const problem = credentialsProblem(state, server.id, command.login, command.password);
  if (problem) return refuse(error('starwind.bad_credentials', 'invalid', 'password', problem));
  if (server.connected && server.login === command.login) return UNCHANGED;
  return accept((ctx) => {
    server.connected = true;
    server.login = command.login;
    touch(ctx, 'starwindConsoleServers', server.id);
  });
}

export function decideDisconnect(state: LabState, command: Disconnect): Decision {
  const server = findConsoleServer(state, command.server);
  if (!server) return serverNotFound(command.server);
  if (!server.connected) return UNCHANGED;
  return accept((ctx) => {
    server.connected = false;
    server.login = null;
    touch(ctx, 'starwindConsoleServers', server.id);
  });
}

export function decideChangeCredentials(state: LabState, command: ChangeCredentials): Decision {
  const found = reachableServer(state, command.server);
  if (!found.ok) return found.decision;
  const { server } = found;
  const problem = credentialsProblem(state, server.id, command.login, command.password);
  if (problem) return refuse(error('starwind.bad_credentials', 'invalid', 'password', problem));
  const errors: Record<string, string> = {};
  if (typeof command.newLogin !== 'string' || command.newLogin.trim() === '') errors.newLogin = 'Enter the new user name.';
  if (typeof command.newPassword !== 'string' || command.newPassword === '') errors.newPassword = 'Enter the new password; it cannot be empty.';
  const first = Object.values(errors)[0];
  if (first !== undefined) return reject('starwind.invalid_credentials', 'invalid', first, errors);
  return accept((ctx) => {
    const service = ctx.state.starwind.services.get(server.id);
    if (!service) return;
    service.login = command.newLogin.trim();
    const stored = passwordAsStored(ctx.state, server.id, command.newPassword) as string;
    service.usesDefaultCredentials = service.login === STARWIND_DEFAULT_LOGIN && stored === sealPassword(ctx.state, server.id, STARWIND_DEFAULT_PASSWORD);
    ctx.state.starwind.passwords.set(server.id, stored);
    touch(ctx, 'starwindServices', service.id);
    if (server.connected) {
      server.login = service.login;
      touch(ctx, 'starwindConsoleServers', server.id);
    }
  });
}
