// The disks domain's zod schemas: MPIO settings and disks as a lab file holds them, and its
// commands, for the command log. Loaded on first use (../descriptor.ts says why).
import { z } from 'zod';
import type { DomainSchemas, Fits, Same } from '../descriptor';
import { count, list, text } from '../limits';
import { diskIoSchema } from './io-schemas';
import type { DisksCommand, HostDisk, MpioSettings } from './index';

const volumeSchema = z.looseObject({ driveLetter: text.nullable(), label: text, fileSystem: z.literal('NTFS'), sizeBytes: count, quickFormat: z.boolean() });
const pathSettingSchema = z.looseObject({ path: text, standby: z.boolean(), weight: count.nullable() });
export const mpioSettingsSchema = z.looseObject({
  id: text, host: text, iscsiClaimed: z.boolean(), claimPending: z.boolean(), deviceIds: list(text), pendingDeviceIds: list(text).nullable(),
});
export const hostDiskSchema = z.looseObject({
  id: text, hostId: text, number: count, lun: text, path: text.nullable(), present: z.boolean(), state: z.enum(['Online', 'Offline']),
  partitionStyle: z.enum(['MBR', 'GPT']).nullable(), volumes: list(volumeSchema),
  policy: z.enum(['fail-over-only', 'round-robin', 'round-robin-with-subset', 'least-queue-depth', 'weighted-paths', 'least-blocks']),
  pathSettings: list(pathSettingSchema),
  io: diskIoSchema.optional(),
});
const volumeRequest = z.strictObject({ sizeBytes: z.number().optional(), driveLetter: z.string().nullable().optional(), fileSystem: z.string().optional(), label: z.string().optional(), quickFormat: z.boolean().optional() });
const commandSchemas = [
  z.strictObject({ type: z.literal('mpioSetClaim'), host: z.string(), iscsiClaimed: z.boolean().optional(), deviceIds: z.array(z.string()).optional() }),
  z.strictObject({ type: z.literal('diskSet'), host: z.string(), number: z.number(), online: z.boolean().optional(), partitionStyle: z.string().optional(), volume: volumeRequest.optional() }),
  z.strictObject({
    type: z.literal('diskSetMpio'), host: z.string(), number: z.number(), policy: z.string(),
    paths: z.array(z.strictObject({ path: z.string(), standby: z.boolean().optional(), weight: z.number().optional() })).optional(),
  }),
  z.strictObject({
    type: z.literal('diskIo'), host: z.string(), number: z.number(), op: z.string(), pattern: z.string(), blockBytes: z.number(), count: z.number(),
    offsetBytes: z.number().optional(), queueDepth: z.number().optional(),
  }),
] as const;

/** What the descriptor loads on first use. */
export const disksSchemas = { entitySchemas: { mpioSettings: mpioSettingsSchema, hostDisks: hostDiskSchema }, commandSchemas: commandSchemas } satisfies DomainSchemas;

const commandsAgree: Same<z.output<(typeof commandSchemas)[number]>, DisksCommand> = true;
const mpioFits: Fits<z.output<typeof mpioSettingsSchema>, MpioSettings> = true;
const diskFits: Fits<z.output<typeof hostDiskSchema>, HostDisk> = true;
void commandsAgree;
void mpioFits;
void diskFits;
