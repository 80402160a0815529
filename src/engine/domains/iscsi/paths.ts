// Discovery and paths over the engine's network (src/engine/domains/network/reachability.ts).
// SendTargets to a portal answers when the host (from the chosen initiator IP, or any of its
// NICs) reaches the address and a running StarWind service listens on that iSCSI port; it
// returns the StarWind targets of that server. A session's path (initiator IP → target portal)
// is up while the initiator's service runs, the target still exists on that portal, its
// server's StarWind service runs and the two addresses reach each other.
import { iscsiMessages, type IscsiInitiator } from '../../../domain/iscsi';
import { isIpv4 } from '../../../domain/net';
import type { LabState } from '../../state';
import type { Host, LabError, StarWindTarget } from '../../types';
import { canReach, canReachIp, resolveName } from '../network';
import { serviceRunning } from './state';

export function fieldError(code: string, kind: LabError['kind'], field: string, message: string): LabError {
  return { code, kind, message, errors: { [field]: message } };
}

/** The StarWind server answering SendTargets at `address`:`port` as `host` sees it, or the initiator's failure. */
export function sendTargets(
  state: LabState,
  host: Host,
  address: string,
  port: number,
  initiatorAddress: string | null,
  field = 'address',
): { ok: true; server: Host; ip: string } | { ok: false; error: LabError } {
  const addresses = resolveName(state, host.name, address);
  if (addresses.length === 0) {
    return { ok: false, error: fieldError('iscsi.unreachable', 'conflict', field, iscsiMessages.connectionFailed(`${host.name} cannot resolve "${address}".`)) };
  }
  const reaches = (ip: string) => (initiatorAddress ? canReachIp(state, initiatorAddress, ip) : canReach(state, host.name, ip));
  const ip = addresses.find((candidate) => state.network.nicByIp.has(candidate) && reaches(candidate));
  if (ip === undefined) {
    const from = initiatorAddress ? ` from ${initiatorAddress}` : '';
    const shown = isIpv4(address) ? address : `${address} (${addresses.join(', ')})`;
    return { ok: false, error: fieldError('iscsi.unreachable', 'conflict', field, iscsiMessages.connectionFailed(`${host.name} cannot reach ${shown}${from}.`)) };
  }
  const server = state.network.nicByIp.get(ip)!.host;
  const service = state.starwind.services.get(server.id);
  if (!service || !service.running || service.iscsiPort !== port) {
    const why = !service ? `${server.name} runs no iSCSI target` : !service.running ? `the StarWind service on ${server.name} is stopped` : `the StarWind service listens on port ${service.iscsiPort}`;
    return { ok: false, error: fieldError('iscsi.no_target_service', 'conflict', field, iscsiMessages.connectionFailed(`No iSCSI target answers on ${ip}:${port}: ${why}.`)) };
  }
  return { ok: true, server, ip };
}

/** The targets a StarWind server offers (every target of it: the lab models no access lists), by IQN. */
export function targetsOfServer(state: LabState, serverId: string): StarWindTarget[] {
  return [...state.starwind.targets.values()].filter((target) => target.host === serverId).sort((a, b) => (a.iqn < b.iqn ? -1 : a.iqn > b.iqn ? 1 : 0));
}

export function targetByIqn(state: LabState, iqn: string): StarWindTarget | undefined {
  for (const target of state.starwind.targets.values()) if (target.iqn === iqn) return target;
  return undefined;
}

/** "ip" of "ip:port". */
export function portalIp(portal: string): string {
  const colon = portal.lastIndexOf(':');
  return colon < 0 ? portal : portal.slice(0, colon);
}

/** Why the path of a session is down now, or undefined when it is up. */
export function pathDown(state: LabState, host: Host, initiator: IscsiInitiator, path: { target: string; initiatorAddress: string; portal: string }): string | undefined {
  if (!serviceRunning(host, initiator)) return `the ${host.name} initiator service is not running`;
  const target = state.starwind.targets.get(path.target);
  if (!target || !target.portals.includes(path.portal)) return 'the target no longer exists on that portal';
  const service = state.starwind.services.get(target.host);
  if (!service?.running) return 'the target server\'s StarWind service is not running';
  if (!canReachIp(state, path.initiatorAddress, portalIp(path.portal))) return `${path.initiatorAddress} cannot reach ${portalIp(path.portal)}`;
  return undefined;
}

/**
 * The path a Connect takes: the asked initiator IP and portal, or by default the first of the
 * target's portals some NIC of the host reaches (that NIC's address).
 */
export function choosePath(
  state: LabState,
  host: Host,
  target: StarWindTarget,
  asked: { initiatorAddress: string | undefined; portalAddress: string | undefined },
): { ok: true; initiatorAddress: string; portal: string } | { ok: false; error: LabError } {
  if (asked.initiatorAddress !== undefined && !host.nics.some((nic) => nic.ip === asked.initiatorAddress)) {
    return { ok: false, error: fieldError('iscsi.invalid_initiator_address', 'invalid', 'initiatorAddress', `${asked.initiatorAddress} is not an address of ${host.name}.`) };
  }
  let portals = target.portals;
  if (asked.portalAddress !== undefined) {
    portals = target.portals.filter((portal) => portal === asked.portalAddress || portalIp(portal) === asked.portalAddress);
    if (portals.length === 0) {
      return { ok: false, error: fieldError('iscsi.invalid_portal', 'invalid', 'portalAddress', `${target.iqn} has no portal ${asked.portalAddress}; its portals are ${target.portals.join(', ')}.`) };
    }
  }
  const sources = asked.initiatorAddress !== undefined ? [asked.initiatorAddress] : host.nics.map((nic) => nic.ip);
  for (const portal of portals) {
    const source = sources.find((ip) => canReachIp(state, ip, portalIp(portal)));
    if (source !== undefined) return { ok: true, initiatorAddress: source, portal };
  }
  const field = asked.portalAddress !== undefined ? 'portalAddress' : asked.initiatorAddress !== undefined ? 'initiatorAddress' : 'iqn';
  return { ok: false, error: fieldError('iscsi.unreachable', 'conflict', field, iscsiMessages.connectionFailed(`${host.name} cannot reach ${portals.map(portalIp).join(' or ')}${asked.initiatorAddress ? ` from ${asked.initiatorAddress}` : ''}.`)) };
}
