// Semantic checks of the network domain's part of a snapshot: networks (names, subnets) and hosts
// (names, roles, NICs in their subnets with unique addresses, volumes). Power state is the power
// domain's check.
import { OS_VERSIONS } from '../../../domain/lab';
import { computerNameProblem } from '../../../domain/names';
import { ipInCidr, isIpv4, parseCidr } from '../../../domain/net';
import { HOST_ROLES } from '../../../domain/network';
import { isRecord, isWholeIn, show } from '../../params';
import type { DomainCheckInput, Problems } from '../../snapshot-problems';

const MS_MAX = Number.MAX_SAFE_INTEGER;
const MAC = /^[0-9A-F]{2}(-[0-9A-F]{2}){5}$/;

export function checkNetworkSnapshot({ snapshot, nowMs, problems }: DomainCheckInput): void {
  const networks = checkNetworks(snapshot.entities.networks, problems);
  checkHosts(snapshot.entities.hosts, networks, nowMs, problems);
}

// --- networks ---------------------------------------------------------------------------------

function checkNetworks(value: unknown, problems: Problems): Map<string, string> {
  const cidrByName = new Map<string, string>();
  if (!Array.isArray(value)) {
    problems.add('entities.networks', 'entities.networks must be a list.');
    return cidrByName;
  }
  const seen = new Set<string>();
  value.forEach((network: unknown, index) => {
    const place = `networks[${index}]`;
    const at = `entities.${place}`;
    if (!isRecord(network) || typeof network.name !== 'string' || network.name === '') {
      problems.add(at, `${place}: a network needs a name.`);
      return;
    }
    const where = `${place} (${network.name})`;
    if (network.id !== network.name) problems.add(at, `${where}: id ${show(network.id)} must equal the name.`);
    if (seen.has(network.name.toUpperCase())) problems.add(at, `${where}: another network has the same name.`);
    seen.add(network.name.toUpperCase());
    if (typeof network.purpose !== 'string') problems.add(at, `${where}: purpose must be text.`);
    if (typeof network.cidr !== 'string' || !parseCidr(network.cidr)) problems.add(at, `${where}: ${show(network.cidr)} is not a subnet such as 192.168.100.0/24.`);
    else cidrByName.set(network.name, network.cidr);
  });
  return cidrByName;
}

// --- hosts ------------------------------------------------------------------------------------

function checkHosts(value: unknown, cidrByName: Map<string, string>, nowMs: number, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.add('entities.hosts', 'entities.hosts must be a list.');
    return;
  }
  const names = new Set<string>();
  const ipOwners = new Map<string, string>();
  value.forEach((host: unknown, index) => {
    const place = `hosts[${index}]`;
    const at = `entities.${place}`;
    if (!isRecord(host) || typeof host.name !== 'string') {
      problems.add(at, `${place}: a host needs a name.`);
      return;
    }
    const where = `${place} (${host.name})`;
    const nameProblem = computerNameProblem(host.name);
    if (nameProblem) problems.add(at, `${where}: ${nameProblem}`);
    if (host.id !== host.name) problems.add(at, `${where}: id ${show(host.id)} must equal the name.`);
    if (names.has(host.name.toUpperCase())) problems.add(at, `${where}: another host has the same name (names are compared without case).`);
    names.add(host.name.toUpperCase());
    if (!(HOST_ROLES as readonly unknown[]).includes(host.role)) problems.add(at, `${where}: role ${show(host.role)} is not one of ${HOST_ROLES.join(', ')}.`);
    if (!(OS_VERSIONS as readonly unknown[]).includes(host.osVersion)) problems.add(at, `${where}: osVersion ${show(host.osVersion)} is not one of ${OS_VERSIONS.join(', ')}.`);
    if (typeof host.os !== 'string' || typeof host.domain !== 'string') problems.add(at, `${where}: os and domain must be text.`);
    if (!Array.isArray(host.features) || !host.features.every((feature) => typeof feature === 'string')) problems.add(at, `${where}: features must be a list of names.`);
    for (const field of ['lastBootMs', 'uncleanShutdownMs'] as const) {
      if (host[field] !== null && !isWholeIn(host[field], 0, nowMs)) problems.add(at, `${where}: ${field} must be null or a time in ms no later than nowMs, not ${show(host[field])}.`);
    }
    checkNics(host.nics, at, where, host.name, cidrByName, ipOwners, problems);
    checkVolumes(host.volumes, at, where, problems);
  });
}

