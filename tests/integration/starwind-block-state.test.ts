// A lab whose block state is fragmented by random writes still fits a lab file: each extent map
// is its extent text cut into chunks no longer than the file's longest string, so the export of
// such a lab imports, replays its log and restores to its own hash. An extent past its device is
// refused at its path.
import { describe, expect, test } from 'vitest';
import { LAB_FILE_STRING_CHARS_MAX } from '../../src/api/lab-file-limits';
import type { Command, LabFile } from '../../src/api/types';
import { LAB_FILE_KIND, LAB_FILE_SCHEMA_VERSION } from '../../src/domain/lab';
import { STARWIND_DEFAULT_LOGIN, STARWIND_DEFAULT_PASSWORD } from '../../src/domain/starwind';
import { EXTENT_TEXT_CHUNK_CHARS } from '../../src/domain/starwind/schemas';
import { BYTES_PER_KIB } from '../../src/domain/units';
import { createLab } from '../../src/engine';
import { checkImport } from '../../src/host/import-check';
import { ha1Request, SIZE_1_GIB, STORE1, STORE2 } from '../../mocks/starwind-test-support';
import { labFileWithHa } from './lab-file-fixture';

const WRITES = 14_000;

/** HA1 (1 GiB) written 4 KiB at a time at WRITES scattered blocks, with the log of it all. */
function fragmentedLabFile(): LabFile {
  const lab = createLab({ seed: 11, scenario: 'seed-lab' });
  const log: LabFile['commandLog'] = [];
  const run = (command: Command) => {
    const result = lab.dispatch(command);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
    log.push({ atMs: lab.nowMs(), command: structuredClone(command) });
  };
  for (const store of [STORE1, STORE2]) {
    run({ type: 'starwindAddServer', address: store.name, port: 3261 } as Command);
    run({ type: 'starwindConnect', server: store.name, login: STARWIND_DEFAULT_LOGIN, password: STARWIND_DEFAULT_PASSWORD } as Command);
  }
  run({ type: 'starwindCreateDevice', server: STORE1.name, request: ha1Request({}, { initMethod: 'do-not-synchronize' }) } as unknown as Command);
  const blocks = SIZE_1_GIB / (4 * BYTES_PER_KIB);
  for (let write = 0; write < WRITES; write++) {
    const block = (write * 104_729) % blocks;
    run({ type: 'starwindWriteBlocks', device: 'ha-0001', side: 0, offsetBytes: block * 4 * BYTES_PER_KIB, lengthBytes: 4 * BYTES_PER_KIB, count: 1 } as Command);
  }
  const { seed, scenario, options } = lab.params;
  return { kind: LAB_FILE_KIND, schemaVersion: LAB_FILE_SCHEMA_VERSION, seed, scenario, options, snapshot: lab.snapshot(), commandLog: log };
}

describe('StarWind block state in a lab file', () => {
  test('a chunk is no longer than the longest string a lab file accepts', async () => {
    expect(EXTENT_TEXT_CHUNK_CHARS).toBeLessThanOrEqual(LAB_FILE_STRING_CHARS_MAX);
  });

  test('a fragmented device spans several chunks, and its lab file imports to the same hash', async () => {
    const file = fragmentedLabFile();
    const acked = (file.snapshot.domains.starwind as { haBlocks: Record<string, { acked: string[] }> }).haBlocks['ha-0001']!.acked;
    expect(acked.length).toBeGreaterThan(1);
    const check = await checkImport(JSON.parse(JSON.stringify(file)));
    if (!check.ok) throw new Error(check.error.message);
    expect(check.lab.snapshot()).toEqual(file.snapshot);
    expect(check.archivedLog).toEqual([]);
  });

  test('an acknowledged extent of 10^15 blocks on a 1 GiB device is refused at its path, by its rule', async () => {
    const file = JSON.parse(JSON.stringify(labFileWithHa())) as { snapshot: { domains: { starwind: { haBlocks: Record<string, { acked: string[] }> } } } };
    // [0, 10^15) → 1 as extent text: gap 0, length − 1 = 10^15 − 1, value +1.
    file.snapshot.domains.starwind.haBlocks['ha-0001']!.acked = ['x1:A___ssy6vtcC'];
    const check = await checkImport(file);
    if (check.ok) throw new Error('expected a refusal');
    expect(check.error.errors?.['snapshot.domains.starwind.haBlocks.ha-0001.acked']).toBe(
      'starwind.haBlocks.ha-0001.acked (rule beyond-device, chunk 0, offset 3): extent 0 [0, 1000000000000000) ends beyond the 262144 blocks of its device.',
    );
  });
});
