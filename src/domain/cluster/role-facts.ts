// Facts of the cluster's roles ("services and applications" on Windows Server 2008 R2): the
// highly available virtual machine, its resources, their health checks and restart policy, and
// the group's failover and failback policy. domain-facts.md Part A §2.4–§2.5, Part B §1.3–§1.4.
// Values no source confirmed are marked UNVERIFIED.
import { MS_PER_HOUR, MS_PER_MIN } from '../units';

/** The only kind of role the lab makes (Select Service or Application → Virtual Machine). */
export const ROLE_TYPES = ['VirtualMachine'] as const;
export type RoleType = (typeof ROLE_TYPES)[number];
export const ROLE_TYPE_LABELS: Record<RoleType, string> = { VirtualMachine: 'Virtual Machine' };

/** CLUSTER_GROUP_STATE as Failover Cluster Manager shows it in Services and applications. */
export const ROLE_STATES = ['Online', 'Offline', 'Failed', 'Partially Online', 'Pending'] as const;
export type RoleState = (typeof ROLE_STATES)[number];

/** ClusResource.State as the console shows a resource's status. */
export const RESOURCE_STATES = ['Online', 'Offline', 'Failed', 'Online Pending', 'Offline Pending'] as const;
export type ResourceState = (typeof RESOURCE_STATES)[number];

/** The resources a virtual machine's group holds (2008 R2 names them after the machine). */
export const RESOURCE_TYPES = ['Virtual Machine', 'Virtual Machine Configuration', 'Physical Disk', 'Cluster Shared Volume'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export const vmResourceName = (vm: string) => `Virtual Machine ${vm}`;
export const vmConfigurationResourceName = (vm: string) => `Virtual Machine Configuration ${vm}`;

/** Resource common properties (facts Part B §1.3). */
export const LOOKS_ALIVE_POLL_INTERVAL_MS = 5_000;
export const IS_ALIVE_POLL_INTERVAL_MS = 60_000;
export const RESTART_THRESHOLD_DEFAULT = 3;
export const RESTART_PERIOD_MS = 15 * MS_PER_MIN;
/** Read-only from 2012; the lab applies it on 2008 R2 as well (UNVERIFIED there). */
export const RESTART_DELAY_MS = 500;
export const PENDING_TIMEOUT_MS = 180_000;

/** Group properties (facts Part B §1.4). FailoverThreshold 0xFFFFFFFF means "nodes − 1". */
export const FAILOVER_THRESHOLD_NODES_MINUS_ONE = 0xffffffff;
export const FAILOVER_PERIOD_DEFAULT_HOURS = 6;
export const FAILOVER_PERIOD_MAX_HOURS = 1193;
export const FAILOVER_PERIOD_MIN_HOURS = 1;
/** UNVERIFIED: the largest "Maximum failures in the specified period" the Failover tab accepts. */
export const FAILOVER_THRESHOLD_MAX = 4_294_967_294;
export const FAILOVER_PERIOD_MS = (hours: number) => hours * MS_PER_HOUR;

/** Failback: prevented by default; allowed immediately, or only between two local hours (0–23). */
export type FailbackPolicy = { mode: 'prevent' } | { mode: 'allow'; window: { startHour: number; endHour: number } | null };
export const FAILBACK_DEFAULT: FailbackPolicy = { mode: 'prevent' };
export const FAILBACK_HOUR_MIN = 0;
export const FAILBACK_HOUR_MAX = 23;

/**
 * UNVERIFIED: the Cluster service logs 1069 when a resource fails, 1205 when a group could not be
 * brought fully online, 1153 when it tries to fail a group over. Event texts are the lab's words.
 */
export const ROLE_EVENTS = {
  resourceFailed: 1069,
  failoverAttempt: 1153,
  groupNotOnline: 1205,
} as const;

/** The actions of POST /clusters/{name}/roles/{role}/actions. */
export const ROLE_ACTIONS = ['start', 'stop', 'move'] as const;
export type RoleAction = (typeof ROLE_ACTIONS)[number];
export const ROLE_ACTION_LABELS: Record<RoleAction, string> = {
  start: 'Bring this service or application online',
  stop: 'Take this service or application offline',
  move: 'Move this service or application to another node',
};

/**
 * UNVERIFIED: what Take this service or application offline does to the virtual machine on
 * 2008 R2 (the VM resource's OfflineAction). Quick migration with Move-ClusterGroup needs
 * OfflineAction set to 1 (save), so the default is taken to be a shut down of the guest; a machine
 * that cannot shut down (paused) is turned off.
 */
export const ROLE_OFFLINE_VM_ACTION = 'shut-down' as const;

/**
 * UNVERIFIED: a failback window whose start and end hour are the same is read as that one hour;
 * otherwise the window runs from the start hour up to (not including) the end hour, across
 * midnight when the end is earlier. The hour is the lab clock's (startEpochMs + simulated time, UTC).
 */
export function inFailbackWindow(hour: number, window: { startHour: number; endHour: number }): boolean {
  const { startHour, endHour } = window;
  if (startHour === endHour) return hour === startHour;
  return startHour < endHour ? hour >= startHour && hour < endHour : hour >= startHour || hour < endHour;
}
