// Contract of Replication Manager → Add Replica (StarWind 8): POST /api/v1/starwind/devices/{id}/replicas
// on a plain image-file device, its `?validate=only` check, refusals by field, and the 202 with the
// initial synchronisation's job.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { RouteBodies } from '../src/api/routes';
import { resetLab, server } from './node';
import { api, consoleWithBothStores, ha1Request, STORE1, STORE2 } from './starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from './test-support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
// Replication Manager is StarWind 8's: the lab runs version 8.
beforeEach(async () => {
  await resetLab({ options: { starwindVersion: 8 } });
  await consoleWithBothStores();
});

type ReplicaBody = RouteBodies['addStarWindReplica'];

/** Add Device (advanced): the plain image-file device HA1 on SWS-Store1. */
async function addImageDevice(): Promise<string> {
  const { ha: _ha, ...plain } = ha1Request({ deviceType: 'image-file' });
  const created = await api.call('createStarWindDevice', { params: { host: STORE1.name }, body: plain });
  expect(created.kind).toBe('image-file');
  return created.id;
}

function replicaBody(overrides: Partial<ReplicaBody> = {}): ReplicaBody {
  const { initMethod: _clear, ...partner } = ha1Request().ha!;
  return { ...partner, ...overrides };
}

const REPLICAS_OF = (id: string) => `/api/v1/starwind/devices/${id}/replicas`;

describe('POST /api/v1/starwind/devices/{id}/replicas', () => {
  test('?validate=only checks everything and changes nothing', async () => {
    const id = await addImageDevice();
    const before = await getLab();
    expect(await api.call('validateStarWindReplica', { params: { id }, body: replicaBody() })).toEqual({ valid: true, warnings: {} });
    expect(await getLab()).toEqual(before);
    const problem = await expectRefusedUnchanged(() => send('POST', `${REPLICAS_OF(id)}?validate=only`, replicaBody({ partnerAddress: STORE1.name, failoverStrategy: 'node-majority' })), 422, /starwind\./);
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(['failoverStrategy', 'partnerAddress']);
  });

  test('adds the replica: 202 with the initial sync job; the device is now HA1 / HA1Partner', async () => {
    const id = await addImageDevice();
    const response = await send('POST', REPLICAS_OF(id), replicaBody());
    expect(response.status).toBe(202);
    const answer = (await response.json()) as { kind: string; jobId: string | null; sides: { host: string; targetAlias: string; deviceName: string; syncState: string }[] };
    expect(answer.kind).toBe('ha');
    expect(answer.jobId).toMatch(/^job-/);
    expect(answer.sides.map((side) => [side.host, side.targetAlias, side.deviceName, side.syncState])).toEqual([
      [STORE1.name, 'HA1', 'HAImage1', 'synchronized'],
      [STORE2.name, 'HA1Partner', 'HAImage1', 'synchronizing'],
    ]);
    expect(await api.call('getJob', { params: { id: answer.jobId! } })).toMatchObject({ kind: 'starwind.sync', state: 'running' });
  });

  test('"do not synchronize": 200 without a job; the schema refuses "clear"', async () => {
    const id = await addImageDevice();
    const created = await api.call('addStarWindReplica', { params: { id }, body: replicaBody({ initMethod: 'do-not-synchronize' }) });
    expect(created.jobId).toBeNull();
    const other = await addImageDeviceNamed('HA2');
    await expectRefusedUnchanged(() => send('POST', REPLICAS_OF(other), { ...replicaBody(), initMethod: 'clear' }), 400, /./);
  });

  test('a version 5 lab has no Replication Manager', async () => {
    await resetLab({ options: { starwindVersion: 5 } });
    await consoleWithBothStores();
    const id = await addImageDevice();
    await expectRefusedUnchanged(() => send('POST', REPLICAS_OF(id), replicaBody()), 409, 'starwind.not_in_version');
  });

  test('an HA device or an unknown id is refused', async () => {
    const id = await addImageDevice();
    await api.call('addStarWindReplica', { params: { id }, body: replicaBody() });
    await expectRefusedUnchanged(() => send('POST', REPLICAS_OF(id), replicaBody()), 409, 'starwind.already_replicated');
    await expectRefusedUnchanged(() => send('POST', REPLICAS_OF('device-9999'), replicaBody()), 404, 'starwind.device_not_found');
  });
});

async function addImageDeviceNamed(alias: string): Promise<string> {
  const { ha: _ha, ...plain } = ha1Request({ deviceType: 'image-file', targetAlias: alias, targetName: `iqn.2008-08.com.starwindsoftware:sws-store1-${alias.toLowerCase()}`, image: { folder: 'My Computer\\D\\HA', fileName: `${alias}.img`, createNew: true } });
  return (await api.call('createStarWindDevice', { params: { host: STORE1.name }, body: plain })).id;
}
