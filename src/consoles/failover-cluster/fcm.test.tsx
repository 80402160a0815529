// @vitest-environment jsdom
// Failover Cluster Manager against a fake client: the node actions follow the node's state and
// send the lab's action (Evict only after its confirmation; a refusal reaches the shell with the
// lab's words); a network's Properties sends the role ("Do not allow…" → none) and shows a refusal
// on its field; Cluster Properties checks the ranges and shows the engine's refusal on the field;
// Enable Cluster Shared Volumes needs its notice read; Add storage adds each checked disk. The tree
// shows Cluster Shared Volumes only once enabled.
import '../../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, type ApiClient } from '../../api/client';
import type { Cluster } from '../../domain/cluster';
import { listActions, type ActionContext, type SelectedItem } from '../../shell/registry';
import type { LabMirrorState } from '../../stores/lab-mirror';
import { click } from '../../ui/testing/click';
import { AddStorageDialog } from './add-storage.dialog';
import { ClusterPropertiesDialog } from './cluster-properties.dialog';
import { EnableCsvDialog } from './enable-csv.dialog';
import { seedCluster } from './fixtures';
import { failoverClusterConsole } from './index';
import { clusterEvents, holdsClusterAddress, quorumLine } from './model';
import { NetworkPropertiesDialog } from './network-properties.dialog';
import { nodeActions } from './node.action';
import { FCM_NODE_KINDS, memberKey } from './paths';

afterEach(() => cleanup());

type Call = { id: string; params?: unknown; body?: unknown };

function fakeApi(answer: (call: Call) => unknown = () => ({ version: 2 })) {
  const calls: Call[] = [];
  const api: ApiClient = {
    call: vi.fn(async (id: string, args?: { params?: unknown; body?: unknown }) => {
      const call = { id, params: args?.params, body: args?.body };
      calls.push(call);
      return answer(call);
    }) as unknown as ApiClient['call'],
  };
  return { api, calls };
}

function refusal(detail: string, errors: Record<string, string>, status = 409) {
  return new ApiError({ type: 'urn:ha-lab:error:conflict', title: 'Conflict', status, detail, code: 'cluster.refused', errors });
}

function rowContext(cluster: Cluster, node: string, api: ApiClient | null, confirm = vi.fn(async () => true)): ActionContext {
  const item: SelectedItem = { kind: FCM_NODE_KINDS.node, key: memberKey(cluster.name, node), label: node };
  return {
    node: { href: '/failover-cluster/Cluster1/nodes', label: 'Nodes', kind: FCM_NODE_KINDS.nodes, key: cluster.name },
    item,
    lab: { clusters: { [cluster.id]: cluster } } as unknown as LabMirrorState,
    api,
    search: new URLSearchParams(),
    navigate: vi.fn(),
    confirm,
    showMessage: vi.fn(async () => undefined),
    openDialog: vi.fn(),
  };
}

const listed = (ctx: ActionContext) => listActions(nodeActions, 'item', ctx).map((entry) => `${entry.label}${entry.enabled ? '' : ' (greyed)'}`);

