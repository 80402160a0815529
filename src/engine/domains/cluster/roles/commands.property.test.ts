// Random role commands (bring online, take offline, move, properties) mixed with Hyper-V Manager
// actions on the highly available machines (and machines of the same names elsewhere), node
// actions, power and cable changes of the nodes, and time: a
// refusal never moves the lab, every snapshot passes its check (each role's machine on its owner,
// Pending exactly while a change is pending, each role timer a role's), and a restored copy goes
// on exactly like the original (the roles' indexes are rebuilt from the entities).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RESTART_PERIOD_MS, ROLE_ACTIONS } from '../../../../domain/cluster';
import { VM_ACTIONS } from '../../../../domain/hyperv';
import { checkRandomSteps, runLeftAlone, type RandomStep } from '../../../testing/random-commands';
import { roleLab, roleOf } from '../../../testing/roles-helpers';
import type { Command, LabSnapshot } from '../../../types';

const NODES = ['Demo1', 'Demo2', 'Demo3'] as const;
const ROLES = ['VM1', 'VM2'] as const;

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('clusterRoleAction' as const), cluster: fc.constant('Cluster1'), role: fc.constantFrom(...ROLES), action: fc.constantFrom(...ROLE_ACTIONS), node: fc.option(fc.constantFrom(...NODES), { nil: undefined }) }, { requiredKeys: ['type', 'cluster', 'role', 'action'] }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('vmAction' as const), host: fc.constantFrom(...NODES), vm: fc.constantFrom(...ROLES), action: fc.constantFrom(...VM_ACTIONS) }) },
  fc.record({
    type: fc.constant('clusterRoleSetProperties' as const),
    cluster: fc.constant('Cluster1'),
    role: fc.constantFrom(...ROLES),
    preferredOwners: fc.constantFrom(['Demo1', 'Demo2'], ['Demo3'], []),
    failoverThreshold: fc.constantFrom(0, 1, 0xffffffff),
    failback: fc.constantFrom({ mode: 'prevent' as const }, { mode: 'allow' as const, window: null }, { mode: 'allow' as const, window: { startHour: 1, endHour: 3 } }),
  }),
  fc.record({ type: fc.constant('setPower' as const), host: fc.constantFrom(...NODES), action: fc.constantFrom('off', 'on', 'shutdown' as const) }),
  // A machine of a role's name on another node: a move or failover must not land on it.
  fc.record({ type: fc.constant('vmCreate' as const), host: fc.constantFrom(...NODES), name: fc.constantFrom(...ROLES) }),
  fc.record({ type: fc.constant('clusterNodeAction' as const), cluster: fc.constant('Cluster1'), node: fc.constantFrom(...NODES), action: fc.constantFrom('pause', 'resume', 'stop-service', 'start-service' as const) }),
  fc.record({ type: fc.constant('setNicLink' as const), host: fc.constantFrom(...NODES), nic: fc.constantFrom('Public', 'Private'), linkUp: fc.boolean() }),
) as fc.Arbitrary<Command>;
const stepArb = fc.record({ command: commandArb, advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 400_000 })) });

describe('role commands under random sequences', () => {
  const base = roleLab({ nodes: 3, online: true, vms: [...ROLES] });
  const start = JSON.parse(JSON.stringify(base.snapshot())) as LabSnapshot;
  test('refusals change nothing; every snapshot checks clean; a restored copy stays in step', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 16 }), (steps) => checkRandomSteps(start, steps)),
      { numRuns: 30, seed: 12 },
    );
  });

  test('left alone, every change ends: no role stays Pending, and the machine of an Online role runs', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 16 }), (steps) => {
        const lab = runLeftAlone(start, steps, RESTART_PERIOD_MS);
        for (const name of ROLES) {
          const role = roleOf(lab, name);
          expect(role.pending).toBeNull();
          const vm = lab.query({ type: 'vm', host: role.ownerNode!, vm: name });
          if (role.state === 'Online') expect(vm.ok && vm.value.state).toBe('Running');
        }
      }),
      { numRuns: 30, seed: 21 },
    );
  });

  // Found by the property: a move of an online role whose machine was off (not polled yet); and
  // loops over indexes whose order differed in a restored copy once roles had moved.
  const pinned: Record<string, unknown[]> = {
    'move of a role whose machine is off': [
      { command: { type: 'vmAction', host: 'Demo1', vm: 'VM1', action: 'turn-off' }, advanceMs: 0 },
      { command: { type: 'clusterRoleAction', cluster: 'Cluster1', role: 'VM1', action: 'move' }, advanceMs: 0 },
      { command: { type: 'clusterRoleAction', cluster: 'Cluster1', role: 'VM1', action: 'start' }, advanceMs: 0 },
    ],
    'index order after moves': [
      { command: { type: 'clusterRoleAction', cluster: 'Cluster1', role: 'VM2', action: 'move' }, advanceMs: 0 },
      { command: { type: 'clusterRoleAction', cluster: 'Cluster1', role: 'VM1', action: 'move' }, advanceMs: 0 },
      { command: { type: 'vmAction', host: 'Demo1', vm: 'VM1', action: 'start' }, advanceMs: 3658 },
      { command: { type: 'setPower', host: 'Demo2', action: 'off' }, advanceMs: 0 },
      { command: { type: 'clusterRoleAction', cluster: 'Cluster1', role: 'VM1', action: 'start' }, advanceMs: 0 },
      { command: { type: 'clusterRoleSetProperties', cluster: 'Cluster1', role: 'VM1', preferredOwners: ['Demo1', 'Demo2'], failoverThreshold: 0, failback: { mode: 'prevent' } }, advanceMs: 0 },
    ],
    'a machine that fails on a Paused owner is restarted there': [
      { command: { type: 'vmAction', host: 'Demo1', vm: 'VM1', action: 'turn-off' }, advanceMs: 0 },
      { command: { type: 'clusterNodeAction', cluster: 'Cluster1', node: 'Demo1', action: 'pause' }, advanceMs: 30_000 },
    ],
  };
  test.each(Object.keys(pinned))('pinned: %s', (name) => checkRandomSteps(start, pinned[name] as RandomStep[]));
});