function checkNics(value: unknown, at: string, where: string, hostName: string, cidrByName: Map<string, string>, ipOwners: Map<string, string>, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.add(`${at}.nics`, `${where}: nics must be a list.`);
    return;
  }
  const nicNames = new Set<string>();
  value.forEach((nic: unknown, index) => {
    const nicAt = `${at}.nics[${index}]`;
    if (!isRecord(nic) || typeof nic.name !== 'string' || nic.name === '') {
      problems.add(nicAt, `${where}: nics[${index}] needs a name.`);
      return;
    }
    const label = `NIC ${nic.name}`;
    if (nicNames.has(nic.name.toUpperCase())) problems.add(nicAt, `${where}: two NICs are named ${nic.name}.`);
    nicNames.add(nic.name.toUpperCase());
    const cidr = typeof nic.network === 'string' ? cidrByName.get(nic.network) : undefined;
    if (cidr === undefined) problems.add(nicAt, `${where}: ${label} is cabled to network ${show(nic.network)}, which the lab does not have.`);
    if (typeof nic.ip !== 'string' || !isIpv4(nic.ip)) {
      problems.add(nicAt, `${where}: ${label} address ${show(nic.ip)} is not an IPv4 address.`);
    } else {
      if (cidr !== undefined && !ipInCidr(nic.ip, cidr)) problems.add(nicAt, `${where}: ${label} address ${nic.ip} is not in network ${String(nic.network)} ${cidr}.`);
      const owner = ipOwners.get(nic.ip);
      if (owner !== undefined) problems.add(nicAt, `${where}: ${label} address ${nic.ip} is already used by ${owner}.`);
      else ipOwners.set(nic.ip, `${hostName} (${nic.name})`);
    }
    if (cidr !== undefined && nic.prefixLength !== parseCidr(cidr)?.prefixLength) problems.add(nicAt, `${where}: ${label} prefix length ${show(nic.prefixLength)} does not match network ${String(nic.network)} ${cidr}.`);
    if (typeof nic.linkUp !== 'boolean') problems.add(nicAt, `${where}: ${label} linkUp must be true or false.`);
    if (!isWholeIn(nic.speedBitsPerS, 1, MS_MAX)) problems.add(nicAt, `${where}: ${label} speedBitsPerS must be a positive whole number, not ${show(nic.speedBitsPerS)}.`);
    if (typeof nic.mac !== 'string' || !MAC.test(nic.mac)) problems.add(nicAt, `${where}: ${label} MAC ${show(nic.mac)} is not like 00-15-5D-64-00-15.`);
  });
}

function checkVolumes(value: unknown, at: string, where: string, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.add(`${at}.volumes`, `${where}: volumes must be a list.`);
    return;
  }
  const letters = new Set<string>();
  value.forEach((volume: unknown, index) => {
    const volumeAt = `${at}.volumes[${index}]`;
    if (!isRecord(volume) || typeof volume.letter !== 'string' || !/^[A-Z]$/.test(volume.letter)) {
      problems.add(volumeAt, `${where}: volumes[${index}] needs a drive letter A to Z.`);
      return;
    }
    const label = `volume ${volume.letter}:`;
    if (letters.has(volume.letter)) problems.add(volumeAt, `${where}: two volumes use the letter ${volume.letter}.`);
    letters.add(volume.letter);
    if (typeof volume.label !== 'string') problems.add(volumeAt, `${where}: ${label} label must be text.`);
    if (!isWholeIn(volume.sizeBytes, 1, MS_MAX)) problems.add(volumeAt, `${where}: ${label} sizeBytes must be a positive whole number, not ${show(volume.sizeBytes)}.`);
    else if (!isWholeIn(volume.freeBytes, 0, volume.sizeBytes)) problems.add(volumeAt, `${where}: ${label} freeBytes ${show(volume.freeBytes)} must be from 0 to its size ${volume.sizeBytes}.`);
  });
}
