// Commands that carry a StarWind password (log in, change the login, an HA partner's login in
// Add Target and Add Replica) are sealed before they are logged (Lab.seal). The host each
// password belongs to is found as the command's decision finds it, so a sealed command decides
// exactly as its clear original. A typed password is always clear: one shaped like a sealed value
// is hashed again, so a hash copied out of a lab file opens nothing. A logged one (source 'log')
// is kept when sealed. No StarWind rule compares two clear passwords (the console's confirmation
// is checked in its dialog), so these never refuse.
import { isSealedSecret, sealSecret } from '../../secrets';
import type { LabState } from '../../state';
import type { Command, Host, SealResult, SecretSource } from '../../types';
import { findConsoleServer } from './common';
import { reachStarWindServer } from './console-servers';
import { sealPassword } from './passwords';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Seals `password` for the host it opens; anything but text stays as it is (and fails a login).
 * For a host the command names but the lab cannot find, the command is refused for that, yet even
 * a refused command keeps no clear password: it is sealed with a scope that matches no host's.
 */
function sealFor(state: LabState, host: Host | { id: string } | undefined, name: unknown, password: unknown, source: SecretSource): unknown {
  if (typeof password !== 'string' || (source === 'log' && isSealedSecret(password))) return password;
  if (!host) return sealSecret(state.params.seed, `starwind-unknown/${String(name)}`, password);
  return sealPassword(state, host.id, password);
}

type Connect = Extract<Command, { type: 'starwindConnect' }>;
type ChangeCredentials = Extract<Command, { type: 'starwindChangeCredentials' }>;
type CreateDevice = Extract<Command, { type: 'starwindCreateDevice' }>;
type AddReplica = Extract<Command, { type: 'starwindAddReplica' }>;

/** A logged command whose secrets are all sealed already comes back as the same object (cheap to recognise). */
function keptAsLogged(source: SecretSource, ...secrets: unknown[]): boolean {
  return source === 'log' && secrets.every((secret) => typeof secret !== 'string' || secret === '' || isSealedSecret(secret));
}

export function sealConnect(state: LabState, command: Connect, source: SecretSource): SealResult {
  if (keptAsLogged(source, command.password)) return { ok: true, command };
  const server = findConsoleServer(state, command.server);
  return { ok: true, command: { ...command, password: sealFor(state, server, command.server, command.password, source) as string } };
}

export function sealChangeCredentials(state: LabState, command: ChangeCredentials, source: SecretSource): SealResult {
  if (keptAsLogged(source, command.password, command.newPassword)) return { ok: true, command };
  const server = findConsoleServer(state, command.server);
  const seal = (password: unknown): string => sealFor(state, server, command.server, password, source) as string;
  return { ok: true, command: { ...command, password: seal(command.password), newPassword: seal(command.newPassword) } };
}

/**
 * The partner part of an HA request with its password sealed for the partner that checkHa
 * (create-device.ts) would reach from `local`: the same lookup, so the sealed form is the one checked.
 */
function sealPartner<R>(state: LabState, local: Host | undefined, ha: R, source: SecretSource): R {
  if (!isRecord(ha) || typeof ha.partnerPassword !== 'string' || keptAsLogged(source, ha.partnerPassword)) return ha;
  const address = typeof ha.partnerAddress === 'string' ? ha.partnerAddress.trim() : '';
  const port = ha.partnerPort;
  const reached = local && address !== '' && Number.isInteger(port) ? reachStarWindServer(state, local.name, address, port as number, 'partnerAddress') : undefined;
  const partner = reached?.ok ? reached.host : undefined;
  return { ...ha, partnerPassword: sealFor(state, partner, address, ha.partnerPassword, source) };
}

export function sealCreateDevice(state: LabState, command: CreateDevice, source: SecretSource): SealResult {
  const server = findConsoleServer(state, command.server);
  const local = server ? state.network.hosts.get(server.id) : undefined;
  const request = command.request as unknown;
  if (!isRecord(request) || request.ha === undefined) return { ok: true, command };
  const ha = sealPartner(state, local, command.request.ha, source);
  return { ok: true, command: ha === command.request.ha ? command : { ...command, request: { ...command.request, ha } } };
}

export function sealAddReplica(state: LabState, command: AddReplica, source: SecretSource): SealResult {
  const device = typeof command.device === 'string' ? state.starwind.devices.get(command.device) : undefined;
  const local = device ? state.network.hosts.get(device.host) : undefined;
  const request = sealPartner(state, local, command.request, source);
  return { ok: true, command: request === command.request ? command : { ...command, request } };
}
