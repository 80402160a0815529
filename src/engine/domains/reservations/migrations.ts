// Saved reservations parts from older builds.
//   0 → 1: a lab saved before this domain has no registration on any LUN.
import type { Migration } from '../../decision';

export const reservationsMigrations: readonly Migration[] = [{ from: 0, migrate: (snapshot) => void (snapshot.entities.lunReservations = []) }];
