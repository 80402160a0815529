// The initiator's commands: every check first (each refusal names its field), then the change.
// CHAP secrets arrive sealed (Lab.seal, seal.ts); one that reaches a decision clear (a direct
// dispatch) is checked here by the same rules and sealed before it is stored.
import { chapSecretProblem, ISCSI_PORT, iscsiMessages, type IscsiChap, type IscsiCommandChap, type IscsiInitiator } from '../../../domain/iscsi';
import { iscsiNameProblem } from '../../../domain/iqn';
import { accept, reject, UNCHANGED, type Decision } from '../../decision';
import { hostNotFound } from '../../errors';
import { isSealedSecret, sealedForm } from '../../secrets';
import type { LabState } from '../../state';
import type { Command, Host, LabError, StarWindTarget } from '../../types';
import { choosePath, fieldError, pathDown, sendTargets, targetsOfServer } from './paths';
import { SESSION_DEVICE_BUSY_MESSAGE } from '../../../domain/reservations';
import { registeredLunOfTarget } from '../reservations/queries';
import { closeSessions, logServiceRunning, openSession } from './sessions';
import { findInitiator, serviceRunning, touchInitiator } from './state';
import { chapRequired, discoveredTargets } from './views';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

const refuse = (error: LabError): Decision => ({ ok: false, error });

/** The scope CHAP secrets of a host are sealed with (seal.ts uses the same). */
export const chapScope = (hostId: string) => `iscsi-chap/${hostId}`;

type Found = { host: Host; initiator: IscsiInitiator };

/** The host and its initiator, which must be running for everything but starting it. */
export function running(state: LabState, name: string): Found | Decision {
  const found = findInitiator(state, name);
  if (!found) return hostNotFound(name);
  if (found.host.powerState !== 'on') return reject('iscsi.host_not_running', 'conflict', `${found.host.name} is not running.`, { host: `${found.host.name} is not running.` });
  if (!serviceRunning(found.host, found.initiator)) return reject('iscsi.service_stopped', 'conflict', iscsiMessages.serviceStopped(found.host.name), { host: iscsiMessages.serviceStopped(found.host.name) });
  return found;
}

export function decideStartService(state: LabState, command: Of<'iscsiStartService'>): Decision {
  const found = findInitiator(state, command.host);
  if (!found) return hostNotFound(command.host);
  const { host, initiator } = found;
  if (host.powerState !== 'on') return reject('iscsi.host_not_running', 'conflict', `${host.name} is not running.`, { host: `${host.name} is not running.` });
  if (initiator.serviceStarted) return UNCHANGED;
  // Yes to both prompts: the service starts (and is set to start with Windows); the lab has no
  // firewall model, so unblocking it only completes the answer.
  return accept((ctx) => {
    initiator.serviceStarted = true;
    logServiceRunning(ctx, host);
    touchInitiator(ctx, initiator);
  });
}

export function decideSetInitiatorName(state: LabState, command: Of<'iscsiSetInitiatorName'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  const name = typeof command.name === 'string' ? command.name : '';
  const problem = iscsiNameProblem(name);
  if (problem) return reject('iscsi.invalid_name', 'invalid', problem, { name: problem });
  if (name === initiator.initiatorName) return UNCHANGED;
  if (initiator.sessions.length > 0) {
    const message = `${host.name} has iSCSI sessions; disconnect every target before changing the initiator name.`;
    return reject('iscsi.sessions_open', 'conflict', message, { name: message });
  }
  return accept((ctx) => {
    initiator.initiatorName = name;
    touchInitiator(ctx, initiator);
  });
}

/** CHAP of a command, checked, with its secrets sealed for the host (or the refusal). */
function chapOf(state: LabState, host: Host, chap: IscsiCommandChap | undefined): { ok: true; chap: IscsiChap | null } | { ok: false; decision: Decision } {
  if (chap === undefined) return { ok: true, chap: null };
  const no = (field: string, message: string) => ({ ok: false as const, decision: reject('iscsi.invalid_chap', 'invalid', message, { [field]: message }) });
  if (typeof chap.name !== 'string' || chap.name.trim() === '') return no('chap.name', 'Enter the CHAP user name.');
  for (const field of ['secret', 'mutualSecret'] as const) {
    const secret = chap[field];
    if (secret === undefined && field === 'mutualSecret') continue;
    if (typeof secret !== 'string') return no(`chap.${field}`, 'Enter the CHAP secret.');
    const problem = isSealedSecret(secret) ? undefined : chapSecretProblem(secret);
    if (problem) return no(`chap.${field}`, problem);
  }
  if (chap.mutualSecret !== undefined && chap.mutualSecret === chap.secret) return no('chap.mutualSecret', 'The initiator and target CHAP secrets must be different.');
  const seal = (secret: string) => sealedForm(state.params.seed, chapScope(host.id), secret);
  return { ok: true, chap: { name: chap.name, secret: seal(chap.secret), mutualSecret: chap.mutualSecret === undefined ? null : seal(chap.mutualSecret) } };
}

