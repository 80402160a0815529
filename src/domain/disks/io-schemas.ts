// The I/O generator's state as a lab file holds it (HostDisk.io), for the snapshot check. Loaded
// with the disks domain's other schemas on first use (../descriptor.ts says why).
import { z } from 'zod';
import { count, list, text } from '../limits';

const num = z.number();
const countersSchema = z.looseObject({ path: text, reads: count, writes: count, bytes: count });
const resultSchema = z.looseObject({
  acknowledged: count, errors: count, mismatches: count, latencyMs: z.looseObject({ p50: num, p99: num, max: num }), perPath: list(countersSchema), durationUs: count,
});
const sliceSchema = z.looseObject({
  path: text, device: text, side: z.union([z.literal(0), z.literal(1)]), from: count, to: count, serviceUs: count, stepUs: count, latencyUs: count, mode: z.enum(['mirrored', 'alone']).nullable(),
});
const parkedSchema = z.looseObject({ path: text, device: text, side: z.union([z.literal(0), z.literal(1)]), jobs: list(text), from: count, to: count, issuedMs: count, latencyUs: count, stalled: count });
const runSchema = z.looseObject({
  job: text, op: z.enum(['read', 'write']), pattern: z.enum(['sequential', 'random']), blockBytes: count, queueDepth: count, count,
  baseBytes: count, slots: count, startSlot: count, randomKey: count.optional(), startedMs: count, todo: list(z.tuple([count, count])), segmentStartMs: count,
  slices: list(sliceSchema), planKey: z.string(), parked: list(parkedSchema), stall: z.looseObject({ sinceMs: count, count, extraUs: count.nullable() }).nullable(), acknowledged: count, errors: count, mismatches: count,
  histogram: list(z.tuple([count, count])), perPath: list(countersSchema),
});
export const diskIoSchema = z.looseObject({
  rrCursor: count, counters: list(countersSchema), runs: list(runSchema), last: z.looseObject({ job: text.nullable(), result: resultSchema.nullable() }),
});
