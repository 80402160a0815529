// The migration domain's zod schemas: its entities as a lab file holds them, its commands for the
// command log, and the bodies of its routes. Loaded on first use (../descriptor.ts says why).
import { z } from 'zod';
import type { DomainSchemas, Fits, Same } from '../descriptor';
import { count, list, text } from '../limits';
import { MIGRATION_PHASES, MIGRATION_STATES, MIGRATION_TYPES } from './facts';
import type { Migration, MigrationCommand, MigrationSettingsEntity } from './index';

const phase = z.enum(MIGRATION_PHASES);
export const migrationSchema = z.looseObject({
  id: text,
  cluster: text,
  role: text,
  vm: text,
  vmId: text,
  source: text,
  destination: text,
  bestPossibleNode: z.boolean(),
  type: z.enum(MIGRATION_TYPES),
  state: z.enum(MIGRATION_STATES),
  phase: phase.nullable(),
  passes: list(z.looseObject({ bytesSent: count, bytesDirtied: count, durationMs: count })),
  current: z.looseObject({ phase, bytes: count, startedMs: count, dueMs: count }).nullable(),
  memoryBytes: count,
  bandwidthBytesPerS: count,
  network: text.nullable(),
  passLimit: count,
  downtimeTargetMs: count,
  tcpTimeoutMs: count,
  switchOverMs: count,
  requestedMs: count,
  startedMs: count.nullable(),
  endedMs: count.nullable(),
  totalMs: count.nullable(),
  downtimeMs: count.nullable(),
  clientsKeptConnection: z.boolean().nullable(),
  reason: text.nullable(),
  timeline: list(z.looseObject({ phase, atMs: count })),
});
export const migrationSettingsSchema = z.looseObject({
  id: text,
  downtimeTargetMs: count,
  tcpTimeoutMs: count,
  switchOverMs: count,
  networkOrder: list(text).nullable(),
  simultaneousLiveMigrations: count,
});

// Request bodies: loose types (the engine names the rule for any bad value), no unknown fields.
const num = z.number();
const settingsFields = {
  downtimeTargetMs: num.optional(),
  tcpTimeoutMs: num.optional(),
  switchOverMs: num.optional(),
  networkOrder: z.array(z.string()).nullable().optional(),
  simultaneousLiveMigrations: num.optional(),
};
export const moveRoleBodySchema = z.strictObject({ node: z.string().optional(), migrationType: z.string() });
export const migrationSettingsBodySchema = z.strictObject(settingsFields);

const commandSchemas = [
  z.strictObject({ type: z.literal('migrationStart'), cluster: z.string(), role: z.string(), node: z.string().optional(), migrationType: z.enum(MIGRATION_TYPES) }),
  z.strictObject({ type: z.literal('migrationSetSettings'), cluster: z.string(), ...settingsFields }),
  z.strictObject({ type: z.literal('migrationCancel'), id: z.string() }),
] as const;

/** What the descriptor loads on first use. */
export const migrationSchemas = {
  entitySchemas: { migrations: migrationSchema, migrationSettings: migrationSettingsSchema },
  commandSchemas,
} satisfies DomainSchemas;

const commandsAgree: Same<z.output<(typeof commandSchemas)[number]>, MigrationCommand> = true;
const migrationFits: Fits<z.output<typeof migrationSchema>, Migration> = true;
const settingsFits: Fits<z.output<typeof migrationSettingsSchema>, MigrationSettingsEntity> = true;
void commandsAgree;
void migrationFits;
void settingsFits;
