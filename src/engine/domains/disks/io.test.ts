import { describe, expect, test } from 'vitest';
import { MPIO_RETRY_INTERVAL_MS, PDO_REMOVE_PERIOD_MS } from '../../../domain/disks';
import { PARTNER_LOSS_DETECTION_MS_DEFAULT } from '../../../domain/starwind';
import { ackedBlocks, lostAcknowledgedBlocks } from '../starwind/inspect';
import { restoreLab } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import type { LabSnapshot } from '../../types';
import { refused } from '../../testing/lab-helpers';
import { diskOf, io, ioLab, lastRun, ok, pathsOf, T1 } from './io-testing';

// The model on the seed lab's 1 GbE NICs, 4 KiB I/Os (README "I/O model"):
//   read  = 2 × 50 (hops) + 33 (wire) + 88 (disk) = 221 µs
//   write = 2 × 50 + 33 + mirrored 221 (88 + 33 + 2 × 50) = 354 µs
const READ_US = 221;
const WRITE_US = 354;
/** A write alone on the survivor: 2 × 50 + 33 + 88. */
const WRITE_US_ALONE = 221;


describe('the I/O generator through MPIO and StarWind', () => {
  test('Round Robin spreads 1,000 reads over 2 paths 500/500, twice, on one job each', () => {
    const lab = ioLab();
    const [p1, p2] = pathsOf(lab);
    for (let run = 0; run < 2; run++) {
      const startMs = lab.nowMs();
      io(lab, { op: 'read', count: 1_000 });
      const { job } = lastRun(lab);
      expect(job).toMatchObject({ state: 'running', kind: 'disks.io' });
      // QD 1 over 2 paths: each holds half an I/O outstanding, so each completes one every 2 × 221 µs.
      const endMs = startMs + Math.ceil((500 * 2 * READ_US) / 1000);
      lab.advance(endMs - 1 - lab.nowMs());
      expect(lastRun(lab).job?.state).toBe('running');
      lab.advance(1);
      const { result } = lastRun(lab);
      expect(result).toMatchObject({ acknowledged: 1_000, errors: 0, mismatches: 0, latencyMs: { p50: 0.221, p99: 0.221, max: 0.221 } });
      expect(result!.perPath).toEqual([
        { path: p1, reads: 500, writes: 0, bytes: 500 * 4096 },
        { path: p2, reads: 500, writes: 0, bytes: 500 * 4096 },
      ]);
    }
    expect(diskOf(lab).paths.map((path) => path.counters)).toEqual([
      { reads: 1_000, writes: 0, bytes: 1_000 * 4096 },
      { reads: 1_000, writes: 0, bytes: 1_000 * 4096 },
    ]);
  });

  test('an odd count alternates the extra I/O across runs (the cursor persists)', () => {
    const lab = ioLab();
    io(lab, { op: 'read', count: 1 });
    expect(lastRun(lab).result).toMatchObject({ acknowledged: 1, durationUs: READ_US });
    io(lab, { op: 'read', count: 1 });
    expect(diskOf(lab).paths.map((path) => path.counters.reads)).toEqual([1, 1]);
  });

  test('a run shorter than 1 ms completes in its command, with no job', () => {
    const lab = ioLab();
    const before = lab.nowMs();
    // QD 1: the two writes go one after the other, one per path.
    io(lab, { op: 'write', count: 2 });
    expect(lab.nowMs()).toBe(before);
    expect(lastRun(lab)).toMatchObject({ job: null, result: { acknowledged: 2, errors: 0, durationUs: 2 * WRITE_US, latencyMs: { max: WRITE_US / 1000 } } });
  });

  test('each field is validated with its rule; nothing changes', () => {
    const lab = ioLab();
    const base = { type: 'diskIo', host: 'Demo1', number: 1, op: 'read', pattern: 'sequential', blockBytes: 4096, count: 10 };
    expect(refused(lab, { ...base, op: 'erase' }).errors).toHaveProperty('op');
    expect(refused(lab, { ...base, pattern: 'zigzag' }).errors).toHaveProperty('pattern');
    expect(refused(lab, { ...base, blockBytes: 1000 }).errors).toHaveProperty('blockBytes');
    expect(refused(lab, { ...base, blockBytes: 256 }).errors).toHaveProperty('blockBytes');
    expect(refused(lab, { ...base, blockBytes: 16 * 1024 * 1024 }).errors).toHaveProperty('blockBytes');
    expect(refused(lab, { ...base, count: 0 }).errors).toHaveProperty('count');
    expect(refused(lab, { ...base, queueDepth: 257 }).errors).toHaveProperty('queueDepth');
    expect(refused(lab, { ...base, offsetBytes: 2 ** 30 }).errors).toHaveProperty('offsetBytes');
    expect(refused(lab, { ...base, offsetBytes: 100 }).errors).toHaveProperty('offsetBytes');
    expect(refused(lab, { ...base, number: 5 }).code).toBe('disk.not_found');
    expect(refused(lab, { ...base, number: 0 }).code).toBe('disk.system');
    expect(refused(lab, { ...base, host: 'Nowhere' }).code).toBe('host.not_found');
    ok(lab, { type: 'diskSet', host: 'Demo1', number: 1, online: false });
    expect(refused(lab, base).code).toBe('disk.offline');
  });

  test('Fail Over Only uses the active path, fails over to the standby within RetryInterval and fails back when the path returns', () => {
    const lab = ioLab();
    const [p1, p2] = pathsOf(lab);
    ok(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'fail-over-only', paths: [{ path: p2, standby: true }] });
    const t0 = lab.nowMs();
    io(lab, { op: 'read', count: 100_000 });
    lab.advance(5_000);
    ok(lab, { type: 'iscsiDisconnect', host: 'Demo1', iqn: T1 });
    // 5 s at 221 µs a read on p1: 22,624 done; the rest resumes on the standby 1 s later.
    lab.advance(5_000);
    ok(lab, { type: 'iscsiConnect', host: 'Demo1', iqn: T1, multipath: true });
    expect(diskOf(lab).paths.map((path) => path.state)).toEqual(['Standby', 'Active/Optimized']);
    // 4 s on p2 (from t0 + 6 s): 18,099 done; the other 59,277 go back to p1 from t0 + 10 s.
    const endMs = t0 + 10_000 + Math.ceil((59_277 * READ_US) / 1000);
    lab.advance(endMs - 1 - lab.nowMs());
    expect(lastRun(lab).job?.state).toBe('running');
    lab.advance(1);
    const { result, job } = lastRun(lab);
    expect(job).toMatchObject({ state: 'succeeded', endedMs: endMs });
    expect(result).toMatchObject({ acknowledged: 100_000, errors: 0, mismatches: 0 });
    expect(result!.perPath).toEqual([
      { path: p1, reads: 22_624 + 59_277, writes: 0, bytes: (22_624 + 59_277) * 4096 },
      { path: p2, reads: 18_099, writes: 0, bytes: 18_099 * 4096 },
    ]);
    // The read in flight on p1 when it went was retried on p2 after RetryInterval.
    expect(result!.latencyMs.max).toBe(MPIO_RETRY_INTERVAL_MS + READ_US / 1000);
  });

  test('all paths down for 15 s: the disk survives and the I/O waits, then completes late', () => {
    const lab = ioLab();
    io(lab, { op: 'read', count: 100_000 });
    lab.advance(1_000);
    const downMs = lab.nowMs();
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: false });
    lab.advance(14_000);
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: true });
    // The initiator retries every 5 s: both sessions are back 15 s after the cable was pulled.
    lab.advance(downMs + 15_000 - lab.nowMs());
    expect(diskOf(lab).paths.map((path) => path.state)).toEqual(['Active/Optimized', 'Active/Optimized']);
    expect(lastRun(lab).job?.state).toBe('running');
    // 2 × 2,262 done before the pull; 47,738 per path left at one every 442 µs.
    const endMs = downMs + 15_000 + Math.ceil((47_738 * 2 * READ_US) / 1000);
    lab.advance(endMs - lab.nowMs());
    const { result, job } = lastRun(lab);
    expect(job).toMatchObject({ state: 'succeeded', endedMs: endMs });
    expect(result).toMatchObject({ acknowledged: 100_000, errors: 0 });
    // The two reads in flight when the cable went waited the whole outage.
    expect(result!.latencyMs).toEqual({ p50: READ_US / 1000, p99: READ_US / 1000, max: 15_000 + READ_US / 1000 });
  });

  test('all paths down for 25 s: the disk disappears after PDORemovePeriod and the I/O in flight fails', () => {
    const lab = ioLab();
    io(lab, { op: 'read', count: 100_000 });
    lab.advance(1_000);
    const downMs = lab.nowMs();
    ok(lab, { type: 'setNicLink', host: 'Demo1', nic: 'iSCSI', linkUp: false });
    lab.advance(25_000);
    const { result, job } = lastRun(lab);
    // 1 s of Round Robin at QD 1: each path completed one read every 442 µs (2,262 each).
    expect(job).toMatchObject({ state: 'failed', endedMs: downMs + PDO_REMOVE_PERIOD_MS });
    expect(result).toMatchObject({ acknowledged: 2 * 2_262, errors: 100_000 - 2 * 2_262 });
  });

  test('writes during the StarWind detection window complete late, not in error, alone on the survivor', () => {
    const lab = ioLab();
    ok(lab, { type: 'setNicLink', host: 'SWS-Store2', nic: 'iSCSI', linkUp: false });
    const t0 = lab.nowMs();
    io(lab, { op: 'write', count: 1_000 });
    const running = lastRun(lab).job!;
    expect(running.state).toBe('running');
    lab.advance(PARTNER_LOSS_DETECTION_MS_DEFAULT - 1);
    expect(lastRun(lab).job?.state).toBe('running');
    lab.advance(1);
    const { result, job } = lastRun(lab);
    expect(job).toMatchObject({ state: 'succeeded', endedMs: t0 + PARTNER_LOSS_DETECTION_MS_DEFAULT });
    expect(result).toMatchObject({ acknowledged: 1_000, errors: 0 });
    // The first write stalled for the whole window; the others at the survivor's pace.
    expect(result!.latencyMs.max).toBe(PARTNER_LOSS_DETECTION_MS_DEFAULT + WRITE_US_ALONE / 1000);
    expect(result!.perPath.map((entry) => entry.writes)).toEqual([1_000]);
  });

  test('reads after a storage server failure and its return see every acknowledged write', () => {
    const lab = ioLab();
    const ha = lab.query({ type: 'haDevices' });
    if (!ha.ok) throw new Error(ha.error.message);
    const haId = ha.value.devices[0]!.id;
    io(lab, { op: 'write', count: 2_000 });
    lab.advance(5_000);
    ok(lab, { type: 'setPower', host: 'SWS-Store2', action: 'off' });
    io(lab, { op: 'write', pattern: 'random', count: 3_000 });
    lab.advance(30_000);
    expect(lastRun(lab).result).toMatchObject({ acknowledged: 3_000, errors: 0 });
    io(lab, { op: 'read', count: 262_144 });
    lab.advance(120_000);
    expect(lastRun(lab).result).toMatchObject({ acknowledged: 262_144, errors: 0, mismatches: 0 });
    ok(lab, { type: 'setPower', host: 'SWS-Store2', action: 'on' });
    lab.advance(600_000);
    expect(lostAcknowledgedBlocks(lab, haId, 1)).toBe(0);
    expect(ackedBlocks(lab, haId).count()).toBeGreaterThan(0);
    io(lab, { op: 'read', count: 262_144, queueDepth: 8 });
    lab.advance(120_000);
    const { result } = lastRun(lab);
    expect(result).toMatchObject({ acknowledged: 262_144, errors: 0, mismatches: 0 });
    expect(result!.perPath).toHaveLength(2);
  });

  test('a lab saved mid-run (writes waiting for StarWind, a path failed) restores to the same hash and finishes the same', () => {
    const lab = ioLab();
    io(lab, { op: 'write', pattern: 'random', count: 50_000, queueDepth: 4 });
    lab.advance(1_000);
    ok(lab, { type: 'setNicLink', host: 'SWS-Store2', nic: 'iSCSI', linkUp: false });
    lab.advance(2_000);
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    expect(validateSnapshot(snapshot)).toEqual([]);
    const restored = restoreLab(snapshot);
    expect(restored.hash()).toBe(lab.hash());
    lab.advance(60_000);
    restored.advance(60_000);
    expect(restored.hash()).toBe(lab.hash());
    expect(lastRun(restored)).toEqual(lastRun(lab));
    expect(lastRun(lab).result).toMatchObject({ acknowledged: 50_000, errors: 0 });
    const broken = JSON.parse(JSON.stringify(snapshot)) as LabSnapshot;
    broken.kernel.timers = broken.kernel.timers.filter((timer) => timer.kind !== 'disks.io');
    expect(JSON.stringify(validateSnapshot(broken))).toContain('has no timer');
  });

  test('Least Queue Depth balances equal paths and gives the faster path more when one is slower', () => {
    const lab = ioLab();
    ok(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'least-queue-depth' });
    io(lab, { op: 'read', count: 1_000, queueDepth: 8 });
    lab.advance(1_000);
    expect(lastRun(lab).result!.perPath.map((entry) => entry.reads)).toEqual([500, 500]);
    // The same lab with SWS-Store2's iSCSI NIC at 100 Mbit/s: a read there takes 100 + 328 + 88 = 516 µs.
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot & { entities: { hosts: { name: string; nics: { name: string; speedBitsPerS: number }[] }[] } };
    snapshot.entities.hosts.find((host) => host.name === 'SWS-Store2')!.nics.find((nic) => nic.name === 'iSCSI')!.speedBitsPerS = 100_000_000;
    const slower = restoreLab(snapshot);
    io(slower, { op: 'read', count: 1_000, queueDepth: 8 });
    slower.advance(1_000);
    // Shares follow speed: 1000 × (1/221) / (1/221 + 1/516) = 700.1.
    expect(lastRun(slower).result!.perPath.map((entry) => entry.reads)).toEqual([700, 300]);
  });

  test('Weighted Paths uses the lowest weight (ties take turns); Round Robin With Subset keeps to the primaries until they fail', () => {
    const lab = ioLab();
    const [p1, p2] = pathsOf(lab);
    ok(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'weighted-paths', paths: [{ path: p1, weight: 10 }, { path: p2, weight: 1 }] });
    io(lab, { op: 'read', count: 100 });
    lab.advance(1_000);
    expect(lastRun(lab).result!.perPath).toEqual([{ path: p2, reads: 100, writes: 0, bytes: 100 * 4096 }]);
    ok(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'weighted-paths', paths: [{ path: p1, weight: 3 }, { path: p2, weight: 3 }] });
    io(lab, { op: 'read', count: 100 });
    lab.advance(1_000);
    expect(lastRun(lab).result!.perPath.map((entry) => entry.reads)).toEqual([50, 50]);
    ok(lab, { type: 'diskSetMpio', host: 'Demo1', number: 1, policy: 'round-robin-with-subset', paths: [{ path: p2, standby: true }] });
    io(lab, { op: 'read', count: 100 });
    lab.advance(1_000);
    expect(lastRun(lab).result!.perPath.map((entry) => [entry.path, entry.reads])).toEqual([[p1, 100]]);
    ok(lab, { type: 'iscsiDisconnect', host: 'Demo1', iqn: T1 });
    io(lab, { op: 'read', count: 100 });
    lab.advance(1_000);
    expect(lastRun(lab).result!.perPath.map((entry) => [entry.path, entry.reads])).toEqual([[p2, 100]]);
  });
});
