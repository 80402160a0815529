// Request bodies as zod schemas: the handlers parse with them (a wrong shape is a 400) and the
// UI can reuse them. Rules of the lab itself (a host is off, a name is taken) are the engine's.
import { z } from 'zod';
import { scenarioOptionsProblem } from '../domain/scenarios';
import { CLOCK_SPEEDS, CLUSTER_NODES_MAX, CLUSTER_NODES_MIN, DEFAULT_SCENARIO, OS_VERSIONS, SCENARIOS, SEED_MAX, SEED_MIN, ADVANCE_MAX_MS } from '../domain/lab';
import { POWER_ACTIONS } from '../domain/power';
import { EVENT_LEVELS, EVENT_LOGS, EVENTS_PAGE_MAX } from '../domain/event-log';
import {
  PARTNER_LOSS_DETECTION_MS_MAX,
  SPLIT_BRAIN_WINNERS,
  STARWIND_MANAGEMENT_PORT,
  STARWIND_VERSIONS,
  SYNC_EFFICIENCY_MAX,
  SYNC_EFFICIENCY_MIN,
} from '../domain/starwind';
import { DEVICE_ACTIONS, DEVICE_WRITES_COUNT_MAX, PORT_MAX, PORT_MIN } from '../domain/starwind/schemas';

// The StarWind request schemas the command log shares live in the domain's descriptor.
export { addReplicaBodySchema, createDeviceBodySchema, DEVICE_ACTIONS, DEVICE_WRITES_COUNT_MAX, haDeviceSpecSchema, imageFileSpecSchema, PORT_MAX, PORT_MIN } from '../domain/starwind/schemas';

export const scenarioOptionsSchema = z.strictObject({
  osVersion: z.enum(OS_VERSIONS).optional(),
  clusterNodes: z.number().int().min(CLUSTER_NODES_MIN).max(CLUSTER_NODES_MAX).optional(),
  startEpochMs: z.number().int().min(0).optional(),
  syncEfficiency: z.number().min(SYNC_EFFICIENCY_MIN).max(SYNC_EFFICIENCY_MAX).optional(),
  partnerLossDetectionMs: z.number().int().min(0).max(PARTNER_LOSS_DETECTION_MS_MAX).optional(),
  // One literal set, so a bad value reads "expected one of 5|8".
  starwindVersion: z.literal(STARWIND_VERSIONS).optional(),
});

export const newLabBodySchema = z
  .strictObject({
    seed: z.number().int().min(SEED_MIN).max(SEED_MAX).optional(),
    scenario: z.enum(SCENARIOS).optional(),
    options: scenarioOptionsSchema.optional(),
  })
  .superRefine((body, ctx) => {
    const problem = scenarioOptionsProblem(body.scenario ?? DEFAULT_SCENARIO, body.options?.osVersion, body.options?.clusterNodes);
    if (problem) ctx.addIssue({ code: 'custom', path: ['options', 'clusterNodes'], message: problem });
  });

export const clockBodySchema = z.strictObject({
  paused: z.boolean().optional(),
  // One literal set (not a union of literals) so a bad value reads "expected one of 1|10|…".
  speed: z.literal(CLOCK_SPEEDS).optional(),
});

export const advanceBodySchema = z.strictObject({
  ms: z.number().int().min(0).max(ADVANCE_MAX_MS),
});

export const powerBodySchema = z.strictObject({
  action: z.enum(POWER_ACTIONS),
});

export const nicBodySchema = z.strictObject({
  linkUp: z.boolean(),
});

/** The longest command line the lab's PowerShell reads (a line typed in the console). */
export const POWERSHELL_LINE_MAX_CHARS = 4096;
/** The modules a session may have imported (more than the lab has is a bad request). */
export const POWERSHELL_SESSION_MODULES_MAX = 16;

/**
 * POST /api/v1/powershell: one command line, run on `host` (the server the console runs on;
 * absent: a management workstation), with the modules the console's session imported so far.
 */
