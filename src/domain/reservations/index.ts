// The reservations domain's descriptor: the SCSI-3 persistent reservation table of each LUN, as
// the storage keeps it (StarWind keeps it on the HA device, so both targets of an HA device, which
// present one LUN, share one table). Nodes issue PERSISTENT RESERVE OUT through one of their
// disks; the cluster (issue 11) builds on these commands. Facts: facts.ts.
import { defineDomain } from '../descriptor';
import type { ReservationType } from './facts';

export * from './facts';

export const RESERVATIONS_COLLECTION = 'lunReservations';

/** One node's registration: its key, registered on every path it had to the LUN. */
export interface PrRegistration {
  /** 16 lower-case hexadecimal digits, never all zero. */
  key: string;
  /** The registering host's id. */
  hostId: string;
  /** Its paths ("initiatorAddress->portal") that carry the registration. */
  paths: string[];
}

/** The registration table of one LUN, keyed by its serial (lunSerial of src/domain/disks). */
export interface LunReservation {
  id: string;
  /** In key order; one per node, each key used once. */
  registrations: PrRegistration[];
  /** The persistent reservation; its holder is always registered. */
  reservation: { holderKey: string; type: ReservationType } | null;
  /** PRgeneration: counts REGISTER, PREEMPT and CLEAR (not RESERVE or RELEASE): SPC-3's rule as the lab recalls it (no captured source; UNVERIFIED). */
  generation: number;
}

/** What `Get-ClusterDiskReservation` / `sg_persist -k -r` list for one disk of one node. */
export interface DiskReservationView {
  host: string;
  number: number;
  lun: string;
  generation: number;
  registrations: { key: string; host: string; paths: string[] }[];
  reservation: { holderKey: string; holder: string; type: ReservationType; typeName: string } | null;
}

export type ReservationsCommand = {
  type: 'persistentReserveOut';
  host: string;
  number: number;
  action: string;
  key: string;
  preemptKey?: string;
  reservationType?: string;
};
export type ReservationsQuery = { type: 'diskReservation'; host: string; number: number };
export interface ReservationsQueryAnswers {
  diskReservation: DiskReservationView;
}

export const reservationsDescriptor = defineDomain<{
  entities: { lunReservations: LunReservation };
  command: ReservationsCommand;
  query: ReservationsQuery;
  answers: ReservationsQueryAnswers;
}>()({
  name: 'reservations',
  collections: [RESERVATIONS_COLLECTION],
  schemaVersion: 1,
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).reservationsSchemas,
});
