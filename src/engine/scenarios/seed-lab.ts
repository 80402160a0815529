// Scenario "seed-lab": the starting point of the seed document: domain SWS.com, three networks,
// a domain controller, two StarWind storage servers and Demo1..DemoN cluster node candidates.
// Every host starts running at t = 0 and logs 6005.
import { EVENT_SOURCES, EVENTLOG_STARTED } from '../../domain/event-log';
import { OS_DISPLAY_NAMES } from '../../domain/lab';
import { hostAddress, parseCidr } from '../../domain/net';
import { BYTES_PER_GIB, BYTES_PER_MIB, BYTES_PER_TIB, GIGABIT_BITS_PER_S } from '../../domain/units';
import { logEvent, type LabContext } from '../context';
import type { Host, HostRole, LabParams, Network, Nic, Volume } from '../types';

export const SEED_LAB_DOMAIN = 'SWS.com';

export const SEED_LAB_NETWORKS: readonly Network[] = [
  { id: 'Public', name: 'Public', cidr: '192.168.100.0/24', purpose: 'Client access' },
  { id: 'Private', name: 'Private', cidr: '10.10.10.0/24', purpose: 'Cluster heartbeat' },
  { id: 'iSCSI', name: 'iSCSI', cidr: '172.30.100.0/24', purpose: 'iSCSI traffic' },
];

/** Host numbers inside each /24: Demo1 is .31, DemoN is .(30 + N). */
const DC_HOST_NUMBER = 10;
const STORE_HOST_NUMBERS = [21, 22] as const;
const FIRST_NODE_HOST_NUMBER = 31;

/** Space Windows Server 2008 R2 and its updates take on C: (plausible, deterministic). */
const SYSTEM_USED_BYTES: Record<HostRole, number> = {
  'domain-controller': 14 * BYTES_PER_GIB + 312 * BYTES_PER_MIB,
  storage: 12 * BYTES_PER_GIB + 808 * BYTES_PER_MIB,
  'cluster-node': 11 * BYTES_PER_GIB + 604 * BYTES_PER_MIB,
};
const SYSTEM_VOLUME_BYTES = 100 * BYTES_PER_GIB;
const DATA_VOLUME_BYTES = 2 * BYTES_PER_TIB;
/** A freshly formatted NTFS volume of 2 TB: the MFT and logs take a little. */
const DATA_VOLUME_USED_BYTES = 215 * BYTES_PER_MIB;

interface HostPlan {
  name: string;
  role: HostRole;
  hostNumber: number;
  networks: readonly string[];
  index: number;
}

export interface ScenarioEntities {
  hosts: Host[];
  networks: Network[];
}

export function buildSeedLab(params: LabParams): ScenarioEntities {
  const plans: HostPlan[] = [
    { name: 'SWS-DC', role: 'domain-controller', hostNumber: DC_HOST_NUMBER, networks: ['Public'], index: 0 },
    ...STORE_HOST_NUMBERS.map((hostNumber, index) => ({ name: `SWS-Store${index + 1}`, role: 'storage' as const, hostNumber, networks: ['Public', 'iSCSI'], index })),
  ];
  for (let node = 1; node <= params.options.clusterNodes; node++) {
    plans.push({ name: `Demo${node}`, role: 'cluster-node', hostNumber: FIRST_NODE_HOST_NUMBER + node - 1, networks: ['Public', 'Private', 'iSCSI'], index: node - 1 });
  }
  const networks = SEED_LAB_NETWORKS.map((network) => ({ ...network }));
  return { hosts: plans.map((plan) => buildHost(params, plan)), networks };
}

function buildHost(params: LabParams, plan: HostPlan): Host {
  const nics = plan.networks.map((networkName) => buildNic(networkName, plan.hostNumber));
  const volumes: Volume[] = [
    // A little more used per node, so the nodes do not look cloned.
    volume('C', '', SYSTEM_VOLUME_BYTES, SYSTEM_USED_BYTES[plan.role] + plan.index * 37 * BYTES_PER_MIB),
  ];
  if (plan.role === 'storage') volumes.push(volume('D', 'Storage', DATA_VOLUME_BYTES, DATA_VOLUME_USED_BYTES));
  return {
    id: plan.name,
    name: plan.name,
    role: plan.role,
    os: OS_DISPLAY_NAMES[params.options.osVersion],
    osVersion: params.options.osVersion,
    domain: SEED_LAB_DOMAIN,
    powerState: 'on',
    powerTransition: null,
    lastBootMs: 0,
    uncleanShutdownMs: null,
    nics,
    volumes,
    features: [],
  };
}

function buildNic(networkName: string, hostNumber: number): Nic {
  const network = SEED_LAB_NETWORKS.find((candidate) => candidate.name === networkName);
  const cidr = network ? parseCidr(network.cidr) : undefined;
  if (!network || !cidr) throw new Error(`seed-lab has no network ${networkName}.`);
  const ip = hostAddress(network.cidr, hostNumber);
  return { name: network.name, network: network.name, ip, prefixLength: cidr.prefixLength, linkUp: true, speedBitsPerS: GIGABIT_BITS_PER_S, mac: macFor(ip) };
}

/** Hyper-V's OUI 00-15-5D, then the last three octets of the address: unique across the lab. */
function macFor(ip: string): string {
  const octets = ip.split('.').slice(1).map((octet) => Number(octet).toString(16).toUpperCase().padStart(2, '0'));
  return ['00', '15', '5D', ...octets].join('-');
}

function volume(letter: string, label: string, sizeBytes: number, usedBytes: number): Volume {
  return { letter, label, sizeBytes, freeBytes: sizeBytes - usedBytes };
}

/** t = 0: every host has just booted; its event log service announces itself. */
export function startSeedLab(ctx: LabContext): void {
  for (const host of ctx.state.network.hosts.values()) {
    logEvent(ctx, { host: host.name, log: 'System', source: EVENT_SOURCES.eventLog, eventId: EVENTLOG_STARTED.eventId, level: 'Information', message: EVENTLOG_STARTED.message });
  }
}
