// An ExtentMap as the StarWind snapshot holds it: its extent text (extent-map-codec.ts) cut into
// chunks of at most EXTENT_TEXT_CHUNK_CHARS. Why chunks and not one string: a lab file refuses any
// string longer than 64 KiB (its structural limits), and the text of a device fragmented by
// random writes weighs megabytes. The cut falls anywhere; reading joins the chunks first.
import { EXTENT_TEXT_CHUNK_CHARS } from '../../../domain/starwind/constants';
import type { ExtentText } from '../../types';
import type { ExtentMap } from './extent-map';
import { decodeExtents, encodeExtents, type ExtentDecodeLimits, type ExtentDecodeRule } from './extent-map-codec';

export type ExtentTextRule = ExtentDecodeRule | 'chunks';

export interface ExtentTextProblem {
  rule: ExtentTextRule;
  /** The chunk where the problem was found, and the character offset in it. */
  chunk: number;
  offset: number;
  message: string;
}

export type ExtentTextResult = { ok: true; map: ExtentMap } | { ok: false; problem: ExtentTextProblem };

/** The snapshot form of a map: never empty (an empty map is the prefix alone). */
export function encodeExtentText(map: ExtentMap): ExtentText {
  const text = encodeExtents(map);
  const chunks: string[] = [];
  for (let from = 0; from < text.length; from += EXTENT_TEXT_CHUNK_CHARS) chunks.push(text.slice(from, from + EXTENT_TEXT_CHUNK_CHARS));
  return chunks;
}

/** Reads the snapshot form, or answers the first problem with the rule, chunk and offset. */
export function decodeExtentText(chunks: unknown, limits: ExtentDecodeLimits): ExtentTextResult {
  const chunksProblem = (chunk: number, message: string): ExtentTextResult => ({ ok: false, problem: { rule: 'chunks', chunk, offset: 0, message } });
  if (!Array.isArray(chunks) || chunks.length === 0) return chunksProblem(0, 'must be a non-empty list of extent text chunks.');
  const bad = chunks.findIndex((chunk: unknown) => typeof chunk !== 'string' || chunk.length > EXTENT_TEXT_CHUNK_CHARS);
  if (bad >= 0) return chunksProblem(bad, `chunk ${bad} must be a text of at most ${EXTENT_TEXT_CHUNK_CHARS} characters.`);
  const result = decodeExtents((chunks as string[]).join(''), limits);
  if (result.ok) return result;
  // Back from an offset in the joined text to the chunk holding it.
  let chunk = 0;
  let offset = result.problem.offset;
  while (chunk < chunks.length - 1 && offset >= (chunks[chunk] as string).length) offset -= (chunks[chunk++] as string).length;
  return { ok: false, problem: { ...result.problem, chunk, offset } };
}
