// What a node sees of its disk's LUN: the registered keys (with their nodes and paths), the
// reservation and its holder, and the generation, as Get-ClusterDiskReservation or
// `sg_persist --read-keys --read-reservation` list them.
import type { DiskReservationView } from '../../../domain/reservations';
import type { LabState } from '../../state';
import type { Host } from '../../types';
import { holderOf, hostName, reservationTypeName } from './queries';

export function diskReservationView(state: LabState, host: Host, number: number, lun: string): DiskReservationView {
  const table = state.reservations.tables.get(lun);
  const holder = holderOf(table);
  return {
    host: host.name, number, lun, generation: table?.generation ?? 0,
    registrations: (table?.registrations ?? []).map((registration) => ({ key: registration.key, host: hostName(state, registration.hostId), paths: [...registration.paths] })),
    reservation: table?.reservation && holder ? { holderKey: holder.key, holder: hostName(state, holder.hostId), type: table.reservation.type, typeName: reservationTypeName(table) } : null,
  };
}