function portPart(port: unknown): { ok: true; port: number } | { ok: false; decision: Decision } {
  if (port === undefined) return { ok: true, port: ISCSI_PORT };
  if (!Number.isInteger(port) || (port as number) < 1 || (port as number) > 65535) {
    return { ok: false, decision: reject('iscsi.invalid_port', 'invalid', 'The port is a whole number from 1 to 65535.', { port: 'The port is a whole number from 1 to 65535.' }) };
  }
  return { ok: true, port: port as number };
}

export function decideAddPortal(state: LabState, command: Of<'iscsiAddPortal'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  const address = typeof command.address === 'string' ? command.address.trim() : '';
  if (address === '') return reject('iscsi.invalid_address', 'invalid', 'Enter the IP address or DNS name of the target portal.', { address: 'Enter the IP address or DNS name of the target portal.' });
  const port = portPart(command.port);
  if (!port.ok) return port.decision;
  const initiatorAddress = command.initiatorAddress ?? null;
  if (initiatorAddress !== null && !host.nics.some((nic) => nic.ip === initiatorAddress)) {
    return refuse(fieldError('iscsi.invalid_initiator_address', 'invalid', 'initiatorAddress', `${String(initiatorAddress)} is not an address of ${host.name}.`));
  }
  const chap = chapOf(state, host, command.chap);
  if (!chap.ok) return chap.decision;
  if (initiator.portals.some((portal) => portal.address.toLowerCase() === address.toLowerCase() && portal.port === port.port)) {
    return refuse(fieldError('iscsi.portal_exists', 'conflict', 'address', `The target portal ${address}:${port.port} is already in the list.`));
  }
  const reached = sendTargets(state, host, address, port.port, initiatorAddress);
  if (!reached.ok) return refuse(reached.error);
  return accept((ctx) => {
    initiator.portals.push({ address, port: port.port, initiatorAddress, chap: chap.chap, server: reached.server.id });
    touchInitiator(ctx, initiator);
  });
}

export function decideRemovePortal(state: LabState, command: Of<'iscsiRemovePortal'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  const address = typeof command.address === 'string' ? command.address.trim().toLowerCase() : '';
  const port = portPart(command.port);
  if (!port.ok) return port.decision;
  const index = initiator.portals.findIndex((portal) => portal.address.toLowerCase() === address && portal.port === port.port);
  if (index < 0) return refuse(fieldError('iscsi.portal_not_found', 'not_found', 'address', `${host.name} has no target portal ${String(command.address)}:${port.port}.`));
  // Sessions already logged on stay (as in Windows); the portal's targets leave the list unless connected or favorite.
  return accept((ctx) => {
    initiator.portals.splice(index, 1);
    touchInitiator(ctx, initiator);
  });
}

export function decideConnect(state: LabState, command: Of<'iscsiConnect'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  const target = discoveredTargets(state, initiator).find((candidate) => candidate.iqn === command.iqn);
  if (!target) return refuse(fieldError('iscsi.target_not_found', 'not_found', 'iqn', `${String(command.iqn)} is not among the discovered targets of ${host.name}.`));
  const multipath = command.multipath === true;
  const favorite = command.favorite !== false;
  const sessions = initiator.sessions.filter((session) => session.iqn === target.iqn);
  if (sessions.length > 0 && !multipath) return refuse(fieldError('iscsi.already_logged_in', 'conflict', 'iqn', `${iscsiMessages.alreadyLoggedIn} Check "Enable multi-path" to add another path.`));
  const chap = chapOf(state, host, command.chap);
  if (!chap.ok) return chap.decision;
  if (chap.chap === null && chapRequired(initiator, target)) {
    return refuse(fieldError('iscsi.chap_required', 'conflict', 'chap', `Authentication Failure: ${target.iqn} requires CHAP logon information (Advanced → Enable CHAP log on).`));
  }
  const path = choosePath(state, host, target, { initiatorAddress: command.initiatorAddress, portalAddress: command.portalAddress });
  if (!path.ok) return refuse(path.error);
  const down = pathDown(state, host, initiator, { target: target.id, initiatorAddress: path.initiatorAddress, portal: path.portal });
  if (down) return refuse(fieldError('iscsi.unreachable', 'conflict', 'iqn', iscsiMessages.connectionFailed(`${down[0]!.toUpperCase()}${down.slice(1)}.`)));
  if (sessions.some((session) => session.initiatorAddress === path.initiatorAddress && session.portal === path.portal)) {
    return refuse(fieldError('iscsi.already_logged_in', 'conflict', 'portalAddress', `${iscsiMessages.alreadyLoggedIn} A session from ${path.initiatorAddress} to ${path.portal} exists; choose another initiator IP or target portal.`));
  }
  return accept((ctx) => {
    openSession(ctx, host, initiator, { iqn: target.iqn, target: target.id, initiatorAddress: path.initiatorAddress, portal: path.portal, multipath });
    const known = initiator.favorites.some((entry) => entry.iqn === target.iqn && entry.initiatorAddress === path.initiatorAddress && entry.portal === path.portal);
    if (favorite && !known) initiator.favorites.push({ iqn: target.iqn, multipath, initiatorAddress: path.initiatorAddress, portal: path.portal, chap: chap.chap });
    touchInitiator(ctx, initiator);
  });
}

