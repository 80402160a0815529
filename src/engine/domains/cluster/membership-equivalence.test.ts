// The lazy heartbeat model against the naive one that sends every heartbeat: on 2 to 5 nodes,
// random schedules of cable pulls and plugs, plugs pulled and power coming back, clean shutdowns,
// heartbeat settings changed and node actions (pause, resume, stop and start the Cluster service),
// at arbitrary ms. Same removals, same events in the same order,
// same node states after every step; the lazy lab is saved and restored half-way.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { OsVersion } from '../../../domain/lab';
import { restoreLab } from '../../lab';
import { eventsOf } from '../../testing/lab-helpers';
import type { Command, Lab } from '../../types';
import { changeCluster, clusterOf, formedClusterLab } from './heartbeats-testing';
import { NAIVE_DETECTOR } from './naive-heartbeats';

type Step =
  | { kind: 'link'; node: number; nic: 'Public' | 'Private' | 'iSCSI'; linkUp: boolean; waitMs: number }
  | { kind: 'power'; node: number; action: 'off' | 'on' | 'shutdown'; waitMs: number }
  | { kind: 'settings'; delayMs: number; threshold: number; waitMs: number }
  | { kind: 'node'; node: number; action: 'pause' | 'resume' | 'stop-service' | 'start-service'; waitMs: number };

const waitArb = fc.oneof(fc.integer({ min: 0, max: 2_500 }), fc.integer({ min: 0, max: 30_000 }), fc.constantFrom(0, 1, 999, 1_000, 1_001));
const stepArb = (nodes: number): fc.Arbitrary<Step> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('link' as const), node: fc.integer({ min: 1, max: nodes }), nic: fc.constantFrom('Public' as const, 'Private' as const, 'iSCSI' as const), linkUp: fc.boolean(), waitMs: waitArb }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('power' as const), node: fc.integer({ min: 1, max: nodes }), action: fc.constantFrom('off' as const, 'on' as const, 'shutdown' as const), waitMs: waitArb }) },
    // Thresholds × delays stay under the shortest boot (72 s), so a node is found gone before it can be back.
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('settings' as const), delayMs: fc.integer({ min: 250, max: 2_000 }), threshold: fc.integer({ min: 3, max: 10 }), waitMs: waitArb }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('node' as const), node: fc.integer({ min: 1, max: nodes }), action: fc.constantFrom('pause' as const, 'resume' as const, 'stop-service' as const, 'start-service' as const), waitMs: waitArb }),
    },
  );

const scenarioArb = fc
  .record({ nodes: fc.integer({ min: 2, max: 5 }), osVersion: fc.constantFrom<OsVersion>('2008R2', '2012R2', '2016'), fileShare: fc.boolean(), startMs: fc.integer({ min: 0, max: 5_000 }) })
  .chain((base) => fc.record({ base: fc.constant(base), steps: fc.array(stepArb(base.nodes), { minLength: 1, maxLength: 14 }) }));

function apply(lab: Lab, step: Step): void {
  if (step.kind === 'settings') {
    changeCluster(lab, (cluster) => Object.assign(cluster.properties, { SameSubnetDelay: step.delayMs, SameSubnetThreshold: step.threshold }));
  } else {
    const command: Command =
      step.kind === 'link'
        ? { type: 'setNicLink', host: `Demo${step.node}`, nic: step.nic, linkUp: step.linkUp }
        : step.kind === 'power'
          ? { type: 'setPower', host: `Demo${step.node}`, action: step.action }
          : { type: 'clusterNodeAction', cluster: 'Cluster1', node: `Demo${step.node}`, action: step.action };
    lab.dispatch(command); // a refusal (on while on) is part of the schedule, the same in both
  }
  lab.advance(step.waitMs);
}

function observed(lab: Lab): string {
  const events = eventsOf(lab)
    .filter((event) => event.source === 'Microsoft-Windows-FailoverClustering')
    .map((event) => `${event.timeMs} ${event.host} ${event.eventId} ${event.message.slice(0, 40)}`);
  const cluster = clusterOf(lab);
  const nodes = cluster.nodes.map((node) => `${node.name}:${node.state}:${node.downReason ?? ''}:${node.dynamicWeight}`);
  return [`${cluster.state} ${cluster.coreOwner ?? '-'}`, ...nodes, ...events].join('\n');
}

describe('lazy heartbeats = a heartbeat every SameSubnetDelay', () => {
  test('same removals, events, order and node states on random schedules', () => {
    fc.assert(
      fc.property(scenarioArb, ({ base, steps }) => {
        const options = { nodes: base.nodes, osVersion: base.osVersion, mode: base.fileShare ? ('NodeAndFileShareMajority' as const) : ('NodeMajority' as const) };
        let lazy = formedClusterLab(options);
        const naive = formedClusterLab({ ...options, detector: NAIVE_DETECTOR });
        for (const lab of [lazy, naive]) lab.advance(base.startMs);
        for (const [index, step] of steps.entries()) {
          if (index === Math.floor(steps.length / 2)) {
            // Saved and restored mid-way: the same hash, and it goes on the same.
            const restored = restoreLab(JSON.parse(JSON.stringify(lazy.snapshot())));
            expect(restored.hash()).toBe(lazy.hash());
            lazy = restored;
          }
          apply(lazy, step);
          apply(naive, step);
          expect(observed(lazy)).toBe(observed(naive));
        }
        for (const lab of [lazy, naive]) lab.advance(120_000);
        expect(observed(lazy)).toBe(observed(naive));
      }),
      { numRuns: 150, seed: 20261202 },
    );
  });

  test('the naive model removes at the same exact time as the lazy one (a pinned case)', () => {
    const naive = formedClusterLab({ nodes: 3, detector: NAIVE_DETECTOR });
    naive.advance(2_500);
    for (const nic of ['Public', 'Private', 'iSCSI']) naive.dispatch({ type: 'setNicLink', host: 'Demo3', nic, linkUp: false });
    naive.advance(10_000);
    expect(observed(naive)).toContain('7000 Demo1 1135');
  });
});
