// Add Replica (StarWind 8): an image-file device plus a replica ends in the same HA device as Add
// Target's High Availability path, with the same targets, blocks, initial sync and job.
import { describe, expect, test } from 'vitest';
import { BYTES_PER_MIB } from '../../../domain/units';
import { consoleLab, finishSync, haRequest, haView, ok, STORE1, STORE2, starwindEvents, write } from '../../testing/starwind-helpers';
import { validateSnapshot } from '../../snapshot-check';
import type { AddReplicaRequest, Lab, StarWindEngineSnapshot } from '../../types';
import { ExtentMap } from './extent-map';
import { encodeExtentText } from './extent-map-snapshot';

const SIZE_BYTES = 64 * BYTES_PER_MIB;

/** Replication Manager is StarWind 8's: the lab runs version 8. */
const v8Lab = () => consoleLab({ seed: 5, options: { starwindVersion: 8 } });

/** Add Device (advanced): the plain image-file device HA1 on SWS-Store1, as the v8 wizard makes it. */
function addImageDevice(lab: Lab): string {
  ok(lab, { type: 'starwindCreateDevice', server: STORE1.name, request: haRequest({ deviceType: 'image-file', ha: null, sizeBytes: SIZE_BYTES }) });
  const answer = lab.query({ type: 'starwindDevices', host: STORE1.name });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.devices.at(-1)!.id;
}

/** The partner part of the seed's HA1 request, with Add Replica's initial synchronisation. */
function replicaRequest(overrides: Partial<AddReplicaRequest> = {}): AddReplicaRequest {
  const { initMethod: _clear, ...ha } = haRequest().ha!;
  return { ...ha, initMethod: 'sync-from-local', ...overrides };
}

/** The lab's hash-relevant StarWind end state, without the device-name counters (the v8 path used an ImageFile number too). */
function endState(lab: Lab): unknown {
  const snapshot = lab.snapshot();
  const { deviceNumbers: _numbers, ...starwind } = snapshot.domains.starwind as Record<string, unknown>;
  return { entities: snapshot.entities, starwind, timers: snapshot.kernel.timers, idSeqs: snapshot.kernel.idSeqs };
}

describe('starwindAddReplica', () => {
  test('ends in the same HA device, targets, blocks, sync timer and job as Add Target in one go', () => {
    const oneGo = v8Lab();
    oneGo.advance(1_000);
    ok(oneGo, { type: 'starwindCreateDevice', server: STORE1.name, request: haRequest({ sizeBytes: SIZE_BYTES, ha: { initMethod: 'sync-from-local' } }) });
    const v8 = v8Lab();
    v8.advance(1_000);
    const device = addImageDevice(v8);
    const result = v8.dispatch({ type: 'starwindAddReplica', device, request: replicaRequest() });
    expect(result.ok && result.jobIds).toEqual(['job-0001']);
    expect(endState(v8)).toEqual(endState(oneGo));
    const view = haView(v8, 'ha-0001');
    expect(view.sides.map((side) => [side.host, side.targetAlias, side.deviceName, side.priority, side.syncState])).toEqual([
      [STORE1.name, 'HA1', 'HAImage1', 'primary', 'synchronized'],
      [STORE2.name, 'HA1Partner', 'HAImage1', 'secondary', 'synchronizing'],
    ]);
    expect(validateSnapshot(v8.snapshot())).toEqual([]);
    finishSync(v8, 'ha-0001');
    expect(haView(v8, 'ha-0001').sides.map((side) => side.syncState)).toEqual(['synchronized', 'synchronized']);
    expect(validateSnapshot(v8.snapshot())).toEqual([]);
    expect(starwindEvents(v8, STORE1.name).map((event) => event.message)).toContain('Device added HAImage1.');
  });

  test('keeps the data the device held before it had a partner, and copies it to the partner', () => {
    const lab = v8Lab();
    const device = addImageDevice(lab);
    expect(write(lab, device, 0, 0, BYTES_PER_MIB, 4).ok).toBe(true);
    ok(lab, { type: 'starwindAddReplica', device, request: replicaRequest() });
    const view = haView(lab, device);
    expect(view.sync).toMatchObject({ type: 'initial', sourceSide: 0, targetSide: 1 });
    finishSync(lab, device);
    expect(haView(lab, device).sides.map((side) => side.syncState)).toEqual(['synchronized', 'synchronized']);
    const snapshot = lab.snapshot();
    const blocks = (snapshot.domains.starwind as StarWindEngineSnapshot).haBlocks['ha-0001']!;
    expect(blocks.acked).not.toEqual(encodeExtentText(new ExtentMap()));
    expect(blocks.sides[1]!.data).toEqual(blocks.sides[0]!.data);
    expect((snapshot.domains.starwind as { plainBlocks: Record<string, unknown> }).plainBlocks).toEqual({});
  });

  test('"do not synchronize" trusts both sides at once: no sync, no job', () => {
    const lab = v8Lab();
    const device = addImageDevice(lab);
    const result = lab.dispatch({ type: 'starwindAddReplica', device, request: replicaRequest({ initMethod: 'do-not-synchronize' }) });
    expect(result.ok && result.jobIds).toEqual([]);
    expect(haView(lab, device).sides.map((side) => side.syncState)).toEqual(['synchronized', 'synchronized']);
  });

  test('refusals name the fields; validate runs every check and changes nothing', () => {
    const lab = v8Lab();
    const device = addImageDevice(lab);
    const before = lab.hash();
    const bad = lab.validate({
      type: 'starwindAddReplica',
      device,
      request: replicaRequest({ partnerAddress: STORE1.name, failoverStrategy: 'node-majority', initMethod: 'clear' as never, syncLocalIp: STORE2.iscsiIp }),
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.error.errors ?? {}).sort()).toEqual(['failoverStrategy', 'initMethod', 'partnerAddress', 'syncLocalIp']);
    expect(bad.error.errors?.failoverStrategy).toMatch(/witness/i);
    const good = lab.validate({ type: 'starwindAddReplica', device, request: replicaRequest({ heartbeatLocalIp: STORE1.iscsiIp, heartbeatPartnerIp: STORE2.iscsiIp }) });
    expect(good).toEqual({ ok: true, warnings: { heartbeatLocalIp: expect.any(String) as string } });
    expect(lab.hash()).toBe(before);
  });

  test('a StarWind 5 lab has no Replication Manager', () => {
    const lab = consoleLab({ seed: 5, options: { starwindVersion: 5 } });
    const device = addImageDevice(lab);
    const refused = lab.dispatch({ type: 'starwindAddReplica', device, request: replicaRequest() });
    expect(!refused.ok && refused.error.code).toBe('starwind.not_in_version');
  });

  test('refuses a device that already has a replica, and one that does not exist', () => {
    const lab = v8Lab();
    const device = addImageDevice(lab);
    ok(lab, { type: 'starwindAddReplica', device, request: replicaRequest() });
    const again = lab.dispatch({ type: 'starwindAddReplica', device, request: replicaRequest({ partnerTargetAlias: 'HA1B', partnerTargetName: 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1b' }) });
    expect(!again.ok && again.error.code).toBe('starwind.already_replicated');
    const missing = lab.dispatch({ type: 'starwindAddReplica', device: 'device-9999', request: replicaRequest() });
    expect(!missing.ok && missing.error.code).toBe('starwind.device_not_found');
  });
});
