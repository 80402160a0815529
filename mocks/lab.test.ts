// Contract of the lab routes: read, new lab, export, import (and every refusal of them).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { LabFile, LabInfo } from '../src/api/types';
import { labHost, resetLab, server } from './node';
import { expectRefusedUnchanged, getLab, send } from './test-support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
  // A lab that differs from a fresh one, so a refused request that reset it would show.
  await send('POST', '/api/v1/hosts/Demo2/power', { action: 'shutdown' });
  await send('POST', '/api/v1/lab/clock/advance', { ms: 5000 });
});

async function exportLab(): Promise<LabFile> {
  const response = await send('GET', '/api/v1/lab/export');
  expect(response.status).toBe(200);
  return (await response.json()) as LabFile;
}

describe('GET /api/v1/lab', () => {
  test('answers seed, scenario, options, time, version and hash', async () => {
    const info = await getLab();
    expect(info).toMatchObject({ seed: 1, scenario: 'seed-lab', nowMs: 5000 });
    expect(info.options).toMatchObject({ osVersion: '2008R2', clusterNodes: 2 });
    expect(info.version).toBeGreaterThan(0);
    expect(info.hash).toMatch(/\S/);
  });
});

describe('POST /api/v1/lab', () => {
  test('starts a new lab with the options asked, clock at 1×, empty log', async () => {
    const response = await send('POST', '/api/v1/lab', { seed: 7, options: { clusterNodes: 3 } });
    expect(response.status).toBe(200);
    const info = (await response.json()) as LabInfo;
    expect(info).toMatchObject({ seed: 7, scenario: 'seed-lab', nowMs: 0, options: { clusterNodes: 3 } });
    expect(typeof info.version).toBe('number');
    const hosts = (await (await send('GET', '/api/v1/hosts')).json()) as { hosts: { name: string }[] };
    expect(hosts.hosts.map((host) => host.name)).toContain('Demo3');
    expect(await (await send('GET', '/api/v1/lab/clock')).json()).toEqual({ paused: false, speed: 1 });
    expect(await labHost.commandLog()).toEqual([]);
  });

  test('an empty body means the defaults', async () => {
    const info = (await (await send('POST', '/api/v1/lab')).json()) as LabInfo;
    expect(info).toMatchObject({ seed: 1, scenario: 'seed-lab', nowMs: 0, options: { starwindVersion: 5 } });
  });

  test('starwindVersion is 5 or 8', async () => {
    const info = (await (await send('POST', '/api/v1/lab', { options: { starwindVersion: 8 } })).json()) as LabInfo;
    expect(info.options.starwindVersion).toBe(8);
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/lab', { options: { starwindVersion: 6 } }), 400, 'request.invalid_body');
    expect(Object.keys(problem.errors ?? {})).toEqual(['options.starwindVersion']);
  });

  test('scenario seed-lab-ready: the seed document done, as version 0; beyond the version\'s cluster limit a 400 naming the option', async () => {
    const info = (await (await send('POST', '/api/v1/lab', { scenario: 'seed-lab-ready' })).json()) as LabInfo;
    expect(info).toMatchObject({ scenario: 'seed-lab-ready', version: 0, options: { osVersion: '2008R2', clusterNodes: 2 } });
    expect(info.nowMs).toBeGreaterThan(0);
    const vms = (await (await send('GET', '/api/v1/hosts/Demo1/vms')).json()) as { vms: { name: string; state: string }[] };
    expect(vms.vms.map((vm) => [vm.name, vm.state])).toEqual([['VM1', 'Running']]);
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/lab', { scenario: 'seed-lab-ready', options: { clusterNodes: 17 } }), 400, 'request.invalid_body');
    expect(problem.errors).toEqual({
      'options.clusterNodes': 'options.clusterNodes must be at most 16 for scenario seed-lab-ready: a Windows Server 2008 R2 Enterprise failover cluster holds at most 16 nodes, not 17.',
    });
  });

  test('malformed JSON is a 400 and changes nothing', async () => {
    await expectRefusedUnchanged(() => send('POST', '/api/v1/lab', undefined, '{"seed": 1'), 400, 'request.malformed_json');
  });

  test('a body of the wrong shape is a 400 naming each field', async () => {
    const problem = await expectRefusedUnchanged(
      () => send('POST', '/api/v1/lab', { seed: -1, scenario: 'moon-base', options: { clusterNodes: 65 }, colour: 'red' }),
      400,
      'request.invalid_body',
    );
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(['colour', 'options.clusterNodes', 'scenario', 'seed']);
    expect(problem.errors?.colour).toBe('unknown field');
  });
});

