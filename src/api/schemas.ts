// Request bodies as zod schemas: the handlers parse with them (a wrong shape is a 400) and the
// UI can reuse them. Rules of the lab itself (a host is off, a name is taken) are the engine's.
import { z } from 'zod';
import { CLOCK_SPEEDS, CLUSTER_NODES_MAX, CLUSTER_NODES_MIN, OS_VERSIONS, SCENARIOS, SEED_MAX, SEED_MIN, ADVANCE_MAX_MS } from '../domain/lab';
import { POWER_ACTIONS } from '../domain/power';
import { EVENT_LEVELS, EVENT_LOGS, EVENTS_PAGE_MAX } from '../domain/event-log';

export const scenarioOptionsSchema = z.strictObject({
  osVersion: z.enum(OS_VERSIONS).optional(),
  clusterNodes: z.number().int().min(CLUSTER_NODES_MIN).max(CLUSTER_NODES_MAX).optional(),
  startEpochMs: z.number().int().min(0).optional(),
});

export const newLabBodySchema = z.strictObject({
  seed: z.number().int().min(SEED_MIN).max(SEED_MAX).optional(),
  scenario: z.enum(SCENARIOS).optional(),
  options: scenarioOptionsSchema.optional(),
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

/** Query string of GET /api/v1/events; every value arrives as text. */
export const eventsQuerySchema = z.strictObject({
  since: z.coerce.number().int().min(0).optional(),
  host: z.string().min(1).optional(),
  log: z.enum(EVENT_LOGS).optional(),
  source: z.string().min(1).optional(),
  level: z.enum(EVENT_LEVELS).optional(),
  limit: z.coerce.number().int().min(1).max(EVENTS_PAGE_MAX).optional(),
});
