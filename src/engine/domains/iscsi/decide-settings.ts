// The initiator's settings: RADIUS servers, the initiator CHAP secret and the bound volumes and
// devices. Every check first (each refusal names its field), then the change. Secrets arrive
// sealed (seal.ts); one that reaches a decision clear (a direct dispatch) is checked by the same
// rules and sealed here before it is stored.
import {
  BOUND_VOLUMES_MAX,
  boundVolumePath,
  chapSecretProblem,
  RADIUS_PORT,
  RADIUS_SERVERS_MAX,
  radiusAddressProblem,
  radiusPortProblem,
  radiusSecretProblem,
} from '../../../domain/iscsi';
import { accept, reject, UNCHANGED, type Decision } from '../../decision';
import { isSealedSecret, sealedForm } from '../../secrets';
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { chapScope, running } from './decide';
import { bindablePaths, isBindable } from './devices';
import { radiusScope } from './seal';
import { touchInitiator } from './state';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

const sameServer = (address: string, port: number) => (server: { address: string; port: number }) => server.address.toLowerCase() === address.toLowerCase() && server.port === port;

export function decideAddRadiusServer(state: LabState, command: Of<'iscsiAddRadiusServer'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  const address = typeof command.address === 'string' ? command.address.trim() : '';
  const addressProblem = radiusAddressProblem(address);
  if (addressProblem) return reject('iscsi.invalid_radius_address', 'invalid', addressProblem, { address: addressProblem });
  const port = command.port ?? RADIUS_PORT;
  const portProblem = radiusPortProblem(port);
  if (portProblem) return reject('iscsi.invalid_port', 'invalid', portProblem, { port: portProblem });
  const secret = typeof command.secret === 'string' ? command.secret : '';
  const secretProblem = isSealedSecret(secret) ? undefined : radiusSecretProblem(secret);
  if (secretProblem) return reject('iscsi.invalid_radius_secret', 'invalid', secretProblem, { secret: secretProblem });
  if (initiator.radiusServers.some(sameServer(address, port))) {
    const message = `The RADIUS server ${address}:${port} is already in the list.`;
    return reject('iscsi.radius_exists', 'conflict', message, { address: message });
  }
  if (initiator.radiusServers.length >= RADIUS_SERVERS_MAX) {
    const message = `${host.name} already has ${RADIUS_SERVERS_MAX} RADIUS servers, the lab's limit.`;
    return reject('iscsi.radius_limit', 'conflict', message, { address: message });
  }
  return accept((ctx) => {
    initiator.radiusServers.push({ address, port, secret: sealedForm(state.params.seed, radiusScope(host.id), secret) });
    touchInitiator(ctx, initiator);
  });
}

export function decideRemoveRadiusServer(state: LabState, command: Of<'iscsiRemoveRadiusServer'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  const address = typeof command.address === 'string' ? command.address.trim() : '';
  const port = command.port ?? RADIUS_PORT;
  const index = initiator.radiusServers.findIndex(sameServer(address, port));
  if (index < 0) {
    const message = `${address}:${String(port)} is not a RADIUS server of ${host.name}.`;
    return reject('iscsi.radius_not_found', 'not_found', message, { address: message });
  }
  return accept((ctx) => {
    initiator.radiusServers.splice(index, 1);
    touchInitiator(ctx, initiator);
  });
}

/** Configuration → CHAP…: 12–16 characters, not one of the target CHAP secrets of the portals and favorites; "" removes it. */
export function decideSetChapSecret(state: LabState, command: Of<'iscsiSetChapSecret'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  const secret = typeof command.secret === 'string' ? command.secret : '';
  if (secret === '') {
    if (initiator.chapSecret === null) return UNCHANGED;
    return accept((ctx) => {
      initiator.chapSecret = null;
      touchInitiator(ctx, initiator);
    });
  }
  const problem = isSealedSecret(secret) ? undefined : chapSecretProblem(secret);
  if (problem) return reject('iscsi.invalid_chap', 'invalid', problem, { chapSecret: problem });
  // Sealed with the same scope as the portals' CHAP secrets, so equal secrets have equal seals.
  const sealed = sealedForm(state.params.seed, chapScope(host.id), secret);
  const targetSecrets = [...initiator.portals, ...initiator.favorites].map((entry) => entry.chap?.secret);
  if (targetSecrets.includes(sealed)) {
    const message = 'The initiator CHAP secret must be different from the target CHAP secret.';
    return reject('iscsi.invalid_chap', 'invalid', message, { chapSecret: message });
  }
  if (sealed === initiator.chapSecret) return UNCHANGED;
  return accept((ctx) => {
    initiator.chapSecret = sealed;
    touchInitiator(ctx, initiator);
  });
}

