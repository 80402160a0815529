// The power domain's zod schema: its one command, for the command log. Loaded on first use
// (../descriptor.ts says why).
import { z } from 'zod';
import type { DomainSchemas, Same } from '../descriptor';
import { POWER_ACTIONS } from './constants';
import type { PowerCommand } from './index';

const setPowerCommandSchema = z.strictObject({ type: z.literal('setPower'), host: z.string(), action: z.enum(POWER_ACTIONS) });
// The schema and the type describe the same command, or this fails to compile.
const commandAgrees: Same<z.output<typeof setPowerCommandSchema>, PowerCommand> = true;
void commandAgrees;

export const powerSchemas = { entitySchemas: {}, commandSchemas: [setPowerCommandSchema] } satisfies DomainSchemas;
