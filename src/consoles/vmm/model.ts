// What Virtual Machine Manager reads from the mirror: the host groups (All Hosts → each cluster
// → its nodes, then Hyper-V hosts in no cluster), every virtual machine with its host, cluster,
// role and latest migration (indexes built once per change of those collections, so 8,000 rows
// cost one pass), and a migration's status and progress as the engine reports them.
import type { Cluster, ClusterRole } from '../../domain/cluster';
import { HYPER_V, type ServerFeatures } from '../../domain/features';
import type { VirtualMachine } from '../../domain/hyperv';
import type { Migration } from '../../domain/migration';
import type { Host } from '../../domain/network';
import { phasesOf } from '../../ui/migration/model';
import { JOBS, UNDER_MIGRATION, VM_STATUS_LABELS } from './labels';

// The steps and times are the migration picture's (src/ui/migration), shared with Failover Cluster Manager.
export { formatElapsed, phasesOf, stepLines, type StepLine } from '../../ui/migration/model';

export interface VmmSource {
  hosts: Record<string, Host>;
  serverFeatures: Record<string, ServerFeatures>;
  clusters: Record<string, Cluster>;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

export interface HostGroup {
  cluster: Cluster;
  /** Its nodes' servers, in node order. */
  hosts: Host[];
}

/** The host groups under All Hosts: each cluster with its nodes (by name), and Hyper-V hosts in no cluster. */
export function hostGroups(lab: VmmSource): { clusters: HostGroup[]; standalone: Host[] } {
  const clustered = new Set<string>();
  const clusters = Object.values(lab.clusters)
    .sort(byName)
    .map((cluster) => {
      const hosts = cluster.nodes.flatMap((node) => {
        clustered.add(node.hostId);
        const host = lab.hosts[node.hostId];
        return host ? [host] : [];
      });
      return { cluster, hosts };
    });
  const standalone = Object.values(lab.hosts)
    .filter((host) => !clustered.has(host.id) && lab.serverFeatures[host.id]?.installed.includes(HYPER_V))
    .sort(byName);
  return { clusters, standalone };
}

/**
 * The host ids a tree node stands for: all (null), a cluster's nodes, or one host. `group` is a
 * cluster or a host in no cluster; `host` a node of that cluster. Undefined: no such group.
 */
export function groupHostIds(lab: VmmSource, group: string | undefined, host: string | undefined): ReadonlySet<string> | null | undefined {
  if (group === undefined) return null;
  const lower = group.toLowerCase();
  const cluster = Object.values(lab.clusters).find((each) => each.name.toLowerCase() === lower);
  if (cluster) {
    if (host === undefined) return new Set(cluster.nodes.map((node) => node.hostId));
    const node = cluster.nodes.find((each) => each.name.toLowerCase() === host.toLowerCase());
    return node ? new Set([node.hostId]) : undefined;
  }
  if (host !== undefined) return undefined;
  const standalone = Object.values(lab.hosts).find((each) => each.name.toLowerCase() === lower);
  return standalone ? new Set([standalone.id]) : undefined;
}

export interface VmRow {
  vm: VirtualMachine;
  /** The cluster whose node runs it ('' for a host in no cluster). */
  cluster: string;
  /** Its role when highly available. */
  role: ClusterRole | undefined;
  /** Its newest migration, whatever its state. */
  job: Migration | undefined;
}

export interface VmIndexes {
  clusterByHostId: Map<string, Cluster>;
  roleByVmId: Map<string, ClusterRole>;
  latestJobByVmId: Map<string, Migration>;
}

export function vmIndexes(clusters: Record<string, Cluster>, roles: Record<string, ClusterRole>, migrations: Record<string, Migration>): VmIndexes {
  const clusterByHostId = new Map<string, Cluster>();
  for (const cluster of Object.values(clusters)) for (const node of cluster.nodes) clusterByHostId.set(node.hostId, cluster);
  const roleByVmId = new Map<string, ClusterRole>();
  for (const role of Object.values(roles)) roleByVmId.set(role.vmId, role);
  const latestJobByVmId = new Map<string, Migration>();
  for (const migration of Object.values(migrations)) {
    const seen = latestJobByVmId.get(migration.vmId);
    if (!seen || newerFirst(migration, seen) < 0) latestJobByVmId.set(migration.vmId, migration);
  }
  return { clusterByHostId, roleByVmId, latestJobByVmId };
}

/** Every virtual machine on the given hosts (null: all), with what the list shows beside it. */
export function vmRows(vms: Record<string, VirtualMachine>, indexes: VmIndexes, hostIds: ReadonlySet<string> | null): VmRow[] {
  const rows: VmRow[] = [];
  for (const vm of Object.values(vms)) {
    if (hostIds && !hostIds.has(vm.hostId)) continue;
    rows.push({ vm, cluster: indexes.clusterByHostId.get(vm.hostId)?.name ?? '', role: indexes.roleByVmId.get(vm.id), job: indexes.latestJobByVmId.get(vm.id) });
  }
  return rows.sort((a, b) => collator.compare(a.vm.name, b.vm.name) || collator.compare(a.vm.host, b.vm.host));
}

export const isActive = (migration: Migration | undefined) => migration !== undefined && (migration.state === 'Queued' || migration.state === 'Running');

/** VMM's Status: "Under Migration" while a migration of it runs, else its state in VMM's words. */
export function vmStatus(row: VmRow): string {
  if (row.job?.state === 'Running') return UNDER_MIGRATION;
  return VM_STATUS_LABELS[row.vm.state];
}

/** Newest first: by request time, then id (ids grow with each request). */
export function newerFirst(a: Migration, b: Migration): number {
  return b.requestedMs - a.requestedMs || collator.compare(b.id, a.id);
}

/**
 * How far a migration is, 0–100, from the engine's own record: each phase an equal share; inside
 * the running step, the share of its time gone (the engine scheduled its end at `dueMs`). The
 * memory copy is counted in passes against the pass limit (a pass that converges ends it early,
 * so the bar jumps forward, never back). Ended: 100 when Completed, else where it stopped.
 */
export function migrationPercent(migration: Migration, nowMs: number): number {
  if (migration.state === 'Completed') return 100;
  if (migration.state === 'Queued' || migration.phase === null) return 0;
  const phases = phasesOf(migration);
  const index = Math.max(0, phases.indexOf(migration.phase));
  const step = migration.current;
  const stepShare = step && step.dueMs > step.startedMs ? Math.min(1, Math.max(0, (nowMs - step.startedMs) / (step.dueMs - step.startedMs))) : 0;
  const running = migration.state === 'Running';
  let phaseShare = running ? stepShare : 0;
  if (migration.phase === 'memory-copy') {
    const passesDone = migration.passes.length;
    phaseShare = Math.min(1, (passesDone + (running && step?.phase === 'memory-copy' ? stepShare : 0)) / Math.max(1, migration.passLimit));
  }
  return Math.floor(((index + phaseShare) / phases.length) * 100);
}

/** The Jobs view's Status (and the VMs' Job Status): Queued, Running (n %), Completed, Failed, Cancelled. */
export function jobStatus(migration: Migration, nowMs: number): string {
  return migration.state === 'Running' ? JOBS.running(migrationPercent(migration, nowMs)) : migration.state;
}
