// What the other domains ask of the reservation tables: the I/O generator (may this node write
// to the LUN?), Disk Management (is the disk reserved by another node?) and the iSCSI initiator
// (does the cluster use a device of this session?). Pure reads of the state.
import { RESERVATION_TYPES, type LunReservation, type PrRegistration } from '../../../domain/reservations';
import type { LabState } from '../../state';
import { lunOf } from '../disks/sync';

export function hostName(state: LabState, hostId: string): string {
  return state.network.hosts.get(hostId)?.name ?? hostId;
}

export function registrationOf(table: LunReservation | undefined, hostId: string): PrRegistration | undefined {
  return table?.registrations.find((registration) => registration.hostId === hostId);
}

/** The registration that holds the LUN's reservation (always registered: an invariant). */
export function holderOf(table: LunReservation | undefined): PrRegistration | undefined {
  const holderKey = table?.reservation?.holderKey;
  return holderKey === undefined ? undefined : table!.registrations.find((registration) => registration.key === holderKey);
}

export function reservationTypeName(table: LunReservation): string {
  return RESERVATION_TYPES.find((type) => type.id === table.reservation?.type)?.name ?? String(table.reservation?.type);
}

/**
 * Why a write from `hostId` to the LUN is refused, or undefined when it may write: a Write
 * Exclusive - Registrants Only reservation lets every registered node write and refuses the others
 * with RESERVATION CONFLICT.
 */
export function reservationWriteRefusal(state: LabState, lun: string, hostId: string): string | undefined {
  const table = state.reservations.tables.get(lun);
  if (!table?.reservation || registrationOf(table, hostId)) return undefined;
  const holder = holderOf(table);
  return `Reservation conflict: LUN ${lun} is reserved (${reservationTypeName(table)}) by ${holder ? hostName(state, holder.hostId) : 'another node'}, and ${hostName(state, hostId)} is not registered.`;
}

/** The name of the node that holds the LUN's reservation when it is not `hostId`; undefined otherwise. */
export function reservedByAnotherNode(state: LabState, lun: string, hostId: string): string | undefined {
  const holder = holderOf(state.reservations.tables.get(lun));
  return holder && holder.hostId !== hostId ? hostName(state, holder.hostId) : undefined;
}

/** The LUN behind a StarWind target, when the host is registered on it (the cluster uses its disk). */
export function registeredLunOfTarget(state: LabState, targetId: string, hostId: string): string | undefined {
  const lun = lunOf(state, { target: targetId })?.lun;
  return lun !== undefined && registrationOf(state.reservations.tables.get(lun), hostId) ? lun : undefined;
}
