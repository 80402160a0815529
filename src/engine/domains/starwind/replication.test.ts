import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { HA_BLOCK_SIZE_BYTES } from '../../../domain/starwind';
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../../../domain/units';
import { restoreLab } from '../../lab';
import { seeds } from '../../testing/seeds';
import { consoleLab, createHa, finishSync, haView, ok, STORE1, STORE2, starwindEvents, write } from '../../testing/starwind-helpers';
import type { Lab } from '../../types';
import { ackedBlocks, dirtyBlocks, extentCountOf, lostAcknowledgedBlocks, needsFullSync, replicaBlocks } from './inspect';

const RATE = 125_000_000; // 1 GbE in bytes per second
const IQN1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const IQN2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';

/** A StarWind 8 lab: these rules were written for its Heartbeat strategy (version 5's are in failover-rules.test.ts). */
const lab8 = (seed = 1): Lab => consoleLab({ seed, options: { starwindVersion: 8 } });

/** A synchronized HA1 of `sizeBytes` (write-through cache unless told). */
function syncedLab(sizeBytes = 64 * BYTES_PER_MIB, cacheMode: 'write-through' | 'write-back' = 'write-through', seed = 1): { lab: Lab; id: string } {
  const lab = lab8(seed);
  const id = createHa(lab, { sizeBytes, cacheMode });
  finishSync(lab, id);
  return { lab, id };
}

const states = (lab: Lab, id: string) => haView(lab, id).sides.map((side) => [side.syncState, side.blocked]);
const link = (lab: Lab, host: string, nic: string, linkUp: boolean) => ok(lab, { type: 'setNicLink', host, nic, linkUp });

describe('writes: acknowledged only when every synchronized replica has them', () => {
  test('both replicas get the same blocks at the same generation', () => {
    const { lab, id } = syncedLab();
    expect(write(lab, id, 0, 0, 65_536, 4)).toMatchObject({ ok: true, changed: true });
    expect(write(lab, id, 1, 1_048_576, 4096)).toMatchObject({ ok: true });
    expect(replicaBlocks(lab, id, 0).toJSON()).toEqual(replicaBlocks(lab, id, 1).toJSON());
    expect(ackedBlocks(lab, id).toJSON()).toEqual([0, 64, 1, 256, 257, 2]);
    expect(dirtyBlocks(lab, id, 0).count()).toBe(0);
  });

  test('a synchronized partner that stops answering makes writes wait until it is declared lost; then the survivor continues alone', () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    link(lab, STORE2.name, 'Public', false);
    // The write is accepted but not acknowledged: it waits (writes-wait.test.ts has the details).
    expect(write(lab, id, 0, 0, 4096, 3)).toMatchObject({ ok: true, jobIds: ['job-0002'] });
    expect(ackedBlocks(lab, id).count()).toBe(0);
    lab.advance(4_999);
    expect(ackedBlocks(lab, id).count()).toBe(0);
    lab.advance(1);
    expect(ackedBlocks(lab, id).count()).toBe(3);
    expect(dirtyBlocks(lab, id, 0).toJSON()).toEqual([0, 3, 1]);
    expect(replicaBlocks(lab, id, 1).count()).toBe(0);
    expect(lostAcknowledgedBlocks(lab, id, 0)).toBe(0);
  });

  test('refusals: the range, the sector alignment, a side that is not synchronized', () => {
    const lab = lab8();
    const id = createHa(lab, { sizeBytes: BYTES_PER_MIB });
    expect(write(lab, id, 1, 0, 4096)).toMatchObject({ ok: false, error: { code: 'starwind.not_synchronized', errors: { side: expect.any(String) } } });
    expect(write(lab, id, 0, 100, 512)).toMatchObject({ ok: false, error: { code: 'starwind.invalid_write', errors: { offsetBytes: expect.any(String) } } });
    expect(write(lab, id, 0, 0, 500)).toMatchObject({ ok: false, error: { code: 'starwind.invalid_write', errors: { lengthBytes: expect.any(String) } } });
    expect(write(lab, id, 0, 0, 4096, 0)).toMatchObject({ ok: false, error: { code: 'starwind.invalid_write', errors: { count: expect.any(String) } } });
    expect(write(lab, id, 0, BYTES_PER_MIB, 4096)).toMatchObject({ ok: false, error: { code: 'starwind.write_out_of_range', errors: { offsetBytes: expect.any(String) } } });
    expect(write(lab, id, 0, 0, 4096, 257)).toMatchObject({ ok: false, error: { code: 'starwind.write_out_of_range', errors: { count: expect.any(String) } } });
    expect(write(lab, 'ha-0999', 0, 0, 4096)).toMatchObject({ ok: false, error: { code: 'starwind.device_not_found', kind: 'not_found' } });
    expect(write(lab, id, 0, 0, 512)).toMatchObject({ ok: true });
  });
});

