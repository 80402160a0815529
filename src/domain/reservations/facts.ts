// Facts of SCSI-3 persistent reservations as Windows failover clusters use them (domain-facts.md
// Part B §5, and SPC-3's PERSISTENT RESERVE OUT service actions for what a command changes).

/** A reservation key is 8 bytes, written as 16 hexadecimal digits (sg_persist shows 0x + 16 digits). */
export const RESERVATION_KEY_HEX_DIGITS = 16;
/** REGISTER with this key removes the node's registration (SPC-3: a zero service action reservation key unregisters). */
export const UNREGISTER_KEY = '0'.repeat(RESERVATION_KEY_HEX_DIGITS);

/** The PERSISTENT RESERVE OUT service actions the cluster uses, in the order a node issues them. */
export const RESERVATION_ACTIONS = ['register', 'reserve', 'preempt', 'release', 'clear'] as const;
export type ReservationAction = (typeof RESERVATION_ACTIONS)[number];

/** The one reservation type Windows clusters place: every registered node may write, others are refused. */
export type ReservationType = 'write-exclusive-registrants-only';
export const RESERVATION_TYPES: readonly { id: ReservationType; name: string }[] = [{ id: 'write-exclusive-registrants-only', name: 'Write Exclusive - Registrants Only' }];
export const DEFAULT_RESERVATION_TYPE: ReservationType = 'write-exclusive-registrants-only';

/**
 * Arbitration timers are not sourced for WS2008+ (domain-facts Part B §5: UNVERIFIED). They are
 * kept here, configurable in one place, for the cluster (issue 11) that challenges and defends:
 * Windows 2003's SCSI-2 scheme gave each server "about 10 seconds" to re-establish its reservation.
 */
export const ARBITRATION_DEFENCE_INTERVAL_MS = 3_000; // UNVERIFIED
export const ARBITRATION_CHALLENGE_WAIT_MS = 10_000; // UNVERIFIED (the SCSI-2 figure)

/**
 * The iSCSI initiator's refusal to log off a session whose device is in use
 * (iscsierr.h, ISDSC_DEVICE_BUSY_ON_SESSION, 0xEFFF0040).
 */
export const SESSION_DEVICE_BUSY_MESSAGE = 'The session cannot be logged out since a device on that session is currently being used.';

/** A key as the lab stores it (lower case), or undefined when it is not 16 hexadecimal digits. */
export function normalizeReservationKey(key: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  const digits = key.startsWith('0x') || key.startsWith('0X') ? key.slice(2) : key;
  return new RegExp(`^[0-9a-fA-F]{${RESERVATION_KEY_HEX_DIGITS}}$`).test(digits) ? digits.toLowerCase() : undefined;
}
