// Semantic checks of the reservations part of a snapshot: each table keyed by a LUN serial
// ("SW-…"), each registration a valid non-zero key of a host of the lab, one per host and each
// key once, in key order, the reservation's holder registered with a known type, and a
// generation that has counted at least one registration when there are any.
import { normalizeReservationKey, RESERVATION_TYPES, UNREGISTER_KEY } from '../../../domain/reservations';
import { isRecord, show } from '../../params';
import type { DomainCheckInput } from '../../snapshot-problems';

export function checkReservationsSnapshot({ snapshot, problems }: DomainCheckInput): void {
  const hosts = new Set<string>();
  for (const host of snapshot.entities.hosts ?? []) if (isRecord(host) && typeof host.id === 'string') hosts.add(host.id);
  const ids = new Set<string>();
  (snapshot.entities.lunReservations ?? []).forEach((table: unknown, index) => {
    const at = `entities.lunReservations[${index}]`;
    if (!isRecord(table) || typeof table.id !== 'string') return problems.add(at, `${at}: a table needs the serial of its LUN.`);
    const where = `lunReservations[${index}] (${table.id})`;
    if (!table.id.startsWith('SW-')) problems.add(at, `${where}: a LUN serial starts with "SW-".`);
    if (ids.has(table.id)) problems.add(at, `${where}: the LUN has a second table.`);
    ids.add(table.id);
    const registrations = Array.isArray(table.registrations) ? table.registrations : [];
    const keys = new Set<string>();
    const owners = new Set<string>();
    let previous = '';
    registrations.forEach((registration: unknown, item) => {
      const path = `${at}.registrations[${item}]`;
      if (!isRecord(registration)) return problems.add(path, `${where}: a registration must be an object.`);
      const key = normalizeReservationKey(registration.key);
      if (key === undefined || key !== registration.key || key === UNREGISTER_KEY) problems.add(`${path}.key`, `${where}: ${show(registration.key)} is not a registered key (16 lower-case hexadecimal digits, not 0).`);
      else {
        if (keys.has(key)) problems.add(`${path}.key`, `${where}: key ${key} is registered twice.`);
        if (key <= previous) problems.add(`${path}.key`, `${where}: registrations are kept in key order.`);
        keys.add(key);
        previous = key;
      }
      if (!hosts.has(String(registration.hostId))) problems.add(`${path}.hostId`, `${where}: the lab has no host ${show(registration.hostId)}.`);
      else if (owners.has(String(registration.hostId))) problems.add(`${path}.hostId`, `${where}: host ${show(registration.hostId)} is registered twice.`);
      owners.add(String(registration.hostId));
    });
    const reservation = table.reservation;
    if (isRecord(reservation)) {
      if (!keys.has(String(reservation.holderKey))) problems.add(`${at}.reservation`, `${where}: the reservation's holder ${show(reservation.holderKey)} is not registered.`);
      if (!RESERVATION_TYPES.some((type) => type.id === reservation.type)) problems.add(`${at}.reservation.type`, `${where}: ${show(reservation.type)} is not a reservation type of the lab.`);
    }
    if (registrations.length > 0 && table.generation === 0) problems.add(`${at}.generation`, `${where}: a table with registrations has counted them (generation above 0).`);
  });
}