describe('synchronisation', () => {
  test('initial sync of 1024 MB at 1 GbE takes size / speed (within 1 %)', () => {
    const lab = lab8();
    const id = createHa(lab, { sizeBytes: 1024 * BYTES_PER_MIB });
    const dueMs = finishSync(lab, id);
    const expectedMs = ((1024 * BYTES_PER_MIB) / RATE) * 1000;
    expect(Math.abs(dueMs - expectedMs) / expectedMs).toBeLessThan(0.01);
    expect(haView(lab, id).lastSync).toMatchObject({ type: 'initial', bytesMoved: 1024 * BYTES_PER_MIB, completed: true, finishedMs: 8_590 });
  });

  test('syncEfficiency scales the rate', () => {
    const lab = consoleLab({ options: { syncEfficiency: 0.5, starwindVersion: 8 } });
    const id = createHa(lab, { sizeBytes: 1024 * BYTES_PER_MIB });
    expect(haView(lab, id).sync).toMatchObject({ rateBytesPerS: RATE / 2, dueMs: 17_180 });
  });

  for (const seed of seeds({ pinned: [7, 1337], random: 2 })) {
    test(`a fast sync after an outage moves exactly the N distinct dirty blocks, seed ${seed}`, () => {
      fc.assert(
        fc.property(fc.array(fc.record({ block: fc.integer({ min: 0, max: 16_383 }), blocks: fc.integer({ min: 1, max: 8 }) }), { minLength: 1, maxLength: 30 }), (writes) => {
          const { lab, id } = syncedLab(64 * BYTES_PER_MIB, 'write-through', seed);
          // The sync link goes, the heartbeat stays: the secondary is Not synchronized after 5 s.
          link(lab, STORE2.name, 'iSCSI', false);
          lab.advance(5_000);
          const distinct = new Set<number>();
          for (const { block, blocks } of writes) {
            const count = Math.min(blocks, 16_384 - block);
            ok(lab, { type: 'starwindWriteBlocks', device: id, side: 0, offsetBytes: block * HA_BLOCK_SIZE_BYTES, lengthBytes: HA_BLOCK_SIZE_BYTES, count });
            for (let index = 0; index < count; index++) distinct.add(block + index);
          }
          expect(haView(lab, id).sides[1].bytesLeftBytes).toBe(distinct.size * HA_BLOCK_SIZE_BYTES);
          link(lab, STORE2.name, 'iSCSI', true);
          const sync = haView(lab, id).sync!;
          expect(sync).toMatchObject({ type: 'fast', sourceSide: 0, totalBytes: distinct.size * HA_BLOCK_SIZE_BYTES });
          expect(sync.dueMs - sync.startedMs).toBe(Math.ceil((distinct.size * HA_BLOCK_SIZE_BYTES * 1000) / RATE));
          finishSync(lab, id);
          expect(haView(lab, id).lastSync).toMatchObject({ type: 'fast', bytesMoved: distinct.size * HA_BLOCK_SIZE_BYTES, completed: true });
          expect(replicaBlocks(lab, id, 1).toJSON()).toEqual(replicaBlocks(lab, id, 0).toJSON());
          expect([lostAcknowledgedBlocks(lab, id, 0), lostAcknowledgedBlocks(lab, id, 1)]).toEqual([0, 0]);
        }),
        { seed, numRuns: 15 },
      );
    });
  }

  test('partner powered off and back: Not synchronized after 5 s, fast sync on return (write-through)', () => {
    const { lab, id } = syncedLab();
    const offMs = lab.nowMs();
    ok(lab, { type: 'setPower', host: STORE2.name, action: 'off' });
    lab.advance(5_000);
    expect(states(lab, id)).toEqual([['synchronized', false], ['not-synchronized', false]]);
    expect(starwindEvents(lab, STORE1.name).filter((event) => event.timeMs === offMs + 5_000).map((event) => event.message)).toEqual([
      `HA Device ${IQN1}: partner node ${IQN2} state has changed to "Not synchronized".`,
    ]);
    ok(lab, { type: 'starwindWriteBlocks', device: id, side: 0, offsetBytes: 0, lengthBytes: BYTES_PER_MIB, count: 1 });
    ok(lab, { type: 'setPower', host: STORE2.name, action: 'on' });
    lab.advance(200_000);
    expect(haView(lab, id).lastSync).toMatchObject({ type: 'fast', bytesMoved: BYTES_PER_MIB, completed: true });
    expect(states(lab, id)).toEqual([['synchronized', false], ['synchronized', false]]);
  });

  test('write-back cache and a pulled plug: the returning replica needs a full sync', () => {
    const { lab, id } = syncedLab(64 * BYTES_PER_MIB, 'write-back');
    ok(lab, { type: 'setPower', host: STORE2.name, action: 'off' });
    expect(needsFullSync(lab, id, 1)).toBe(true);
    ok(lab, { type: 'setPower', host: STORE2.name, action: 'on' });
    lab.advance(200_000);
    expect(haView(lab, id).lastSync).toMatchObject({ type: 'full', bytesMoved: 64 * BYTES_PER_MIB });
  });

  test('an interrupted initial sync keeps what it copied (ascending) and needs a full sync next time', () => {
    const lab = lab8();
    const id = createHa(lab, { sizeBytes: 1024 * BYTES_PER_MIB });
    lab.advance(2_000);
    link(lab, STORE1.name, 'iSCSI', false);
    const view = haView(lab, id);
    expect(view.lastSync).toMatchObject({ type: 'initial', bytesMoved: 250_000_000, completed: false });
    expect(view.sides[1]).toMatchObject({ syncState: 'not-synchronized', bytesLeftBytes: 1024 * BYTES_PER_MIB });
    expect(needsFullSync(lab, id, 1)).toBe(true);
    link(lab, STORE1.name, 'iSCSI', true);
    expect(haView(lab, id).sync).toMatchObject({ type: 'full', totalBytes: 1024 * BYTES_PER_MIB });
    finishSync(lab, id);
    expect(replicaBlocks(lab, id, 1).toJSON()).toEqual(replicaBlocks(lab, id, 0).toJSON());
  });

  test('an interrupted fast sync leaves exactly the uncopied blocks dirty', () => {
    const { lab, id } = syncedLab(1024 * BYTES_PER_MIB);
    link(lab, STORE2.name, 'iSCSI', false);
    link(lab, STORE2.name, 'Public', false);
    lab.advance(5_000);
    ok(lab, { type: 'starwindWriteBlocks', device: id, side: 0, offsetBytes: 0, lengthBytes: BYTES_PER_MIB, count: 250 });
    link(lab, STORE2.name, 'Public', true);
    link(lab, STORE2.name, 'iSCSI', true);
    lab.advance(1_000);
    link(lab, STORE2.name, 'iSCSI', false);
    expect(haView(lab, id).lastSync).toMatchObject({ type: 'fast', bytesMoved: 125_000_000, completed: false });
    const copiedBlocks = Math.floor(125_000_000 / HA_BLOCK_SIZE_BYTES);
    expect(dirtyBlocks(lab, id, 0).toJSON()).toEqual([copiedBlocks, 64_000, 1]);
    expect(replicaBlocks(lab, id, 1).toJSON()).toEqual([0, copiedBlocks, replicaBlocks(lab, id, 0).valueAt(0)!]);
    link(lab, STORE2.name, 'iSCSI', true);
    expect(haView(lab, id).sync).toMatchObject({ type: 'fast', totalBytes: (64_000 - copiedBlocks) * HA_BLOCK_SIZE_BYTES });
  });

  test('synchronize by hand refuses with a reason; Mark as synchronized makes the partner need a full sync', () => {
    const { lab, id } = syncedLab();
    expect(lab.dispatch({ type: 'starwindDeviceAction', device: id, action: 'synchronize', side: 1 })).toMatchObject({ ok: false, error: { code: 'starwind.already_synchronized' } });
    expect(lab.dispatch({ type: 'starwindDeviceAction', device: id, action: 'mark-synchronized', side: 1 })).toMatchObject({ ok: false, error: { code: 'starwind.already_synchronized' } });
  });
});

