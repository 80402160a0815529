// The lab file (GET /api/v1/lab/export, POST /api/v1/lab/import) as a zod schema, and the checks
// that need no engine: shape, schema version, the file agreeing with its snapshot, the command log
// in time order. The host adds the engine's semantic check (references, subnets, unique names).
import { z } from 'zod';
import { EVENT_LEVELS, EVENT_LOGS } from '../domain/event-log';
import { LAB_FILE_KIND, LAB_FILE_SCHEMA_VERSION, OS_VERSIONS, SCENARIOS, SEED_MAX, SEED_MIN } from '../domain/lab';
import { POWER_ACTIONS, POWER_STATES } from '../domain/power';
import { CACHE_MODES, FAILOVER_STRATEGIES, HA_PRIORITIES, SECTOR_SIZES_BYTES, SYNC_STATES, SYNC_TYPES } from '../domain/starwind';
import { createDeviceBodySchema, DEVICE_ACTIONS } from './schemas';
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
    // Issue 3; optional, so files from before it keep their params (the engine's defaults apply).
    syncEfficiency: z.number().optional(),
    partnerLossDetectionMs: z.number().int().optional(),
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

// StarWind (issue 3). Loose like the others: the engine may keep internal fields on them (block
// state, secrets); the fields the console reads are typed here, the rest is validateSnapshot's.
const side = z.literal([0, 1]);
const sectorSize = z.literal(SECTOR_SIZES_BYTES);

const starwindServiceSchema = z.looseObject({
  id: z.string(),
  host: z.string(),
  product: z.string(),
  running: z.boolean(),
  managementPort: z.number().int(),
  iscsiPort: z.number().int(),
  login: z.string(),
  usesDefaultCredentials: z.boolean(),
});

const starwindConsoleServerSchema = z.looseObject({
  id: z.string(),
  host: z.string(),
  address: z.string(),
  port: z.number().int(),
  connected: z.boolean(),
  login: z.string().nullable(),
  addedSeq: count,
});

const starwindTargetSchema = z.looseObject({
  id: z.string(),
  host: z.string(),
  alias: z.string(),
  iqn: z.string(),
  deviceIds: z.array(z.string()),
  clustered: z.boolean(),
  portals: z.array(z.string()),
});

const starwindDeviceSchema = z.looseObject({
  id: z.string(),
  host: z.string(),
  name: z.string(),
  kind: z.enum(['image-file', 'ha']),
  sizeBytes: count,
  sectorSizeBytes: sectorSize,
  cacheMode: z.enum(CACHE_MODES),
  cacheSizeMb: count,
  imageFolder: z.string(),
  imageFileName: z.string(),
  targetId: z.string(),
  haDeviceId: z.string().nullable(),
});

const haChannelSchema = z.looseObject({ localIp: z.string(), partnerIp: z.string(), up: z.boolean() });

const haSideSchema = z.looseObject({
  host: z.string(),
  deviceId: z.string(),
  targetId: z.string(),
  targetAlias: z.string(),
  iqn: z.string(),
  priority: z.enum(HA_PRIORITIES),
  syncState: z.enum(SYNC_STATES),
  blocked: z.boolean(),
  maintenance: z.boolean(),
  syncChannels: z.array(haChannelSchema),
  heartbeatChannels: z.array(haChannelSchema),
  partnerAlive: z.boolean(),
  bytesToSyncBytes: count,
  connectedInitiators: z.array(z.string()),
});

const haDeviceSchema = z.looseObject({
  id: z.string(),
  sizeBytes: count,
  sectorSizeBytes: sectorSize,
  cacheMode: z.enum(CACHE_MODES),
  cacheSizeMb: count,
  failoverStrategy: z.enum(FAILOVER_STRATEGIES),
  autoSync: z.boolean(),
  sides: z.tuple([haSideSchema, haSideSchema]),
  sync: z
    .looseObject({
      type: z.enum(SYNC_TYPES),
      sourceSide: side,
      targetSide: side,
      startedMs: timeMs,
      totalBytes: count,
      rateBytesPerS: z.number().min(0),
      dueMs: timeMs,
    })
    .nullable(),
  lastSync: z
    .looseObject({
      type: z.enum(SYNC_TYPES),
      sourceSide: side,
      bytesMoved: count,
      startedMs: timeMs,
      finishedMs: timeMs,
      completed: z.boolean(),
    })
    .nullable(),
  splitBrainRisk: z.boolean(),
});

