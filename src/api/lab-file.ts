// The lab file (GET /api/v1/lab/export, POST /api/v1/lab/import) as a zod schema, and the checks
// that need no engine: shape, schema version, the file agreeing with its snapshot, the command log
// in time order. The host adds the engine's semantic check (references, subnets, unique names).
import { z } from 'zod';
import { EVENT_LEVELS, EVENT_LOGS } from '../domain/event-log';
import { LAB_FILE_KIND, LAB_FILE_SCHEMA_VERSION, OS_VERSIONS, SCENARIOS, SEED_MAX, SEED_MIN } from '../domain/lab';
import { POWER_ACTIONS, POWER_STATES } from '../domain/power';
import type { Command, LabFile } from './types';
import { errorsByField, summarizeErrors } from './zod-errors';

const timeMs = z.number().int().min(0);
const count = z.number().int().min(0);

const paramsShape = {
  seed: z.number().int().min(SEED_MIN).max(SEED_MAX),
  scenario: z.enum(SCENARIOS),
  options: z.strictObject({
    osVersion: z.enum(OS_VERSIONS),
    clusterNodes: z.number().int().min(1),
    startEpochMs: timeMs,
  }),
};

// Entities are loose objects: later domains add fields, and the engine's validateSnapshot owns
// their rules. Loose (not plain) objects keep unknown keys instead of stripping them.
const nicSchema = z.looseObject({
  name: z.string(),
  network: z.string(),
  ip: z.string(),
  prefixLength: z.number().int().min(0).max(32),
  linkUp: z.boolean(),
  speedBitsPerS: z.number().min(0),
  mac: z.string(),
});

const hostSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  role: z.enum(['domain-controller', 'storage', 'cluster-node']),
  os: z.string(),
  osVersion: z.enum(OS_VERSIONS),
  domain: z.string(),
  powerState: z.enum(POWER_STATES),
  powerTransition: z.looseObject({ action: z.enum(POWER_ACTIONS), startedMs: timeMs, dueMs: timeMs }).nullable(),
  lastBootMs: timeMs.nullable(),
  uncleanShutdownMs: timeMs.nullable(),
  nics: z.array(nicSchema),
  volumes: z.array(z.looseObject({ letter: z.string(), label: z.string(), sizeBytes: count, freeBytes: count })),
  features: z.array(z.string()),
});

const networkSchema = z.looseObject({ id: z.string(), name: z.string(), cidr: z.string(), purpose: z.string() });

const eventSchema = z.looseObject({
  seq: count,
  timeMs,
  host: z.string(),
  log: z.enum(EVENT_LOGS),
  source: z.string(),
  eventId: z.number().int(),
  level: z.enum(EVENT_LEVELS),
  message: z.string(),
});

const kernelSchema = z.looseObject({
  timerSeq: count,
  eventSeq: count,
  streams: z.record(z.string(), z.array(z.number().int())),
  idSeqs: z.record(z.string(), count),
  timers: z.array(z.looseObject({ dueMs: timeMs, seq: count, kind: z.string(), key: z.string().nullable(), data: z.unknown() })),
});

const snapshotSchema = z.looseObject({
  snapshotVersion: z.literal(1),
  params: z.strictObject(paramsShape),
  nowMs: timeMs,
  version: count,
  kernel: kernelSchema,
  entities: z.looseObject({ hosts: z.array(hostSchema), networks: z.array(networkSchema) }),
  events: z.array(eventSchema),
});

/** Every engine command, strictly: a log entry the engine does not know is refused. */
export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setPower'), host: z.string(), action: z.enum(POWER_ACTIONS) }),
  z.strictObject({ type: z.literal('setNicLink'), host: z.string(), nic: z.string(), linkUp: z.boolean() }),
]);

// Fails to compile when the engine gains a command this schema does not list (or the reverse).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const commandSchemaCoversEngine: Same<z.infer<typeof commandSchema>, Command> = true;
void commandSchemaCoversEngine;

export const commandLogEntrySchema = z.strictObject({ atMs: timeMs, command: commandSchema });

export const labFileSchema = z.strictObject({
  kind: z.literal(LAB_FILE_KIND),
  schemaVersion: z.literal(LAB_FILE_SCHEMA_VERSION),
  ...paramsShape,
  snapshot: snapshotSchema,
  commandLog: z.array(commandLogEntrySchema),
});

export type LabFileCheck =
  | { ok: true; file: LabFile }
  | { ok: false; message: string; errors: Record<string, string> };

function refuse(message: string, errors: Record<string, string>): LabFileCheck {
  return { ok: false, message, errors };
}

/** Shape, schema version and internal consistency of a lab file; no engine involved. */
export function checkLabFile(input: unknown): LabFileCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return refuse('The lab file must be a JSON object.', { '(root)': 'expected a lab file object' });
  }
  const { kind, schemaVersion } = input as { kind?: unknown; schemaVersion?: unknown };
  if (kind !== LAB_FILE_KIND) {
    return refuse(`This is not an HA Lab file: kind must be "${LAB_FILE_KIND}".`, { kind: `expected "${LAB_FILE_KIND}"` });
  }
  if (schemaVersion !== LAB_FILE_SCHEMA_VERSION) {
    const message = `Lab file schema version ${JSON.stringify(schemaVersion)} is not supported; this build reads schema version ${LAB_FILE_SCHEMA_VERSION}.`;
    return refuse(message, { schemaVersion: `expected ${LAB_FILE_SCHEMA_VERSION}` });
  }
  const parsed = labFileSchema.safeParse(input);
  if (!parsed.success) {
    const errors = errorsByField(parsed.error.issues);
    return refuse(`The lab file is malformed: ${summarizeErrors(errors)}.`, errors);
  }
  const file: LabFile = parsed.data;
  const errors = consistencyErrors(file);
  if (Object.keys(errors).length > 0) return refuse(`The lab file is inconsistent: ${summarizeErrors(errors)}.`, errors);
  return { ok: true, file };
}

/** The file's parameters are its snapshot's; the log is in time order and ends by the snapshot. */
function consistencyErrors(file: LabFile): Record<string, string> {
  const errors: Record<string, string> = {};
  const { params, nowMs } = file.snapshot;
  if (file.seed !== params.seed) errors.seed = `expected ${params.seed}, the seed of snapshot.params`;
  if (file.scenario !== params.scenario) errors.scenario = `expected "${params.scenario}", the scenario of snapshot.params`;
  for (const key of Object.keys(params.options) as (keyof typeof params.options)[]) {
    if (file.options[key] !== params.options[key]) errors[`options.${key}`] = `expected ${JSON.stringify(params.options[key])}, as in snapshot.params`;
  }
  let previousAtMs = 0;
  file.commandLog.forEach((entry, index) => {
    const field = `commandLog[${index}].atMs`;
    if (entry.atMs < previousAtMs) errors[field] ??= `${entry.atMs} is before the previous entry (${previousAtMs}); the log must be in time order`;
    if (entry.atMs > nowMs) errors[field] ??= `${entry.atMs} is after the snapshot's time (snapshot.nowMs ${nowMs})`;
    previousAtMs = Math.max(previousAtMs, entry.atMs);
  });
  return errors;
}