describe('GET /api/v1/lab/export and POST /api/v1/lab/import', () => {
  test('the file holds the current snapshot and the whole command log', async () => {
    const file = await exportLab();
    const info = await getLab();
    expect(file).toMatchObject({ kind: 'ha-lab/lab', schemaVersion: 1, seed: 1, scenario: 'seed-lab' });
    expect(file.snapshot.nowMs).toBe(info.nowMs);
    expect(file.commandLog).toEqual([{ atMs: 0, command: { type: 'setPower', host: 'Demo2', action: 'shutdown' } }]);
  });

  test('an exported lab imports back to the same hash and time, clock paused', async () => {
    const file = await exportLab();
    const exported = await getLab();
    await resetLab({ seed: 2 });
    const response = await send('POST', '/api/v1/lab/import', file);
    expect(response.status).toBe(200);
    const info = (await response.json()) as LabInfo;
    expect(info).toMatchObject({ seed: 1, hash: exported.hash, nowMs: exported.nowMs });
    expect(typeof info.version).toBe('number');
    expect(await getLab()).toEqual(info);
    expect((await (await send('GET', '/api/v1/lab/clock')).json()).paused).toBe(true);
    expect(await labHost.commandLog()).toEqual(file.commandLog);
  });

  test('malformed JSON is a 400', async () => {
    await expectRefusedUnchanged(() => send('POST', '/api/v1/lab/import', undefined, 'not json'), 400, 'request.malformed_json');
  });

  test('a field of the wrong type is refused with its path', async () => {
    const file = await exportLab();
    (file.snapshot.entities.hosts[2]!.nics[0] as unknown as { ip: unknown }).ip = 172;
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/lab/import', file), 422, 'lab.import_invalid');
    expect(problem.detail).toContain('snapshot.entities.hosts[2].nics[0].ip: expected string');
    expect(problem.errors?.['snapshot.entities.hosts[2].nics[0].ip']).toMatch(/^expected string/);
  });

  test('an address outside its subnet is refused by the semantic check', async () => {
    const file = await exportLab();
    file.snapshot.entities.hosts[3]!.nics[0]!.ip = '10.99.0.1';
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/lab/import', file), 422, 'lab.import_invalid');
    expect(problem.detail).toContain('10.99.0.1');
    expect(Object.keys(problem.errors ?? {})).toContain('snapshot.entities.hosts[3].nics[0]');
  });

  test('a duplicate host name is refused', async () => {
    const file = await exportLab();
    const hosts = file.snapshot.entities.hosts;
    hosts[4] = { ...hosts[4]!, id: hosts[3]!.id, name: hosts[3]!.name };
    await expectRefusedUnchanged(() => send('POST', '/api/v1/lab/import', file), 422, 'lab.import_invalid');
  });

  test('an unknown schema version is refused naming the version this build reads', async () => {
    const file = { ...(await exportLab()), schemaVersion: 99 };
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/lab/import', file), 422, 'lab.import_invalid');
    expect(problem.detail).toBe('Lab file schema version 99 is not supported; this build reads schema version 1.');
  });

  test('a command log out of time order or past the snapshot is refused', async () => {
    const file = await exportLab();
    const entry = file.commandLog[0]!;
    file.commandLog = [{ ...entry, atMs: 3000 }, { ...entry, atMs: 1000 }, { ...entry, atMs: 9_999_999 }];
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/lab/import', file), 422, 'lab.import_invalid');
    expect(problem.errors?.['commandLog[1].atMs']).toContain('time order');
    expect(problem.errors?.['commandLog[2].atMs']).toContain('after the snapshot');
  });

  test('a command the engine does not know is refused', async () => {
    const file = await exportLab();
    (file.commandLog as unknown[]).push({ atMs: 0, command: { type: 'formatDisk', host: 'Demo1' } });
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/lab/import', file), 422, 'lab.import_invalid');
    expect(Object.keys(problem.errors ?? {})[0]).toMatch(/^commandLog\[1\]\.command/);
  });

  test('something that is not a lab file at all is refused', async () => {
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/lab/import', { hello: 'world' }), 422, 'lab.import_invalid');
    expect(problem.detail).toContain('not an HA Lab file');
  });
});