describe('failover strategy Heartbeat', () => {
  test('sync NIC unplugged, heartbeat up: after exactly 5 s the lower priority is Not synchronized and blocked', () => {
    const { lab, id } = syncedLab();
    const cutMs = lab.nowMs();
    link(lab, STORE2.name, 'iSCSI', false);
    expect(starwindEvents(lab, STORE1.name).slice(-2)).toMatchObject([
      { level: 'Warning', eventId: 778, message: `HA Device ${IQN1}: synchronization connection IP ${STORE2.iscsiIp} with partner node ${IQN2} lost.` },
      { level: 'Warning', eventId: 779, message: `HA Device ${IQN1}: all synchronization connections with partner node ${IQN2} lost.` },
    ]);
    lab.advance(4_999);
    expect(states(lab, id)).toEqual([['synchronized', false], ['synchronized', false]]);
    lab.advance(1);
    expect(lab.nowMs()).toBe(cutMs + 5_000);
    expect(states(lab, id)).toEqual([['synchronized', false], ['not-synchronized', true]]);
    expect(haView(lab, id).sides.map((side) => side.partnerAlive)).toEqual([true, true]);
    expect(write(lab, id, 1, 0, 4096)).toMatchObject({ ok: false, error: { code: 'starwind.device_blocked' } });
    expect(write(lab, id, 0, 0, 4096)).toMatchObject({ ok: true });
    expect(haView(lab, id).splitBrainRisk).toBe(false);
    link(lab, STORE2.name, 'iSCSI', true);
    expect(haView(lab, id).sync).toMatchObject({ type: 'fast', totalBytes: 4096, sourceSide: 0 });
    finishSync(lab, id);
    expect(states(lab, id)).toEqual([['synchronized', false], ['synchronized', false]]);
  });

  test('a channel back within the detection time changes nothing', () => {
    const { lab, id } = syncedLab();
    const hash = haView(lab, id);
    link(lab, STORE2.name, 'iSCSI', false);
    lab.advance(3_000);
    link(lab, STORE2.name, 'iSCSI', true);
    lab.advance(10_000);
    expect(haView(lab, id).sides.map((side) => side.syncState)).toEqual(hash.sides.map((side) => side.syncState));
    expect(lab.nextDueMs()).toBeNull();
  });

  test('priority decides: the secondary gives way, whichever server it is', () => {
    const lab = lab8();
    const id = createHa(lab, { ha: { localPriority: 'secondary', initMethod: 'do-not-synchronize' } });
    link(lab, STORE1.name, 'iSCSI', false);
    lab.advance(5_000);
    expect(states(lab, id)).toEqual([['not-synchronized', true], ['synchronized', false]]);
  });

  test('all channels down, both running: each continues alone; split-brain risk with a warning; resolved when back', () => {
    const { lab, id } = syncedLab();
    link(lab, STORE2.name, 'iSCSI', false);
    link(lab, STORE2.name, 'Public', false);
    lab.advance(5_000);
    const view = haView(lab, id);
    expect(view.splitBrainRisk).toBe(true);
    expect(view.sides.map((side) => [side.syncState, side.blocked, side.partnerAlive])).toEqual([['synchronized', false, false], ['synchronized', false, false]]);
    // ID_779 once per channel kind and side, when the kind's last connection went.
    expect(starwindEvents(lab).filter((event) => event.eventId === 779).map((event) => [event.host, event.level, event.message])).toEqual([
      [STORE1.name, 'Warning', `HA Device ${IQN1}: all synchronization connections with partner node ${IQN2} lost.`],
      [STORE2.name, 'Warning', `HA Device ${IQN2}: all synchronization connections with partner node ${IQN1} lost.`],
      [STORE1.name, 'Warning', `HA Device ${IQN1}: all heartbeat connections with partner node ${IQN2} lost.`],
      [STORE2.name, 'Warning', `HA Device ${IQN2}: all heartbeat connections with partner node ${IQN1} lost.`],
    ]);
    ok(lab, { type: 'starwindWriteBlocks', device: id, side: 0, offsetBytes: 0, lengthBytes: 4096, count: 2 });
    ok(lab, { type: 'starwindWriteBlocks', device: id, side: 1, offsetBytes: 4096 * 10, lengthBytes: 4096, count: 3 });
    link(lab, STORE2.name, 'iSCSI', true);
    link(lab, STORE2.name, 'Public', true);
    const after = haView(lab, id);
    expect(after.splitBrainRisk).toBe(false);
    expect(after.sync).toMatchObject({ type: 'fast', sourceSide: 0, totalBytes: 5 * 4096 });
    finishSync(lab, id);
    expect(replicaBlocks(lab, id, 1).toJSON()).toEqual(replicaBlocks(lab, id, 0).toJSON());
  });
});

