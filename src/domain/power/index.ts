// The power domain's descriptor: it owns no collection (it changes hosts' power state) and one
// command, setPower. Its vocabulary (states, actions, durations) is in constants.ts.
import { defineDomain } from '../descriptor';
import type { PowerAction } from './constants';

export * from './constants';

export type PowerCommand = { type: 'setPower'; host: string; action: PowerAction };

export const powerDescriptor = defineDomain<{ entities: object; command: PowerCommand; query: never; answers: object }>()({
  name: 'power',
  collections: [],
  schemaVersion: 1,
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).powerSchemas,
});
