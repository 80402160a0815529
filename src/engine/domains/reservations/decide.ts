// PERSISTENT RESERVE OUT, issued by a node through one of its disks: every check first (each
// refusal names its field and the rule), then the change. Register and reserve are separate
// commands ("you cannot register and reserve at the same time"); REGISTER is modelled as
// REGISTER AND IGNORE EXISTING KEY (a new key replaces the node's own), key 0 unregisters.
// Preempt removes another node's registration and, when it held the reservation, hands it to
// the preemptor: how the cluster fences a node and lets Cluster Shared Volumes' nodes write.
import { pathKey, type HostDisk } from '../../../domain/disks';
import { iscsiMessages } from '../../../domain/iscsi';
import {
  DEFAULT_RESERVATION_TYPE,
  normalizeReservationKey,
  RESERVATION_ACTIONS,
  RESERVATION_KEY_HEX_DIGITS,
  RESERVATION_TYPES,
  UNREGISTER_KEY,
  type LunReservation,
  type ReservationAction,
  type ReservationType,
} from '../../../domain/reservations';
import { accept, reject, UNCHANGED, type Decision } from '../../decision';
import { hostNotFound } from '../../errors';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';
import type { Command, Host } from '../../types';
import { disksOf } from '../disks/state';
import { sessionsOf } from '../disks/sync';
import { findInitiator, serviceRunning } from '../iscsi/state';
import { holderOf, hostName, registrationOf } from './queries';
import { replanLunIo } from '../disks/io-run';
import { tableFor, touchTable } from './state';

/** A table changed: saved, and the LUN's write runs re-check admission (a preempted node is fenced mid-run). */
function tableChanged(ctx: LabContext, table: LunReservation): void {
  touchTable(ctx, table);
  replanLunIo(ctx, table.id);
}

type ReserveOut = Extract<Command, { type: 'persistentReserveOut' }>;

type Refusal = Extract<Decision, { ok: false }>;
const invalid = (code: string, field: string, message: string) => reject(code, 'invalid', message, { [field]: message }) as Refusal;
const conflict = (code: string, field: string, message: string) => reject(code, 'conflict', message, { [field]: message }) as Refusal;
const KEY_RULE = `A reservation key is 8 bytes: ${RESERVATION_KEY_HEX_DIGITS} hexadecimal digits (0x optional).`;

/** Where the command goes: the node, its disk and the disk's connected paths (or the refusal). */
export function diskForReservation(state: LabState, name: string, number: number): { host: Host; disk: HostDisk; paths: string[] } | Refusal {
  const found = findInitiator(state, name);
  if (!found) return hostNotFound(name) as Refusal;
  const { host, initiator } = found;
  if (host.powerState !== 'on') return conflict('reservation.host_not_running', 'host', `${host.name} is not running; it issues no SCSI command.`);
  if (!serviceRunning(host, initiator)) return conflict('reservation.iscsi_down', 'host', iscsiMessages.serviceStopped(host.name));
  if (number === 0) return conflict('disk.system', 'number', `Disk 0 is the system disk of ${host.name}; persistent reservations are on shared iSCSI disks.`);
  const disk = disksOf(state, host.id).find((candidate) => candidate.present && candidate.number === number);
  if (!disk) {
    const message = `${host.name} has no Disk ${String(number)}.`;
    return reject('disk.not_found', 'not_found', message, { number: message }) as Refusal;
  }
  const paths = sessionsOf(state, disk).filter((session) => session.state === 'connected').map(pathKey).sort();
  if (paths.length === 0) return conflict('reservation.no_path', 'number', `Disk ${disk.number} of ${host.name} has no connected path: its SCSI commands cannot reach the storage.`);
  return { host, disk, paths };
}

