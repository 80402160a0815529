// Import refuses files it cannot honour, naming the path and the rule: missing id sequences,
// services or passwords, extents beyond their device, a time beyond the stated range, a log that
// does not replay to the snapshot, values nested too deep. A valid file restores and replays.
import { describe, expect, test } from 'vitest';
import { labFileWithHa } from '../../tests/integration/lab-file-fixture';
import { LAB_FILE_DEPTH_MAX } from '../api/lab-file-limits';
import { LAB_TIME_MS_MAX } from '../domain/lab';
import { createInProcessHost } from './in-process';
import { checkImport } from './import-check';
import { IndexedDbPersistence } from './persistence/indexed-db';

const valid = labFileWithHa();
/** A copy to mutate as plain JSON, as a file from outside would be. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fresh = (): any => JSON.parse(JSON.stringify(valid));

async function refusal(file: unknown): Promise<Record<string, string>> {
  const check = await checkImport(file);
  if (check.ok) throw new Error('expected a refusal');
  expect(check.error.code).toBe('lab.import_invalid');
  return check.error.errors ?? {};
}

/** An object nested `depth` levels deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

describe('import check', () => {
  test('a valid file with HA1, written and synchronised, restores to its own hash and its log replays to it', async () => {
    const check = await checkImport(structuredClone(valid));
    if (!check.ok) throw new Error(check.error.message);
    expect(check.lab.snapshot()).toEqual(valid.snapshot);
    expect(check.file.commandLog).toEqual(valid.commandLog);
    expect(check.archivedLog).toEqual([]);
  });

  test.each(['ha', 'device', 'target'])('a file without kernel.idSeqs.%s is refused: the next one would reuse an id', async (prefix) => {
    const file = fresh();
    delete file.snapshot.kernel.idSeqs[prefix];
    const errors = await refusal(file);
    expect(errors[`snapshot.kernel.idSeqs.${prefix}`]).toMatch(/must be at least \d+, or the next .* would reuse an id/);
  });

  test('a sequence below an id in use is refused too', async () => {
    const file = fresh();
    file.snapshot.kernel.idSeqs.target = 1;
    expect((await refusal(file))['snapshot.kernel.idSeqs.target']).toContain('target-0002');
  });

  test('a file without starwindServices, or without a service password, is refused', async () => {
    const noServices = fresh();
    delete noServices.snapshot.entities.starwindServices;
    expect((await refusal(noServices))['snapshot.entities.starwindServices']).toMatch(/^required/);

    const emptyServices = fresh();
    emptyServices.snapshot.entities.starwindServices = [];
    expect((await refusal(emptyServices))['snapshot.entities.starwindTargets[0].host']).toContain('no StarWind service');

    const noPassword = fresh();
    delete noPassword.snapshot.domains.starwind.passwords['SWS-Store1'];
    expect((await refusal(noPassword))['snapshot.domains.starwind.passwords.SWS-Store1']).toContain('no password');

    const noPasswords = fresh();
    delete noPasswords.snapshot.domains.starwind.passwords;
    expect(Object.keys(await refusal(noPasswords))).toContain('snapshot.domains.starwind.passwords');

    // A file of this version holds passwords sealed only: a clear one is refused, not imported.
    const clearPassword = fresh();
    clearPassword.snapshot.domains.starwind.passwords['SWS-Store1'] = 'starwind';
    expect((await refusal(clearPassword))['snapshot.domains.starwind.passwords.SWS-Store1']).toContain('sealed');
  });

  test('an acknowledged extent of 10^15 blocks on a 1 GiB device is refused', async () => {
    const file = fresh();
    // Extent text (the snapshot's form of an extent map) for blocks [0, 10^15) at generation 1.
    file.snapshot.domains.starwind.haBlocks['ha-0001'].acked = ['x1:A___ssy6vtcC'];
    expect((await refusal(file))['snapshot.domains.starwind.haBlocks.ha-0001.acked']).toContain('beyond the 262144 blocks');
  });

  test('a device larger than any volume of its server, or an HA device of another size than its replicas, is refused', async () => {
    const file = fresh();
    file.snapshot.entities.starwindDevices[0].sizeBytes = 2 ** 50;
    file.snapshot.entities.haDevices[0].sizeBytes = 2 ** 31;
    const errors = await refusal(file);
    expect(errors['snapshot.entities.starwindDevices[0].sizeBytes']).toContain('do not fit on any volume of SWS-Store1');
    expect(errors['snapshot.entities.haDevices[0].sizeBytes']).toContain('differs from side 0');
  });

  test('a device off its target, and a target listing a device it does not hold, are refused', async () => {
    const file = fresh();
    file.snapshot.entities.starwindDevices[0].targetId = 'target-0002';
    const errors = await refusal(file);
    expect(errors['snapshot.entities.starwindDevices[0].targetId']).toContain('list this device');
    expect(errors['snapshot.entities.starwindTargets[0].deviceIds[0]']).toContain('not a device on this target');
  });

  test('nowMs of 2^53 − 1 is refused: lab time is at most 100 years', async () => {
    const file = fresh();
    file.snapshot.nowMs = Number.MAX_SAFE_INTEGER;
    expect((await refusal(file))['snapshot.nowMs']).toContain(String(LAB_TIME_MS_MAX));
  });

  test('a command log that does not replay to the snapshot is refused', async () => {
    const truncated = fresh();
    truncated.commandLog.pop();
    expect((await refusal(truncated)).commandLog).toMatch(/reaches hash [0-9a-f]+, not the snapshot's/);

    const refusedOnReplay = fresh();
    refusedOnReplay.commandLog.splice(0, 2);
    expect(Object.keys(await refusal(refusedOnReplay))[0]).toMatch(/^commandLog(\[\d+\])?$/);
  });

  test('the log of a file from an older version is archived, not replayed: its rules or hash have changed since', async () => {
    const source = createInProcessHost();
    await source.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' });
    await source.advance(40_000);
    const old = JSON.parse(JSON.stringify(await source.exportLab()));
    await source.close();
    // Snapshot format 1, before StarWind: no domain versions, jobs or internal parts.
    for (const name of ['starwindServices', 'starwindConsoleServers', 'starwindTargets', 'starwindDevices', 'haDevices', 'jobs']) delete old.snapshot.entities[name];
    delete old.snapshot.domains;
    delete old.snapshot.domainVersions;
    old.snapshot.snapshotVersion = 1;
    const log = structuredClone(old.commandLog);
    expect(log).toHaveLength(1);
    const check = await checkImport(old);
    if (!check.ok) throw new Error(check.error.message);
    expect(check.archivedLog).toEqual(log);
    expect(check.file.commandLog).toEqual([]);
  });

  test('a field nested 3,000 levels deep is refused by the limits, before parsing', async () => {
    const file = fresh();
    file.snapshot.entities.hosts[0].notes = nested(3000);
    const errors = await refusal(file);
    const [field] = Object.keys(errors);
    expect(field).toMatch(/^snapshot\.entities\.hosts\[0\]\.notes(\.a)+$/);
    expect(errors[field!]).toBe(`nested deeper than ${LAB_FILE_DEPTH_MAX} levels`);
  });

  test('a text of a megabyte is refused by the limits', async () => {
    const file = fresh();
    file.snapshot.entities.hosts[0].name = 'x'.repeat(1_000_000);
    expect((await refusal(file))['snapshot.entities.hosts[0].name']).toMatch(/^text of 1000000 characters/);
  });

  test('each entity field has its own limit: a 5,000-character alias, 2,000 portals', async () => {
    const file = fresh();
    file.snapshot.entities.starwindTargets[0].alias = 'x'.repeat(5000);
    file.snapshot.entities.starwindTargets[1].portals = Array.from({ length: 2000 }, () => '172.30.100.22:3260');
    const errors = await refusal(file);
    expect(errors['snapshot.entities.starwindTargets[0].alias']).toMatch(/4096/);
    expect(errors['snapshot.entities.starwindTargets[1].portals']).toMatch(/1024/);
  });

  test('a refused import leaves the lab, its log and its storage as they were', async () => {
    const persistence = new IndexedDbPersistence('ha-lab-import-check-refused');
    const host = createInProcessHost({ persistence });
    await host.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' });
    await host.advance(5000);
    const [info, log, stored] = [await host.info(), await host.commandLog(), await persistence.load()];
    const file = fresh();
    file.snapshot.entities.hosts[0].notes = nested(3000);
    const result = await host.importLab(file);
    expect(result.ok).toBe(false);
    expect(await host.info()).toEqual(info);
    expect(await host.commandLog()).toEqual(log);
    expect(await persistence.load()).toEqual(stored);
    await host.close();
  });
});
