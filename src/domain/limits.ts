// Limits every entity schema applies, so a lab file cannot carry a name of megabytes, a list of
// millions of NICs or a time beyond the lab's range. (The lab file's structural walk bounds depth
// and total sizes before any schema runs; these are the per-field rules.)
import { z } from 'zod';
import { LAB_TIME_MS_MAX } from './lab';

/** Names, addresses, IQNs (at most 223 by RFC 3720), paths and messages. */
export const TEXT_CHARS_MAX = 4096;
/** NICs, volumes, channels, portals, a target's devices: a handful in any real lab. */
export const ENTITY_LIST_ITEMS_MAX = 1024;

export const text = z.string().max(TEXT_CHARS_MAX);
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(ENTITY_LIST_ITEMS_MAX);
/** A moment the lab has reached (its clock is at most LAB_TIME_MS_MAX). */
export const timeMs = z.number().int().min(0).max(LAB_TIME_MS_MAX);
/** A moment a timer or transition is due: may lie beyond the lab's range, but stays exact. */
export const dueMs = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
