// @vitest-environment jsdom
// Virtual Machine Manager drawn from the mirror: the host groups tree, the Virtual Machines of a
// group with VMM's columns and the Job Status of a running migration, Jobs newest first with the
// progress the engine's record gives and the steps of the selected job, and Migrate… enabled only
// for a highly available machine with no migration under way.
import '../../ui/testing/jsdom';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Cluster, ClusterRole } from '../../domain/cluster';
import type { VirtualMachine } from '../../domain/hyperv';
import type { Host } from '../../domain/network';
import { BYTES_PER_MIB } from '../../domain/units';
import { listActions, type ActionContext } from '../../shell/registry';
import { renderRoutes } from '../../shell/testing/render-routes';
import { labMirror } from '../../stores/lab-mirror';
import { withFakeLayout } from '../../ui/testing/layout';
import { migrationFixture } from '../../ui/migration/fixtures';
import { vmmActions, VMM_JOB_ITEM_KIND, VMM_VM_ITEM_KIND } from './actions';
import { vmmConsole } from './index';
import VmmJobsView from './jobs.view';
import VmmVirtualMachinesView from './vms.view';

const host = (id: string, name: string) => ({ id, name, role: 'cluster-node', osVersion: '2008R2', powerState: 'on', volumes: [] }) as unknown as Host;
const vm = (id: string, name: string, hostId: string, hostName: string, state: VirtualMachine['state']) =>
  ({ id, name, host: hostName, hostId, state, memoryBytes: 512 * BYTES_PER_MIB, assignedMemoryBytes: 0, startedMs: null, createdMs: 0 }) as unknown as VirtualMachine;
const cluster = { id: 'CLUSTER1', name: 'Cluster1', nodes: [{ name: 'Demo1', hostId: 'h1' }, { name: 'Demo2', hostId: 'h2' }] } as unknown as Cluster;
const role = (name: string, vmId: string) => ({ id: `CLUSTER1/${name}`, cluster: 'CLUSTER1', name, vmId, ownerNode: 'Demo1' }) as unknown as ClusterRole;

withFakeLayout();
const before = labMirror.getState();
beforeEach(() =>
  act(() =>
    labMirror.setState({
      loaded: true,
      nowMs: 1_250,
      hosts: { h1: host('h1', 'Demo1'), h2: host('h2', 'Demo2') },
      serverFeatures: {},
      clusters: { CLUSTER1: cluster },
      clusterRoles: { 'CLUSTER1/VM1': role('VM1', 'vm-1'), 'CLUSTER1/VM3': role('VM3', 'vm-3') },
      virtualMachines: { 'vm-1': vm('vm-1', 'VM1', 'h1', 'Demo1', 'Running'), 'vm-2': vm('vm-2', 'VM2', 'h2', 'Demo2', 'Off'), 'vm-3': vm('vm-3', 'VM3', 'h1', 'Demo1', 'Saved') },
      migrations: {
        'mig-0001': migrationFixture({ id: 'mig-0001', vm: 'VM3', vmId: 'vm-3', state: 'Completed', phase: 'gratuitous-arp', requestedMs: 0, endedMs: 900, totalMs: 900, downtimeMs: 70, clientsKeptConnection: true }),
        'mig-0002': migrationFixture({ id: 'mig-0002', current: { phase: 'setup', bytes: 0, startedMs: 1_000, dueMs: 1_500 } }),
      },
    } as never),
  ),
);
afterEach(() => {
  cleanup();
  labMirror.setState(before, true);
});

const cells = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell').map((cell) => cell.textContent));

test('the tree: Virtual Machine Manager → All Hosts → Cluster1 → its nodes, and Jobs', () => {
  const [root] = vmmConsole.tree(labMirror.getState());
  expect(root?.label).toBe('Virtual Machine Manager');
  const [allHosts, jobs] = root!.children!;
  expect([allHosts?.label, allHosts?.children?.map((each) => [each.label, each.children?.map((child) => child.href)]), jobs?.label]).toEqual([
    'All Hosts',
    [['Cluster1', ['/vmm/all-hosts/Cluster1/Demo1', '/vmm/all-hosts/Cluster1/Demo2']]],
    'Jobs',
  ]);
});

