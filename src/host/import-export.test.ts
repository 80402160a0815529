// Export → import round trip, and a refused import leaving lab, log and storage as they were.
import { describe, expect, test } from 'vitest';
import type { LabFile } from '../api/types';
import { createInProcessHost } from './in-process';
import { IndexedDbPersistence } from './persistence/indexed-db';

async function busyHost(dbName: string) {
  const host = createInProcessHost({ persistence: new IndexedDbPersistence(dbName) });
  await host.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' });
  await host.advance(40_000);
  await host.dispatch({ type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: false });
  await host.advance(1234);
  return host;
}

describe('export and import', () => {
  test('an exported lab imports to the same hash, replayable from its parameters', async () => {
    const source = await busyHost('ha-lab-export-a');
    const file = await source.exportLab();
    const exported = await source.info();
    expect(file.commandLog.map((entry) => entry.atMs)).toEqual([0, 40_000]);

    const target = createInProcessHost({ persistence: new IndexedDbPersistence('ha-lab-export-b') });
    const result = await target.importLab(JSON.parse(JSON.stringify(file)));
    expect(result).toEqual({ ok: true, info: exported });
    expect(await target.getClock()).toMatchObject({ paused: true });
    await target.close();

    // The import was persisted: a reload over the same store is the imported lab.
    const reloaded = createInProcessHost({ persistence: new IndexedDbPersistence('ha-lab-export-b') });
    expect(await reloaded.info()).toEqual(exported);
    expect(await reloaded.commandLog()).toEqual(file.commandLog);
    await reloaded.close();

    // The log replays from createLab(params) to the same lab.
    const replayed = createInProcessHost();
    await replayed.newLab({ seed: file.seed, scenario: file.scenario, options: file.options });
    for (const entry of file.commandLog) {
      await replayed.advance(entry.atMs - (await replayed.info()).nowMs);
      await replayed.dispatch(entry.command);
    }
    await replayed.advance(file.snapshot.nowMs - (await replayed.info()).nowMs);
    expect((await replayed.info()).hash).toBe(exported.hash);
    await source.close();
  });

  test('a refused import leaves the lab, its log and its storage exactly as they were', async () => {
    const persistence = new IndexedDbPersistence('ha-lab-import-refused');
    const host = await busyHost('ha-lab-import-refused');
    const stored = await persistence.load();
    const info = await host.info();
    const log = await host.commandLog();
    const clock = await host.getClock();

    const good = await host.exportLab();
    const bad: LabFile = structuredClone(good);
    bad.snapshot.entities.networks[0]!.cidr = 'not-a-subnet';
    const result = await host.importLab(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ kind: 'invalid', code: 'lab.import_invalid' });
      expect(result.error.message).toContain('not-a-subnet');
    }
    expect(await host.info()).toEqual(info);
    expect(await host.commandLog()).toEqual(log);
    expect(await host.getClock()).toEqual(clock);
    expect(await persistence.load()).toEqual(stored);
    await host.close();
  });
});
