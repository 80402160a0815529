// A role's Properties as values: the General tab's preferred owners (every node of the cluster in
// order, the preferred ones ticked) and the Failover tab's threshold, period and failback. The
// dialog starts from the role as the mirror holds it, checks the ranges of role-facts.ts at once,
// and sends only what changed (PUT /clusters/{name}/roles/{role}).
import {
  FAILBACK_HOUR_MAX,
  FAILBACK_HOUR_MIN,
  FAILOVER_PERIOD_MAX_HOURS,
  FAILOVER_PERIOD_MIN_HOURS,
  FAILOVER_THRESHOLD_MAX,
  FAILOVER_THRESHOLD_NODES_MINUS_ONE,
  type Cluster,
  type ClusterRole,
  type FailbackPolicy,
  type RoleProperties,
} from '../../domain/cluster';
import { ROLE_PROPERTIES } from './labels';

export interface OwnerEntry {
  node: string;
  preferred: boolean;
}

export interface RolePropertiesValues {
  /** Every node of the cluster: the preferred owners first, in their order, ticked. */
  owners: OwnerEntry[];
  failoverThreshold: number;
  failoverPeriodHours: number;
  failback: 'prevent' | 'allow';
  failbackWhen: 'immediately' | 'window';
  windowStartHour: number;
  windowEndHour: number;
}

export type RolePropertiesField = Exclude<keyof RolePropertiesValues, 'failbackWhen'>;

/** FailoverThreshold 0xFFFFFFFF means "nodes − 1": the tab shows the number it stands for. */
export function shownThreshold(cluster: Cluster, role: ClusterRole): number {
  return role.failoverThreshold === FAILOVER_THRESHOLD_NODES_MINUS_ONE ? Math.max(0, cluster.nodes.length - 1) : role.failoverThreshold;
}

export function initialRoleProperties(cluster: Cluster, role: ClusterRole): RolePropertiesValues {
  const preferred = role.preferredOwners.filter((node) => cluster.nodes.some((entry) => entry.name === node));
  const others = cluster.nodes.map((node) => node.name).filter((node) => !preferred.includes(node));
  const window = role.failback.mode === 'allow' ? role.failback.window : null;
  return {
    owners: [...preferred.map((node) => ({ node, preferred: true })), ...others.map((node) => ({ node, preferred: false }))],
    failoverThreshold: shownThreshold(cluster, role),
    failoverPeriodHours: role.failoverPeriodHours,
    failback: role.failback.mode,
    failbackWhen: window ? 'window' : 'immediately',
    windowStartHour: window?.startHour ?? FAILBACK_HOUR_MIN,
    windowEndHour: window?.endHour ?? FAILBACK_HOUR_MIN,
  };
}

const whole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** Each field that breaks a rule, with the message naming the field and the rule. */
export function rolePropertiesProblems(values: RolePropertiesValues): Partial<Record<RolePropertiesField, string>> {
  const problems: Partial<Record<RolePropertiesField, string>> = {};
  const label = (text: string) => text.replace(/:$/, '');
  if (!whole(values.failoverThreshold, 0, FAILOVER_THRESHOLD_MAX)) problems.failoverThreshold = ROLE_PROPERTIES.range(label(ROLE_PROPERTIES.failoverThreshold), 0, FAILOVER_THRESHOLD_MAX);
  if (!whole(values.failoverPeriodHours, FAILOVER_PERIOD_MIN_HOURS, FAILOVER_PERIOD_MAX_HOURS)) {
    problems.failoverPeriodHours = ROLE_PROPERTIES.range(label(ROLE_PROPERTIES.failoverPeriodHours), FAILOVER_PERIOD_MIN_HOURS, FAILOVER_PERIOD_MAX_HOURS);
  }
  if (values.failback === 'allow') {
    if (values.failbackWhen === 'window') {
      if (!whole(values.windowStartHour, FAILBACK_HOUR_MIN, FAILBACK_HOUR_MAX)) problems.windowStartHour = ROLE_PROPERTIES.range(ROLE_PROPERTIES.windowStart, FAILBACK_HOUR_MIN, FAILBACK_HOUR_MAX);
      if (!whole(values.windowEndHour, FAILBACK_HOUR_MIN, FAILBACK_HOUR_MAX)) problems.windowEndHour = ROLE_PROPERTIES.range(ROLE_PROPERTIES.windowEnd, FAILBACK_HOUR_MIN, FAILBACK_HOUR_MAX);
    }
  }
  return problems;
}

/** Allowed failback with no preferred owner is accepted but has nowhere to go back to (clusapi.h: it "requires a preferred owners list"). */
export function failbackWarning(values: RolePropertiesValues): string | undefined {
  return values.failback === 'allow' && !values.owners.some((entry) => entry.preferred) ? ROLE_PROPERTIES.needsOwner : undefined;
}

function failbackOf(values: RolePropertiesValues): FailbackPolicy {
  if (values.failback === 'prevent') return { mode: 'prevent' };
  return { mode: 'allow', window: values.failbackWhen === 'window' ? { startHour: values.windowStartHour, endHour: values.windowEndHour } : null };
}

const sameFailback = (a: FailbackPolicy, b: FailbackPolicy) => JSON.stringify(a) === JSON.stringify(b);

/** What differs from the role: the PUT body (empty when nothing changed). */
export function changedRoleProperties(cluster: Cluster, role: ClusterRole, values: RolePropertiesValues): RoleProperties {
  const body: RoleProperties = {};
  const preferred = values.owners.filter((entry) => entry.preferred).map((entry) => entry.node);
  if (preferred.join('\n') !== role.preferredOwners.join('\n')) body.preferredOwners = preferred;
  if (values.failoverThreshold !== shownThreshold(cluster, role)) body.failoverThreshold = values.failoverThreshold;
  if (values.failoverPeriodHours !== role.failoverPeriodHours) body.failoverPeriodHours = values.failoverPeriodHours;
  const failback = failbackOf(values);
  if (!sameFailback(failback, role.failback)) body.failback = failback;
  return body;
}

/** The field a lab error's request path belongs to ("failback.window.startHour" → windowStartHour), or undefined. */
export function fieldOfPath(path: string): RolePropertiesField | undefined {
  if (path.startsWith('failback.window.startHour')) return 'windowStartHour';
  if (path.startsWith('failback.window.endHour')) return 'windowEndHour';
  if (path.startsWith('failback')) return 'failback';
  if (path.startsWith('preferredOwners')) return 'owners';
  if (path === 'failoverThreshold' || path === 'failoverPeriodHours') return path;
  return undefined;
}
