// Random placement: a random run scatters its I/Os over the range's slots (a keyed permutation per
// pass, keyed from the lab's seeded stream), its writes land as extents on the replicas, reads
// after a storage server's failure and return see every acknowledged write, and the same seed
// gives the same lab.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ackedBlocks, lostAcknowledgedBlocks } from '../starwind/inspect';
import type { Lab } from '../../types';
import { permutationOf, permute, randomSlots } from './io-random';
import { io, ioLab, lastRun, ok } from './io-testing';

const GIB_SLOTS_4K = (1024 * 1024 * 1024) / 4096;

function haIdOf(lab: Lab): string {
  const answer = lab.query({ type: 'haDevices' });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.devices[0]!.id;
}

describe('random placement', () => {
  test('each pass is a permutation of the range: every slot exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000 }), fc.nat({ max: 0xffffffff }), fc.nat({ max: 5 }), (slots, key, pass) => {
        const perm = permutationOf(key, pass, slots);
        const seen = new Uint8Array(slots);
        for (let index = 0; index < slots; index++) seen[permute(perm, index)]! += 1;
        expect(seen.every((times) => times === 1)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test('10,000 random 4 KiB I/Os over a 1 GiB range touch at least 9,000 distinct slots, not consecutive', () => {
    const { wholePasses, partial } = randomSlots(0x5eed, GIB_SLOTS_4K, 0, 10_000);
    expect(wholePasses).toBe(0);
    expect(new Set(partial).size).toBeGreaterThanOrEqual(9_000);
    const consecutive = partial.slice(1).filter((slot, index) => slot === partial[index]! + 1).length;
    expect(consecutive).toBeLessThan(100);
    // Spread over the range: each eighth of it gets about an eighth of the I/Os.
    const eighths = new Array<number>(8).fill(0);
    for (const slot of partial) eighths[Math.floor((slot * 8) / GIB_SLOTS_4K)]! += 1;
    for (const share of eighths) expect(share).toBeGreaterThan(1_000);
  });

  test('a random write run on the 1 GiB HA LUN leaves its 10,000 writes as scattered blocks on the replicas', () => {
    const lab = ioLab();
    const ha = haIdOf(lab);
    expect(ackedBlocks(lab, ha).count()).toBe(0);
    io(lab, { op: 'write', pattern: 'random', count: 10_000, queueDepth: 4 });
    lab.advance(10_000);
    expect(lastRun(lab).result).toMatchObject({ acknowledged: 10_000, errors: 0 });
    const acked = ackedBlocks(lab, ha);
    expect(acked.count()).toBe(10_000);
    // Scattered: most writes are an extent of their own (a sequential run would be one).
    expect(acked.extentCount).toBeGreaterThan(9_000);
  });

  test('two random runs from the same seed give the same lab; another seed puts them elsewhere', () => {
    const run = (seed: number) => {
      const lab = ioLab(seed);
      io(lab, { op: 'write', pattern: 'random', count: 20_000, queueDepth: 8 });
      lab.advance(1_000);
      io(lab, { op: 'read', pattern: 'random', count: 5_000, queueDepth: 8 }, 'Demo1', 1);
      lab.advance(20_000);
      return lab;
    };
    const first = run(7);
    const second = run(7);
    expect(second.hash()).toBe(first.hash());
    expect(lastRun(second)).toEqual(lastRun(first));
    const other = run(8);
    expect(ackedBlocks(other, haIdOf(other)).toJSON()).not.toEqual(ackedBlocks(first, haIdOf(first)).toJSON());
  });

  test('random writes, then a storage server fails mid-run and returns: reads see every acknowledged write', () => {
    const lab = ioLab();
    const ha = haIdOf(lab);
    io(lab, { op: 'write', pattern: 'random', count: 40_000, queueDepth: 4 });
    lab.advance(2_000);
    ok(lab, { type: 'setPower', host: 'SWS-Store2', action: 'off' });
    lab.advance(60_000);
    const writes = lastRun(lab).result;
    expect(writes).toMatchObject({ acknowledged: 40_000, errors: 0 });
    // Every acknowledged write is on record (one pass: 40,000 distinct blocks), those that waited for the partner's detection included.
    expect(writes!.latencyMs.max).toBeGreaterThan(1_000);
    expect(ackedBlocks(lab, ha).count()).toBe(40_000);
    // Random reads on the survivor while the partner is off.
    io(lab, { op: 'read', pattern: 'random', count: 50_000, queueDepth: 8 });
    lab.advance(60_000);
    expect(lastRun(lab).result).toMatchObject({ acknowledged: 50_000, errors: 0, mismatches: 0 });
    ok(lab, { type: 'setPower', host: 'SWS-Store2', action: 'on' });
    lab.advance(600_000);
    expect(lostAcknowledgedBlocks(lab, ha, 0)).toBe(0);
    expect(lostAcknowledgedBlocks(lab, ha, 1)).toBe(0);
    // Both paths again, every slot read once: no read sees another generation than the last acknowledged.
    io(lab, { op: 'read', pattern: 'random', count: GIB_SLOTS_4K + 10_000, queueDepth: 8 });
    lab.advance(300_000);
    const { result } = lastRun(lab);
    expect(result).toMatchObject({ acknowledged: GIB_SLOTS_4K + 10_000, errors: 0, mismatches: 0 });
    expect(result!.perPath).toHaveLength(2);
  });
});