describe('total blackout, journal loss, maintenance', () => {
  test('both hard off: both Not synchronized and blocked until one is marked as synchronized; then a full sync', () => {
    const { lab, id } = syncedLab(64 * BYTES_PER_MIB);
    ok(lab, { type: 'setPower', host: STORE1.name, action: 'off' });
    ok(lab, { type: 'setPower', host: STORE2.name, action: 'off' });
    ok(lab, { type: 'setPower', host: STORE1.name, action: 'on' });
    ok(lab, { type: 'setPower', host: STORE2.name, action: 'on' });
    lab.advance(200_000);
    expect(states(lab, id)).toEqual([['not-synchronized', true], ['not-synchronized', true]]);
    expect(haView(lab, id).sync).toBeNull();
    expect(write(lab, id, 0, 0, 4096)).toMatchObject({ ok: false, error: { code: 'starwind.device_blocked' } });
    expect(lab.dispatch({ type: 'starwindDeviceAction', device: id, action: 'synchronize', side: 0 })).toMatchObject({ ok: false, error: { code: 'starwind.no_sync_source', message: expect.stringContaining('mark one as synchronized') } });
    ok(lab, { type: 'starwindDeviceAction', device: id, action: 'mark-synchronized', side: 0 });
    expect(haView(lab, id).sync).toMatchObject({ type: 'full', sourceSide: 0, totalBytes: 64 * BYTES_PER_MIB });
    expect(write(lab, id, 0, 0, 4096)).toMatchObject({ ok: true });
    finishSync(lab, id);
    expect(states(lab, id)).toEqual([['synchronized', false], ['synchronized', false]]);
  });

  test('clean shutdown of both: the last one stays Synchronized, the other needs a full sync (journal lost)', () => {
    const { lab, id } = syncedLab(64 * BYTES_PER_MIB);
    ok(lab, { type: 'setPower', host: STORE2.name, action: 'shutdown' });
    lab.advance(60_000);
    ok(lab, { type: 'setPower', host: STORE1.name, action: 'shutdown' });
    lab.advance(60_000);
    ok(lab, { type: 'setPower', host: STORE2.name, action: 'on' });
    ok(lab, { type: 'setPower', host: STORE1.name, action: 'on' });
    lab.advance(200_000);
    expect(haView(lab, id).lastSync).toMatchObject({ type: 'full', sourceSide: 0, bytesMoved: 64 * BYTES_PER_MIB });
  });

  test('maintenance mode: clients cut, both kept pre-synchronized across a planned shutdown, no resync', () => {
    const { lab, id } = syncedLab();
    const lastSync = haView(lab, id).lastSync;
    ok(lab, { type: 'starwindDeviceAction', device: id, action: 'maintenance-on', side: 0 });
    expect(write(lab, id, 0, 0, 4096)).toMatchObject({ ok: false, error: { code: 'starwind.maintenance' } });
    for (const host of [STORE1.name, STORE2.name]) ok(lab, { type: 'setPower', host, action: 'shutdown' });
    lab.advance(60_000);
    expect(lab.dispatch({ type: 'starwindDeviceAction', device: id, action: 'maintenance-off', side: 0 })).toMatchObject({ ok: false, error: { code: 'starwind.service_stopped' } });
    for (const host of [STORE1.name, STORE2.name]) ok(lab, { type: 'setPower', host, action: 'on' });
    lab.advance(200_000);
    ok(lab, { type: 'starwindDeviceAction', device: id, action: 'maintenance-off', side: 0 });
    expect(states(lab, id)).toEqual([['synchronized', false], ['synchronized', false]]);
    expect(haView(lab, id).lastSync).toEqual(lastSync);
    expect(write(lab, id, 0, 0, 4096)).toMatchObject({ ok: true });
  });
});

