// clusterRoleSetProperties: the role's Properties dialog. General: preferred owners (nodes of the
// cluster, in order, each once). Failover: maximum failures in the specified period (0 to
// FAILOVER_THRESHOLD_MAX, or the "nodes − 1" default) and the period (1 to 1193 hours); failback
// prevented, or allowed immediately or between two local hours (0–23, both given).
import {
  FAILBACK_HOUR_MAX,
  FAILBACK_HOUR_MIN,
  FAILOVER_PERIOD_MAX_HOURS,
  FAILOVER_PERIOD_MIN_HOURS,
  FAILOVER_THRESHOLD_MAX,
  FAILOVER_THRESHOLD_NODES_MINUS_ONE,
  type FailbackPolicy,
} from '../../../../domain/cluster';
import { accept, UNCHANGED, type Decision } from '../../../decision';
import type { LabState } from '../../../state';
import type { Command } from '../../../types';
import { clusterOrRefusal, formedOrRefusal, invalid, isRefusal, notFound, type Refusal } from '../refusals';
import { roleOrRefusal } from './refusals';
import { indexFailback, touchRole } from './state';

type SetProperties = Extract<Command, { type: 'clusterRoleSetProperties' }>;

const wholeIn = (value: unknown, min: number, max: number) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

function failbackOrRefusal(value: unknown): FailbackPolicy | Refusal {
  const asked = value as { mode?: unknown; window?: unknown } | null;
  if (asked?.mode === 'prevent') return { mode: 'prevent' };
  if (asked?.mode !== 'allow') return invalid('cluster.invalid_failback', 'failback', 'Failback is prevent or allow.');
  if (asked.window === null || asked.window === undefined) return { mode: 'allow', window: null };
  const { startHour, endHour } = asked.window as { startHour?: unknown; endHour?: unknown };
  for (const [field, hour] of [['failback.window.startHour', startHour], ['failback.window.endHour', endHour]] as const) {
    if (!wholeIn(hour, FAILBACK_HOUR_MIN, FAILBACK_HOUR_MAX)) return invalid('cluster.invalid_failback_window', field, `Failback between two hours: each is a whole hour from ${FAILBACK_HOUR_MIN} to ${FAILBACK_HOUR_MAX}, and both are set.`);
  }
  return { mode: 'allow', window: { startHour: startHour as number, endHour: endHour as number } };
}

export function decideRoleSetProperties(state: LabState, command: SetProperties): Decision {
  const cluster = clusterOrRefusal(state, command.cluster);
  if (isRefusal(cluster)) return cluster;
  const creating = formedOrRefusal(cluster);
  if (creating) return creating;
  const role = roleOrRefusal(state, cluster, command.role);
  if (isRefusal(role)) return role;
  const { preferredOwners, failoverThreshold, failoverPeriodHours } = command;
  let owners = role.preferredOwners;
  if (preferredOwners !== undefined) {
    if (!Array.isArray(preferredOwners)) return invalid('cluster.invalid_preferred_owners', 'preferredOwners', 'Preferred owners are a list of node names.');
    owners = [];
    for (const name of preferredOwners) {
      const node = cluster.nodes.find((each) => typeof name === 'string' && each.name.toUpperCase() === name.toUpperCase());
      if (!node) return notFound('cluster.node_not_found', 'preferredOwners', `${String(name)} is not a node of cluster ${cluster.name}.`);
      if (owners.includes(node.name)) return invalid('cluster.duplicate_preferred_owner', 'preferredOwners', `${node.name} is listed twice; each preferred owner appears once.`);
      owners.push(node.name);
    }
  }
  if (failoverThreshold !== undefined && failoverThreshold !== FAILOVER_THRESHOLD_NODES_MINUS_ONE && !wholeIn(failoverThreshold, 0, FAILOVER_THRESHOLD_MAX)) {
    return invalid('cluster.invalid_failover_threshold', 'failoverThreshold', `Maximum failures in the specified period is a whole number from 0 to ${FAILOVER_THRESHOLD_MAX}.`);
  }
  if (failoverPeriodHours !== undefined && !wholeIn(failoverPeriodHours, FAILOVER_PERIOD_MIN_HOURS, FAILOVER_PERIOD_MAX_HOURS)) {
    return invalid('cluster.invalid_failover_period', 'failoverPeriodHours', `Period (hours) is a whole number from ${FAILOVER_PERIOD_MIN_HOURS} to ${FAILOVER_PERIOD_MAX_HOURS}.`);
  }
  let failback = role.failback;
  if (command.failback !== undefined) {
    const asked = failbackOrRefusal(command.failback);
    if (isRefusal(asked)) return asked;
    failback = asked;
  }
  const next = { preferredOwners: owners, failoverThreshold: failoverThreshold ?? role.failoverThreshold, failoverPeriodHours: failoverPeriodHours ?? role.failoverPeriodHours, failback };
  const before = { preferredOwners: role.preferredOwners, failoverThreshold: role.failoverThreshold, failoverPeriodHours: role.failoverPeriodHours, failback: role.failback };
  if (JSON.stringify(next) === JSON.stringify(before)) return UNCHANGED;
  return accept((ctx) => {
    Object.assign(role, next);
    indexFailback(ctx.state.cluster.roles, role);
    touchRole(ctx, role);
  });
}
