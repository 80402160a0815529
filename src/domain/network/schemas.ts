// Zod schemas of the physical lab's entities and of the cable command. Entities are loose objects:
// unknown keys are kept, not stripped; the engine's snapshot check owns their rules.
import { z } from 'zod';
import { OS_VERSIONS } from '../lab';
import { POWER_ACTIONS, POWER_STATES } from '../power/constants';

const timeMs = z.number().int().min(0);
const count = z.number().int().min(0);

export const HOST_ROLES = ['domain-controller', 'storage', 'cluster-node'] as const;

export const nicSchema = z.looseObject({
  name: z.string(),
  network: z.string(),
  ip: z.string(),
  prefixLength: z.number().int().min(0).max(32),
  linkUp: z.boolean(),
  speedBitsPerS: z.number().min(0),
  mac: z.string(),
});

export const hostSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  role: z.enum(HOST_ROLES),
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

export const networkSchema = z.looseObject({ id: z.string(), name: z.string(), cidr: z.string(), purpose: z.string() });

export const setNicLinkCommandSchema = z.strictObject({ type: z.literal('setNicLink'), host: z.string(), nic: z.string(), linkUp: z.boolean() });