export function decideDisconnect(state: LabState, command: Of<'iscsiDisconnect'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  if (!initiator.sessions.some((session) => session.iqn === command.iqn)) {
    return refuse(fieldError('iscsi.not_connected', 'conflict', 'iqn', `${host.name} has no session to ${String(command.iqn)}.`));
  }
  // The cluster uses the device while this node is registered on its LUN (a persistent reservation key).
  const inUse = initiator.sessions.map((session) => (session.iqn === command.iqn ? registeredLunOfTarget(state, session.target, host.id) : undefined)).find(Boolean);
  if (inUse) return refuse(fieldError('iscsi.device_in_use', 'conflict', 'iqn', `${SESSION_DEVICE_BUSY_MESSAGE} (${host.name} is registered on LUN ${inUse}: the cluster uses its disk.)`));
  // Its favorites stay, as in Windows (removed on the Favorite Targets tab).
  return accept((ctx) => closeSessions(ctx, initiator, (session) => session.iqn !== command.iqn));
}

/** Quick Connect: discover the address on 3260 without CHAP, log on to each of its targets not connected yet, each a favorite. */
export function decideQuickConnect(state: LabState, command: Of<'iscsiQuickConnect'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  const address = typeof command.address === 'string' ? command.address.trim() : '';
  if (address === '') return refuse(fieldError('iscsi.invalid_address', 'invalid', 'address', 'Enter the IP address or DNS name of the target.'));
  const reached = sendTargets(state, host, address, ISCSI_PORT, null);
  if (!reached.ok) return refuse(reached.error);
  const offered = targetsOfServer(state, reached.server.id);
  if (offered.length === 0) return refuse(fieldError('iscsi.no_targets', 'conflict', 'address', `No targets are available on ${address}.`));
  const plans: { target: StarWindTarget; path: { initiatorAddress: string; portal: string } }[] = [];
  for (const target of offered) {
    if (chapRequired(initiator, target)) return refuse(fieldError('iscsi.chap_required', 'conflict', 'address', iscsiMessages.quickConnectChap(target.iqn)));
    if (initiator.sessions.some((session) => session.iqn === target.iqn)) continue;
    const path = choosePath(state, host, target, { initiatorAddress: undefined, portalAddress: undefined });
    if (!path.ok) return refuse({ ...path.error, errors: { address: path.error.message } });
    plans.push({ target, path });
  }
  if (plans.length === 0) return UNCHANGED;
  const known = initiator.portals.some((portal) => portal.address.toLowerCase() === address.toLowerCase() && portal.port === ISCSI_PORT);
  return accept((ctx) => {
    if (!known) initiator.portals.push({ address, port: ISCSI_PORT, initiatorAddress: null, chap: null, server: reached.server.id });
    for (const { target, path } of plans) {
      openSession(ctx, host, initiator, { iqn: target.iqn, target: target.id, initiatorAddress: path.initiatorAddress, portal: path.portal, multipath: false });
      if (!initiator.favorites.some((entry) => entry.iqn === target.iqn && entry.portal === path.portal && entry.initiatorAddress === path.initiatorAddress)) {
        initiator.favorites.push({ iqn: target.iqn, multipath: false, initiatorAddress: path.initiatorAddress, portal: path.portal, chap: null });
      }
    }
    touchInitiator(ctx, initiator);
  });
}
