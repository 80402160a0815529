// Select Host's ratings (ratings.ts): a free node's stars follow its free memory share in half
// stars; a node that cannot take the machine has 0 stars and says why; bad names are refused.
import { describe, expect, test } from 'vitest';
import { PARENT_PARTITION_RESERVE_BYTES, CLUSTER_NODE_MEMORY_BYTES, VM_MEMORY_DEFAULT_BYTES } from '../../../domain/hyperv';
import type { HostRatingsAnswer } from '../../../domain/migration';
import { createLab } from '../../lab';
import type { Lab } from '../../types';

const readyLab = (clusterNodes: number) => createLab({ seed: 3, scenario: 'seed-lab-ready', options: { osVersion: '2008R2', clusterNodes } });

function ratingsOf(lab: Lab, role = 'VM1'): HostRatingsAnswer {
  const answer = lab.query({ type: 'migrationHostRatings', cluster: 'Cluster1', role });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

describe('migrationHostRatings', () => {
  test('every other node, rated by the memory left free once VM1 is there, in half stars', () => {
    const answer = ratingsOf(readyLab(3));
    expect(answer).toMatchObject({ cluster: 'Cluster1', role: 'VM1', vm: 'VM1', source: 'Demo1', memoryBytes: VM_MEMORY_DEFAULT_BYTES });
    const capacityBytes = CLUSTER_NODE_MEMORY_BYTES - PARENT_PARTITION_RESERVE_BYTES;
    // 30 GB for VMs, 29.5 GB free with VM1 there: 4.92 stars, rounded down to 4.5.
    const stars = Math.floor(((capacityBytes - VM_MEMORY_DEFAULT_BYTES) / capacityBytes) * 10) / 2;
    expect(stars).toBe(4.5);
    for (const type of ['live', 'quick'] as const) {
      expect(answer.ratings[type].map((rating) => [rating.node, rating.stars])).toEqual([
        ['Demo2', stars],
        ['Demo3', stars],
      ]);
      expect(answer.ratings[type][0]!.reasons[0]).toMatch(/memory for virtual machines stays free on Demo2/);
    }
  });

  test('a node that is not Up has 0 stars, and the explanation says so', () => {
    const lab = readyLab(3);
    lab.dispatch({ type: 'setPower', host: 'Demo3', action: 'off' });
    lab.advance(60_000);
    const demo3 = ratingsOf(lab).ratings.live.find((rating) => rating.node === 'Demo3')!;
    expect(demo3.stars).toBe(0);
    expect(demo3.reasons[0]).toBe('Demo3 is Down.');
    expect(ratingsOf(lab).ratings.live.find((rating) => rating.node === 'Demo2')!.stars).toBeGreaterThan(0);
  });

  test('an unknown cluster or role is refused, naming the field', () => {
    const lab = readyLab(2);
    const noRole = lab.query({ type: 'migrationHostRatings', cluster: 'Cluster1', role: 'VM9' });
    expect(noRole.ok || noRole.error.errors).toEqual({ role: expect.stringContaining('VM9') });
    expect(lab.query({ type: 'migrationHostRatings', cluster: 'Nope', role: 'VM1' }).ok).toBe(false);
  });
});