describe('determinism and memory', () => {
  function busy(seed: number): Lab {
    const { lab, id } = syncedLab(256 * BYTES_PER_MIB, 'write-back', seed);
    write(lab, id, 0, 0, BYTES_PER_MIB, 3);
    ok(lab, { type: 'setPower', host: STORE2.name, action: 'restart' });
    lab.advance(10_000);
    write(lab, id, 0, 8 * BYTES_PER_MIB, 4096, 100);
    lab.advance(100_000);
    return lab;
  }

  test('same seed and commands → same hash; restoreLab(snapshot()) keeps the block state and continues identically', () => {
    const a = busy(7);
    const b = busy(7);
    expect(b.hash()).toBe(a.hash());
    const restored = restoreLab(JSON.parse(JSON.stringify(a.snapshot())));
    expect(restored.hash()).toBe(a.hash());
    expect(replicaBlocks(restored, 'ha-0001', 0).toJSON()).toEqual(replicaBlocks(a, 'ha-0001', 0).toJSON());
    for (const lab of [a, restored]) {
      write(lab, 'ha-0001', 0, 0, 4096, 5);
      lab.advance(300_000);
    }
    expect(restored.hash()).toBe(a.hash());
    expect(restored.snapshot()).toEqual(a.snapshot());
    expect(busy(8).hash()).not.toBe(a.hash());
  });

  test('the hash covers the block state', () => {
    const one = syncedLab().lab;
    const two = syncedLab().lab;
    write(one, 'ha-0001', 0, 0, 4096);
    write(two, 'ha-0001', 0, 4096, 4096);
    expect(one.hash()).not.toBe(two.hash());
  });

  test('a 100 GB device written fully in large sequential writes keeps a handful of extents', () => {
    const lab = lab8();
    const id = createHa(lab, { sizeBytes: 100 * BYTES_PER_GIB, ha: { initMethod: 'do-not-synchronize' } });
    for (let gib = 0; gib < 100; gib += 10) ok(lab, { type: 'starwindWriteBlocks', device: id, side: 0, offsetBytes: gib * BYTES_PER_GIB, lengthBytes: 4 * BYTES_PER_MIB, count: 2560 });
    expect(replicaBlocks(lab, id, 1).count()).toBe((100 * BYTES_PER_GIB) / HA_BLOCK_SIZE_BYTES);
    expect(extentCountOf(lab, id)).toBeLessThanOrEqual(30);
    expect(JSON.stringify(lab.snapshot().domains.starwind).length).toBeLessThan(10_000);
  });
});