test("Virtual Machines: VMM's columns, Under Migration and the running job's percent; a host's node shows its machines only", () => {
  const view = renderRoutes('/vmm/all-hosts', { '/vmm/all-hosts': <VmmVirtualMachinesView />, '/vmm/all-hosts/:group/:host': <VmmVirtualMachinesView /> });
  const grid = screen.getByRole('grid', { name: 'Virtual Machines' });
  expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Name', 'Status', 'Job Status', 'Host', 'Cluster', 'Memory']);
  expect(cells(grid)).toEqual([
    ['VM1', 'Under Migration', 'Running (8 %)', 'Demo1', 'Cluster1', '512 MB'],
    ['VM2', 'Stopped', '', 'Demo2', 'Cluster1', '512 MB'],
    ['VM3', 'Saved State', 'Completed', 'Demo1', 'Cluster1', '512 MB'],
  ]);
  view.unmount();
  renderRoutes('/vmm/all-hosts/Cluster1/Demo2', { '/vmm/all-hosts/:group/:host': <VmmVirtualMachinesView /> });
  expect(cells(screen.getByRole('grid', { name: 'Virtual Machines' })).map((row) => row[0])).toEqual(['VM2']);
});

test("Jobs: newest first with times and progress; the selected job's steps, downtime and clients", () => {
  renderRoutes('/vmm/jobs', { '/vmm/jobs': <VmmJobsView /> });
  const grid = screen.getByRole('grid', { name: 'Jobs' });
  const rows = cells(grid);
  expect(rows.map((row) => [row[0], row[1], row[4]])).toEqual([
    ['Migrate virtual machine', 'Running (8 %)', 'VM1'],
    ['Migrate virtual machine', 'Completed', 'VM3'],
  ]);
  const bars = within(grid).getAllByRole('progressbar');
  expect(bars.map((bar) => bar.getAttribute('aria-valuenow'))).toEqual(['8', '100']);
  fireEvent.mouseDown(within(grid).getAllByRole('row')[2]!);
  const details = screen.getByRole('region', { name: 'Details' });
  expect(details.textContent).toContain('Downtime:70 ms');
  expect(details.textContent).toContain('the clients kept their connections (downtime below the TCP timeout)');
  expect(within(details).getByRole('table', { name: 'Steps' }).textContent).toContain('1. TCP connection made');
});

test('Migrate… is enabled for a highly available machine with no migration queued or running', () => {
  const enabledFor = (key: string) => {
    const ctx = { node: { href: '/vmm/all-hosts', label: 'All Hosts', kind: 'vmm.all-hosts' }, item: { kind: VMM_VM_ITEM_KIND, key, label: key }, lab: labMirror.getState(), api: {} } as unknown as ActionContext;
    return listActions(vmmActions, 'item', ctx).map((entry) => [entry.label, entry.enabled]);
  };
  expect(enabledFor('vm-1')).toEqual([['Migrate…', false]]); // migrating now
  expect(enabledFor('vm-2')).toEqual([['Migrate…', false]]); // not highly available
  expect(enabledFor('vm-3')).toEqual([['Migrate…', true]]);
});

test('Cancel is enabled on a queued or running job, not on an ended one', () => {
  const enabledFor = (key: string) => {
    const ctx = { node: { href: '/vmm/jobs', label: 'Jobs', kind: 'vmm.jobs' }, item: { kind: VMM_JOB_ITEM_KIND, key, label: key }, lab: labMirror.getState(), api: {} } as unknown as ActionContext;
    return listActions(vmmActions, 'item', ctx).map((entry) => [entry.label, entry.enabled]);
  };
  expect(enabledFor('mig-0002')).toEqual([['Cancel', true]]);
  expect(enabledFor('mig-0001')).toEqual([['Cancel', false]]);
});