export function decideReserveOut(state: LabState, command: ReserveOut): Decision {
  const found = diskForReservation(state, command.host, command.number);
  if ('ok' in found) return found;
  const { host, disk, paths } = found;
  if (!(RESERVATION_ACTIONS as readonly string[]).includes(command.action)) return invalid('reservation.invalid_action', 'action', `The action is one of ${RESERVATION_ACTIONS.join(', ')}.`);
  const action = command.action as ReservationAction;
  const key = normalizeReservationKey(command.key);
  if (key === undefined) return invalid('reservation.invalid_key', 'key', KEY_RULE);
  let type: ReservationType = DEFAULT_RESERVATION_TYPE;
  if (command.reservationType !== undefined) {
    const known = RESERVATION_TYPES.find((candidate) => candidate.id === command.reservationType);
    if (!known) return invalid('reservation.invalid_type', 'reservationType', `Windows clusters place one reservation type: ${RESERVATION_TYPES.map((entry) => `${entry.name} (${entry.id})`).join(', ')}.`);
    type = known.id;
  }
  const table = state.reservations.tables.get(disk.lun);
  if (action === 'register') return register(state, host, disk.lun, table, key, paths);
  if (key === UNREGISTER_KEY) return invalid('reservation.key_zero', 'key', `Key 0 only unregisters (with register); ${action} needs the node's registered key.`);
  const own = registrationOf(table, host.id);
  if (!table || !own) return conflict('reservation.not_registered', 'key', `Reservation conflict: ${host.name} is not registered on LUN ${disk.lun}; register its key first.`);
  if (own.key !== key) return conflict('reservation.key_mismatch', 'key', `Reservation conflict: ${host.name} is registered on LUN ${disk.lun} with key ${own.key}, not ${key}.`);
  const holder = holderOf(table);
  if (action === 'reserve') {
    if (holder && holder.hostId !== host.id) return conflict('reservation.conflict', 'key', `Reservation conflict: LUN ${disk.lun} is reserved by ${hostName(state, holder.hostId)} (key ${holder.key}); preempt its key to take the reservation.`);
    if (holder) return UNCHANGED;
    return accept((ctx) => {
      table.reservation = { holderKey: key, type };
      tableChanged(ctx, table);
    });
  }
  if (action === 'release') {
    if (!holder) return UNCHANGED;
    if (holder.hostId !== host.id) return conflict('reservation.not_holder', 'key', `LUN ${disk.lun} is reserved by ${hostName(state, holder.hostId)}; only the holder releases it (another node takes it with preempt).`);
    return accept((ctx) => {
      table.reservation = null;
      tableChanged(ctx, table);
    });
  }
  if (action === 'clear') {
    return accept((ctx) => {
      table.registrations = [];
      table.reservation = null;
      table.generation += 1;
      tableChanged(ctx, table);
    });
  }
  return preempt(host, disk.lun, table, key, type, command.preemptKey);
}

function register(state: LabState, host: Host, lun: string, table: LunReservation | undefined, key: string, paths: string[]): Decision {
  const own = registrationOf(table, host.id);
  if (key === UNREGISTER_KEY) {
    if (!table || !own) return UNCHANGED;
    return accept((ctx) => {
      table.registrations = table.registrations.filter((registration) => registration !== own);
      // The holder's registration gone, its reservation goes with it (a registrants-only type).
      if (table.reservation?.holderKey === own.key) table.reservation = null;
      table.generation += 1;
      tableChanged(ctx, table);
    });
  }
  const other = table?.registrations.find((registration) => registration.key === key && registration.hostId !== host.id);
  if (other) return conflict('reservation.key_in_use', 'key', `Key ${key} is registered on LUN ${lun} by ${hostName(state, other.hostId)}; each node registers a key of its own.`);
  return accept((ctx) => {
    const target = tableFor(ctx, lun);
    const mine = registrationOf(target, host.id);
    if (mine) {
      if (target.reservation?.holderKey === mine.key) target.reservation.holderKey = key;
      mine.paths = mine.key === key ? [...new Set([...mine.paths, ...paths])].sort() : paths;
      mine.key = key;
    } else target.registrations.push({ key, hostId: host.id, paths });
    target.registrations.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    target.generation += 1;
    tableChanged(ctx, target);
  });
}

function preempt(host: Host, lun: string, table: LunReservation, key: string, type: ReservationType, rawPreemptKey: string | undefined): Decision {
  const preemptKey = normalizeReservationKey(rawPreemptKey);
  if (preemptKey === undefined) return invalid('reservation.invalid_preempt_key', 'preemptKey', `Preempt names the key to remove. ${KEY_RULE}`);
  if (preemptKey === UNREGISTER_KEY || preemptKey === key) return invalid('reservation.invalid_preempt_key', 'preemptKey', `Preempt names another node's registered key (not 0, not ${host.name}'s own).`);
  const victim = table.registrations.find((registration) => registration.key === preemptKey);
  if (!victim) return conflict('reservation.preempt_key_not_registered', 'preemptKey', `Reservation conflict: no node is registered on LUN ${lun} with key ${preemptKey}.`);
  return accept((ctx) => {
    table.registrations = table.registrations.filter((registration) => registration !== victim);
    if (table.reservation?.holderKey === preemptKey) table.reservation = { holderKey: key, type };
    table.generation += 1;
    tableChanged(ctx, table);
  });
}
