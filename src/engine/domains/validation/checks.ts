// The tests themselves: each judges the lab's state at the moment it runs, never a script.
// `judge` answers a test's report for the servers (hosts of the lab, in the order asked); the
// persistent-reservation test also issues commands (reservations domain) and restores the table.
import { CLUSTER_FEATURE_ID, type ValidationResult, type ValidationServerResult, type ValidationTestReport, VALIDATION_TESTS } from '../../../domain/validation';
import type { HostDisk } from '../../../domain/disks';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';
import type { Host } from '../../types';
import { findCluster } from '../cluster/state';
import { disksOf } from '../disks/state';
import { canReach, dnsServer } from '../network/reachability';
import { coreGroups, networkInformation, quorumConfiguration, resourceStatus } from './cluster-checks';
import { runReservationProbe } from './reservation-probe';

const RANK: Record<ValidationResult, number> = { Passed: 0, 'Not run': 1, Warning: 2, Failed: 3 };

/** The worst of some results (Passed when there are none). */
export function worst(results: readonly ValidationResult[]): ValidationResult {
  return results.reduce<ValidationResult>((acc, result) => (RANK[result] > RANK[acc] ? result : acc), 'Passed');
}

function report(name: string, servers: ValidationServerResult[], explanation?: string): ValidationTestReport {
  const fact = VALIDATION_TESTS.find((test) => test.name === name)!;
  const result = worst(servers.map((server) => server.result));
  const problems = servers.filter((server) => server.result !== 'Passed').map((server) => server.explanation);
  // What was found: the servers' problems when there are any, else what each server showed.
  const found = problems.length > 0 ? problems : servers.map((server) => server.explanation);
  return { name, category: fact.category, result, explanation: explanation ?? found.join(' '), servers };
}

const entry = (host: Host, result: ValidationResult, explanation: string): ValidationServerResult => ({ server: host.name, result, explanation });

/** Whether the validating console (on the domain controller, where the lab's tools run) can reach the server now. */
export function reachable(state: LabState, host: Host): boolean {
  if (host.powerState !== 'on') return false;
  const console = dnsServer(state);
  if (!console || console === host) return true;
  return host.nics.some((nic) => canReach(state, console.name, nic.ip));
}

function inventory(state: LabState, hosts: Host[]): ValidationTestReport {
  return report('List Operating System Information', hosts.map((host) => {
    if (host.powerState !== 'on') return entry(host, 'Failed', `${host.name} is ${host.powerState}: its operating system information could not be gathered.`);
    if (!reachable(state, host)) return entry(host, 'Failed', `${host.name} could not be reached on any of its addresses.`);
    return entry(host, 'Passed', `${host.name}: ${host.os}.`);
  }));
}

function ipConfiguration(hosts: Host[]): ValidationTestReport {
  const owners = new Map<string, string[]>();
  for (const host of hosts) for (const nic of host.nics) owners.set(nic.ip, [...(owners.get(nic.ip) ?? []), host.name]);
  return report('Validate IP Configuration', hosts.map((host) => {
    const duplicates = host.nics.filter((nic) => (owners.get(nic.ip) ?? []).length > 1);
    if (duplicates.length > 0) return entry(host, 'Failed', `${host.name}: address ${duplicates.map((nic) => nic.ip).join(', ')} is not unique among the servers.`);
    const connected = host.nics.filter((nic) => nic.linkUp);
    if (connected.length <= 1) {
      const only = connected[0] ? `${connected[0].name} (${connected[0].ip})` : 'none';
      return entry(host, 'Warning', `${host.name} has only one network adapter connected (${only}): avoid single points of failure.`);
    }
    return entry(host, 'Passed', `${host.name}: ${connected.length} adapters connected, each address unique.`);
  }));
}

/** Each host's present shared disks (not the system disk), grouped by LUN serial. */
function lunsOf(state: LabState, host: Host): Map<string, HostDisk[]> {
  const luns = new Map<string, HostDisk[]>();
  for (const disk of disksOf(state, host.id)) if (disk.present && disk.number > 0) luns.set(disk.lun, [...(luns.get(disk.lun) ?? []), disk]);
  return luns;
}

/** The LUNs every server sees. */
export function sharedLuns(state: LabState, hosts: Host[]): string[] {
  const seen = hosts.map((host) => lunsOf(state, host));
  return [...(seen[0]?.keys() ?? [])].filter((lun) => seen.every((luns) => luns.has(lun))).sort();
}

function potentialClusterDisks(state: LabState, hosts: Host[]): ValidationTestReport {
  const all = new Set(hosts.flatMap((host) => [...lunsOf(state, host).keys()]));
  if (all.size === 0) return report('List Potential Cluster Disks', hosts.map((host) => entry(host, 'Warning', `${host.name} sees no shared disk.`)), 'No disk was found that every server can see: there is no storage to cluster.');
  return report('List Potential Cluster Disks', hosts.map((host) => {
    const luns = lunsOf(state, host);
    const missing = [...all].filter((lun) => !luns.has(lun)).sort();
    if (missing.length > 0) return entry(host, 'Failed', `${host.name} cannot see LUN ${missing.join(', ')}, which another server sees: that storage is not shared by every server.`);
    return entry(host, 'Passed', `${host.name} sees every potential cluster disk (${[...luns.keys()].sort().join(', ')}).`);
  }));
}

function mpioDisks(state: LabState, hosts: Host[]): ValidationTestReport {
  return report('Validate Microsoft MPIO-Based Disks', hosts.map((host) => {
    const twice = [...lunsOf(state, host)].filter(([, disks]) => disks.length > 1);
    if (twice.length > 0) {
      const which = twice.map(([lun, disks]) => `Disks ${disks.map((disk) => disk.number).join(' and ')} are the same LUN ${lun}`).join('; ');
      return entry(host, 'Failed', `${host.name}: ${which}, seen once per path because Microsoft MPIO does not claim them.`);
    }
    return entry(host, 'Passed', `${host.name}: each LUN appears as one disk.`);
  }));
}

