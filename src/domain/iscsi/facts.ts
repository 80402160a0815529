// The Microsoft iSCSI Initiator (Windows Server 2008 R2) as the lab models it: constants, timings,
// messages and events.
//
// Sourced (domain-facts Part A §3, Part B §5): port 3260; CHAP secret 12–16 characters; mutual
// CHAP's two secrets differ; Quick Connect "does not support logging on to devices that require
// CHAP"; favorites reconnect at each restart; the initiator name `iqn.1991-05.com.microsoft:<fqdn>`
// (listed as a gap to confirm, §9.5, as are the target states Inactive / Connected / Reconnecting).
//
// UNVERIFIED (no source captured): the retry interval of a lost session, the wording of the
// initiator's errors and the iScsiPrt event ids and texts below (20 and 34 are the ids seen on
// 2008 R2 systems; their texts here are the lab's).

export const ISCSI_PORT = 3260;
export const CHAP_SECRET_MIN_CHARS = 12;
export const CHAP_SECRET_MAX_CHARS = 16;
/** Microsoft's naming authority prefix of a default initiator name. */
export const MICROSOFT_IQN_PREFIX = 'iqn.1991-05.com.microsoft:';

/** UNVERIFIED: how often a lost session tries to log in again (the initiator retries until its path returns). */
export const RECONNECT_RETRY_INTERVAL_MS = 5_000;

export const ISCSI_SERVICE_NAME = 'Microsoft iSCSI Initiator Service';
export const ISCSI_EVENT_SOURCE = 'iScsiPrt';
export const SESSION_LOST_EVENT_ID = 20;
export const SESSION_RECONNECTED_EVENT_ID = 34;

export const iscsiMessages = {
  sessionLost: (target: string, portal: string) => `Connection to the target ${target} through ${portal} was lost. The initiator will attempt to retry the connection.`,
  sessionReconnected: (target: string, portal: string) => `A connection to the target ${target} through ${portal} was lost, but the initiator successfully reconnected to the target.`,
  serviceRunning: () => `The ${ISCSI_SERVICE_NAME} service entered the running state.`,
  /** UNVERIFIED wording: the Discover Target Portal dialog's failure, then the reason the lab knows. */
  connectionFailed: (reason: string) => `Connection Failed. ${reason}`,
  serviceStopped: (host: string) => `The ${ISCSI_SERVICE_NAME} is not running on ${host}. Open the iSCSI Initiator and click Yes to start it.`,
  alreadyLoggedIn: 'The target has already been logged in via an iSCSI session.',
  quickConnectChap: (target: string) => `Quick Connect does not support logging on to devices that require CHAP: ${target} needs CHAP. Use Connect with Advanced settings.`,
} as const;

export type IscsiTargetStatus = 'inactive' | 'connected' | 'reconnecting';
/** As the Targets tab shows them. */
export const TARGET_STATUS_LABELS: Readonly<Record<IscsiTargetStatus, string>> = { inactive: 'Inactive', connected: 'Connected', reconnecting: 'Reconnecting' };

/** The default initiator name of a host: Microsoft's prefix and the host's FQDN, lower case. */
export function defaultInitiatorName(host: string, domain: string): string {
  return `${MICROSOFT_IQN_PREFIX}${domain ? `${host}.${domain}` : host}`.toLowerCase();
}

/** Why a CHAP secret (clear) cannot be used, or undefined. */
export function chapSecretProblem(secret: string): string | undefined {
  const chars = [...secret].length;
  if (chars < CHAP_SECRET_MIN_CHARS || chars > CHAP_SECRET_MAX_CHARS) return `The CHAP secret must be ${CHAP_SECRET_MIN_CHARS} to ${CHAP_SECRET_MAX_CHARS} characters long.`;
  return undefined;
}
