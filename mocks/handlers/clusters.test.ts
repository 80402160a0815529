// Contract of the cluster routes: POST /clusters (+ ?validate=only) starts Create Cluster as a job
// (202), the GET routes read the cluster, its nodes, properties, networks and shared volumes, and
// every refusal changes nothing. The lab is made ready through the host with the engine helper's
// steps (clusters-test-support.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { resetLab, server } from '../node';
import { api } from '../starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from '../test-support';
import { clusterLab, CREATE_BODY, readyLab } from './clusters-test-support';

const PATH = '/api/v1/clusters';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
});

describe('POST|GET /api/v1/clusters', () => {
  test('Create Cluster is a job (202); the cluster is Creating, then Online; the list and the cluster read it', async () => {
    await readyLab();
    const before = await getLab();
    const valid = await send('POST', `${PATH}?validate=only`, CREATE_BODY);
    expect(await valid.json()).toEqual({ valid: true, warnings: { validation: expect.stringContaining('The servers were not validated.') } });
    expect(await getLab()).toEqual(before);

    const response = await send('POST', PATH, CREATE_BODY);
    expect(response.status).toBe(202);
    const started = (await response.json()) as { jobId: string; state: string; version: number; name: string };
    expect(started).toMatchObject({ name: 'Cluster1', state: 'Creating', version: before.version + 1 });
    const job = await api.call('getJob', { params: { id: started.jobId } });
    expect(job).toMatchObject({ kind: 'cluster.create', state: 'running' });

    await api.call('advanceClock', { body: { ms: 60_000 } });
    expect(await api.call('listClusters', {})).toEqual({ clusters: [{ name: 'Cluster1', fqdn: 'Cluster1.SWS.com', address: '192.168.100.50', state: 'Online', nodes: 2, nodesUp: 2 }] });
    const cluster = await api.call('getCluster', { params: { name: 'cluster1' } });
    expect(cluster).toMatchObject({ state: 'Online', quorum: { mode: 'NodeAndDiskMajority', witnessDisk: 'Cluster Disk 1' }, coreOwner: 'Demo1' });
    expect((await api.call('listClusterNodes', { params: { name: 'Cluster1' } })).nodes.map((node) => [node.name, node.state])).toEqual([['Demo1', 'Up'], ['Demo2', 'Up']]);
    expect(await api.call('getClusterQuorum', { params: { name: 'Cluster1' } })).toMatchObject({ mode: 'NodeAndDiskMajority', witnessDisk: 'Cluster Disk 1', votesUp: 3, totalVotes: 3, votesNeeded: 2, hasQuorum: true, recommendedMode: 'NodeAndDiskMajority' });
  });

  test('bad names, nodes and addresses, a bad body and an unknown cluster are refused and change nothing', async () => {
    await readyLab();
    const name = await expectRefusedUnchanged(() => send('POST', PATH, { ...CREATE_BODY, name: 'Cluster_1' }), 422, 'cluster.name_invalid');
    expect(name.errors?.name).toBe('The cluster name cannot contain "_".');
    await expectRefusedUnchanged(() => send('POST', `${PATH}?validate=only`, { ...CREATE_BODY, nodes: ['Nowhere'] }), 404, 'host.not_found');
    await expectRefusedUnchanged(() => send('POST', PATH, { ...CREATE_BODY, address: '192.168.100.10' }), 409, 'cluster.address_in_use');
    await expectRefusedUnchanged(() => send('POST', PATH, { ...CREATE_BODY, nodes: 'Demo1' }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('GET', `${PATH}/Nowhere`), 404, 'cluster.not_found');
    await expectRefusedUnchanged(() => send('GET', `${PATH}/Nowhere/nodes`), 404, 'cluster.not_found');
  });
});

describe('GET /api/v1/clusters/{name}/properties, networks, shared-volumes', () => {
  test('read what Create Cluster set', async () => {
    await clusterLab();
    expect(await api.call('getClusterProperties', { params: { name: 'Cluster1' } })).toEqual({ SameSubnetDelay: 1000, SameSubnetThreshold: 5, CrossSubnetDelay: 1000, CrossSubnetThreshold: 5, DynamicQuorum: 0, EnableSharedVolumes: 0 });
    expect(await api.call('getClusterNetwork', { params: { name: 'Cluster1', network: 'Cluster Network 3' } })).toMatchObject({ labNetwork: 'Public', role: 'cluster-and-client' });
    await expectRefusedUnchanged(() => send('GET', `${PATH}/Cluster1/networks/Nowhere`), 404, 'cluster.network_not_found');
    const volumes = await api.call('listSharedVolumes', { params: { name: 'Cluster1' } });
    expect(volumes).toMatchObject({ enabled: false, volumes: [], eligible: [{ name: 'Cluster Disk 2' }] });
  });
});

describe('PUT|POST on a cluster: properties, node actions, quorum, networks, shared volumes', () => {
  test('each change answers what it changed with the version; ?validate=only changes nothing', async () => {
    await clusterLab();
    const before = await getLab();
    expect(await (await send('PUT', `${PATH}/Cluster1/properties?validate=only`, { SameSubnetDelay: 2000 })).json()).toEqual({ valid: true, warnings: {} });
    expect(await getLab()).toEqual(before);
    const properties = await api.call('setClusterProperties', { params: { name: 'Cluster1' }, body: { SameSubnetDelay: 2000, EnableSharedVolumes: 1 } });
    expect(properties).toMatchObject({ SameSubnetDelay: 2000, EnableSharedVolumes: 1, version: before.version + 1 });

    const volumes = await api.call('addSharedVolume', { params: { name: 'Cluster1' }, body: { disk: 'Cluster Disk 2' } });
    expect(volumes).toMatchObject({ enabled: true, volumes: [{ name: 'Cluster Disk 2', csvPath: 'C:\\ClusterStorage\\Volume1' }] });

    const network = await api.call('setClusterNetwork', { params: { name: 'Cluster1', network: 'Cluster Network 2' }, body: { role: 'none', name: 'iSCSI' } });
    expect(network).toMatchObject({ name: 'iSCSI', role: 'none' });
    expect(await api.call('getClusterNetwork', { params: { name: 'Cluster1', network: 'iscsi' } })).toMatchObject({ labNetwork: 'iSCSI' });

    const quorum = await api.call('setClusterQuorum', { params: { name: 'Cluster1' }, body: { mode: 'NodeAndFileShareMajority', fileShare: '\\\\SWS-DC\\Witness' } });
    expect(quorum).toMatchObject({ mode: 'NodeAndFileShareMajority', witnessDisk: null, fileShare: '\\\\SWS-DC\\Witness' });

    const checked = await send('POST', `${PATH}/Cluster1/nodes/Demo2/actions?validate=only`, { action: 'pause' });
    expect(await checked.json()).toEqual({ valid: true, warnings: {} });
    const paused = await api.call('clusterNodeAction', { params: { name: 'Cluster1', node: 'Demo2' }, body: { action: 'pause' } });
    expect(paused.nodes.map((node) => [node.name, node.state])).toEqual([['Demo1', 'Up'], ['Demo2', 'Paused']]);
  });

  test('refusals name the field and change nothing', async () => {
    await clusterLab();
    const range = await expectRefusedUnchanged(() => send('PUT', `${PATH}/Cluster1/properties`, { SameSubnetThreshold: 11 }), 422, 'cluster.property_out_of_range');
    expect(range.errors?.SameSubnetThreshold).toContain('from 3 to 10');
    await expectRefusedUnchanged(() => send('PUT', `${PATH}/Cluster1/properties`, { Unknown: 1 }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('POST', `${PATH}/Cluster1/nodes/Demo2/actions`, { action: 'resume' }), 409, 'cluster.node_state');
    await expectRefusedUnchanged(() => send('POST', `${PATH}/Cluster1/nodes/Nowhere/actions`, { action: 'pause' }), 404, 'cluster.node_not_found');
    await expectRefusedUnchanged(() => send('PUT', `${PATH}/Cluster1/quorum`, { mode: 'DiskOnly' }), 422, 'cluster.witness_required');
    await expectRefusedUnchanged(() => send('PUT', `${PATH}/Cluster1/quorum?validate=only`, { mode: 'Sometimes' }), 422, 'cluster.invalid_quorum_mode');
    await expectRefusedUnchanged(() => send('PUT', `${PATH}/Cluster1/networks/Cluster Network 3`, { role: 'none' }), 409, 'cluster.network_holds_address');
    await expectRefusedUnchanged(() => send('POST', `${PATH}/Cluster1/shared-volumes`, { disk: 'Cluster Disk 2' }), 409, 'cluster.csv_disabled');
  });
});

describe('POST /api/v1/cluster-validations with a cluster', () => {
  test('naming the cluster validates its nodes with Cluster Configuration; an unknown cluster is refused', async () => {
    await clusterLab();
    const response = await send('POST', '/api/v1/cluster-validations', { servers: [], cluster: 'Cluster1', tests: ['Validate Quorum Configuration'] });
    expect(response.status).toBe(202);
    const started = (await response.json()) as { id: string; servers: string[] };
    expect(started.servers).toEqual(['Demo1', 'Demo2']);
    await api.call('advanceClock', { body: { ms: 10_000 } });
    expect(await api.call('getClusterValidation', { params: { id: started.id } })).toMatchObject({ overall: 'Passed', categories: [{ category: 'Cluster Configuration', tests: [{ name: 'Validate Quorum Configuration', result: 'Passed' }] }] });
    await expectRefusedUnchanged(() => send('POST', '/api/v1/cluster-validations', { servers: [], cluster: 'Nowhere' }), 404, 'cluster.not_found');
  });
});
