// StarWind 4 → 5: a snapshot whose block state is flat [start, end, value] triples restores to the
// same lab (same hash, same block state) as the version 5 snapshot it was made from.
import { describe, expect, test } from 'vitest';
import { starwindDescriptor } from '../../../domain/starwind';
import type { SnapshotJson } from '../../decision';
import { migrateSnapshot } from '../../migrations';
import { restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import { consoleLab, createHa, haRequest, ok, STORE1, write } from '../../testing/starwind-helpers';
import type { Lab, StarWindEngineSnapshot } from '../../types';
import { ExtentMap } from './extent-map';
import { EXTENT_CODEC_NUMBER_MAX } from './extent-map-codec';
import { extentTriplesToText } from './extent-map-migration';
import { decodeExtentText, encodeExtentText } from './extent-map-snapshot';
import { starwindMigrations } from './migrations';

type Json = Record<string, unknown> & { domains: { starwind: StarWindEngineSnapshot }; domainVersions: Record<string, number> };

/** HA1 written at scattered blocks and left with a dirty map, and a plain image device written too. */
function writtenLab(): Lab {
  const lab = consoleLab({ seed: 3 });
  const ha = createHa(lab, { ha: { initMethod: 'do-not-synchronize' } });
  ok(lab, { type: 'starwindCreateDevice', server: STORE1.name, request: haRequest({ targetAlias: 'Plain', deviceType: 'image-file', ha: null, sizeBytes: 64 * 1024 * 1024 }) });
  for (let write4k = 0; write4k < 300; write4k++) write(lab, ha, write4k % 2 === 0 ? 0 : 1, ((write4k * 7_919) % 200_000) * 4096, 4096, 1 + (write4k % 3));
  lab.dispatch({ type: 'setNicLink', host: 'SWS-Store2', nic: 'iSCSI', linkUp: false });
  lab.advance(30_000);
  for (let write4k = 0; write4k < 20; write4k++) write(lab, ha, 0, write4k * 3 * 4096, 4096);
  const answer = lab.query({ type: 'starwindDevices', host: STORE1.name });
  if (!answer.ok) throw new Error(answer.error.message);
  const plain = answer.value.devices.find((device) => device.kind === 'image-file')!.id;
  for (let write4k = 0; write4k < 50; write4k++) write(lab, plain, 0, write4k * 11 * 4096, 8192);
  return lab;
}

/** The flat triples a version 4 snapshot held for this extent text. */
function triplesOf(text: unknown): number[] {
  const result = decodeExtentText(text, { blockCount: EXTENT_CODEC_NUMBER_MAX });
  if (!result.ok) throw new Error(result.problem.message);
  return result.map.toJSON();
}

/** The version 4 form of a version 5 snapshot: every extent text back to triples. */
function asVersion4(snapshot: Json): Json {
  const old = structuredClone(snapshot);
  old.domainVersions.starwind = 4;
  const internal = old.domains.starwind as unknown as Record<string, Record<string, Record<string, unknown>>>;
  for (const blocks of Object.values(internal.haBlocks!)) {
    blocks.acked = triplesOf(blocks.acked);
    for (const side of blocks.sides as unknown as Record<string, unknown>[]) {
      side.data = triplesOf(side.data);
      side.dirty = triplesOf(side.dirty);
    }
  }
  for (const id of Object.keys(internal.plainBlocks!)) internal.plainBlocks![id] = triplesOf(internal.plainBlocks![id]) as never;
  return old;
}

describe('StarWind snapshot 4 → 5: block state as extent text', () => {
  test('a version 4 snapshot with triples restores to the same hash and block state', () => {
    const lab = writtenLab();
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as Json;
    const old = asVersion4(snapshot);
    const ha = old.domains.starwind.haBlocks['ha-0001']!;
    // The fixture exercises every map: fragmented data on both sides, a dirty map, a plain device.
    expect((ha.sides[0].data as unknown as number[]).length).toBeGreaterThan(3 * 100);
    expect((ha.sides[0].dirty as unknown as number[]).length).toBeGreaterThan(0);
    expect(Object.values(old.domains.starwind.plainBlocks).every((triples) => triples.length > 0)).toBe(true);

    // Version 4 goes through this migration; applied alone (so later migrations of other parts
    // cannot change what this test compares), it gives back the lab that was saved.
    expect(starwindMigrations.find((migration) => migration.from === 4)?.migrate).toBe(extentTriplesToText);
    const migrated = structuredClone(old);
    extentTriplesToText(migrated as unknown as SnapshotJson);
    migrated.domainVersions.starwind = starwindDescriptor.schemaVersion;
    expect(validateSnapshot(migrated)).toEqual([]);
    const restored = restoreLab(migrated);
    expect(restored.hash()).toBe(lab.hash());
    expect(restored.snapshot().domains.starwind).toEqual(snapshot.domains.starwind);
    // And both go on alike.
    for (const each of [lab, restored]) write(each, 'ha-0001', 0, 4096 * 77, 4096 * 5);
    expect(restored.hash()).toBe(lab.hash());
  });

  test('triples are migrated as version 4 loaded them: unmerged neighbours merge', () => {
    const snapshot = JSON.parse(JSON.stringify(writtenLab().snapshot())) as Json;
    const old = asVersion4(snapshot);
    const ha = old.domains.starwind.haBlocks['ha-0001']! as unknown as { acked: number[] };
    const gen = old.domains.starwind.writeGen;
    ha.acked = [0, 3, gen, 3, 5, gen, 10, 12, 1];
    const migrated = migrateSnapshot(old) as Json;
    expect(migrated.domainVersions.starwind).toBe(starwindDescriptor.schemaVersion);
    expect(migrated.domains.starwind.haBlocks['ha-0001']!.acked).toEqual(encodeExtentText(ExtentMap.fromJSON([0, 5, gen, 10, 12, 1])));
    // The worked example of the text: [0, 5) → 1, [10, 12) → 2 is gap 0, length − 1 = 4, +1; gap 5, 1, +1.
    expect(encodeExtentText(ExtentMap.fromJSON([0, 3, 1, 3, 5, 1, 10, 12, 2]))).toEqual(['x1:AECFBC']);
  });

  test('triples version 4 refused stay as they are, and are refused at their path', () => {
    const old = asVersion4(JSON.parse(JSON.stringify(writtenLab().snapshot())) as Json);
    (old.domains.starwind.haBlocks['ha-0001']!.sides[1] as unknown as { data: number[] }).data = [10, 20, 1, 15, 30, 1];
    const migrated = migrateSnapshot(old) as Json;
    expect(migrated.domains.starwind.haBlocks['ha-0001']!.sides[1].data).toEqual([10, 20, 1, 15, 30, 1]);
    const problems = validateSnapshot(old);
    expect(problems).toEqual([{ path: 'domains.starwind.haBlocks.ha-0001.sides[1].data', message: expect.stringContaining('rule chunks') as string }]);
  });
});