describe('node actions', () => {
  test('an Up node can be paused, stopped and evicted; a Paused one resumed; a stopped one started', () => {
    const { api } = fakeApi();
    expect(listed(rowContext(seedCluster(), 'Demo2', api))).toEqual([
      'Pause',
      'Resume (greyed)',
      'Stop Cluster Service',
      'Start Cluster Service (greyed)',
      'Evict',
    ]);
    const paused = seedCluster();
    paused.nodes[1] = { ...paused.nodes[1]!, state: 'Paused' };
    expect(listed(rowContext(paused, 'Demo2', api))).toContain('Resume');
    expect(listed(rowContext(paused, 'Demo2', api))).toContain('Pause (greyed)');
    const stopped = seedCluster();
    stopped.nodes[1] = { ...stopped.nodes[1]!, state: 'Down', downReason: 'service-stopped', dynamicWeight: 0 };
    expect(listed(rowContext(stopped, 'Demo2', api))).toEqual([
      'Pause (greyed)',
      'Resume (greyed)',
      'Stop Cluster Service (greyed)',
      'Start Cluster Service',
      'Evict',
    ]);
    const alone = seedCluster({ nodes: [seedCluster().nodes[0]!] });
    expect(listed(rowContext(alone, 'Demo1', api))).toContain('Evict (greyed)');
  });

  test('Pause sends the action to the node; Evict asks first and sends nothing when refused by the user', async () => {
    const { api, calls } = fakeApi();
    const pause = nodeActions.find((action) => action.id === 'cluster.node.pause.item')!;
    await pause.perform(rowContext(seedCluster(), 'Demo2', api));
    expect(calls).toEqual([{ id: 'clusterNodeAction', params: { name: 'Cluster1', node: 'Demo2' }, body: { action: 'pause' } }]);

    const evict = nodeActions.find((action) => action.id === 'cluster.node.evict.item')!;
    const no = vi.fn(async () => false);
    await evict.perform(rowContext(seedCluster(), 'Demo2', api, no));
    expect(no).toHaveBeenCalledWith(expect.objectContaining({ title: 'Please confirm action', confirmLabel: 'Evict' }));
    expect(calls).toHaveLength(1);
    await evict.perform(rowContext(seedCluster(), 'Demo2', api));
    expect(calls[1]).toEqual({ id: 'clusterNodeAction', params: { name: 'Cluster1', node: 'Demo2' }, body: { action: 'evict' } });
  });

  test("the engine's refusal reaches the shell with its words", async () => {
    const words = 'Evicting Demo2 would leave the cluster without quorum.';
    const { api } = fakeApi(() => {
      throw refusal(words, { action: words });
    });
    const evict = nodeActions.find((action) => action.id === 'cluster.node.evict.item')!;
    await expect(evict.perform(rowContext(seedCluster(), 'Demo2', api))).rejects.toThrow(words);
  });
});