function activeDirectory(hosts: Host[]): ValidationTestReport {
  const domains = new Set(hosts.map((host) => host.domain.toUpperCase()));
  const controllers = hosts.filter((host) => host.role === 'domain-controller');
  const mixed = controllers.length > 0 && controllers.length < hosts.length;
  return report('Validate Active Directory Configuration', hosts.map((host) => {
    if (domains.size > 1) return entry(host, 'Failed', `${host.name} is in domain ${host.domain}; the servers are not all in one domain.`);
    if (mixed) return entry(host, 'Failed', `${host.name} is ${host.role === 'domain-controller' ? 'a domain controller' : 'a member server'}; the servers must be all domain controllers or all member servers.`);
    return entry(host, 'Passed', `${host.name} is a ${host.role === 'domain-controller' ? 'domain controller' : 'member server'} of ${host.domain}.`);
  }));
}

function clusterService(state: LabState, hosts: Host[]): ValidationTestReport {
  return report('Validate Cluster Service and Driver Settings', hosts.map((host) => {
    const features = state.features.servers.get(host.id);
    if (!features?.installed.includes(CLUSTER_FEATURE_ID)) {
      const pending = features?.pendingInstall.includes(CLUSTER_FEATURE_ID) ? ' (its install waits for a restart)' : '';
      return entry(host, 'Failed', `${host.name} does not have the Failover Clustering feature installed${pending}: the Cluster service, NetFT.sys and Clusdisk.sys are missing.`);
    }
    return entry(host, 'Passed', `${host.name}: the Cluster service, NetFT.sys and Clusdisk.sys are present.`);
  }));
}

/** LUNs that are Online disks of a cluster, with the disk's name ("Cluster Disk 1 of Cluster1"). */
function onlineClusterLuns(state: LabState): Map<string, string> {
  const luns = new Map<string, string>();
  for (const cluster of state.cluster.clusters.values()) for (const disk of cluster.disks) if (disk.state === 'Online') luns.set(disk.lun, `${disk.name} of ${cluster.name}`);
  return luns;
}

/** A Cluster Configuration test on the run's cluster (Not run when it is gone). */
function clusterTest(state: LabState, name: string, hosts: Host[], clusterName: string | null): ValidationTestReport {
  const cluster = clusterName === null ? undefined : findCluster(state, clusterName);
  if (!cluster) {
    const why = `Not run: ${clusterName === null ? 'no cluster was named' : `cluster ${clusterName} no longer exists`}.`;
    return report(name, hosts.map((host) => entry(host, 'Not run', why)), why);
  }
  const found =
    name === 'List Cluster Core Groups' ? coreGroups(cluster, hosts)
    : name === 'List Cluster Network Information' ? networkInformation(state, cluster, hosts)
    : name === 'Validate Quorum Configuration' ? quorumConfiguration(state, cluster, hosts)
    : resourceStatus(cluster, hosts);
  return report(name, found.servers, found.explanation);
}

/** Runs one test now; `clusterName` is the existing cluster the run validates, if any. */
export function judge(ctx: LabContext, name: string, hosts: Host[], clusterName: string | null = null): ValidationTestReport {
  const state = ctx.state;
  switch (name) {
    case 'List Cluster Core Groups':
    case 'List Cluster Network Information':
    case 'Validate Quorum Configuration':
    case 'Validate Resource Status':
      return clusterTest(state, name, hosts, clusterName);
    case 'List Operating System Information': return inventory(state, hosts);
    case 'Validate IP Configuration': return ipConfiguration(hosts);
    case 'List Potential Cluster Disks': return potentialClusterDisks(state, hosts);
    case 'Validate Microsoft MPIO-Based Disks': return mpioDisks(state, hosts);
    case 'Validate SCSI-3 Persistent Reservation': {
      const luns = sharedLuns(state, hosts);
      if (luns.length === 0) return report(name, hosts.map((host) => entry(host, 'Not run', `${host.name} shares no disk with the other servers.`)), 'No disk is seen by every server: there is nothing to test.');
      // On an existing cluster the storage tests leave Online cluster disks alone, and say so (facts Part A §2.1).
      const online = onlineClusterLuns(state);
      const free = luns.filter((lun) => !online.has(lun));
      const skipped = luns.filter((lun) => online.has(lun)).map((lun) => online.get(lun)!);
      const warning = `The storage tests did not run on ${skipped.join(', ')}: ${skipped.length > 1 ? 'they are' : 'it is'} Online in a cluster (take ${skipped.length > 1 ? 'them' : 'it'} offline to test).`;
      if (free.length === 0) return report(name, hosts.map((host) => entry(host, 'Warning', warning)), warning);
      const probed = runReservationProbe(ctx, hosts, free);
      return report(name, skipped.length === 0 ? probed : probed.map((found) => (found.result === 'Passed' ? { ...found, result: 'Warning', explanation: `${found.explanation} ${warning}` } : found)));
    }
    case 'Validate Active Directory Configuration': return activeDirectory(hosts);
    case 'Validate Cluster Service and Driver Settings': return clusterService(state, hosts);
    default: throw new Error(`No validation test named ${name}.`);
  }
}

/** A test not run because a server failed Inventory. */
export function notRun(name: string, hosts: Host[], unreachable: string[]): ValidationTestReport {
  const why = `Not run: ${unreachable.join(', ')} could not be inventoried.`;
  return report(name, hosts.map((host) => entry(host, 'Not run', why)), why);
}
