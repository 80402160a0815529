// Lab files and StarWind: files without StarWind params or state still import; StarWind commands
// are in the command log schema; a lab with an HA device exports and imports back to the same hash.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { checkLabFile } from '../src/api/lab-file';
import { migrateSnapshot } from '../src/host/import-check';
import type { LabFile } from '../src/api/types';
import { labHost, resetLab, server } from './node';
import { api, consoleWithBothStores, ha1Request, STORE1 } from './starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from './test-support';

const STARWIND_COLLECTIONS = ['starwindServices', 'starwindConsoleServers', 'starwindTargets', 'starwindDevices', 'haDevices'] as const;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
});

async function exportLab(): Promise<LabFile> {
  return api.call('exportLab');
}

describe('lab files and StarWind', () => {
  test('a file saved before StarWind existed (snapshot format 1) gets it on import', async () => {
    const file = await exportLab();
    // Format 1 had no domain versions, no jobs and internal parts at the top; this one no StarWind.
    const old = structuredClone(file) as unknown as { snapshot: Record<string, unknown> & { entities: Record<string, unknown> } };
    for (const name of STARWIND_COLLECTIONS) delete old.snapshot.entities[name];
    delete old.snapshot.entities.jobs;
    delete old.snapshot.domains;
    delete old.snapshot.domainVersions;
    old.snapshot.snapshotVersion = 1;
    expect((await checkLabFile(old)).ok).toBe(false);
    const check = await checkLabFile(old, { migrate: migrateSnapshot });
    if (!check.ok) throw new Error(check.message);
    // StarWind is installed meanwhile: a service on each storage server, nothing else yet.
    expect(check.file.snapshot.entities.starwindServices.map((service) => service.host)).toEqual(['SWS-Store1', 'SWS-Store2']);
    for (const name of STARWIND_COLLECTIONS.slice(1)) expect(check.file.snapshot.entities[name]).toEqual([]);
    expect(check.file.snapshot.entities.jobs).toEqual([]);
    // And the host takes it: the same lab as the one exported.
    const exported = await getLab();
    await resetLab({ seed: 2 });
    expect(await api.call('importLab', { body: old as unknown as LabFile })).toMatchObject({ hash: exported.hash, nowMs: exported.nowMs });
  });

  test('StarWind commands are part of the command log schema; a malformed one is refused', async () => {
    const file = await exportLab();
    const request = ha1Request();
    file.commandLog = [
      { atMs: 0, command: { type: 'starwindAddServer', address: STORE1.name, port: 3261 } },
      { atMs: 0, command: { type: 'starwindConnect', server: STORE1.name, login: 'root', password: 'starwind' } },
      { atMs: 0, command: { type: 'starwindCreateDevice', server: STORE1.name, request: { ...request, ha: request.ha! } as never } },
      { atMs: 0, command: { type: 'starwindDeviceAction', device: 'ha-0001', action: 'synchronize', side: 1 } },
      { atMs: 0, command: { type: 'starwindWriteBlocks', device: 'ha-0001', side: 0, offsetBytes: 0, lengthBytes: 4096, count: 3 } },
    ];
    expect((await checkLabFile(file)).ok).toBe(true);
    (file.commandLog[3]!.command as { side: number }).side = 2;
    const check = await checkLabFile(file);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(Object.keys(check.errors)).toEqual(['commandLog[3].command.side']);
  });

  test('a lab with HA1 exports and imports back to the same hash; a broken HA device is refused', async () => {
    await consoleWithBothStores();
    await api.call('createStarWindDevice', { params: { host: STORE1.name }, body: ha1Request() });
    await api.call('advanceClock', { body: { ms: 3000 } });
    const file = await exportLab();
    const exported = await getLab();
    expect(file.snapshot.entities.haDevices).toHaveLength(1);
    expect(file.commandLog.map((entry) => entry.command.type)).toEqual(['starwindAddServer', 'starwindConnect', 'starwindAddServer', 'starwindConnect', 'starwindCreateDevice']);
    await resetLab({ seed: 2 });
    const imported = await api.call('importLab', { body: file });
    expect(imported).toMatchObject({ hash: exported.hash, nowMs: exported.nowMs });
    expect(await labHost.commandLog()).toEqual(file.commandLog);

    const broken = structuredClone(file);
    (broken.snapshot.entities.haDevices[0] as unknown as { sides: unknown[] }).sides = [];
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/lab/import', broken), 422, 'lab.import_invalid');
    expect(Object.keys(problem.errors ?? {})[0]).toMatch(/^snapshot\.entities\.haDevices\[0\]\.sides/);
  });
});
