// Facts of live migration and quick migration as the lab runs them: domain-facts.md Part A §2.4,
// Part B §3 and §9 (the pre-copy model). One place for each limit, default, label and duration the
// engine and the consoles use. Values no source confirmed are marked UNVERIFIED.
import type { OsVersion } from '../lab';
import { MS_PER_S } from '../units';

/**
 * Pre-copy passes before Hyper-V stops the machine and copies the rest, the first full copy
 * included (facts §3.2: 2008 R2 "10 passes"; "five with Windows Server 2012 R2 and above").
 */
export const PASS_LIMITS: Record<OsVersion, number> = { '2008R2': 10, '2012R2': 5, '2016': 5 };

/**
 * Memory is copied and tracked in pages of this size (the seed document: "Each memory page is 4
 * kilobytes"): the bytes a pass dirties are rounded up to whole pages. A workload's wwsBytes of 0
 * stands for the whole memory (facts §9: WWS defaults to M).
 */
export const PAGE_SIZE_BYTES = 4096;

/**
 * UNVERIFIED for Hyper-V (its convergence threshold is not published): QEMU's default downtime
 * limit. Pre-copy stops once the dirty bytes left would be sent in this time at the link's rate.
 */
export const DOWNTIME_TARGET_DEFAULT_MS = 300;
export const DOWNTIME_TARGET_MIN_MS = 1;
export const DOWNTIME_TARGET_MAX_MS = 2_000_000;

/**
 * UNVERIFIED: the fixed part of the blackout after the last pages are sent (the register and device
 * state, the storage handles, the resume on the destination): the "small fixed device-state
 * and switch-over time". Downtime = remaining bytes / bandwidth + this. Configurable per cluster.
 */
export const SWITCH_OVER_DEFAULT_MS = 60;
export const SWITCH_OVER_MAX_MS = 60 * MS_PER_S;

/** UNVERIFIED: the TCP connection, the configuration copy and the skeleton machine on the destination. */
export const SETUP_MS = 500;

/** Clients keep their connections while the blackout stays below this (facts §3.2: TCP timeout ≈ 20 s). */
export const TCP_TIMEOUT_DEFAULT_MS = 20 * MS_PER_S;
export const TCP_TIMEOUT_MIN_MS = 1;
export const TCP_TIMEOUT_MAX_MS = 3_600 * MS_PER_S;

/**
 * Live migrations a node takes part in at once: 2008 R2 one (others queue); 2012 and later the
 * setting "simultaneous live migrations", default 2 (facts §3.2; the 2012 R2 default UNVERIFIED).
 */
export const SIMULTANEOUS_LIVE_MIGRATIONS_DEFAULT: Record<OsVersion, number> = { '2008R2': 1, '2012R2': 2, '2016': 2 };
export const SIMULTANEOUS_LIVE_MIGRATIONS_CONFIGURABLE: Record<OsVersion, boolean> = { '2008R2': false, '2012R2': true, '2016': true };
export const SIMULTANEOUS_LIVE_MIGRATIONS_MAX = 512;

/** Pause → Drain Roles exists from Windows Server 2012 (2008 R2 only pauses). */
export const DRAIN_SUPPORTED: Record<OsVersion, boolean> = { '2008R2': false, '2012R2': true, '2016': true };

export const MIGRATION_TYPES = ['live', 'quick'] as const;
export type MigrationType = (typeof MIGRATION_TYPES)[number];
/** As Failover Cluster Manager's actions name them. */
export const MIGRATION_TYPE_LABELS: Record<MigrationType, string> = { live: 'Live migrate', quick: 'Quick migrate' };

export const MIGRATION_STATES = ['Queued', 'Running', 'Completed', 'Cancelled', 'Failed'] as const;
export type MigrationState = (typeof MIGRATION_STATES)[number];
export const MIGRATION_END_STATES: readonly MigrationState[] = ['Completed', 'Cancelled', 'Failed'];

/** The six steps of live migration in the seed document's order. */
export const LIVE_PHASES = ['setup', 'memory-copy', 'state-transfer', 'storage-handles', 'online', 'gratuitous-arp'] as const;
/** Quick migration: save, move the disk's ownership, restore (facts Part A §2.4, Part B §3.4). */
export const QUICK_PHASES = ['save-state', 'move-disk', 'restore'] as const;
export type LivePhase = (typeof LIVE_PHASES)[number];
export type QuickPhase = (typeof QUICK_PHASES)[number];
export type MigrationPhase = LivePhase | QuickPhase;
export const MIGRATION_PHASES = [...LIVE_PHASES, ...QUICK_PHASES] as const;

export const MIGRATION_PHASE_LABELS: Record<MigrationPhase, string> = {
  setup: 'TCP connection made, configuration copied, memory reserved on the destination',
  'memory-copy': 'Memory pages copied, changed pages tracked',
  'state-transfer': 'Virtual machine paused: remaining pages, register and device state copied',
  'storage-handles': 'Storage handles moved to the destination',
  online: 'Virtual machine online on the destination',
  'gratuitous-arp': 'Gratuitous ARP sent',
  'save-state': 'Saving the virtual machine state',
  'move-disk': 'Moving disk ownership',
  restore: 'Restoring on the destination',
};

/**
 * UNVERIFIED: the lab's event ids for migrations (Hyper-V-VMMS and the Cluster service log such
 * events; their exact ids and texts were not retrieved). Written to the System log.
 */
export const MIGRATION_EVENT_SOURCE = 'Microsoft-Windows-Hyper-V-VMMS';
export const MIGRATION_EVENTS = {
  queued: 20410,
  phase: 20411,
  completed: 20415,
  clientsDropped: 20416,
  cancelled: 21501,
  failed: 21502,
} as const;
