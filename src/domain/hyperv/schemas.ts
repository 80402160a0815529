// The hyperv domain's zod schemas: its virtual machines as a lab file holds them, its commands for
// the command log, and the bodies of its routes. Loaded on first use (../descriptor.ts says why).
import { z } from 'zod';
import type { DomainSchemas, Fits, Same } from '../descriptor';
import { count, text } from '../limits';
import { AUTOMATIC_START_ACTIONS, VM_ACTIONS, VM_STATES } from './facts';
import type { HyperVCommand, VirtualMachine } from './index';

const workloadSchema = z.looseObject({ dirtyBytesPerS: count, diskWriteBytesPerS: count, wwsBytes: count });
const hardDiskSchema = z.discriminatedUnion('mode', [
  z.looseObject({ mode: z.literal('create'), path: text, sizeBytes: count }),
  z.looseObject({ mode: z.literal('existing'), path: text }),
  z.looseObject({ mode: z.literal('later') }),
]);
export const virtualMachineSchema = z.looseObject({
  id: text,
  name: text,
  host: text,
  hostId: text,
  state: z.enum(VM_STATES),
  transition: z.looseObject({ action: z.enum(VM_ACTIONS), startedMs: count, dueMs: count }).nullable(),
  startedMs: count.nullable(),
  createdMs: count,
  memoryBytes: count,
  assignedMemoryBytes: count,
  location: text,
  networkConnection: text,
  hardDisk: hardDiskSchema,
  isoPath: text.nullable(),
  automaticStartAction: z.enum(AUTOMATIC_START_ACTIONS),
  runningWhenHostStopped: z.boolean(),
  workload: workloadSchema,
  io: z.looseObject({ volume: text, lun: text, writing: z.boolean(), writtenBytes: count, rateBytesPerS: count, flowMark: count, sinceMs: count }).optional(),
});

// Request bodies: loose types (the engine names the rule for any bad value), no unknown fields.
const num = z.number();
const requestHardDisk = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('create'), name: z.string().optional(), location: z.string().optional(), sizeBytes: num.optional() }),
  z.strictObject({ mode: z.literal('existing'), path: z.string() }),
  z.strictObject({ mode: z.literal('later') }),
]);
const createFields = {
  name: z.string(),
  location: z.string().optional(),
  memoryBytes: num.optional(),
  networkConnection: z.string().optional(),
  hardDisk: requestHardDisk.optional(),
  isoPath: z.string().nullable().optional(),
};
const workloadPatch = z.strictObject({ dirtyBytesPerS: num.optional(), diskWriteBytesPerS: num.optional(), wwsBytes: num.optional() });
const settingsFields = { memoryBytes: num.optional(), automaticStartAction: z.enum(AUTOMATIC_START_ACTIONS).optional(), workload: workloadPatch.optional() };
export const createVmBodySchema = z.strictObject(createFields);
export const vmActionBodySchema = z.strictObject({ action: z.string() });
export const vmSettingsBodySchema = z.strictObject({ memoryBytes: num.optional(), automaticStartAction: z.string().optional(), workload: workloadPatch.optional() });

const commandSchemas = [
  z.strictObject({ type: z.literal('vmCreate'), host: z.string(), ...createFields }),
  z.strictObject({ type: z.literal('vmAction'), host: z.string(), vm: z.string(), action: z.enum(VM_ACTIONS) }),
  z.strictObject({ type: z.literal('vmSetSettings'), host: z.string(), vm: z.string(), ...settingsFields }),
] as const;

/** What the descriptor loads on first use. */
export const hypervSchemas = { entitySchemas: { virtualMachines: virtualMachineSchema }, commandSchemas } satisfies DomainSchemas;

const commandsAgree: Same<z.output<(typeof commandSchemas)[number]>, HyperVCommand> = true;
const entityFits: Fits<z.output<typeof virtualMachineSchema>, VirtualMachine> = true;
void commandsAgree;
void entityFits;
