// StarWind vocabulary shared by the engine and the StarWind Management Console (domain-facts
// Part A §1, Part B §4). Labels the console shows live in its own labels file.
import type { DeviceAction } from './types';

export const STARWIND_MANAGEMENT_PORT = 3261;
export const ISCSI_TARGET_PORT = 3260;
export const STARWIND_DEFAULT_LOGIN = 'root';
export const STARWIND_DEFAULT_PASSWORD = 'starwind';
export const STARWIND_IQN_PREFIX = 'iqn.2008-08.com.starwindsoftware';

/** The Target Name the wizard fills in: prefix + ":" + server + "-" + alias, lower case. */
export function defaultTargetName(serverName: string, alias: string): string {
  return `${STARWIND_IQN_PREFIX}:${serverName}-${alias}`.toLowerCase();
}

/** The partner's alias the wizard proposes: "HA1" → "HA1Partner" (seed document, step 10). */
export function defaultPartnerAlias(alias: string): string {
  return `${alias}Partner`;
}

/**
 * Target aliases: the real rule is not published (UNVERIFIED); the lab allows what StarWind's
 * samples use: a letter or digit first, then letters, digits, "-", "_" and ".", up to 64.
 */
export const TARGET_ALIAS_MAX_CHARS = 64;
export function targetAliasProblem(alias: string): string | undefined {
  if (alias.length === 0) return 'Enter a target alias.';
  if (alias.length > TARGET_ALIAS_MAX_CHARS) return `A target alias has at most ${TARGET_ALIAS_MAX_CHARS} characters.`;
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(alias)) return 'A target alias starts with a letter or digit and may contain letters, digits, "-", "_" and ".".';
  return undefined;
}

