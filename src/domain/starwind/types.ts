// Public StarWind state and command types. Re-exported by types.ts; src/api
// re-exports them for the console, the handlers and the tests.
import type {
  CacheMode,
  FailoverStrategy,
  HaPriority,
  InitMethod,
  SectorSizeBytes,
  SplitBrainWinner,
  StarWindVersion,
  SyncState,
  SyncType,
} from './constants';
import type { WriteLatency } from './latency';
import type { ReplicaInitMethod } from './replica';

export type { CacheMode, FailoverStrategy, HaPriority, InitMethod, SectorSizeBytes, SplitBrainWinner, StarWindVersion, SyncState, SyncType };

/** The StarWind service of a storage server. Collection `starwindServices`, id = host id. */
export interface StarWindService {
  id: string;
  host: string;
  /** Product and version as the console's server page shows them. */
  product: string;
  /** Running while the server is on (the service starts with Windows). */
  running: boolean;
  managementPort: number;
  iscsiPort: number;
  /** The management login in force (the password never leaves the engine). */
  login: string;
  /** True while root / starwind are still in force: the console warns. */
  usesDefaultCredentials: boolean;
}

/**
 * A server added to the StarWind Management Console on SWS-DC ("Add Server").
 * Collection `starwindConsoleServers`, id = the added host's id.
 */
export interface StarWindConsoleServer {
  id: string;
  host: string;
  /** What the user typed: a name or an address. */
  address: string;
  port: number;
  /** Logged in with valid credentials (step 3 of the seed document). */
  connected: boolean;
  login: string | null;
  /** Order in which servers were added, for the console tree. */
  addedSeq: number;
}

/** An iSCSI target. Collection `starwindTargets`, id like "target-0001". */
export interface StarWindTarget {
  id: string;
  host: string;
  alias: string;
  iqn: string;
  /** Devices attached to the target (StarWind attaches one). */
  deviceIds: string[];
  /** Allows several initiators at once (StarWind's "clustered", default Yes). */
  clustered: boolean;
  /** Portals the target listens on: the server's iSCSI-network addresses, port 3260. */
  portals: string[];
}

/** A target as the StarWind console lists it: with the iSCSI initiators logged on to it now. */
export interface StarWindTargetView extends StarWindTarget {
  /** Initiator names (IQN) with their connected sessions, by name (the iscsi domain's sessions). */
  initiators: { initiator: string; sessions: number }[];
}

/** A device on one server. Collection `starwindDevices`, id like "device-0001". */
export interface StarWindDevice {
  id: string;
  host: string;
  /** StarWind's device name, e.g. "HAImage1", "imagefile1". */
  name: string;
  kind: 'image-file' | 'ha';
  sizeBytes: number;
  sectorSizeBytes: SectorSizeBytes;
  cacheMode: CacheMode;
  cacheSizeMb: number;
  /** StarWind path syntax, e.g. "My Computer\\D\\HA". */
  imageFolder: string;
  imageFileName: string;
  targetId: string;
  /** For an HA replica: the pair it belongs to. */
  haDeviceId: string | null;
}

/** One channel between the partners (sync or heartbeat): local address → partner address. */
export interface HaChannel {
  localIp: string;
  partnerIp: string;
  /** The partner answers on this channel now. */
  up: boolean;
}

/** One replica of an HA device, as the device view shows it per partner. */
export interface HaSide {
  host: string;
  deviceId: string;
  targetId: string;
  targetAlias: string;
  iqn: string;
  priority: HaPriority;
  syncState: SyncState;
  /** Blocked for reads and writes (lower priority after a sync-channel loss, blackout, majority lost). */
  blocked: boolean;
  maintenance: boolean;
  syncChannels: HaChannel[];
  heartbeatChannels: HaChannel[];
  /** This side believes its partner is alive. */
  partnerAlive: boolean;
  /** Bytes this side must receive to be synchronized (dirty or unsynchronized blocks). */
  bytesToSyncBytes: number;
  /** Initiator IQNs with sessions on this side's target: stored empty; the device view fills it from the iscsi domain's connected sessions. */
  connectedInitiators: string[];
}

/** A synchronisation in progress: progress is (now - startedMs) × rate, so views derive it. */
export interface HaSyncJob {
  type: SyncType;
  /** Index into `sides` of the side that copies, and of the one that receives. */
  sourceSide: 0 | 1;
  targetSide: 0 | 1;
  startedMs: number;
  totalBytes: number;
  rateBytesPerS: number;
  /** When it completes if nothing interrupts it. */
  dueMs: number;
  /** The lab job (collection `jobs`) that follows this sync. */
  jobId: string;
}

export interface HaSyncRecord {
  type: SyncType;
  sourceSide: 0 | 1;
  bytesMoved: number;
  startedMs: number;
  finishedMs: number;
  /** False when the sync was interrupted. */
  completed: boolean;
}

