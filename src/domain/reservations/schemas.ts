// The reservations domain's zod schemas: its registration tables as a lab file holds them, its
// command for the command log, and the body of the reservation route. Loaded on first use
// (../descriptor.ts says why).
import { z } from 'zod';
import type { DomainSchemas, Fits, Same } from '../descriptor';
import { count, list, text } from '../limits';
import type { LunReservation, ReservationsCommand } from './index';

const registrationSchema = z.looseObject({ key: text, hostId: text, paths: list(text) });
export const lunReservationSchema = z.looseObject({
  id: text,
  registrations: list(registrationSchema),
  reservation: z.looseObject({ holderKey: text, type: z.literal('write-exclusive-registrants-only') }).nullable(),
  generation: count,
});

/** POST /api/v1/hosts/{host}/disks/{number}/reservation: one PERSISTENT RESERVE OUT service action (the engine names the rule for any bad value). */
export const reservationBodySchema = z.strictObject({
  action: z.string(),
  key: z.string(),
  preemptKey: z.string().optional(),
  reservationType: z.string().optional(),
});

const commandSchemas = [
  z.strictObject({
    type: z.literal('persistentReserveOut'), host: z.string(), number: z.number(), action: z.string(), key: z.string(),
    preemptKey: z.string().optional(), reservationType: z.string().optional(),
  }),
] as const;

/** What the descriptor loads on first use. */
export const reservationsSchemas = { entitySchemas: { lunReservations: lunReservationSchema }, commandSchemas } satisfies DomainSchemas;

const commandsAgree: Same<z.output<(typeof commandSchemas)[number]>, ReservationsCommand> = true;
const entityFits: Fits<z.output<typeof lunReservationSchema>, LunReservation> = true;
void commandsAgree;
void entityFits;
