// A new migration record, with the cluster's settings as they apply when it is asked for.
import type { Cluster, ClusterRole } from '../../../domain/cluster';
import type { VirtualMachine } from '../../../domain/hyperv';
import type { Migration, MigrationType } from '../../../domain/migration';
import type { LabContext } from '../../context';
import { settingsView } from './settings';

export const MIGRATION_ID_PREFIX = 'mig';

export function newMigration(
  ctx: LabContext,
  cluster: Cluster,
  role: ClusterRole,
  vm: VirtualMachine,
  destination: string,
  bestPossibleNode: boolean,
  type: MigrationType,
  network: string | null,
  bandwidthBytesPerS: number,
): Migration {
  const settings = settingsView(ctx.state, cluster);
  return {
    id: ctx.kernel.nextId(MIGRATION_ID_PREFIX),
    cluster: cluster.name,
    role: role.name,
    vm: vm.name,
    vmId: vm.id,
    source: role.ownerNode ?? vm.host,
    destination,
    bestPossibleNode,
    type,
    state: 'Queued',
    phase: null,
    passes: [],
    current: null,
    memoryBytes: vm.memoryBytes,
    bandwidthBytesPerS,
    network,
    passLimit: settings.passLimit,
    downtimeTargetMs: settings.downtimeTargetMs,
    tcpTimeoutMs: settings.tcpTimeoutMs,
    switchOverMs: settings.switchOverMs,
    requestedMs: ctx.kernel.nowMs(),
    startedMs: null,
    endedMs: null,
    totalMs: null,
    downtimeMs: null,
    clientsKeptConnection: null,
    reason: null,
    timeline: [],
  };
}
