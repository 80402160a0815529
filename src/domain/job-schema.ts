// The zod schema of a job as a lab file holds it, apart from jobs.ts so that zod loads only with
// the lab file's schema (src/domain/descriptor.ts says why).
import { z } from 'zod';
import { JOB_STATES, type Job } from './jobs';
import { dueMs, list, text, timeMs } from './limits';

const jobStateSchema = z.enum(JOB_STATES);

/** A job as a lab file holds it (loose, like every entity: unknown keys are kept). */
export const jobSchema = z.looseObject({
  id: text,
  kind: text,
  title: text,
  subject: z.looseObject({ collection: text, id: text }),
  state: jobStateSchema,
  startedMs: timeMs,
  markMs: timeMs,
  doneAtMarkUnits: z.number().min(0),
  unitsPerMs: z.number().min(0),
  totalUnits: z.number().min(0),
  unit: z.enum(['bytes', 'steps']),
  dueMs: dueMs.nullable(),
  endedMs: timeMs.nullable(),
  steps: list(z.looseObject({ name: text, state: z.enum(['pending', ...JOB_STATES]), result: text.nullable() })),
  result: z.looseObject({ message: text, details: z.record(text, text) }).nullable(),
});

// The schema and the type describe the same job, or this fails to compile.
const jobFits: [z.output<typeof jobSchema>] extends [Job] ? true : false = true;
void jobFits;
