// A cluster's live-migration settings: the stored ones (migrationSetSettings) over the defaults of
// its OS version, and the network order. The default order is the cluster's (facts Part A §2.4):
// networks without a default gateway first (the lab's NICs carry none; 2008 R2 gives one to
// the client-access network: the cluster's own rule, cluster/plan.ts), then the others in the
// cluster's order; networks the cluster does not use (role none) are left out.
import type { Cluster, ClusterNetwork } from '../../../domain/cluster';
import {
  DOWNTIME_TARGET_DEFAULT_MS,
  DOWNTIME_TARGET_MAX_MS,
  DOWNTIME_TARGET_MIN_MS,
  PASS_LIMITS,
  SIMULTANEOUS_LIVE_MIGRATIONS_CONFIGURABLE,
  SIMULTANEOUS_LIVE_MIGRATIONS_DEFAULT,
  SIMULTANEOUS_LIVE_MIGRATIONS_MAX,
  SWITCH_OVER_DEFAULT_MS,
  SWITCH_OVER_MAX_MS,
  TCP_TIMEOUT_DEFAULT_MS,
  TCP_TIMEOUT_MAX_MS,
  TCP_TIMEOUT_MIN_MS,
  type MigrationSettingsEntity,
  type MigrationSettingsView,
} from '../../../domain/migration';
import type { LabContext } from '../../context';
import { accept, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { isClientNetwork } from '../cluster/plan';
import { clusterOrRefusal, formedOrRefusal, invalid, isRefusal, type Refusal } from '../cluster/refusals';
import { putSettings } from './state';

/** Networks without a default gateway first, in the cluster's order; the client access network last. */
export function defaultNetworkOrder(state: LabState, cluster: Cluster): string[] {
  const used = cluster.networks.filter((network) => network.role !== 'none');
  const gateway = (network: ClusterNetwork) => {
    const lab = state.network.networks.get(network.labNetwork);
    return lab !== undefined && isClientNetwork(state, lab);
  };
  return [...used.filter((network) => !gateway(network)), ...used.filter(gateway)].map((network) => network.name);
}

function defaults(cluster: Cluster): MigrationSettingsEntity {
  return {
    id: cluster.id,
    downtimeTargetMs: DOWNTIME_TARGET_DEFAULT_MS,
    tcpTimeoutMs: TCP_TIMEOUT_DEFAULT_MS,
    switchOverMs: SWITCH_OVER_DEFAULT_MS,
    networkOrder: null,
    simultaneousLiveMigrations: SIMULTANEOUS_LIVE_MIGRATIONS_DEFAULT[cluster.osVersion],
  };
}

export function settingsView(state: LabState, cluster: Cluster): MigrationSettingsView {
  const stored = state.migration.settings.get(cluster.id) ?? defaults(cluster);
  const { id: _id, networkOrder, ...rest } = stored;
  return {
    ...rest,
    cluster: cluster.name,
    osVersion: cluster.osVersion,
    passLimit: PASS_LIMITS[cluster.osVersion],
    networkOrder: networkOrder === null ? defaultNetworkOrder(state, cluster) : [...networkOrder],
    networkOrderIsDefault: networkOrder === null,
    simultaneousConfigurable: SIMULTANEOUS_LIVE_MIGRATIONS_CONFIGURABLE[cluster.osVersion],
  };
}

type SetSettings = Extract<Command, { type: 'migrationSetSettings' }>;

const wholeIn = (value: unknown, min: number, max: number) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

function fieldRefusal(cluster: Cluster, command: SetSettings): Refusal | undefined {
  const { downtimeTargetMs, tcpTimeoutMs, switchOverMs, simultaneousLiveMigrations, networkOrder } = command;
  if (downtimeTargetMs !== undefined && !wholeIn(downtimeTargetMs, DOWNTIME_TARGET_MIN_MS, DOWNTIME_TARGET_MAX_MS))
    return invalid('migration.invalid_downtime_target', 'downtimeTargetMs', `The downtime target is a whole number of milliseconds from ${DOWNTIME_TARGET_MIN_MS} to ${DOWNTIME_TARGET_MAX_MS}.`);
  if (tcpTimeoutMs !== undefined && !wholeIn(tcpTimeoutMs, TCP_TIMEOUT_MIN_MS, TCP_TIMEOUT_MAX_MS))
    return invalid('migration.invalid_tcp_timeout', 'tcpTimeoutMs', `The TCP timeout is a whole number of milliseconds from ${TCP_TIMEOUT_MIN_MS} to ${TCP_TIMEOUT_MAX_MS}.`);
  if (switchOverMs !== undefined && !wholeIn(switchOverMs, 0, SWITCH_OVER_MAX_MS))
    return invalid('migration.invalid_switch_over', 'switchOverMs', `The switch-over time is a whole number of milliseconds from 0 to ${SWITCH_OVER_MAX_MS}.`);
  if (simultaneousLiveMigrations !== undefined) {
    if (!SIMULTANEOUS_LIVE_MIGRATIONS_CONFIGURABLE[cluster.osVersion]) {
      if (simultaneousLiveMigrations !== SIMULTANEOUS_LIVE_MIGRATIONS_DEFAULT[cluster.osVersion])
        return invalid('migration.simultaneous_fixed', 'simultaneousLiveMigrations', `Windows Server 2008 R2 runs one live migration at a time per node; the number cannot be changed.`);
    } else if (!wholeIn(simultaneousLiveMigrations, 1, SIMULTANEOUS_LIVE_MIGRATIONS_MAX))
      return invalid('migration.invalid_simultaneous', 'simultaneousLiveMigrations', `Simultaneous live migrations is a whole number from 1 to ${SIMULTANEOUS_LIVE_MIGRATIONS_MAX}.`);
  }
  if (networkOrder !== undefined && networkOrder !== null) {
    if (!Array.isArray(networkOrder) || networkOrder.length === 0) return invalid('migration.invalid_network_order', 'networkOrder', 'The network order lists at least one cluster network.');
    const seen = new Set<string>();
    for (const name of networkOrder) {
      const network = typeof name === 'string' ? cluster.networks.find((candidate) => candidate.name.toUpperCase() === name.toUpperCase()) : undefined;
      if (!network) return invalid('migration.unknown_network', 'networkOrder', `Cluster ${cluster.name} has no network named "${String(name)}".`);
      if (seen.has(network.name)) return invalid('migration.duplicate_network', 'networkOrder', `${network.name} is listed twice in the network order.`);
      seen.add(network.name);
    }
  }
  return undefined;
}

export function decideSetSettings(state: LabState, command: SetSettings, then: (ctx: LabContext, cluster: Cluster) => void): Decision {
  const cluster = clusterOrRefusal(state, command.cluster);
  if (isRefusal(cluster)) return cluster;
  const creating = formedOrRefusal(cluster);
  if (creating) return creating;
  const refusal = fieldRefusal(cluster, command);
  if (refusal) return refusal;
  const before = state.migration.settings.get(cluster.id) ?? defaults(cluster);
  const order = command.networkOrder === undefined ? before.networkOrder : command.networkOrder === null ? null : command.networkOrder.map((name) => cluster.networks.find((network) => network.name.toUpperCase() === name.toUpperCase())!.name);
  const next: MigrationSettingsEntity = {
    id: cluster.id,
    downtimeTargetMs: command.downtimeTargetMs ?? before.downtimeTargetMs,
    tcpTimeoutMs: command.tcpTimeoutMs ?? before.tcpTimeoutMs,
    switchOverMs: command.switchOverMs ?? before.switchOverMs,
    networkOrder: order,
    simultaneousLiveMigrations: command.simultaneousLiveMigrations ?? before.simultaneousLiveMigrations,
  };
  // A raised limit may let queued migrations start: `then` (the queue) looks at once.
  return accept((ctx) => {
    putSettings(ctx, next);
    then(ctx, cluster);
  });
}
