// Who can reach what. Pure reads of the state that later domains (StarWind sync, iSCSI, cluster
// heartbeats, migration) and faults build on.
//
// Rules:
// - Only a host whose powerState is 'on' sends or answers: a host that is starting or stopping
//   is not reachable, and cannot reach others, until it is 'on'.
// - A host reaches another's address when the NIC holding that address has its link up and the
//   source has a NIC with link up on the same network. One flat L2 segment per network; no routing
//   between networks.
// - A host reaches its own addresses while it is on (loopback), whatever its links.
import { isIpv4 } from '../../../domain/net';
import type { LabState } from '../../state';
import { findHost } from './hosts';
import type { Host } from '../../types';

/** Whether `fromHost` (a computer name) can reach the address `toIp` now. */
export function canReach(state: LabState, fromHost: string, toIp: string): boolean {
  const source = findHost(state, fromHost);
  const target = state.network.nicByIp.get(toIp);
  if (!source || !target || source.powerState !== 'on' || target.host.powerState !== 'on') return false;
  if (target.host === source) return true;
  if (!target.nic.linkUp) return false;
  const network = target.nic.network;
  return source.nics.some((nic) => nic.linkUp && nic.network === network);
}

/** The DNS server of the lab: the domain controller. */
export function dnsServer(state: LabState): Host | undefined {
  return state.network.dnsHostId === undefined ? undefined : state.network.hosts.get(state.network.dnsHostId);
}

/**
 * Resolves a name as `fromHost` would: an IPv4 address passes through; a computer name (or its
 * FQDN in the lab's domain, without regard to case) is asked of the DNS on the domain controller,
 * which must be on and reachable from `fromHost`. Answers the target's registered addresses
 * (every NIC, as Windows registers all connections by default), or [] when it cannot resolve.
 */
export function resolveName(state: LabState, fromHost: string, nameOrIp: string): string[] {
  if (isIpv4(nameOrIp)) return [nameOrIp];
  const name = shortName(nameOrIp);
  if (name === undefined) return [];
  const target = findHost(state, name);
  if (!target || !target.domain || (nameOrIp.includes('.') && !sameDomain(nameOrIp, target.domain))) return [];
  const dns = dnsServer(state);
  if (!dns || dns.powerState !== 'on') return [];
  if (!dns.nics.some((nic) => canReach(state, fromHost, nic.ip))) return [];
  return target.nics.map((nic) => nic.ip);
}

/** "Demo1" from "Demo1" or "demo1.sws.com"; undefined for an empty label. */
function shortName(nameOrFqdn: string): string | undefined {
  const trimmed = nameOrFqdn.endsWith('.') ? nameOrFqdn.slice(0, -1) : nameOrFqdn;
  const [first] = trimmed.split('.');
  return first ? first : undefined;
}

function sameDomain(fqdn: string, domain: string): boolean {
  const trimmed = fqdn.endsWith('.') ? fqdn.slice(0, -1) : fqdn;
  return trimmed.slice(trimmed.indexOf('.') + 1).toUpperCase() === domain.toUpperCase();
}

/**
 * Whether traffic from the address `fromIp` reaches `toIp` now: both hosts on, and (between two
 * hosts) both NICs' links up on the same network. The StarWind sync and heartbeat channels are
 * address pairs, so they use this rather than `canReach`.
 */
export function canReachIp(state: LabState, fromIp: string, toIp: string): boolean {
  const source = state.network.nicByIp.get(fromIp);
  const target = state.network.nicByIp.get(toIp);
  if (!source || !target || source.host.powerState !== 'on' || target.host.powerState !== 'on') return false;
  if (source.host === target.host) return true;
  return source.nic.linkUp && target.nic.linkUp && source.nic.network === target.nic.network;
}
