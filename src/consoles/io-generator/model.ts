// The dialog's form and what it shows, pure: the values as typed (block size in KiB), the body the
// route takes (bytes), where the lab's refusal of a body field is shown, and the result's numbers.
import type { IoOp, IoPattern, IoResult } from '../../domain/disks';
import type { Job } from '../../domain/jobs';
import { BYTES_PER_KIB } from '../../domain/units';
import { FIELDS } from './labels';

export interface IoFormValues {
  op: IoOp;
  pattern: IoPattern;
  /** NaN while a number box is empty. */
  blockKib: number;
  count: number;
  offsetBytes: number;
  queueDepth: number;
}

export type IoField = keyof IoFormValues;

/** DiskSpd-like defaults: 64 KiB blocks, 10,000 I/Os from the start of the disk, one outstanding (the engine's default). */
export const IO_FORM_DEFAULTS: IoFormValues = { op: 'read', pattern: 'sequential', blockKib: 64, count: 10_000, offsetBytes: 0, queueDepth: 1 };

export interface IoBody {
  op: IoOp;
  pattern: IoPattern;
  blockBytes: number;
  count: number;
  offsetBytes: number;
  queueDepth: number;
}

const NUMBER_FIELDS = ['blockKib', 'count', 'offsetBytes', 'queueDepth'] as const;

/**
 * The route's body, or the empty boxes (nothing to send). Every rule (whole sectors, ranges, the
 * disk's end) is the lab's: the body goes to `?validate=only` as typed, so a refusal names its field.
 */
export function ioBody(values: IoFormValues): { ok: true; body: IoBody } | { ok: false; errors: Partial<Record<IoField, string>> } {
  const empty = NUMBER_FIELDS.filter((field) => !Number.isFinite(values[field]));
  if (empty.length > 0) return { ok: false, errors: Object.fromEntries(empty.map((field) => [field, FIELDS.enterNumber])) };
  return {
    ok: true,
    // KiB to bytes rounds only below a byte; a block that is no whole number of sectors is the lab's to refuse.
    body: { op: values.op, pattern: values.pattern, blockBytes: Math.round(values.blockKib * BYTES_PER_KIB), count: values.count, offsetBytes: values.offsetBytes, queueDepth: values.queueDepth },
  };
}

/** The form field that shows the lab's refusal of a body field; null for the disk or host (shown above the form). */
export function formFieldOf(bodyField: string): IoField | null {
  if (bodyField === 'blockBytes') return 'blockKib';
  return bodyField === 'op' || bodyField === 'pattern' || bodyField === 'count' || bodyField === 'offsetBytes' || bodyField === 'queueDepth' ? bodyField : null;
}

/** A `disks.io` job's result: its details carry the route's 200 answer as JSON once it has ended. */
export function jobIoResult(job: Job | undefined): IoResult | null {
  const text = job?.result?.details.result;
  if (text === undefined) return null;
  try {
    return JSON.parse(text) as IoResult;
  } catch {
    return null;
  }
}

const grouped = new Intl.NumberFormat('en-US');
export const formatCount = (value: number): string => grouped.format(value);

/** Latency as the engine gives it (ms, to the µs). */
export const formatMs = (valueMs: number): string => `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(valueMs)} ms`;

/** A simulated run time: µs under a millisecond, ms under a second, else seconds. */
export function formatDurationUs(durationUs: number): string {
  if (durationUs < 1_000) return `${formatCount(durationUs)} µs`;
  if (durationUs < 1_000_000) return formatMs(durationUs / 1_000);
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(durationUs / 1_000_000)} s`;
}
