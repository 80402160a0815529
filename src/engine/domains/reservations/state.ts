// The reservations slice: one LunReservation entity per LUN that was ever registered on, keyed by
// the LUN serial. A table stays once made (empty or not), so its generation only grows.
import { RESERVATIONS_COLLECTION, type LunReservation } from '../../../domain/reservations';
import type { LabContext } from '../../context';

export interface ReservationsState {
  tables: Map<string, LunReservation>;
}

declare module '../../state' {
  interface LabState {
    reservations: ReservationsState;
  }
}

export function loadReservationsState(entities: { lunReservations?: LunReservation[] }): ReservationsState {
  return { tables: new Map((entities.lunReservations ?? []).map((table) => [table.id, table])) };
}

export function touchTable(ctx: LabContext, table: LunReservation): void {
  ctx.kernel.markDirty(RESERVATIONS_COLLECTION, table.id);
}

/** The LUN's table, made empty the first time a node registers on it. */
export function tableFor(ctx: LabContext, lun: string): LunReservation {
  let table = ctx.state.reservations.tables.get(lun);
  if (!table) {
    table = { id: lun, registrations: [], reservation: null, generation: 0 };
    ctx.state.reservations.tables.set(lun, table);
  }
  return table;
}