/** Auto Configure: binds every volume (or volume-less device) of the connected targets not bound yet. */
export function decideAutoConfigure(state: LabState, command: Of<'iscsiAutoConfigure'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  const available = bindablePaths(state, initiator);
  if (available.length === 0) {
    const message = `${host.name} has no devices of connected targets to configure: connect a target first.`;
    return reject('iscsi.no_devices', 'conflict', message, { host: message });
  }
  const added = available.filter((path) => !initiator.boundVolumes.some((bound) => bound.toLowerCase() === path.toLowerCase()));
  if (added.length === 0) return UNCHANGED;
  if (initiator.boundVolumes.length + added.length > BOUND_VOLUMES_MAX) {
    const message = `The volume list holds at most ${BOUND_VOLUMES_MAX} entries.`;
    return reject('iscsi.volume_limit', 'conflict', message, { host: message });
  }
  return accept((ctx) => {
    initiator.boundVolumes.push(...added);
    touchInitiator(ctx, initiator);
  });
}

export function decideBindVolume(state: LabState, command: Of<'iscsiBindVolume'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  const parsed = boundVolumePath(typeof command.path === 'string' ? command.path : '');
  if (!parsed.ok) return reject('iscsi.invalid_volume_path', 'invalid', parsed.problem, { path: parsed.problem });
  const path = parsed.path;
  if (initiator.boundVolumes.some((bound) => bound.toLowerCase() === path.toLowerCase())) {
    const message = `${path} is already in the volume list.`;
    return reject('iscsi.volume_bound', 'conflict', message, { path: message });
  }
  if (!isBindable(state, initiator, path)) {
    const message = `${path} is not a volume or device of a target ${host.name} is connected to.`;
    return reject('iscsi.volume_not_found', 'conflict', message, { path: message });
  }
  if (initiator.boundVolumes.length >= BOUND_VOLUMES_MAX) {
    const message = `The volume list holds at most ${BOUND_VOLUMES_MAX} entries.`;
    return reject('iscsi.volume_limit', 'conflict', message, { path: message });
  }
  return accept((ctx) => {
    initiator.boundVolumes.push(path);
    touchInitiator(ctx, initiator);
  });
}

export function decideUnbindVolume(state: LabState, command: Of<'iscsiUnbindVolume'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { host, initiator } = found;
  const parsed = boundVolumePath(typeof command.path === 'string' ? command.path : '');
  const path = parsed.ok ? parsed.path : String(command.path);
  const index = initiator.boundVolumes.findIndex((bound) => bound.toLowerCase() === path.toLowerCase());
  if (index < 0) {
    const message = `${path} is not in the volume list of ${host.name}.`;
    return reject('iscsi.volume_not_bound', 'not_found', message, { path: message });
  }
  return accept((ctx) => {
    initiator.boundVolumes.splice(index, 1);
    touchInitiator(ctx, initiator);
  });
}

/** Clear: empties the volume list. */
export function decideClearBoundVolumes(state: LabState, command: Of<'iscsiClearBoundVolumes'>): Decision {
  const found = running(state, command.host);
  if ('ok' in found) return found;
  const { initiator } = found;
  if (initiator.boundVolumes.length === 0) return UNCHANGED;
  return accept((ctx) => {
    initiator.boundVolumes.length = 0;
    touchInitiator(ctx, initiator);
  });
}