export const powershellBodySchema = z.strictObject({
  command: z.string().max(POWERSHELL_LINE_MAX_CHARS),
  host: z.string().min(1).max(64).optional(),
  session: z.strictObject({ modules: z.array(z.string().min(1).max(64)).max(POWERSHELL_SESSION_MODULES_MAX) }).optional(),
});

/** Query string of GET /api/v1/events; every value arrives as text. */
export const eventsQuerySchema = z.strictObject({
  since: z.coerce.number().int().min(0).optional(),
  host: z.string().min(1).optional(),
  log: z.enum(EVENT_LOGS).optional(),
  source: z.string().min(1).optional(),
  level: z.enum(EVENT_LEVELS).optional(),
  limit: z.coerce.number().int().min(1).max(EVENTS_PAGE_MAX).optional(),
});

// ---------------------------------------------------------------------------------------------
// StarWind. Shape only: integers, ranges, enums, which fields belong together. The
// lab's rules (a valid IQN, a free alias, free space, a reachable partner) are the engine's, so the
// wizard gets them from `?validate=only` with the same field keys as on Finish.

const portSchema = z.number().int().min(PORT_MIN).max(PORT_MAX);
const bytesSchema = z.number().int().min(0);
const sideSchema = z.literal([0, 1]);

/** POST /api/v1/starwind/servers: "Add Server", logging in at once when credentials are given. */
export const addStarWindServerBodySchema = z
  .strictObject({
    address: z.string(),
    port: portSchema.default(STARWIND_MANAGEMENT_PORT),
    login: z.string().optional(),
    password: z.string().optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.login === undefined) !== (body.password === undefined)) {
      const missing = body.login === undefined ? 'login' : 'password';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'give both login and password, or neither' });
    }
  });

/** POST /api/v1/starwind/servers/{host}/connect: the login dialog of a server in the console. */
export const starwindLoginBodySchema = z.strictObject({
  login: z.string(),
  password: z.string(),
});

/** PUT /api/v1/starwind/servers/{host}/credentials: the current pair, then the new one. */
export const starwindCredentialsBodySchema = z.strictObject({
  login: z.string(),
  password: z.string(),
  newLogin: z.string(),
  newPassword: z.string(),
});

/** `?validate=only` on a create route: run every check, change nothing. */
export const validateOnlyQuerySchema = z.strictObject({
  validate: z.literal('only').optional(),
});

export const deviceActionBodySchema = z.strictObject({
  action: z.enum(DEVICE_ACTIONS),
  side: sideSchema,
  /** For `set-split-brain-policy`: the replica whose data a split brain keeps. */
  policy: z.enum(SPLIT_BRAIN_WINNERS).optional(),
});

/** `count` writes of `lengthBytes`, end to end from `offsetBytes` (the engine's writeBlocks). */
export const deviceWritesBodySchema = z.strictObject({
  side: sideSchema,
  offsetBytes: bytesSchema,
  lengthBytes: z.number().int().min(1),
  count: z.number().int().min(1).max(DEVICE_WRITES_COUNT_MAX),
});

/** POST|DELETE /api/v1/hosts/{host}/features: the roles and features to install or remove (ids of the catalogue, src/domain/features). */
export const hostFeaturesBodySchema = z.strictObject({
  features: z.array(z.string()),
});

// --- iSCSI Initiator (src/domain/iscsi) ---------------------------------------------------------

/**
 * PUT /api/v1/hosts/{host}/iscsi: Yes to the first-open prompt (start the service, unblock it), a
 * new initiator name, the initiator CHAP secret (12–16 characters, sealed before it is logged; ""
 * removes it).
 */
export const iscsiSettingsBodySchema = z.strictObject({
  startService: z.literal(true).optional(),
  initiatorName: z.string().optional(),
  chapSecret: z.string().optional(),
});

/** POST /api/v1/hosts/{host}/iscsi/radius: Add RADIUS Server (port 1812 by default; the shared secret sealed before it is logged). */
export const iscsiRadiusBodySchema = z.strictObject({
  address: z.string(),
  port: z.number().int().min(1).max(65535).optional(),
  secret: z.string(),
});

