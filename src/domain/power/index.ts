// The power domain's descriptor: it owns no collection (it changes hosts' power state) and one
// command, setPower. Its vocabulary (states, actions, durations) is in constants.ts.
import { z } from 'zod';
import { defineDomain, type Same } from '../descriptor';
import { POWER_ACTIONS, type PowerAction } from './constants';

export * from './constants';

export type PowerCommand = { type: 'setPower'; host: string; action: PowerAction };

const setPowerCommandSchema = z.strictObject({ type: z.literal('setPower'), host: z.string(), action: z.enum(POWER_ACTIONS) });
// The schema and the type describe the same command, or this fails to compile.
const commandAgrees: Same<z.output<typeof setPowerCommandSchema>, PowerCommand> = true;
void commandAgrees;

export const powerDescriptor = defineDomain<{ entities: object; command: PowerCommand; query: never; answers: object }>()({
  name: 'power',
  collections: [],
  schemaVersion: 1,
  entitySchemas: {},
  commandSchemas: [setPowerCommandSchema],
});