/** The HA pair. Collection `haDevices`, id like "ha-0001". */
export interface HaDevice {
  id: string;
  sizeBytes: number;
  sectorSizeBytes: SectorSizeBytes;
  cacheMode: CacheMode;
  cacheSizeMb: number;
  /** Chosen at creation; cannot be changed afterwards. */
  failoverStrategy: FailoverStrategy;
  autoSync: boolean;
  sides: [HaSide, HaSide];
  sync: HaSyncJob | null;
  lastSync: HaSyncRecord | null;
  /** Both sides run alone (all channels down under Heartbeat): data may diverge. */
  splitBrainRisk: boolean;
  /** Which replica a split brain keeps (set at creation, changed by `set-split-brain-policy`). */
  splitBrainWinner: SplitBrainWinner;
  /** The last split brain's outcome, kept as a warning on the device; null when there was none. */
  splitBrainWarning: SplitBrainWarning | null;
}

/** What resolving a split brain discarded: acknowledged blocks the losing replica held alone. */
export interface SplitBrainWarning {
  /** Virtual time of the resolution. */
  atMs: number;
  policy: SplitBrainWinner;
  winnerSide: 0 | 1;
  loserSide: 0 | 1;
  /** 4 KiB blocks whose last acknowledged write only the loser held: overwritten by the winner's data. */
  discardedBlocks: number;
  discardedBytes: number;
  /** The warning as the console shows it (the same text as the event). */
  message: string;
  /**
   * The event was written. False while no service could write it (the last one lost power as it
   * was decided): the first service of the pair to start again writes it then.
   */
  logged: boolean;
}

export interface StarWindCollections {
  starwindServices: StarWindService;
  starwindConsoleServers: StarWindConsoleServer;
  starwindTargets: StarWindTarget;
  starwindDevices: StarWindDevice;
  haDevices: HaDevice;
}

// ---------------------------------------------------------------------------------------------
// Requests and commands

/** Image file settings of one side. */
export interface ImageFileSpec {
  folder: string;
  fileName: string;
  /** "Create new": a new image file; without it the file must exist. */
  createNew: boolean;
}

/** The Add Target wizard's result: POST /api/v1/starwind/servers/{host}/devices. */
export interface CreateDeviceRequest {
  targetAlias: string;
  targetName: string;
  /** "Hard Disk" is the only target type this lab simulates. */
  targetType: 'hard-disk';
  /** "Basic Virtual" → image file; "Advanced Virtual" → High Availability. */
  deviceType: 'image-file' | 'ha';
  sizeBytes: number;
  sectorSizeBytes: SectorSizeBytes;
  cacheMode: CacheMode;
  cacheSizeMb: number;
  image: ImageFileSpec;
  ha?: {
    partnerAddress: string;
    partnerPort: number;
    partnerLogin: string;
    partnerPassword: string;
    partnerTargetAlias: string;
    partnerTargetName: string;
    partnerImage: ImageFileSpec;
    /** Addresses: this server's sync address and the partner's, and likewise for heartbeat. */
    syncLocalIp: string;
    syncPartnerIp: string;
    heartbeatLocalIp: string;
    heartbeatPartnerIp: string;
    /** Priority of this (the first) server; the partner gets the other. */
    localPriority: HaPriority;
    failoverStrategy: FailoverStrategy;
    initMethod: InitMethod;
    /** Which replica a split brain keeps; absent = DEFAULT_SPLIT_BRAIN_WINNER ('priority'). */
    splitBrainWinner?: SplitBrainWinner;
  };
}

/**
 * Replication Manager → Add Replica on a plain image-file device (StarWind 8):
 * POST /api/v1/starwind/devices/{id}/replicas. The partner part of an HA device; the size, sector
 * size and cache are the device's.
 */
export type AddReplicaRequest = Omit<NonNullable<CreateDeviceRequest['ha']>, 'initMethod'> & { initMethod: ReplicaInitMethod };

export type DeviceAction = 'synchronize' | 'mark-synchronized' | 'maintenance-on' | 'maintenance-off' | 'set-split-brain-policy';

export type StarWindCommand =
  | { type: 'starwindAddServer'; address: string; port: number }
  | { type: 'starwindRemoveServer'; server: string }
  | { type: 'starwindConnect'; server: string; login: string; password: string }
  | { type: 'starwindDisconnect'; server: string }
  | { type: 'starwindChangeCredentials'; server: string; login: string; password: string; newLogin: string; newPassword: string }
  | { type: 'starwindCreateDevice'; server: string; request: CreateDeviceRequest }
  | { type: 'starwindAddReplica'; device: string; request: AddReplicaRequest }
  /** `policy` is for `set-split-brain-policy` (required there, refused elsewhere). */
  | { type: 'starwindDeviceAction'; device: string; action: DeviceAction; side: 0 | 1; policy?: SplitBrainWinner }
  | { type: 'starwindRemoveDevice'; device: string }
  /** `count` writes of `lengthBytes`, laid end to end from `offsetBytes` (a sequential stream). */
  | { type: 'starwindWriteBlocks'; device: string; side: 0 | 1; offsetBytes: number; lengthBytes: number; count: number };

