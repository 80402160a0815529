// The reservations domain: the SCSI-3 persistent reservation table of each LUN (registrations per
// node key, one Write Exclusive - Registrants Only reservation, the PR generation), changed by the
// PERSISTENT RESERVE OUT commands a node issues through its disk (decide.ts) and read by the other
// domains (queries.ts): the I/O generator, Disk Management and the iSCSI initiator.
import { reservationsDescriptor, type LunReservation } from '../../../domain/reservations';
import { defineEngineDomain } from '../../decision';
import type { LabState } from '../../state';
import type { Query, QueryResult } from '../../types';
import { decideReserveOut, diskForReservation } from './decide';
import { reservationsMigrations } from './migrations';
import { checkReservationsSnapshot } from './snapshot-check';
import { loadReservationsState, type ReservationsState } from './state';
import { diskReservationView } from './views';

export { registeredLunOfTarget, reservationWriteRefusal, reservedByAnotherNode } from './queries';

function readReservation(state: LabState, _nowMs: number, query: Query): QueryResult {
  const { host, number } = query as Extract<Query, { type: 'diskReservation' }>;
  const found = diskForReservation(state, host, number);
  if ('ok' in found) return found;
  return { ok: true, value: diskReservationView(state, found.host, found.disk.number, found.disk.lun) };
}

export const reservationsDomain = defineEngineDomain<ReservationsState>({
  descriptor: reservationsDescriptor,
  load: (entities) => loadReservationsState(entities as { lunReservations?: LunReservation[] }),
  collection: (slice) => slice.tables,
  commands: { persistentReserveOut: decideReserveOut },
  queries: { diskReservation: readReservation },
  timers: {},
  check: checkReservationsSnapshot,
  migrations: reservationsMigrations,
});