describe("a network's Properties", () => {
  test('"Do not allow cluster network communication on this network" sends role none; a refusal shows on the choice and the dialog stays', async () => {
    const words = 'The network that holds the cluster address 192.168.100.50 must allow cluster communication.';
    const cluster = seedCluster();
    const { api, calls } = fakeApi((call) => {
      if ((call.params as { network: string }).network === 'Cluster Network 3') throw refusal(words, { role: words }, 422);
      return { version: 3 };
    });
    const onClose = vi.fn();
    render(<NetworkPropertiesDialog api={api} cluster="Cluster1" network={cluster.networks[1]!} onRenamed={() => undefined} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Cluster Network 2 Properties' });
    const clients = within(dialog).getByRole('checkbox', { name: 'Allow clients to connect through this network' }) as HTMLInputElement;
    expect(clients.disabled).toBe(false);
    await click(within(dialog).getByRole('radio', { name: 'Do not allow cluster network communication on this network' }));
    // Nested under "Allow…": greyed once cluster communication is not allowed.
    expect(clients.disabled).toBe(true);
    await click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls).toEqual([{ id: 'setClusterNetwork', params: { name: 'Cluster1', network: 'Cluster Network 2' }, body: { role: 'none' } }]);
    cleanup();

    const closePublic = vi.fn();
    render(<NetworkPropertiesDialog api={api} cluster="Cluster1" network={cluster.networks[2]!} onRenamed={() => undefined} onClose={closePublic} />);
    const publicDialog = await screen.findByRole('dialog', { name: 'Cluster Network 3 Properties' });
    await click(within(publicDialog).getByRole('radio', { name: 'Do not allow cluster network communication on this network' }));
    await click(within(publicDialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(publicDialog.querySelector('[data-field="communication"]')?.textContent).toContain(words));
    expect(closePublic).not.toHaveBeenCalled();
  });
});

describe('Cluster Properties', () => {
  test('a delay out of the 2008 R2 range is refused on its field before anything is sent; the engine\'s refusal lands on its field', async () => {
    const words = 'SameSubnetThreshold must be from 3 to 10.';
    const { api, calls } = fakeApi(() => {
      throw refusal(words, { SameSubnetThreshold: words }, 422);
    });
    const onClose = vi.fn();
    render(<ClusterPropertiesDialog api={api} cluster={seedCluster()} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Cluster1 Properties' });
    expect(dialog.textContent).toContain('From 250 to 2000.');
    expect(dialog.textContent).toContain('Windows Server 2008 R2 has no dynamic quorum');
    const delay = dialog.querySelector<HTMLInputElement>('[data-field="SameSubnetDelay"] input')!;
    await act(async () => {
      fireEvent.change(delay, { target: { value: '5000' } });
      fireEvent.blur(delay);
    });
    await click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(calls).toEqual([]);
    await act(async () => {
      fireEvent.change(delay, { target: { value: '1500' } });
      fireEvent.blur(delay);
    });
    const threshold = dialog.querySelector<HTMLInputElement>('[data-field="SameSubnetThreshold"] input')!;
    await act(async () => {
      fireEvent.change(threshold, { target: { value: '6' } });
      fireEvent.blur(threshold);
    });
    await click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(dialog.querySelector('[data-field="SameSubnetThreshold"]')?.textContent).toContain(words));
    expect(calls).toEqual([{ id: 'setClusterProperties', params: { name: 'Cluster1' }, body: { SameSubnetDelay: 1500, SameSubnetThreshold: 6 } }]);
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('Cluster Shared Volumes', () => {
  test('Enable Cluster Shared Volumes needs "I have read the above notice", then sets EnableSharedVolumes 1', async () => {
    const { api, calls } = fakeApi();
    const onEnabled = vi.fn();
    render(<EnableCsvDialog api={api} cluster="Cluster1" onEnabled={onEnabled} onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'Enable Cluster Shared Volumes' });
    expect(dialog.textContent).toContain('only supported for use with the Hyper-V role');
    await click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(dialog.textContent).toContain('I have read the above notice" to continue');
    expect(calls).toEqual([]);
    await click(within(dialog).getByRole('checkbox', { name: 'I have read the above notice' }));
    await click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(onEnabled).toHaveBeenCalled());
    expect(calls).toEqual([{ id: 'setClusterProperties', params: { name: 'Cluster1' }, body: { EnableSharedVolumes: 1 } }]);
  });

  test('Add storage adds each checked disk', async () => {
    const { api, calls } = fakeApi();
    const onClose = vi.fn();
    render(<AddStorageDialog api={api} cluster="Cluster1" eligible={[seedCluster().disks[1]!]} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Add Storage' });
    await click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(dialog.textContent).toContain('Choose a row of Available disks.');
    const row = dialog.querySelector('[role="row"][data-key="Cluster Disk 2"]')!;
    await click(within(row as HTMLElement).getByRole('checkbox'));
    await click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls).toEqual([{ id: 'addSharedVolume', params: { name: 'Cluster1' }, body: { disk: 'Cluster Disk 2' } }]);
  });
});

describe('the tree and the summary', () => {
  const treeOf = (cluster: Cluster) => failoverClusterConsole.tree({ loaded: true, clusters: { [cluster.id]: cluster }, clusterRoles: {} } as unknown as Parameters<typeof failoverClusterConsole.tree>[0]);

  test('a cluster shows as its FQDN with its parts; Cluster Shared Volumes only once enabled', () => {
    const [root] = treeOf(seedCluster());
    expect(root!.label).toBe('Failover Cluster Manager');
    const cluster = root!.children![0]!;
    expect(cluster.label).toBe('Cluster1.SWS.com');
    expect(cluster.children!.map((node) => node.label)).toEqual(['Services and applications', 'Nodes', 'Storage', 'Networks', 'Cluster Events']);
    expect(cluster.children![1]!.children!.map((node) => node.label)).toEqual(['Demo1', 'Demo2']);
    expect(cluster.children![3]!.children!.map((node) => node.href)).toContain('/failover-cluster/Cluster1/networks/Cluster%20Network%202');
    const enabled = seedCluster({ properties: { ...seedCluster().properties, EnableSharedVolumes: 1 } });
    expect(treeOf(enabled)[0]!.children![0]!.children!.map((node) => node.label)).toContain('Cluster Shared Volumes');
  });

  test('the quorum line, the network holding the address, the cluster events of its nodes', () => {
    const cluster = seedCluster();
    expect(quorumLine(cluster)).toBe('Node and Disk Majority (Cluster Disk 1)');
    expect(quorumLine(seedCluster({ quorum: { mode: 'NodeMajority', witnessDisk: null, fileShare: null } }))).toBe('Node Majority');
    expect(cluster.networks.map((network) => holdsClusterAddress(cluster, network))).toEqual([false, false, true]);
    const event = (seq: number, host: string, source: string) => ({ seq, host, source, log: 'System', level: 'Error', eventId: 1135, timeMs: seq, message: '' });
    const events = [event(1, 'Demo1', 'Microsoft-Windows-FailoverClustering'), event(2, 'SWS-DC', 'Microsoft-Windows-FailoverClustering'), event(3, 'Demo2', 'EventLog'), event(4, 'Demo2', 'Microsoft-Windows-FailoverClustering')];
    expect(clusterEvents(events as never, cluster).map((entry) => entry.seq)).toEqual([4, 1]);
  });
});
