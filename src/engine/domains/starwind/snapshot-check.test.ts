// The block state of a snapshot is decoded and judged before a lab is restored: every extent
// inside its device, sorted, non-overlapping and merged, every value a generation the lab issued.
// A refusal names the map's path and the rule.
import { describe, expect, test } from 'vitest';
import { validateSnapshot } from '../../snapshot-check';
import { consoleLab, createHa, haRequest, ok, STORE1, write } from '../../testing/starwind-helpers';
import type { StarWindEngineSnapshot } from '../../types';
import { ExtentMap } from './extent-map';
import { encodeExtentText } from './extent-map-snapshot';

const HA_BLOCKS = 262_144;
const PLAIN_BLOCKS = 16_384;

/** HA1 (1 GiB) and a plain image device (64 MiB), both written. */
function labJson(): { starwind: StarWindEngineSnapshot; snapshot: unknown; plainId: string } {
  const lab = consoleLab({ seed: 5 });
  createHa(lab);
  ok(lab, { type: 'starwindCreateDevice', server: STORE1.name, request: haRequest({ targetAlias: 'Plain', deviceType: 'image-file', ha: null, sizeBytes: PLAIN_BLOCKS * 4096 }) });
  lab.advance(60_000);
  write(lab, 'ha-0001', 0, 0, 4096, 3);
  const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as { domains: { starwind: StarWindEngineSnapshot } };
  const plainId = Object.keys(snapshot.domains.starwind.plainBlocks)[0]!;
  return { starwind: snapshot.domains.starwind, snapshot, plainId };
}

const text = (triples: number[]) => encodeExtentText(ExtentMap.fromJSON(triples));

describe('the block state in a snapshot', () => {
  test('a valid lab passes', () => {
    expect(validateSnapshot(labJson().snapshot)).toEqual([]);
  });

  test('an extent past the end of its device is refused, with its path and rule', () => {
    const { starwind, snapshot, plainId } = labJson();
    starwind.haBlocks['ha-0001']!.sides[1].data = text([0, 3, 1, HA_BLOCKS - 1, HA_BLOCKS + 1, 1]);
    starwind.plainBlocks[plainId] = text([PLAIN_BLOCKS, PLAIN_BLOCKS + 1, 1]);
    expect(validateSnapshot(snapshot)).toEqual([
      {
        path: `domains.starwind.plainBlocks.${plainId}`,
        message: `starwind.plainBlocks.${plainId} (rule beyond-device, chunk 0, offset 3): extent 0 [${PLAIN_BLOCKS}, ${PLAIN_BLOCKS + 1}) ends beyond the ${PLAIN_BLOCKS} blocks of its device.`,
      },
      {
        path: 'domains.starwind.haBlocks.ha-0001.sides[1].data',
        message: expect.stringMatching(/^starwind\.haBlocks\.ha-0001\.sides\[1\]\.data \(rule beyond-device, chunk 0, offset \d+\): extent 1 \[262143, 262145\) ends beyond the 262144 blocks of its device\.$/) as string,
      },
    ]);
  });

  test('a device past the largest the block state holds (2^32 − 1 blocks) is refused at its size', () => {
    const { snapshot } = labJson();
    const entities = (snapshot as { entities: { haDevices: { sizeBytes: number }[]; starwindDevices: { sizeBytes: number }[] } }).entities;
    // Other rules (volume space, equal sides) refuse these sizes too; this one names the limit.
    const pastLargest = () => validateSnapshot(snapshot).filter((problem) => problem.message.includes('past the largest device'));
    entities.haDevices[0]!.sizeBytes = 2 ** 32 * 4096;
    entities.starwindDevices[2]!.sizeBytes = 2 ** 32 * 4096;
    expect(pastLargest()).toEqual([
      { path: 'entities.starwindDevices[2].sizeBytes', message: 'starwindDevices[2]: 17592186044416 bytes is past the largest device, 17592186040320 bytes (16 TB less 4 KB).' },
      { path: 'entities.haDevices[0].sizeBytes', message: 'haDevices[0]: 17592186044416 bytes is past the largest device, 17592186040320 bytes (16 TB less 4 KB).' },
    ]);
    entities.haDevices[0]!.sizeBytes = (2 ** 32 - 1) * 4096;
    entities.starwindDevices[2]!.sizeBytes = (2 ** 32 - 1) * 4096;
    expect(pastLargest()).toEqual([]);
  });

  test('unmerged neighbours, a generation the lab never issued, a dirty value other than 1, triples: each refused by its rule', () => {
    const { starwind, snapshot } = labJson();
    const blocks = starwind.haBlocks['ha-0001']!;
    blocks.acked = ['x1:AACAAA']; // [0, 1) → 1 then [1, 2) → 1: one extent written as two
    blocks.sides[0].data = text([0, 3, starwind.writeGen + 1]);
    blocks.sides[0].dirty = text([5, 6, 2]);
    (blocks.sides[1] as unknown as { dirty: number[] }).dirty = [0, 3, 1];
    const rules = validateSnapshot(snapshot).map((problem) => [problem.path, /\(rule ([a-z-]+)/.exec(problem.message)?.[1]]);
    expect(rules).toEqual([
      ['domains.starwind.haBlocks.ha-0001.acked', 'not-merged'],
      ['domains.starwind.haBlocks.ha-0001.sides[0].data', 'value-range'],
      ['domains.starwind.haBlocks.ha-0001.sides[0].dirty', 'value-range'],
      ['domains.starwind.haBlocks.ha-0001.sides[1].dirty', 'chunks'],
    ]);
  });
});
