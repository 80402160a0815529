// Random cable pulls and returns (both storage servers' iSCSI NICs, the node's) and I/O runs
// between advances, on Demo1 with two paths to HA1: an acknowledged write is never lost from a
// synchronized replica, every state passes the snapshot checks, and once everything is back and
// every run has ended, each run's completed and failed I/Os add up to its count and the disk's
// per-path counters add up to the I/Os completed.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { IoResult } from '../../../domain/disks';
import { labContextOf } from '../../lab';
import { validateSnapshot } from '../../snapshot-check';
import type { Command, Lab } from '../../types';
import { lostAcknowledgedBlocks } from '../starwind/inspect';
import { diskOf, ioLab, lastRun } from './io-testing';

const CABLES = [
  { host: 'SWS-Store1', nic: 'iSCSI' },
  { host: 'SWS-Store2', nic: 'iSCSI' },
  { host: 'Demo1', nic: 'iSCSI' },
] as const;

const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('cable' as const), cable: fc.integer({ min: 0, max: 2 }), up: fc.boolean() }),
  fc.record({
    kind: fc.constant('io' as const),
    op: fc.constantFrom('read', 'write'),
    pattern: fc.constantFrom('sequential', 'random'),
    blockBytes: fc.constantFrom(512, 4096, 65_536),
    count: fc.integer({ min: 1, max: 20_000 }),
    queueDepth: fc.integer({ min: 1, max: 16 }),
  }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 30_000 }) }),
);

function noLostWrites(lab: Lab): void {
  for (const ha of labContextOf(lab).state.starwind.haDevices.values()) {
    ha.sides.forEach((side, index) => {
      if (side.syncState === 'synchronized') expect(lostAcknowledgedBlocks(lab, ha.id, index as 0 | 1)).toBe(0);
    });
  }
}

describe('I/O runs under random cable pulls', () => {
  test('acknowledged writes are never lost; counters add up', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 12 }), (steps) => {
        const lab = ioLab();
        const runs: { count: number; instant: IoResult | null; job: string | null }[] = [];
        for (const step of steps) {
          if (step.kind === 'cable') {
            const cable = CABLES[step.cable]!;
            lab.dispatch({ type: 'setNicLink', host: cable.host, nic: cable.nic, linkUp: step.up });
          } else if (step.kind === 'advance') lab.advance(step.ms);
          else {
            const { kind: _kind, ...fields } = step;
            const result = lab.dispatch({ type: 'diskIo', host: 'Demo1', number: 1, ...fields } as Command);
            if (result.ok) {
              const last = lastRun(lab);
              runs.push({ count: step.count, instant: last.job === null ? last.result : null, job: last.job?.id ?? null });
            }
          }
          noLostWrites(lab);
          expect(validateSnapshot(lab.snapshot())).toEqual([]);
        }
        for (const cable of CABLES) lab.dispatch({ type: 'setNicLink', host: cable.host, nic: cable.nic, linkUp: true });
        lab.advance(900_000);
        noLostWrites(lab);
        const jobs = lab.query({ type: 'jobs' });
        if (!jobs.ok) throw new Error(jobs.error.message);
        let completed = 0;
        for (const run of runs) {
          const job = run.job === null ? null : jobs.value.jobs.find((candidate) => candidate.id === run.job);
          if (job) expect(job.state).not.toBe('running');
          const result = run.instant ?? (JSON.parse(job?.result?.details.result ?? 'null') as IoResult);
          expect(result.acknowledged + result.errors).toBe(run.count);
          completed += result.acknowledged;
        }
        // Demo1's one disk (the LUN's, after the claim) is the only disk of the lab.
        const disk = [...labContextOf(lab).state.disks.disks.values()][0];
        const counted = (disk?.io?.counters ?? []).reduce((sum, entry) => sum + entry.reads + entry.writes, 0);
        expect(counted).toBe(completed);
        if (runs.length > 0) expect(diskOf(lab).paths).toHaveLength(2);
      }),
      { numRuns: 40 },
    );
  });
});