/** DELETE /api/v1/hosts/{host}/iscsi/radius: the RADIUS server to remove (port 1812 by default). */
export const iscsiRemoveRadiusBodySchema = z.strictObject({
  address: z.string(),
  port: z.number().int().min(1).max(65535).optional(),
});

/** POST|DELETE /api/v1/hosts/{host}/iscsi/volumes: a drive letter, mount point or device path of the Volume List. */
export const iscsiVolumeBodySchema = z.strictObject({
  path: z.string(),
});

/** CHAP logon information (Advanced settings): secrets 12–16 characters, sealed before they are logged. */
const iscsiChapBodySchema = z.strictObject({
  name: z.string(),
  secret: z.string(),
  /** Mutual CHAP: the secret the target answers with; must differ from `secret`. */
  mutualSecret: z.string().optional(),
});

/** POST /api/v1/hosts/{host}/iscsi/portals: Discover Portal (port 3260 by default; Advanced: initiator IP, CHAP). */
export const iscsiPortalBodySchema = z.strictObject({
  address: z.string(),
  port: z.number().int().min(1).max(65535).optional(),
  initiatorAddress: z.string().optional(),
  chap: iscsiChapBodySchema.optional(),
});

/** DELETE /api/v1/hosts/{host}/iscsi/portals: the portal to remove (port 3260 by default). */
export const iscsiRemovePortalBodySchema = z.strictObject({
  address: z.string(),
  port: z.number().int().min(1).max(65535).optional(),
});

/** POST /api/v1/hosts/{host}/iscsi/targets/{iqn}/connect: Connect To Target (favorite by default; Advanced: initiator IP, target portal, CHAP). */
export const iscsiConnectBodySchema = z.strictObject({
  multipath: z.boolean().optional(),
  favorite: z.boolean().optional(),
  initiatorAddress: z.string().optional(),
  portalAddress: z.string().optional(),
  chap: iscsiChapBodySchema.optional(),
});

/** POST /api/v1/hosts/{host}/iscsi/quick-connect: the target's address or DNS name. */
export const iscsiQuickConnectBodySchema = z.strictObject({
  address: z.string(),
});

/**
 * PUT /api/v1/hosts/{host}/mpio: Discover Multi-Paths → "Add support for iSCSI devices", and the
 * MPIO Devices list's added hardware IDs (the whole list); both in effect after the next restart.
 */
export const mpioBodySchema = z.strictObject({
  iscsiClaimed: z.boolean().optional(),
  deviceIds: z.array(z.string()).max(1024).optional(),
});

/** PUT /api/v1/hosts/{host}/disks/{number}: Online/Offline, Initialize Disk, New Simple Volume (in that order, all or nothing). */
export const diskBodySchema = z.strictObject({
  online: z.boolean().optional(),
  /** MBR or GPT; the engine names the rule for any other value. */
  partitionStyle: z.string().optional(),
  volume: z
    .strictObject({
      sizeBytes: z.number().optional(),
      driveLetter: z.string().nullable().optional(),
      fileSystem: z.string().optional(),
      label: z.string().optional(),
      quickFormat: z.boolean().optional(),
    })
    .optional(),
});

/** POST /api/v1/hosts/{host}/disks/{number}/io: an I/O generator run (as DiskSpd); the engine checks each field's rule. */
export const diskIoBodySchema = z.strictObject({
  op: z.string(),
  pattern: z.string(),
  blockBytes: z.number(),
  count: z.number(),
  offsetBytes: z.number().optional(),
  queueDepth: z.number().optional(),
});

/** PUT /api/v1/hosts/{host}/disks/{number}/mpio: the load-balance policy and per-path standby / weight ("initiatorAddress->portal"). */
export const diskMpioBodySchema = z.strictObject({
  policy: z.string(),
  paths: z.array(z.strictObject({ path: z.string(), standby: z.boolean().optional(), weight: z.number().optional() })).optional(),
});
