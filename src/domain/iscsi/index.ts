// The iscsi domain's descriptor: the Microsoft iSCSI Initiator of each Windows server (its service,
// name, discovery portals, favorite targets and sessions), one entity per server, and its commands.
// Facts, timings and messages: facts.ts. CHAP secrets are held sealed only (src/domain/secrets.ts).
import { defineDomain } from '../descriptor';
import type { IscsiTargetStatus } from './facts';

export * from './facts';
export * from './settings';

export const ISCSI_COLLECTION = 'iscsiInitiators';
/** Prefix of session ids (kernel id sequence): "iscsi-session-0001". */
export const ISCSI_SESSION_ID_PREFIX = 'iscsi-session';

/** CHAP logon information; the secrets are sealed ("sha256:…") as soon as a command carries them. */
export interface IscsiChap {
  name: string;
  secret: string;
  /** Mutual CHAP: the secret the target must answer with (differs from `secret`); null for one-way CHAP. */
  mutualSecret: string | null;
}

/** A target portal on the Discovery tab. */
export interface IscsiPortal {
  address: string;
  port: number;
  /** The initiator IP chosen under Advanced; null = Default. */
  initiatorAddress: string | null;
  chap: IscsiChap | null;
  /** Id of the host whose StarWind service answered SendTargets. */
  server: string;
}

/** A connection in Favorite Targets: logged on again at each boot. */
export interface IscsiFavorite {
  iqn: string;
  multipath: boolean;
  initiatorAddress: string;
  /** "ip:port". */
  portal: string;
  chap: IscsiChap | null;
}

export type IscsiSessionState = 'connected' | 'reconnecting';

/** One session: one path from an initiator address to a target portal. */
export interface IscsiSession {
  id: string;
  iqn: string;
  /** The StarWind target's id. */
  target: string;
  initiatorAddress: string;
  /** "ip:port". */
  portal: string;
  multipath: boolean;
  state: IscsiSessionState;
  /** When it entered its state. */
  sinceMs: number;
}

/** A RADIUS server of the RADIUS tab; its shared secret is sealed ("sha256:…"). */
export interface IscsiRadiusServer {
  address: string;
  port: number;
  secret: string;
}

export interface IscsiInitiator {
  /** The host's id. */
  id: string;
  host: string;
  /** Started once (the first-open prompt answered Yes): it runs whenever its host runs. */
  serviceStarted: boolean;
  initiatorName: string;
  portals: IscsiPortal[];
  favorites: IscsiFavorite[];
  sessions: IscsiSession[];
  radiusServers: IscsiRadiusServer[];
  /** Configuration → CHAP…: the initiator's mutual CHAP secret, sealed; null when none is set. */
  chapSecret: string | null;
  /** Volumes and Devices: the bound volumes, mount points and devices (`E:\`, `\\?\…`), in the order added. */
  boundVolumes: string[];
}

// --- views (GET routes, the console) ---------------------------------------------------------

export interface IscsiInitiatorView {
  host: string;
  /** False until the first open is answered Yes: the console asks then. */
  serviceStarted: boolean;
  /** Started and its host on. */
  serviceRunning: boolean;
  initiatorName: string;
  defaultInitiatorName: string;
  /** Whether an initiator CHAP secret is set; the secret itself never leaves the engine. */
  chapSecretSet: boolean;
}

/** A RADIUS server as the RADIUS tab lists it (no secret). */
export interface IscsiRadiusServerView {
  address: string;
  port: number;
}

/** A device of a connected target (one per session: a disk seen through that path), as Volumes and Devices and Targets → Devices… show it. */
export interface IscsiDeviceView {
  /** "Disk 1". */
  name: string;
  diskNumber: number;
  /** "Port 2: Bus 0: Target 0: LUN 0". */
  address: string;
  /** The target's IQN. */
  target: string;
  session: string;
  /** The device path the Volume List keeps for a device with no volume. */
  devicePath: string;
  /** The disk's volumes with a drive letter, as `E:\`. */
  volumes: string[];
}

export interface IscsiPortalView {
  address: string;
  port: number;
  initiatorAddress: string | null;
  /** The CHAP user name and whether mutual CHAP is set; secrets never leave the engine. */
  chap: { name: string; mutual: boolean } | null;
  /** The computer name of the server that answered. */
  server: string;
}

export interface IscsiTargetView {
  iqn: string;
  alias: string;
  server: string;
  /** Its portals, "ip:port". */
  portals: string[];
  status: IscsiTargetStatus;
  /** The portal it was discovered through asks for CHAP (the lab's rule), so Quick Connect cannot log on to it. */
  chapRequired: boolean;
  favorite: boolean;
  sessions: number;
}

export type IscsiCommandChap = { name: string; secret: string; mutualSecret?: string };

export type IscsiCommand =
  | { type: 'iscsiStartService'; host: string }
  | { type: 'iscsiSetInitiatorName'; host: string; name: string }
  | { type: 'iscsiAddPortal'; host: string; address: string; port?: number; initiatorAddress?: string; chap?: IscsiCommandChap }
  | { type: 'iscsiRemovePortal'; host: string; address: string; port?: number }
  | { type: 'iscsiConnect'; host: string; iqn: string; multipath?: boolean; favorite?: boolean; initiatorAddress?: string; portalAddress?: string; chap?: IscsiCommandChap }
  | { type: 'iscsiDisconnect'; host: string; iqn: string }
  | { type: 'iscsiQuickConnect'; host: string; address: string }
  | { type: 'iscsiAddRadiusServer'; host: string; address: string; port?: number; secret: string }
  | { type: 'iscsiRemoveRadiusServer'; host: string; address: string; port?: number }
  /** The initiator CHAP secret, 12–16 characters; "" removes it. */
  | { type: 'iscsiSetChapSecret'; host: string; secret: string }
  | { type: 'iscsiAutoConfigure'; host: string }
  | { type: 'iscsiBindVolume'; host: string; path: string }
  | { type: 'iscsiUnbindVolume'; host: string; path: string }
  | { type: 'iscsiClearBoundVolumes'; host: string };

export type IscsiQuery =
  | { type: 'iscsiInitiator'; host: string }
  | { type: 'iscsiPortals'; host: string }
  | { type: 'iscsiTargets'; host: string }
  | { type: 'iscsiSessions'; host: string }
  | { type: 'iscsiRadiusServers'; host: string }
  | { type: 'iscsiDevices'; host: string }
  | { type: 'iscsiBoundVolumes'; host: string };

export interface IscsiQueryAnswers {
  iscsiInitiator: IscsiInitiatorView;
  iscsiPortals: { host: string; portals: IscsiPortalView[] };
  iscsiTargets: { host: string; targets: IscsiTargetView[] };
  iscsiSessions: { host: string; sessions: IscsiSession[] };
  iscsiRadiusServers: { host: string; servers: IscsiRadiusServerView[] };
  iscsiDevices: { host: string; devices: IscsiDeviceView[] };
  iscsiBoundVolumes: { host: string; volumes: string[] };
}

export const iscsiDescriptor = defineDomain<{
  entities: { iscsiInitiators: IscsiInitiator };
  command: IscsiCommand;
  query: IscsiQuery;
  answers: IscsiQueryAnswers;
}>()({
  name: 'iscsi',
  collections: [ISCSI_COLLECTION],
  schemaVersion: 2,
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).iscsiSchemas,
});
