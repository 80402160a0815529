// @vitest-environment jsdom
// The cluster pages drawn from the mirror: the network and node pages' Network Connections tables
// (one InterfacesTable, the columns each page names), the Nodes and Networks lists, and the disk
// lists (Storage, Cluster Shared Volumes) with their headings.
import '../../ui/testing/jsdom';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ShellProvider } from '../../shell/shell-context';
import { labMirror } from '../../stores/lab-mirror';
import { seedCluster } from './fixtures';
import { csvStatus } from './model';
import NetworkView from './network.view';
import NetworksView from './networks.view';
import NodeView from './node.view';
import NodesView from './nodes.view';
import SharedVolumesView from './shared-volumes.view';
import StorageView from './storage.view';

// Test files share their worker's modules: the mirror goes back as it was.
const before = labMirror.getState();
beforeEach(() => act(() => labMirror.setState({ loaded: true, clusters: { CLUSTER1: seedCluster() } } as never)));
afterEach(() => {
  cleanup();
  labMirror.setState(before, true);
});

function show(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <ShellProvider api={null} actions={[]} node={null}>
        <Routes>
          <Route path="/failover-cluster/:cluster/networks/:network" element={<NetworkView />} />
          <Route path="/failover-cluster/:cluster/networks" element={<NetworksView />} />
          <Route path="/failover-cluster/:cluster/nodes/:node" element={<NodeView />} />
          <Route path="/failover-cluster/:cluster/nodes" element={<NodesView />} />
          <Route path="/failover-cluster/:cluster/storage" element={<StorageView />} />
          <Route path="/failover-cluster/:cluster/shared-volumes" element={<SharedVolumesView />} />
        </Routes>
      </ShellProvider>
    </MemoryRouter>,
  );
}

const table = (name: string) =>
  within(screen.getByRole('region', { name }))
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

test("a network's page lists each node's connection on it", () => {
  show('/failover-cluster/Cluster1/networks/Cluster%20Network%202');
  expect(table('Network Connections')).toEqual([
    ['Node', 'Adapter', 'IP Address', 'Status'],
    ['Demo1', 'iSCSI', '172.30.100.31', 'Up'],
    ['Demo2', 'iSCSI', '172.30.100.32', 'Up'],
  ]);
});

test("a node's page lists its connection on each cluster network", () => {
  show('/failover-cluster/Cluster1/nodes/Demo2');
  expect(table('Network connections')).toEqual([
    ['Network', 'Adapter', 'IP Address', 'Status'],
    ['Cluster Network 1', 'Private', '10.10.10.32', 'Up'],
    ['Cluster Network 2', 'iSCSI', '172.30.100.32', 'Up'],
    ['Cluster Network 3', 'Public', '192.168.100.32', 'Up'],
  ]);
});

test('the Nodes and Networks lists are grids of the cluster; an unknown cluster says so', () => {
  show('/failover-cluster/Cluster1/nodes');
  expect(screen.getByRole('grid', { name: 'Nodes' })).toBeTruthy();
  cleanup();
  show('/failover-cluster/Cluster1/networks');
  expect(screen.getByRole('grid', { name: 'Networks' })).toBeTruthy();
  cleanup();
  show('/failover-cluster/Nope/networks');
  expect(screen.getByText('There is no such cluster in this lab.')).toBeTruthy();
});

test('Storage heads its disks with their total; Cluster Shared Volumes has its heading and grid', () => {
  show('/failover-cluster/Cluster1/storage');
  expect(screen.getByRole('heading', { name: 'Summary of Storage' }).parentElement?.textContent).toMatch(/^Summary of StorageTotal Capacity: \S+ GB$/);
  expect(screen.getByRole('grid', { name: 'Storage' })).toBeTruthy();
  cleanup();
  show('/failover-cluster/Cluster1/shared-volumes');
  expect(screen.getByRole('grid', { name: 'Cluster Shared Volumes' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Summary of Cluster Shared Volumes' })).toBeTruthy();
});

test('Cluster Shared Volumes: a volume that a node reaches through its coordinator is "Online (Redirected Access)"', () => {
  const volume = { ...seedCluster().disks[1]!, usage: 'csv' as const, csvPath: 'C:\\ClusterStorage\\Volume1' };
  const redirected = { ...volume, csvAccess: [{ node: 'Demo1', access: 'Direct' as const, sinceMs: 0 }, { node: 'Demo2', access: 'Redirected Access' as const, sinceMs: 5000 }] };
  expect(csvStatus(redirected)).toBe('Online (Redirected Access)');
  expect(csvStatus({ ...redirected, csvAccess: [{ node: 'Demo2', access: 'Direct', sinceMs: 9000 }] })).toBe('Online');
  // A lab saved before access was tracked has none: the disk's own state.
  expect(csvStatus(volume)).toBe('Online');
});
