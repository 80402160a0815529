// Zod schemas of the physical lab's entities and of the cable command. Entities are loose objects:
// unknown keys are kept, not stripped; the engine's snapshot check owns their rules. Loaded on
// first use (../descriptor.ts says why).
import { z } from 'zod';
import { OS_VERSIONS } from '../lab';
import { count, dueMs, list, text, timeMs } from '../limits';
import { POWER_ACTIONS, POWER_STATES } from '../power/constants';
import { HOST_ROLES } from './constants';
import type { DomainSchemas, Fits, Same } from '../descriptor';
import type { Host, Network } from './types';
import type { NetworkCommand } from './index';

// Kept importable from here, as before.
export { HOST_ROLES };

export const nicSchema = z.looseObject({
  name: text,
  network: text,
  ip: text,
  prefixLength: z.number().int().min(0).max(32),
  linkUp: z.boolean(),
  speedBitsPerS: z.number().min(0),
  mac: text,
});

export const hostSchema = z.looseObject({
  id: text,
  name: text,
  role: z.enum(HOST_ROLES),
  os: text,
  osVersion: z.enum(OS_VERSIONS),
  domain: text,
  powerState: z.enum(POWER_STATES),
  powerTransition: z.looseObject({ action: z.enum(POWER_ACTIONS), startedMs: timeMs, dueMs }).nullable(),
  lastBootMs: timeMs.nullable(),
  uncleanShutdownMs: timeMs.nullable(),
  nics: list(nicSchema),
  volumes: list(z.looseObject({ letter: text, label: text, sizeBytes: count, freeBytes: count })),
  features: list(text),
});

export const networkSchema = z.looseObject({ id: text, name: text, cidr: text, purpose: text });

export const setNicLinkCommandSchema = z.strictObject({ type: z.literal('setNicLink'), host: z.string(), nic: z.string(), linkUp: z.boolean() });

export const networkSchemas = {
  entitySchemas: { hosts: hostSchema, networks: networkSchema },
  commandSchemas: [setNicLinkCommandSchema],
} satisfies DomainSchemas;

// The schemas and the types describe the same command and entities, or this fails to compile.
const commandsAgree: Same<z.output<typeof setNicLinkCommandSchema>, NetworkCommand> = true;
const entitiesFit: [Fits<z.output<typeof hostSchema>, Host>, Fits<z.output<typeof networkSchema>, Network>] = [true, true];
void commandsAgree;
void entitiesFit;
