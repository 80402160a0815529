// The power domain's descriptor: it owns no collection (it changes hosts' power state) and one
// command, setPower. Its vocabulary (states, actions, durations) is in constants.ts.
import { z } from 'zod';
import { defineDomain } from '../descriptor';
import { POWER_ACTIONS, type PowerAction } from './constants';

export * from './constants';

export type PowerCommand = { type: 'setPower'; host: string; action: PowerAction };

export const powerDescriptor = defineDomain<{ entities: object; command: PowerCommand; query: never; answers: object }>()({
  name: 'power',
  collections: [],
  schemaVersion: 1,
  entitySchemas: {},
  commandSchemas: [z.strictObject({ type: z.literal('setPower'), host: z.string(), action: z.enum(POWER_ACTIONS) })],
});
