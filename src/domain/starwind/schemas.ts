// Zod schemas of the StarWind domain: its entities and internal snapshot part as a lab file holds
// them, its commands as the command log holds them, and the Add Target request they share with the
// API. Loose entity objects keep unknown keys; the engine's snapshot check owns their meaning.
// Loaded on first use (../descriptor.ts says why): the domain's run-time constants are in constants.ts.
import { z } from 'zod';
import {
  CACHE_MODES,
  DEFAULT_CACHE_MODE,
  DEFAULT_CACHE_SIZE_MB,
  DEFAULT_FAILOVER_STRATEGY,
  DEFAULT_INIT_METHOD,
  DEFAULT_SECTOR_SIZE_BYTES,
  DEVICE_ACTIONS,
  DEVICE_WRITES_COUNT_MAX,
  EXTENT_TEXT_CHUNK_CHARS,
  FAILOVER_STRATEGIES,
  HA_PRIORITIES,
  INIT_METHODS,
  PORT_MAX,
  PORT_MIN,
  SECTOR_SIZES_BYTES,
  SPLIT_BRAIN_WINNERS,
  STARWIND_MANAGEMENT_PORT,
  SYNC_STATES,
  SYNC_TYPES,
} from './constants';
import { DEFAULT_REPLICA_INIT_METHOD, REPLICA_INIT_METHODS } from './replica';
import { count, dueMs, list, text, timeMs } from '../limits';
import { SEALED_SECRET_PATTERN } from '../secrets';
import type { DomainSchemas, Fits, Same } from '../descriptor';
import type { HaDevice, StarWindCommand, StarWindConsoleServer, StarWindDevice, StarWindEngineSnapshot, StarWindService, StarWindTarget } from './types';

// Run-time constants live in constants.ts (zod-free, ../descriptor.ts says why); importable from here as before.
export { DEVICE_ACTIONS, DEVICE_WRITES_COUNT_MAX, EXTENT_TEXT_CHUNK_CHARS, PORT_MAX, PORT_MIN };

const portSchema = z.number().int().min(PORT_MIN).max(PORT_MAX);
const bytesSchema = z.number().int().min(0);
// One literal set (not a union of literals) so a bad value reads "expected one of 0|1".

export const imageFileSpecSchema = z.strictObject({
  folder: z.string(),
  fileName: z.string(),
  createNew: z.boolean(),
});

export const haDeviceSpecSchema = z.strictObject({
  partnerAddress: z.string(),
  partnerPort: portSchema.default(STARWIND_MANAGEMENT_PORT),
  partnerLogin: z.string(),
  partnerPassword: z.string(),
  partnerTargetAlias: z.string(),
  partnerTargetName: z.string(),
  partnerImage: imageFileSpecSchema,
  syncLocalIp: z.string(),
  syncPartnerIp: z.string(),
  heartbeatLocalIp: z.string(),
  heartbeatPartnerIp: z.string(),
  localPriority: z.enum(HA_PRIORITIES),
  failoverStrategy: z.enum(FAILOVER_STRATEGIES).default(DEFAULT_FAILOVER_STRATEGY),
  initMethod: z.enum(INIT_METHODS).default(DEFAULT_INIT_METHOD),
  // Optional (the engine applies DEFAULT_SPLIT_BRAIN_WINNER), so wizards without the field still fit.
  splitBrainWinner: z.enum(SPLIT_BRAIN_WINNERS).optional(),
});

/**
 * The Add Target wizard's result (CreateDeviceRequest). `ha` is required for a High Availability
 * device and absent for a plain image file; the options of later versions default as the wizard does.
 */
export const createDeviceBodySchema = z
  .strictObject({
    targetAlias: z.string(),
    targetName: z.string(),
    targetType: z.literal('hard-disk').default('hard-disk'),
    deviceType: z.enum(['image-file', 'ha']),
    sizeBytes: bytesSchema,
    sectorSizeBytes: z.literal(SECTOR_SIZES_BYTES).default(DEFAULT_SECTOR_SIZE_BYTES),
    cacheMode: z.enum(CACHE_MODES).default(DEFAULT_CACHE_MODE),
    cacheSizeMb: z.number().int().min(0).default(DEFAULT_CACHE_SIZE_MB),
    image: imageFileSpecSchema,
    ha: haDeviceSpecSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.deviceType === 'ha' && body.ha === undefined) {
      ctx.addIssue({ code: 'custom', path: ['ha'], message: 'a High Availability device needs its partner settings' });
    }
    if (body.deviceType === 'image-file' && body.ha !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['ha'], message: 'only a High Availability device has partner settings' });
    }
  });

/** Replication Manager → Add Replica (AddReplicaRequest): the partner part, on an existing device. */
export const addReplicaBodySchema = haDeviceSpecSchema.extend({
  initMethod: z.enum(REPLICA_INIT_METHODS).default(DEFAULT_REPLICA_INIT_METHOD),
});

const side = z.literal([0, 1]);
const sectorSize = z.literal(SECTOR_SIZES_BYTES);

