// What Hyper-V Manager reads from the mirror: the servers running Hyper-V (the role installed and
// in effect), each one's virtual machines, and the uptime as the list writes it.
import type { Cluster } from '../../domain/cluster';
import { HYPER_V, type ServerFeatures } from '../../domain/features';
import type { VirtualMachine } from '../../domain/hyperv';
import type { Host } from '../../domain/network';
import { formatTimeSpan } from '../../domain/units';

export interface HyperVSource {
  hosts: Record<string, Host>;
  serverFeatures: Record<string, ServerFeatures>;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { numeric: true });

/** Servers whose Hyper-V role is in effect (installed and booted with it), by name: the snap-in's servers. */
export function hypervHosts(lab: HyperVSource): Host[] {
  return Object.values(lab.hosts)
    .filter((host) => lab.serverFeatures[host.id]?.installed.includes(HYPER_V))
    .sort(byName);
}

/** Servers where Hyper-V waits for a restart, by name. */
export function pendingHypervHosts(lab: HyperVSource): Host[] {
  return Object.values(lab.hosts)
    .filter((host) => lab.serverFeatures[host.id]?.pendingInstall.includes(HYPER_V))
    .sort(byName);
}

export function hostNamed(hosts: Record<string, Host>, name: string | undefined): Host | undefined {
  if (name === undefined) return undefined;
  const lower = name.toLowerCase();
  return Object.values(hosts).find((host) => host.name.toLowerCase() === lower);
}

/** A server's virtual machines, by name. */
export function vmsOfHost(vms: Record<string, VirtualMachine>, hostId: string): VirtualMachine[] {
  return Object.values(vms)
    .filter((vm) => vm.hostId === hostId)
    .sort(byName);
}

export function vmNamed(vms: Record<string, VirtualMachine>, hostId: string, name: string): VirtualMachine | undefined {
  const lower = name.toLowerCase();
  return Object.values(vms).find((vm) => vm.hostId === hostId && vm.name.toLowerCase() === lower);
}

/** The list's Uptime: a TimeSpan as the product writes it ("02:03:04", "1.02:03:04"), blank at 0. */
export function formatUptime(uptimeMs: number): string {
  return uptimeMs <= 0 ? '' : formatTimeSpan(uptimeMs);
}

/** The Cluster Shared Volumes a server reaches (its cluster's), for the wizard's Location hint. */
export function csvPathsOf(clusters: Record<string, Cluster>, host: Host): string[] {
  const cluster = Object.values(clusters).find((candidate) => candidate.nodes.some((node) => node.hostId === host.id));
  return (cluster?.disks ?? []).flatMap((disk) => (disk.csvPath === null ? [] : [disk.csvPath]));
}
