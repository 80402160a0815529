// Validate SCSI-3 Persistent Reservation: on each LUN every server sees, each server in turn
// registers a test key, reserves, releases and unregisters, through the reservations domain's own
// command (so every refusal is the one that command gives: no path, a reservation conflict, the
// iSCSI service down). The table is put back as it was afterwards (registrations and reservation;
// its generation keeps the count of what was done, as the storage's would).
import type { ValidationServerResult } from '../../../domain/validation';
import { VALIDATION_KEY_PREFIX } from '../../../domain/validation';
import type { LunReservation } from '../../../domain/reservations';
import type { LabContext } from '../../context';
import type { Host } from '../../types';
import { disksOf } from '../disks/state';
import { decideReserveOut } from '../reservations/decide';
import { touchTable } from '../reservations/state';
import { replanLunIo } from '../disks/io-run';

/** The test's key for the server at `index`: distinct per server, never a zero key. */
function probeKey(index: number): string {
  return `${VALIDATION_KEY_PREFIX}${(index + 1).toString(16).padStart(12, '0')}`;
}

/** Issues one PERSISTENT RESERVE OUT; answers the refusal's message, or null when done. */
function issue(ctx: LabContext, host: Host, number: number, action: string, key: string): string | null {
  const decision = decideReserveOut(ctx.state, { type: 'persistentReserveOut', host: host.name, number, action, key });
  if (!decision.ok) return decision.error.message;
  decision.apply?.(ctx);
  return null;
}

function restore(ctx: LabContext, lun: string, before: LunReservation | undefined): void {
  const table = ctx.state.reservations.tables.get(lun);
  if (!table) return;
  table.registrations = before ? (JSON.parse(JSON.stringify(before.registrations)) as LunReservation['registrations']) : [];
  table.reservation = before?.reservation ? { ...before.reservation } : null;
  touchTable(ctx, table);
  replanLunIo(ctx, lun);
}

export function runReservationProbe(ctx: LabContext, hosts: Host[], luns: string[]): ValidationServerResult[] {
  const problems = new Map<string, string[]>(hosts.map((host) => [host.name, []]));
  for (const lun of luns) {
    const saved = ctx.state.reservations.tables.get(lun);
    const before = saved ? (JSON.parse(JSON.stringify(saved)) as LunReservation) : undefined;
    hosts.forEach((host, index) => {
      const disk = disksOf(ctx.state, host.id).find((candidate) => candidate.present && candidate.lun === lun);
      if (!disk) return;
      const key = probeKey(index);
      for (const action of ['register', 'reserve', 'release'] as const) {
        const refusal = issue(ctx, host, disk.number, action, key);
        if (refusal !== null) {
          problems.get(host.name)!.push(`Disk ${disk.number} (LUN ${lun}): ${action} failed: ${refusal}`);
          break;
        }
      }
      // Unregister whatever the test registered before the next server's turn.
      issue(ctx, host, disk.number, 'register', '0'.repeat(16));
      restore(ctx, lun, before);
    });
  }
  return hosts.map((host) => {
    const found = problems.get(host.name)!;
    if (found.length > 0) return { server: host.name, result: 'Failed', explanation: `${host.name}: ${found.join(' ')}` };
    return { server: host.name, result: 'Passed', explanation: `${host.name} registered, reserved and released LUN ${luns.join(', ')} with a key of its own.` };
  });
}
