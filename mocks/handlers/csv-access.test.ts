// Contract of what the VM I/O path adds to the routes: GET /clusters/{name}/shared-volumes gives
// each volume every running node's access and a Redirected Access summary; GET /hosts/{host}/vms/{vm}
// gives a machine on a CSV its disk I/O. From seed-lab-ready (VM1 running on Demo1, Demo1 the
// coordinator of Volume1), with cables pulled through PUT /hosts/{name}/nics/{nic}.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { BYTES_PER_MIB } from '../../src/domain/units';
import { resetLab, server } from '../node';
import { api } from '../starwind-test-support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab({ seed: 7, scenario: 'seed-lab-ready' });
});

const cable = (name: string, nic: string, linkUp: boolean) => api.call('setNic', { params: { name, nic }, body: { linkUp } });

describe('Cluster Shared Volumes: per-node access; a VM’s disk I/O', () => {
  test('Demo1 loses its storage path: the volume moves to Demo2, Demo1 reaches it through Redirected Access, VM1 writes on', async () => {
    await api.call('setVmSettings', { params: { name: 'Demo1', vm: 'VM1' }, body: { workload: { diskWriteBytesPerS: BYTES_PER_MIB } } });
    const direct = await api.call('getVm', { params: { name: 'Demo1', vm: 'VM1' } });
    expect(direct).toMatchObject({ state: 'Running', diskIo: { volume: 'C:\\ClusterStorage\\Volume1', access: 'Direct', writtenBytes: 0, stalled: false } });
    expect((await api.call('listSharedVolumes', { params: { name: 'Cluster1' } })).volumes).toMatchObject([{ ownerNode: 'Demo1', redirectedAccess: false, nodes: [{ node: 'Demo1', access: 'Direct' }, { node: 'Demo2', access: 'Direct' }] }]);

    await cable('Demo1', 'iSCSI', false);
    const volumes = await api.call('listSharedVolumes', { params: { name: 'Cluster1' } });
    expect(volumes.volumes).toMatchObject([{ name: 'Cluster Disk 2', ownerNode: 'Demo2', redirectedAccess: true, nodes: [{ node: 'Demo1', access: 'Redirected Access' }, { node: 'Demo2', access: 'Direct' }] }]);
    await api.call('advanceClock', { body: { ms: 10_000 } });
    const redirected = await api.call('getVm', { params: { name: 'Demo1', vm: 'VM1' } });
    expect(redirected).toMatchObject({ state: 'Running', diskIo: { access: 'Redirected Access', writtenBytes: 10 * BYTES_PER_MIB, stalled: false } });
    expect(redirected.diskIo!.latencyUs!).toBeGreaterThan(direct.diskIo!.latencyUs!);
  });
});
