// Random administrator commands on a three-node cluster, mixed with cable and power changes and
// time: a refusal never moves the lab, the snapshot always passes its check, and a restored copy
// goes on exactly like the original.
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { checkRandomSteps } from '../../testing/random-commands';
import { clusterLab } from '../../testing/cluster-helpers';
import type { Command, LabSnapshot } from '../../types';

const NODES = ['Demo1', 'Demo2', 'Demo3'] as const;
const DISKS = ['Cluster Disk 1', 'Cluster Disk 2'] as const;
const cluster = 'Cluster1';

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('clusterNodeAction' as const), cluster: fc.constant(cluster), node: fc.constantFrom(...NODES), action: fc.constantFrom('pause', 'resume', 'evict', 'stop-service', 'start-service' as const) }),
  fc.record({ type: fc.constant('clusterSetQuorum' as const), cluster: fc.constant(cluster), mode: fc.constantFrom('NodeMajority', 'NodeAndDiskMajority', 'DiskOnly' as const), witnessDisk: fc.constantFrom(...DISKS) }).map((command) => (command.mode === 'NodeMajority' ? { type: command.type, cluster, mode: command.mode } : command)),
  fc.record({ type: fc.constant('clusterSetProperties' as const), cluster: fc.constant(cluster), properties: fc.record({ EnableSharedVolumes: fc.constantFrom(0, 1 as const), SameSubnetThreshold: fc.integer({ min: 2, max: 11 }) }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('clusterAddSharedVolume' as const), cluster: fc.constant(cluster), disk: fc.constantFrom(...DISKS) }),
  fc.record({ type: fc.constant('clusterSetNetwork' as const), cluster: fc.constant(cluster), network: fc.constantFrom('Cluster Network 1', 'Cluster Network 2', 'Cluster Network 3'), role: fc.constantFrom('none', 'cluster', 'cluster-and-client' as const) }),
  fc.record({ type: fc.constant('setNicLink' as const), host: fc.constantFrom(...NODES), nic: fc.constantFrom('Private', 'iSCSI', 'Public'), linkUp: fc.boolean() }),
  fc.record({ type: fc.constant('setPower' as const), host: fc.constantFrom(...NODES), action: fc.constantFrom('off', 'on' as const) }),
);
const stepArb = fc.record({ command: commandArb, advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120_000 })) });

describe('cluster commands under random sequences', () => {
  const base = clusterLab({ nodes: 3 });
  const start = JSON.parse(JSON.stringify(base.snapshot())) as LabSnapshot;

  test('refusals change nothing; every snapshot checks clean; a restored copy stays in step', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 12 }), (steps) => checkRandomSteps(start, steps)),
      { numRuns: 25, seed: 11 },
    );
  });
});
