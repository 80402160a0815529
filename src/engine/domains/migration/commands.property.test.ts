// Random migrations (live and quick, to a node or the best one, cancels, settings) mixed with role
// and Hyper-V actions, cable pulls and power changes of the nodes, drains and time, on 2008 R2 and
// 2016: a refusal never moves the lab, every snapshot passes its check (one step timer per running
// live migration, no node over its limit, one open migration per machine), and a restored copy
// goes on exactly like the original (the queue and the busy and reserved indexes are rebuilt).
// Left alone, every migration ends and no role stays Pending.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RESTART_PERIOD_MS } from '../../../domain/cluster';
import { checkRandomSteps, runLeftAlone } from '../../testing/random-commands';
import { migrationsOf, setWorkload } from '../../testing/migration-helpers';
import { roleLab } from '../../testing/roles-helpers';
import type { Command, LabSnapshot } from '../../types';

const NODES = ['Demo1', 'Demo2', 'Demo3'] as const;
const ROLES = ['VM1', 'VM2', 'VM3'] as const;

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ type: fc.constant('migrationStart' as const), cluster: fc.constant('Cluster1'), role: fc.constantFrom(...ROLES), migrationType: fc.constantFrom('live', 'quick' as const), node: fc.option(fc.constantFrom(...NODES), { nil: undefined }) }, { requiredKeys: ['type', 'cluster', 'role', 'migrationType'] }) },
  fc.record({ type: fc.constant('migrationCancel' as const), id: fc.constantFrom('mig-0001', 'mig-0002', 'mig-0003', 'mig-0004') }),
  fc.record({ type: fc.constant('migrationSetSettings' as const), cluster: fc.constant('Cluster1'), downtimeTargetMs: fc.constantFrom(50, 300), tcpTimeoutMs: fc.constantFrom(1_000, 20_000) }),
  fc.record({ type: fc.constant('clusterRoleAction' as const), cluster: fc.constant('Cluster1'), role: fc.constantFrom(...ROLES), action: fc.constantFrom('start', 'stop', 'move' as const) }),
  fc.record({ type: fc.constant('vmAction' as const), host: fc.constantFrom(...NODES), vm: fc.constantFrom(...ROLES), action: fc.constantFrom('turn-off', 'save', 'start' as const) }),
  { weight: 3, arbitrary: fc.record({ type: fc.constant('setNicLink' as const), host: fc.constantFrom(...NODES), nic: fc.constantFrom('Private', 'iSCSI', 'Public'), linkUp: fc.boolean() }) },
  fc.record({ type: fc.constant('setPower' as const), host: fc.constantFrom(...NODES), action: fc.constantFrom('off', 'on' as const) }),
  fc.record({ type: fc.constant('clusterNodeAction' as const), cluster: fc.constant('Cluster1'), node: fc.constantFrom(...NODES), action: fc.constantFrom('pause', 'resume' as const), drain: fc.boolean() }),
) as fc.Arbitrary<Command>;
const stepArb = fc.record({ command: commandArb, advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 30_000 })) });

describe.each(['2008R2', '2016'] as const)('migrations under random sequences on %s', (osVersion) => {
  const base = roleLab({ nodes: 3, online: true, vms: [...ROLES], osVersion });
  // VM2 dirties memory (several passes), VM3 faster than the link (the pass limit).
  setWorkload(base, 'Demo1', 'VM2', { dirtyBytesPerS: 60_000_000 });
  setWorkload(base, 'Demo1', 'VM3', { dirtyBytesPerS: 250_000_000 });
  const start = JSON.parse(JSON.stringify(base.snapshot())) as LabSnapshot;

  test('refusals change nothing; every snapshot checks clean; a restored copy stays in step', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 14 }), (steps) => checkRandomSteps(start, steps)),
      { numRuns: 25, seed: 13 },
    );
  });

  test('left alone, every migration ends', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 14 }), (steps) => {
        const lab = runLeftAlone(start, steps, RESTART_PERIOD_MS);
        for (const migration of migrationsOf(lab)) expect(['Completed', 'Cancelled', 'Failed']).toContain(migration.state);
      }),
      { numRuns: 25, seed: 31 },
    );
  });
});