const extents = z.array(z.number().int());

/**
 * The engine's internal StarWind state (passwords, image files, block extents): typed as far as
 * its shape goes, loose for what the engine may add; validateSnapshot judges what it means.
 */
const starwindEngineSchema = z.looseObject({
  passwords: z.record(z.string(), z.string()),
  consoleSeq: count,
  writeGen: count,
  deviceNumbers: z.record(z.string(), z.looseObject({ ha: count, image: count })),
  imageFiles: z.record(
    z.string(),
    z.array(z.looseObject({ folder: z.string(), fileName: z.string(), volume: z.string(), sizeBytes: count })),
  ),
  haBlocks: z.record(
    z.string(),
    z.looseObject({
      acked: extents,
      sides: z.tuple([
        z.looseObject({ data: extents, dirty: extents, needsFull: z.boolean() }),
        z.looseObject({ data: extents, dirty: extents, needsFull: z.boolean() }),
      ]),
    }),
  ),
  plainBlocks: z.record(z.string(), extents),
});

/** A collection a file written before its domain existed does not have: it starts empty. */
const collection = <T extends z.ZodType>(entity: T) => z.array(entity).default([]);

const snapshotSchema = z.looseObject({
  snapshotVersion: z.literal(1),
  params: z.strictObject(paramsShape),
  nowMs: timeMs,
  version: count,
  kernel: kernelSchema,
  entities: z.looseObject({
    hosts: z.array(hostSchema),
    networks: z.array(networkSchema),
    starwindServices: collection(starwindServiceSchema),
    starwindConsoleServers: collection(starwindConsoleServerSchema),
    starwindTargets: collection(starwindTargetSchema),
    starwindDevices: collection(starwindDeviceSchema),
    haDevices: collection(haDeviceSchema),
  }),
  events: z.array(eventSchema),
  starwind: starwindEngineSchema.optional(),
});

// The create request is the route's schema, so the log and the API agree on its shape; its
// defaults are filled before a command is logged, so a logged request always has every field.

/** Every engine command, strictly: a log entry the engine does not know is refused. */
export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setPower'), host: z.string(), action: z.enum(POWER_ACTIONS) }),
  z.strictObject({ type: z.literal('setNicLink'), host: z.string(), nic: z.string(), linkUp: z.boolean() }),
  z.strictObject({ type: z.literal('starwindAddServer'), address: z.string(), port: z.number().int() }),
  z.strictObject({ type: z.literal('starwindRemoveServer'), server: z.string() }),
  z.strictObject({ type: z.literal('starwindConnect'), server: z.string(), login: z.string(), password: z.string() }),
  z.strictObject({ type: z.literal('starwindDisconnect'), server: z.string() }),
  z.strictObject({
    type: z.literal('starwindChangeCredentials'),
    server: z.string(),
    login: z.string(),
    password: z.string(),
    newLogin: z.string(),
    newPassword: z.string(),
  }),
  z.strictObject({ type: z.literal('starwindCreateDevice'), server: z.string(), request: createDeviceBodySchema }),
  z.strictObject({ type: z.literal('starwindDeviceAction'), device: z.string(), action: z.enum(DEVICE_ACTIONS), side }),
  z.strictObject({ type: z.literal('starwindRemoveDevice'), device: z.string() }),
  z.strictObject({
    type: z.literal('starwindWriteBlocks'),
    device: z.string(),
    side,
    offsetBytes: count,
    lengthBytes: count,
    count,
  }),
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