/** Image file names: a Windows file name without a path. */
export function imageFileNameProblem(fileName: string): string | undefined {
  if (fileName.length === 0) return 'Enter a file name for the image.';
  if (/[\\/:*?"<>|]/.test(fileName)) return 'A file name cannot contain \\ / : * ? " < > |.';
  if (fileName.length > 255) return 'A file name has at most 255 characters.';
  return undefined;
}

/** StarWind's path syntax for a folder: "My Computer\D\HA" (domain-facts §1.4 ImagePath). */
export function imageFolderProblem(folder: string): string | undefined {
  if (!/^My Computer\\[A-Za-z](\\[^\\/:*?"<>|]+)*\\?$/i.test(folder)) return 'Choose a folder as My Computer\\<drive>\\<folder>.';
  return undefined;
}

/** The volume letter of a StarWind folder ("My Computer\D\HA" → "D"). */
export function volumeOfFolder(folder: string): string | undefined {
  return /^My Computer\\([A-Za-z])/i.exec(folder)?.[1]?.toUpperCase();
}

export const SECTOR_SIZES_BYTES = [512, 4096] as const;
export type SectorSizeBytes = (typeof SECTOR_SIZES_BYTES)[number];
export const DEFAULT_SECTOR_SIZE_BYTES: SectorSizeBytes = 512;

export const CACHE_MODES = ['write-back', 'write-through', 'none'] as const;
export type CacheMode = (typeof CACHE_MODES)[number];
/** The samples use write-back with 128 MB (domain-facts §1.2). */
export const DEFAULT_CACHE_MODE: CacheMode = 'write-back';
export const DEFAULT_CACHE_SIZE_MB = 128;

export const FAILOVER_STRATEGIES = ['heartbeat', 'node-majority'] as const;
export type FailoverStrategy = (typeof FAILOVER_STRATEGIES)[number];
export const DEFAULT_FAILOVER_STRATEGY: FailoverStrategy = 'heartbeat';

export const HA_PRIORITIES = ['primary', 'secondary'] as const;
export type HaPriority = (typeof HA_PRIORITIES)[number];

/** Initial synchronisation (StarWindX initMethod: Clear, SyncFromFirst/Second, NotSynchronize). */
export const INIT_METHODS = ['clear', 'sync-from-local', 'sync-from-partner', 'do-not-synchronize'] as const;
export type InitMethod = (typeof INIT_METHODS)[number];
export const DEFAULT_INIT_METHOD: InitMethod = 'clear';

/**
 * The StarWind version a lab simulates (lab option `starwindVersion`). 5 is the seed document's
 * (StarWind 5.0, 2009): its Add Target wizard and its partner-loss rule. 8 follows StarWind 8
 * (Add Device, then Replication Manager → Add Replica; the Heartbeat / Node Majority strategies).
 * New labs get 5, the seed's; labs saved before the option existed open as 8, the behaviour they
 * were built with (the StarWind migration 2 → 3 writes it into their params).
 */
export const STARWIND_VERSIONS = [5, 8] as const;
export type StarWindVersion = (typeof STARWIND_VERSIONS)[number];
export const DEFAULT_STARWIND_VERSION: StarWindVersion = 5;
export const STARWIND_VERSION_OF_EARLIER_LABS: StarWindVersion = 8;

/**
 * After a split brain, which replica's data is kept (per HA device, set in advance). 'priority':
 * the higher priority wins (the default; by analogy with the Heartbeat rule, which blocks the
 * lower priority — StarWind publishes no split-brain winner rule, UNVERIFIED). 'most-recent-writes':
 * the side with the newest acknowledged write wins (the lab's design, after DRBD's configurable
 * after-sb policies, LINBIT drbd-features.adoc "Split brain notification and automatic recovery").
 * The loser's acknowledged writes are discarded: StarWind's blog says they "will be lost"
 * (https://www.starwindsoftware.com/blog/whats-split-brain-and-how-to-avoid-it).
 */
export const SPLIT_BRAIN_WINNERS = ['priority', 'most-recent-writes'] as const;
export type SplitBrainWinner = (typeof SPLIT_BRAIN_WINNERS)[number];
export const DEFAULT_SPLIT_BRAIN_WINNER: SplitBrainWinner = 'priority';

export const SYNC_STATES = ['synchronized', 'synchronizing', 'not-synchronized'] as const;
export type SyncState = (typeof SYNC_STATES)[number];
export const SYNC_TYPES = ['initial', 'fast', 'full'] as const;
export type SyncType = (typeof SYNC_TYPES)[number];

/** Block granularity of replica state and dirty bitmaps: 4 KiB, as DRBD's quick-sync bitmap. */
export const HA_BLOCK_SIZE_BYTES = 4096;

/**
 * How long a partner may be silent before it is declared lost. The real value is not published
 * (UNVERIFIED); 5 s matches the cluster's default detection time. Configurable per lab.
 */
export const PARTNER_LOSS_DETECTION_MS_DEFAULT = 5000;
/** Share of the sync link's speed that synchronisation achieves; 1.0 = the full link. */
export const SYNC_EFFICIENCY_DEFAULT = 1.0;

// --- For the engine: product, option bounds, event ids and wording ----------------------------

/** What the service reports about itself (the seed document's servers run StarWind 5.0 Enterprise). */
export const STARWIND_PRODUCT = 'StarWind 5.0 Enterprise';

/** Bounds of the lab options `syncEfficiency` and `partnerLossDetectionMs`. */
export const SYNC_EFFICIENCY_MIN = 0.01;
export const SYNC_EFFICIENCY_MAX = 1.0;
export const PARTNER_LOSS_DETECTION_MS_MAX = 600_000;

/** The StarWind device names: "HAImage1", "ImageFile1", ... numbered per server. */
export const HA_DEVICE_NAME_PREFIX = 'HAImage';
export const IMAGE_FILE_DEVICE_NAME_PREFIX = 'ImageFile';

/**
 * StarWind event ids. Sources:
 * - the event-parser rules of the StarWind Virtual Storage Appliance log,
 *   https://pastebin.com/uKMDLAzz (and the sync-only variant https://pastebin.com/uhLDPjsh);
 * - real StarWind 8 log lines, https://pastebin.com/2xvY5mjZ and https://pastebin.com/wXpn38Gn.
 * CONFIRMED = an id and its meaning appear there. UNVERIFIED ids are the lab's choice: change them here.
 */
export const STARWIND_EVENT_IDS = {
  /** CONFIRMED: "ID_257 Service is started - <product>" (log line, 2xvY5mjZ; parser rule "StarWind service is started"). */
  serviceStarted: 257,
  /** CONFIRMED id and meaning: parser rule "StarWind service is stoped" (uKMDLAzz). Logged on a clean stop; wording UNVERIFIED. */
  serviceStopped: 258,
  /** CONFIRMED: "ID_269 Target added <iqn>, attached devices <dev>" (log line, 2xvY5mjZ). */
  targetAdded: 269,
  /** UNVERIFIED: no source names the removal ids. */
  targetRemoved: 270,
  /** CONFIRMED: "ID_274 Device added <dev>" (log line, 2xvY5mjZ). */
  deviceAdded: 274,
  /** UNVERIFIED: no source. */
  deviceRemoved: 275,
  /** CONFIRMED only for "Synchronized": "ID_769 ... partner node <iqn> state has changed to "Synchronized"" (wXpn38Gn). */
  partnerSynchronized: 769,
  /** UNVERIFIED: 769 for "Synchronizing" (seen only for "Synchronized"). */
  partnerSynchronizing: 769,
  /** CONFIRMED id and meaning: parser rule "HA device on partner node not synchronized" (uKMDLAzz); wording UNVERIFIED. */
  partnerNotSynchronized: 771,
  /** CONFIRMED id and meaning: parser rule "HA device on current node synchronized" (uKMDLAzz); wording UNVERIFIED. */
  nodeSynchronized: 773,
  /** CONFIRMED id and meaning: parser rule "HA device on current node not synchronized" (uKMDLAzz); wording UNVERIFIED. */
  nodeNotSynchronized: 775,
  /** CONFIRMED: "ID_777 HA Device <iqn>: <kind> connection IP <ip> with partner node <iqn> established" (2xvY5mjZ). */
  connectionEstablished: 777,
  /** UNVERIFIED: one connection lost (the counterpart of 777). */
  connectionLost: 778,
  /**
   * CONFIRMED id, meaning and the channel-kind parameter: parser rules "All heartbeat/synchronization
   * connections was lost" (uKMDLAzz) and "All synchronization connections was lost" (uhLDPjsh, which
   * filters the 2nd parameter on "synchronization"). One event per channel kind; wording UNVERIFIED.
   */
  allConnectionsLost: 779,
  /** UNVERIFIED, the lab's own: a split brain resolved, with the acknowledged blocks discarded. StarWind publishes none. */
  splitBrainResolved: 790,
} as const;

/**
 * Severities: no source gives any (UNVERIFIED). The lab logs losses and discards as Warning,
 * the rest as Information.
 */
export const STARWIND_EVENT_LEVELS = {
  connectionLost: 'Warning',
  allConnectionsLost: 'Warning',
  partnerNotSynchronized: 'Warning',
  nodeNotSynchronized: 'Warning',
  splitBrainResolved: 'Warning',
} as const;

export type HaChannelKind = 'synchronization' | 'heartbeat';

/** How the event log names a sync state: "Synchronized", "Not synchronized", "Synchronizing". */
export const SYNC_STATE_EVENT_TEXT: Record<SyncState, string> = {
  synchronized: 'Synchronized',
  'not-synchronized': 'Not synchronized',
  synchronizing: 'Synchronizing',
};

/**
 * Event texts. 257, 269, 274, 769 ("Synchronized") and 777 are StarWind's own words from real logs;
 * the others follow them by analogy, with the parameter counts of the parser's rules (UNVERIFIED wording).
 */
export const starwindMessages = {
  serviceStarted: (product: string) => `Service is started - ${product}`,
  serviceStopped: (product: string) => `Service is stopped - ${product}`,
  deviceAdded: (device: string) => `Device added ${device}.`,
  deviceRemoved: (device: string) => `Device removed ${device}.`,
  targetAdded: (iqn: string, device: string) => `Target added ${iqn}, attached devices ${device}.`,
  targetRemoved: (iqn: string) => `Target removed ${iqn}.`,
  connectionEstablished: (iqn: string, kind: HaChannelKind, ip: string, partnerIqn: string) =>
    `HA Device ${iqn}: ${kind} connection IP ${ip} with partner node ${partnerIqn} established.`,
  connectionLost: (iqn: string, kind: HaChannelKind, ip: string, partnerIqn: string) =>
    `HA Device ${iqn}: ${kind} connection IP ${ip} with partner node ${partnerIqn} lost.`,
  allConnectionsLost: (iqn: string, kind: HaChannelKind, partnerIqn: string) =>
    `HA Device ${iqn}: all ${kind} connections with partner node ${partnerIqn} lost.`,
  partnerStateChanged: (iqn: string, partnerIqn: string, state: SyncState) =>
    `HA Device ${iqn}: partner node ${partnerIqn} state has changed to "${SYNC_STATE_EVENT_TEXT[state]}".`,
  nodeStateChanged: (iqn: string, state: SyncState) => `HA Device ${iqn}: current node state has changed to "${SYNC_STATE_EVENT_TEXT[state]}".`,
  splitBrainResolved: (iqn: string, winnerHost: string, loserHost: string, blocks: number, bytes: number, policy: SplitBrainWinner) =>
    `HA Device ${iqn}: split brain resolved by ${policy === 'priority' ? 'priority' : 'most recent writes'}: the data of ${winnerHost} is kept; ${blocks} acknowledged block(s) (${bytes} bytes) written on ${loserHost} alone are discarded.`,
};

/** The id of the event a replica's new state is logged with, on its partner's host (observer) or its own. */
export function partnerStateEventId(state: SyncState): number {
  if (state === 'synchronized') return STARWIND_EVENT_IDS.partnerSynchronized;
  if (state === 'synchronizing') return STARWIND_EVENT_IDS.partnerSynchronizing;
  return STARWIND_EVENT_IDS.partnerNotSynchronized;
}

/**
 * Which side continues when the partner falls silent, per StarWind version (lab option
 * starwindVersion). Version 8: the failover strategy chosen at creation (Heartbeat: "If at least one
 * heartbeat link is online ... the device with the lowest priority will be marked as not
 * synchronized and get subsequently blocked", https://www.starwindsoftware.com/help/HeartbeatFailoverStrategy.html).
 * Version 5: UNVERIFIED — no StarWind 5 source says what decides a partner is lost or which side
 * continues. The lab's rule follows the knowledge base's "shuts down the secondary node in case of
 * synchronization channel failure": heartbeat channels are not used, and when the sync channel is
 * lost while the partner still runs, the lower-priority (secondary) side stops serving (Not
 * synchronized, blocked); when the partner really is down, the survivor continues alone.
 * Configurable here: set `heartbeat: true` to give version 5 the version 8 rule.
 */
export const STARWIND_VERSION_RULES: Record<StarWindVersion, { heartbeat: boolean }> = {
  5: { heartbeat: false },
  8: { heartbeat: true },
};

/** The message of a connection failure in StarWind's samples (domain-facts §1.1). */
export const CANNOT_CONNECT_TEXT = 'cannot connect to the server';
export const NO_WITNESS_REASON = 'Node Majority needs a third vote: a witness node or a file share witness. This lab has none.';
export const SINGLE_LINK_WARNING = 'Synchronization and heartbeat use the same link: a single point of failure.';

/** TCP ports. */
export const PORT_MIN = 1;
export const PORT_MAX = 65535;
export const DEVICE_ACTIONS = ['synchronize', 'mark-synchronized', 'maintenance-on', 'maintenance-off', 'set-split-brain-policy'] as const satisfies readonly DeviceAction[];
/** Writes per request: the engine records them as extents, but a request still has a limit. */
export const DEVICE_WRITES_COUNT_MAX = 1_000_000;

/**
 * Characters per chunk of an extent text: the lab file's limit on any one string (64 KiB), so a
 * device fragmented by random writes, whose text weighs megabytes, still fits in a lab file.
 */
export const EXTENT_TEXT_CHUNK_CHARS = 65_536;
