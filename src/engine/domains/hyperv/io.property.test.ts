// Random VM actions and workloads on a Cluster Shared Volume, mixed with cable pulls and power
// changes of the nodes and the StarWind servers: a refusal never moves the lab, every snapshot
// checks clean (a machine writes exactly while Running, each account adds up, a stall timer only
// on a stalled account), and a copy restored half-way stays in step (the accounts are saved).
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { VM_ACTIONS } from '../../../domain/hyperv';
import { BYTES_PER_MIB } from '../../../domain/units';
import { ok } from '../../testing/cluster-helpers';
import { checkRandomSteps } from '../../testing/random-commands';
import type { Command, LabSnapshot } from '../../types';
import { hyperVClusterLab } from './hyperv-testing';

const NODES = ['Demo1', 'Demo2'] as const;
const VMS = ['A', 'B'] as const;

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('vmAction' as const), host: fc.constantFrom(...NODES), vm: fc.constantFrom(...VMS), action: fc.constantFrom(...VM_ACTIONS) }) },
  fc.record({ type: fc.constant('vmSetSettings' as const), host: fc.constantFrom(...NODES), vm: fc.constantFrom(...VMS), workload: fc.record({ diskWriteBytesPerS: fc.constantFrom(0, 4096, 3 * BYTES_PER_MIB + 17) }) }),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('setNicLink' as const), host: fc.constantFrom(...NODES), nic: fc.constantFrom('iSCSI', 'Private', 'Public'), linkUp: fc.boolean() }) },
  fc.record({ type: fc.constant('setPower' as const), host: fc.constantFrom('SWS-Store1', 'SWS-Store2', ...NODES), action: fc.constantFrom('off', 'on' as const) }),
);
const stepArb = fc.record({ command: commandArb, advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90_000 })) });

describe('VM I/O under random sequences', () => {
  const base = hyperVClusterLab();
  for (const host of NODES) {
    for (const name of VMS) {
      ok(base, { type: 'vmCreate', host, name, location: 'C:\\ClusterStorage\\Volume1\\' });
      ok(base, { type: 'vmSetSettings', host, vm: name, workload: { diskWriteBytesPerS: BYTES_PER_MIB } });
      ok(base, { type: 'vmAction', host, vm: name, action: 'start' });
    }
  }
  base.advance(5_000);
  const start = JSON.parse(JSON.stringify(base.snapshot())) as LabSnapshot;

  test('refusals change nothing; every snapshot checks clean; a restored copy stays in step', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 14 }), (steps) => checkRandomSteps(start, steps)),
      { numRuns: 25, seed: 5 },
    );
  });
});
