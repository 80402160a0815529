// Random Hyper-V Manager commands on two servers with a few machines, mixed with power changes and
// time (shorter than and across every simulated duration): a refusal never moves the lab, the
// snapshot always passes its check (memory held only by running machines, a timer for every
// move), and a restored copy goes on exactly like the original.
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { checkRandomSteps } from '../../testing/random-commands';
import { VM_ACTIONS } from '../../../domain/hyperv';
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../../../domain/units';
import { ok } from '../../testing/cluster-helpers';
import type { Command, LabSnapshot } from '../../types';
import { hyperVLab } from './hyperv-testing';

const HOSTS = ['Demo1', 'Demo2'] as const;
const VMS = ['A', 'B', 'C'] as const;

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('vmAction' as const), host: fc.constantFrom(...HOSTS), vm: fc.constantFrom(...VMS), action: fc.constantFrom(...VM_ACTIONS) }) },
  fc.record({ type: fc.constant('vmSetSettings' as const), host: fc.constantFrom(...HOSTS), vm: fc.constantFrom(...VMS), memoryBytes: fc.constantFrom(512 * BYTES_PER_MIB, 12 * BYTES_PER_GIB), automaticStartAction: fc.constantFrom('Nothing', 'StartIfRunning', 'AlwaysStart' as const) }),
  fc.record({ type: fc.constant('setPower' as const), host: fc.constantFrom(...HOSTS), action: fc.constantFrom('off', 'on', 'restart' as const) }),
);
const stepArb = fc.record({ command: commandArb, advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200_000 })) });

describe('hyperv commands under random sequences', () => {
  const base = hyperVLab();
  for (const host of HOSTS) for (const name of VMS) ok(base, { type: 'vmCreate', host, name, memoryBytes: 10 * BYTES_PER_GIB });
  const start = JSON.parse(JSON.stringify(base.snapshot())) as LabSnapshot;

  test('refusals change nothing; every snapshot checks clean; a restored copy stays in step', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 16 }), (steps) => checkRandomSteps(start, steps)),
      { numRuns: 40, seed: 12 },
    );
  });
});
