// StarWind part 4 → 5: every extent map of the block state (haBlocks' acked, each side's data and
// dirty, plainBlocks) goes from flat [start, end, value] triples to its extent text in chunks
// (extent-map-snapshot.ts). The maps load as version 4 loaded them (unmerged neighbours merge),
// so the lab's hash is the same. A list version 4 would have refused is left as it is: the check
// then refuses it, at its path, as not being extent text.
import type { SnapshotJson } from '../../decision';
import { isRecord } from '../../params';
import { ExtentMap } from './extent-map';
import { EXTENT_CODEC_NUMBER_MAX } from './extent-map-codec';
import { encodeExtentText } from './extent-map-snapshot';
import { isExtentBlock } from './extent-map-tree';

/** True for the triples version 4 accepted (sorted, non-overlapping, non-empty) within the codec's range and blocks a map holds. */
function isTriples(value: unknown): value is number[] {
  if (!Array.isArray(value) || value.length % 3 !== 0) return false;
  let previousEnd = 0;
  for (let index = 0; index < value.length; index += 3) {
    const [start, end, held] = [value[index], value[index + 1], value[index + 2]] as unknown[];
    const inRange = (number: unknown) => Number.isSafeInteger(number) && (number as number) >= 0 && (number as number) <= EXTENT_CODEC_NUMBER_MAX;
    if (!inRange(start) || !inRange(end) || !inRange(held) || !isExtentBlock(end as number) || (start as number) < previousEnd || (start as number) >= (end as number)) return false;
    previousEnd = end as number;
  }
  return true;
}

export function extentTriplesToText(snapshot: SnapshotJson): void {
  const internal = snapshot.domains.starwind;
  if (!isRecord(internal)) return;
  const convert = (value: unknown): unknown => (isTriples(value) ? encodeExtentText(ExtentMap.fromJSON(value)) : value);
  if (isRecord(internal.haBlocks)) {
    for (const blocks of Object.values(internal.haBlocks)) {
      if (!isRecord(blocks)) continue;
      blocks.acked = convert(blocks.acked);
      for (const side of Array.isArray(blocks.sides) ? blocks.sides : []) {
        if (!isRecord(side)) continue;
        side.data = convert(side.data);
        side.dirty = convert(side.dirty);
      }
    }
  }
  if (isRecord(internal.plainBlocks)) for (const [id, data] of Object.entries(internal.plainBlocks)) internal.plainBlocks[id] = convert(data);
}