// ---------------------------------------------------------------------------------------------
// The engine's reads and the engine-internal part of the snapshot.

/** An image file on a server's volume. Files stay on disk when their device is removed. */
export interface StarWindImageFile {
  folder: string;
  fileName: string;
  /** Drive letter of the volume holding it. */
  volume: string;
  sizeBytes: number;
}

/** One replica in the device view, with its sync progress computed at the view's `nowMs`. */
export interface HaSideView extends HaSide {
  deviceName: string;
  imageFolder: string;
  imageFileName: string;
  /** 100 when synchronized; during a sync toward this side its progress (whole percent); else 0. */
  percent: number;
  /** Bytes this side still has to receive, now. */
  bytesLeftBytes: number;
}

/** A running sync, computed at `nowMs`: views show percent and time left from it. */
export interface HaSyncProgress extends HaSyncJob {
  bytesDoneBytes: number;
  bytesLeftBytes: number;
  /** Whole percent, rounded down (StarWind's "Synchronizing: N%"). */
  percent: number;
  timeLeftMs: number;
}

export interface HaDeviceView extends Omit<HaDevice, 'sides'> {
  kind: 'ha';
  nowMs: number;
  sides: [HaSideView, HaSideView];
  syncProgress: HaSyncProgress | null;
}

export interface ImageFileDeviceView {
  kind: 'image-file';
  id: string;
  nowMs: number;
  device: StarWindDevice;
  target: StarWindTarget;
  /** Bytes written at least once (4 KiB blocks). */
  writtenBytes: number;
}

export type StarWindDeviceView = HaDeviceView | ImageFileDeviceView;

export type StarWindQuery =
  | { type: 'starwindServices' }
  | { type: 'starwindServers' }
  | { type: 'starwindTargets'; host: string }
  | { type: 'starwindDevices'; host: string }
  | { type: 'haDevices' }
  /** An HA pair by its id (or by one of its replicas' device ids), or a plain device by id. */
  | { type: 'starwindDevice'; id: string }
  /** The device behind a server's target, by the target's alias (any case): what Add Target made. */
  | { type: 'starwindDeviceOfTarget'; host: string; alias: string }
  | { type: 'starwindImageFiles'; host: string }
  /** The modelled latency a batch of writes through one side would see now (`null`: it would wait or be refused). */
  | { type: 'starwindWriteLatency'; device: string; side: 0 | 1; lengthBytes: number; count: number };

export interface StarWindQueryAnswers {
  starwindServices: { services: StarWindService[] };
  /** In the order they were added. */
  starwindServers: { servers: StarWindConsoleServer[] };
  starwindTargets: { targets: StarWindTargetView[] };
  starwindDevices: { devices: StarWindDevice[] };
  haDevices: { devices: HaDevice[] };
  starwindDevice: StarWindDeviceView;
  starwindDeviceOfTarget: StarWindDeviceView;
  starwindImageFiles: { files: StarWindImageFile[] };
  starwindWriteLatency: { latency: WriteLatency | null };
}

/**
 * An extent map of 4 KiB blocks in the snapshot: its compact extent text ("x1:" then delta-encoded
 * runs, the engine's extent-map-codec.ts), cut into chunks of at most EXTENT_TEXT_CHUNK_CHARS.
 */
export type ExtentText = string[];

/** One replica's block state in the snapshot. */
export interface ReplicaBlocksSnapshot {
  /** Block → write generation held. */
  data: ExtentText;
  /** Blocks the partner lacks (value 1). */
  dirty: ExtentText;
  needsFull: boolean;
}

/** The engine-internal StarWind state: never sent to the UI, but restored and hashed. */
export interface StarWindEngineSnapshot {
  /** Service passwords by host id, sealed (salted SHA-256, src/domain/secrets.ts): never in clear. */
  passwords: Record<string, string>;
  consoleSeq: number;
  writeGen: number;
  deviceNumbers: Record<string, { ha: number; image: number }>;
  imageFiles: Record<string, StarWindImageFile[]>;
  haBlocks: Record<string, { acked: ExtentText; sides: [ReplicaBlocksSnapshot, ReplicaBlocksSnapshot] }>;
  plainBlocks: Record<string, ExtentText>;
  /** Write batches waiting for a silent partner, in the order they were issued. */
  pendingWrites: PendingWriteBatch[];
}

/**
 * A write command that waits: its partner is synchronized but silent and not yet declared lost.
 * Nothing of it is applied or acknowledged until it completes (mirrored or alone) or fails.
 */
export interface PendingWriteBatch {
  /** The HA pair and the side written. */
  ha: string;
  side: 0 | 1;
  /** The job that follows it (`starwind.writes`). */
  jobId: string;
  /** Its 4 KiB blocks, [fromBlock, toBlock). */
  fromBlock: number;
  toBlock: number;
  lengthBytes: number;
  count: number;
  issuedMs: number;
}
