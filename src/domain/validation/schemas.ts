// The validation domain's zod schemas: its runs as a lab file holds them, its command for the
// command log, and the body of the route. Loaded on first use (../descriptor.ts says why).
import { z } from 'zod';
import type { DomainSchemas, Fits, Same } from '../descriptor';
import { count, list, text } from '../limits';
import { VALIDATION_CATEGORIES } from './facts';
import type { ClusterValidation, ValidationCommand } from './index';

const result = z.enum(['Passed', 'Warning', 'Failed', 'Not run']);
const testReportSchema = z.looseObject({
  name: text,
  category: z.enum(VALIDATION_CATEGORIES),
  result,
  explanation: text,
  servers: list(z.looseObject({ server: text, result, explanation: text })),
});
export const clusterValidationSchema = z.looseObject({
  id: text,
  servers: list(text),
  tests: list(text),
  job: text,
  startedMs: count,
  endedMs: count.nullable(),
  results: list(testReportSchema),
  cluster: text.nullable().optional(),
});

/** POST /api/v1/cluster-validations (the engine names the rule for any bad value). */
export const validationBodySchema = z.strictObject({ servers: z.array(z.string()), tests: z.array(z.string()).optional(), cluster: z.string().optional() });

const commandSchemas = [z.strictObject({ type: z.literal('validationRun'), servers: z.array(z.string()), tests: z.array(z.string()).optional(), cluster: z.string().optional() })] as const;

/** What the descriptor loads on first use. */
export const validationSchemas = { entitySchemas: { clusterValidations: clusterValidationSchema }, commandSchemas } satisfies DomainSchemas;

const commandsAgree: Same<z.output<(typeof commandSchemas)[number]>, ValidationCommand> = true;
const entityFits: Fits<z.output<typeof clusterValidationSchema>, ClusterValidation> = true;
void commandsAgree;
void entityFits;