export const starwindServiceSchema = z.looseObject({
  id: text,
  host: text,
  product: text,
  running: z.boolean(),
  managementPort: z.number().int(),
  iscsiPort: z.number().int(),
  login: text,
  usesDefaultCredentials: z.boolean(),
});

export const starwindConsoleServerSchema = z.looseObject({
  id: text,
  host: text,
  address: text,
  port: z.number().int(),
  connected: z.boolean(),
  login: text.nullable(),
  addedSeq: count,
});

export const starwindTargetSchema = z.looseObject({
  id: text,
  host: text,
  alias: text,
  iqn: text,
  deviceIds: list(text),
  clustered: z.boolean(),
  portals: list(text),
});

export const starwindDeviceSchema = z.looseObject({
  id: text,
  host: text,
  name: text,
  kind: z.enum(['image-file', 'ha']),
  sizeBytes: count,
  sectorSizeBytes: sectorSize,
  cacheMode: z.enum(CACHE_MODES),
  cacheSizeMb: count,
  imageFolder: text,
  imageFileName: text,
  targetId: text,
  haDeviceId: text.nullable(),
});

const haChannelSchema = z.looseObject({ localIp: text, partnerIp: text, up: z.boolean() });

const haSideSchema = z.looseObject({
  host: text,
  deviceId: text,
  targetId: text,
  targetAlias: text,
  iqn: text,
  priority: z.enum(HA_PRIORITIES),
  syncState: z.enum(SYNC_STATES),
  blocked: z.boolean(),
  maintenance: z.boolean(),
  syncChannels: list(haChannelSchema),
  heartbeatChannels: list(haChannelSchema),
  partnerAlive: z.boolean(),
  bytesToSyncBytes: count,
  connectedInitiators: list(text),
});

export const haDeviceSchema = z.looseObject({
  id: text,
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
      dueMs,
      jobId: text,
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
  splitBrainWinner: z.enum(SPLIT_BRAIN_WINNERS),
  splitBrainWarning: z
    .looseObject({
      atMs: timeMs,
      policy: z.enum(SPLIT_BRAIN_WINNERS),
      winnerSide: side,
      loserSide: side,
      discardedBlocks: count,
      discardedBytes: count,
      message: text,
      logged: z.boolean(),
    })
    .nullable(),
});

/** An extent map as the snapshot holds it (ExtentText); the engine decodes and judges the text. */
const extents = z.array(z.string().max(EXTENT_TEXT_CHUNK_CHARS)).min(1);

/**
 * The engine's internal StarWind state (passwords, image files, block extents): typed as far as
 * its shape goes, loose for what the engine may add; validateSnapshot judges what it means.
 */
export const starwindEngineSchema = z.looseObject({
  // Sealed only: a lab file is handed out, its passwords must not be.
  passwords: z.record(z.string(), z.string().regex(SEALED_SECRET_PATTERN, 'a service password is kept sealed ("sha256:" and 64 hex digits), never in clear')),
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
  pendingWrites: z.array(
    z.looseObject({
      ha: z.string(),
      side,
      jobId: z.string(),
      fromBlock: count,
      toBlock: count,
      lengthBytes: count,
      count,
      issuedMs: count,
    }),
  ),
});

export const starwindCommandSchemas = [
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
  z.strictObject({ type: z.literal('starwindAddReplica'), device: z.string(), request: addReplicaBodySchema }),
  z.strictObject({ type: z.literal('starwindDeviceAction'), device: z.string(), action: z.enum(DEVICE_ACTIONS), side, policy: z.enum(SPLIT_BRAIN_WINNERS).optional() }),
  z.strictObject({ type: z.literal('starwindRemoveDevice'), device: z.string() }),
  z.strictObject({
    type: z.literal('starwindWriteBlocks'),
    device: z.string(),
    side,
    offsetBytes: count,
    lengthBytes: count,
    count,
  }),
] as const;

/** What the descriptor loads on first use. */
export const starwindSchemas = {
  entitySchemas: {
    starwindServices: starwindServiceSchema,
    starwindConsoleServers: starwindConsoleServerSchema,
    starwindTargets: starwindTargetSchema,
    starwindDevices: starwindDeviceSchema,
    haDevices: haDeviceSchema,
  },
  commandSchemas: starwindCommandSchemas,
  internalSchema: starwindEngineSchema,
} satisfies DomainSchemas;

// The schemas and the types describe the same commands and entities, or this fails to compile.
const commandsAgree: Same<z.output<(typeof starwindCommandSchemas)[number]>, StarWindCommand> = true;
const entitiesFit: [Fits<z.output<typeof haDeviceSchema>, HaDevice>, Fits<z.output<typeof starwindServiceSchema>, StarWindService>, Fits<z.output<typeof starwindConsoleServerSchema>, StarWindConsoleServer>, Fits<z.output<typeof starwindTargetSchema>, StarWindTarget>, Fits<z.output<typeof starwindDeviceSchema>, StarWindDevice>, Fits<z.output<typeof starwindEngineSchema>, StarWindEngineSnapshot>] = [true, true, true, true, true, true];
void commandsAgree;
void entitiesFit;
