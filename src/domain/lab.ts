// The lab as a whole: scenarios, their options and the clock speeds the host offers.

/** seed-lab: the seed document's starting point; seed-lab-ready: the whole document done (Cluster1, its CSV, VM1 running). */
export const SCENARIOS = ['seed-lab', 'seed-lab-ready'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];
export const DEFAULT_SCENARIO: ScenarioName = 'seed-lab';

export const OS_VERSIONS = ['2008R2', '2012R2', '2016'] as const;
export type OsVersion = (typeof OS_VERSIONS)[number];
export const DEFAULT_OS_VERSION: OsVersion = '2008R2';

/** How Windows names each version in System Properties and the Server Manager. */
export const OS_DISPLAY_NAMES: Record<OsVersion, string> = {
  '2008R2': 'Windows Server 2008 R2 Enterprise',
  '2012R2': 'Windows Server 2012 R2 Datacenter',
  '2016': 'Windows Server 2016 Datacenter',
};

/** Nodes per failover cluster: 64 is the Windows Server 2016 limit (domain-facts Part B §7). */
export const CLUSTER_NODES_MIN = 2;
export const CLUSTER_NODES_MAX = 64;
export const DEFAULT_CLUSTER_NODES = 2;

/**
 * Where virtual time 0 sits on the calendar, for event timestamps (UTC).
 * 2010-06-01 08:00: the Windows Server 2008 R2 era of the seed document.
 */
export const DEFAULT_START_EPOCH_MS = 1_275_379_200_000; // 2010-06-01T08:00:00Z

export const SEED_MIN = 0;
export const SEED_MAX = 2 ** 32 - 1;
export const DEFAULT_SEED = 1;

export const CLOCK_SPEEDS = [1, 10, 100, 1000, 'max'] as const;
export type ClockSpeed = (typeof CLOCK_SPEEDS)[number];

/** At "max" the host advances in slices of at most this much wall time, then yields. */
export const MAX_SPEED_SLICE_WALL_MS = 10;
/** The host posts change batches to the page at most this often. */
export const BATCH_COALESCE_WALL_MS = 50;
/** Snapshot cadence of the persisted command log (taken when the lab is next idle). */
export const SNAPSHOT_EVERY_COMMANDS = 200;
/**
 * The archive of the command log before the latest snapshot keeps at most this many commands; past
 * it the oldest stretches are dropped, and the archived log then starts at a checkpoint.
 */
export const ARCHIVE_COMMANDS_MAX = 500_000;
/**
 * The archive keeps this many of its newest checkpoints (one per snapshot); older ones are thinned
 * so that the gap between two kept ones is at least 1/this of their age: dense recently, sparse long ago.
 */
export const ARCHIVE_DENSE_CHECKPOINTS = 8;
/** `step` moves to the next due timer, or this far when none is due. */
export const STEP_IDLE_MS = 1000;
/**
 * The latest virtual time a lab may stand at: 100 years of ms. Far beyond any exercise, and far
 * below 2^53, so every sum of a time and a duration the engine forms stays an exact integer.
 */
export const LAB_TIME_MS_MAX = 100 * 365 * 24 * 60 * 60 * 1000;
/** Highest lab version a saved lab may hold: far below MAX_SAFE_INTEGER, so the lab can keep counting changes exactly. */
export const LAB_VERSION_MAX = 2 ** 52;

/** A lab advance through the API may move at most this far at once (one simulated week). */
export const ADVANCE_MAX_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The snapshot format the engine writes (`snapshotVersion`); the engine migrates older ones. Each
 * domain's part has its own version too (its descriptor's schemaVersion).
 */
export const SNAPSHOT_FORMAT_VERSION = 2;

/** The lab file's schema versions this build reads. */
export const LAB_FILE_SCHEMA_VERSION = 1;
export const LAB_FILE_KIND = 'ha-lab/lab';
