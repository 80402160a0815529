// @vitest-environment jsdom
// Hyper-V Manager drawn from the mirror: the tree lists only servers whose Hyper-V role is in
// effect and the root page says how to add one; a server's Virtual Machines list (no CPU Usage
// column: the lab gives none) with the uptime as d.hh:mm:ss, the selected machine's summary, and
// the machine's actions enabled exactly in the states the engine accepts them.
import '../../ui/testing/jsdom';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ServerFeatures } from '../../domain/features';
import { VM_ACTION_FROM, VM_STATES, type VirtualMachine, type VmState } from '../../domain/hyperv';
import type { Host } from '../../domain/network';
import { BYTES_PER_MIB } from '../../domain/units';
import { withFakeLayout } from '../../ui/testing/layout';
import { listActions, type ActionContext } from '../../shell/registry';
import { ShellProvider } from '../../shell/shell-context';
import { labMirror } from '../../stores/lab-mirror';
import { hypervActions, VM_ITEM_KIND } from './actions';
import { hypervConsole } from './index';
import { formatUptime } from './model';
import HyperVOverviewView from './overview.view';
import HyperVServerView from './server.view';

const host = (id: string, name: string) => ({ id, name, role: 'cluster-node', osVersion: '2008R2', powerState: 'on', volumes: [{ letter: 'C', label: '', sizeBytes: 1, freeBytes: 1 }] }) as unknown as Host;
const features = (id: string, hostName: string, installed: string[], pendingInstall: string[] = []): ServerFeatures => ({ id, host: hostName, hyperVSuitable: true, installed, pendingInstall, pendingRemove: [] }) as unknown as ServerFeatures;
const vm = (id: string, name: string, state: VmState, startedMs: number | null): VirtualMachine => ({
  id,
  name,
  host: 'Demo1',
  hostId: 'h1',
  state,
  transition: null,
  startedMs,
  createdMs: 0,
  memoryBytes: 512 * BYTES_PER_MIB,
  assignedMemoryBytes: state === 'Running' ? 512 * BYTES_PER_MIB : 0,
  location: 'C:\\ClusterStorage\\Volume1',
  networkConnection: 'Not Connected',
  hardDisk: { mode: 'create', path: `C:\\ClusterStorage\\Volume1\\${name}\\${name}.vhd`, sizeBytes: 1 },
  isoPath: null,
  automaticStartAction: 'StartIfRunning',
  runningWhenHostStopped: false,
  workload: { dirtyBytesPerS: 0, diskWriteBytesPerS: 0, wwsBytes: 0 },
});

withFakeLayout();
const before = labMirror.getState();
const DAY_MS = 86_400_000;
beforeEach(() =>
  act(() =>
    labMirror.setState({
      loaded: true,
      nowMs: DAY_MS + 3_723_000 + 60_000,
      hosts: { h1: host('h1', 'Demo1'), h2: host('h2', 'Demo2'), h3: host('h3', 'Demo3') },
      serverFeatures: { h1: features('h1', 'Demo1', ['Hyper-V']), h2: features('h2', 'Demo2', [], ['Hyper-V']), h3: features('h3', 'Demo3', ['Failover-Clustering']) },
      virtualMachines: { 'vm-1': vm('vm-1', 'VM1', 'Running', 60_000), 'vm-2': vm('vm-2', 'VM2', 'Off', null) },
    } as never),
  ),
);
afterEach(() => {
  cleanup();
  labMirror.setState(before, true);
});

function show(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <ShellProvider api={null} actions={[]} node={null}>
        <Routes>
          <Route path="/hyper-v" element={<HyperVOverviewView />} />
          <Route path="/hyper-v/:server" element={<HyperVServerView />} />
        </Routes>
      </ShellProvider>
    </MemoryRouter>,
  );
}

test('the tree lists the servers whose Hyper-V role is in effect; the root page tells how to add one', () => {
  const [root] = hypervConsole.tree(labMirror.getState());
  expect(root?.label).toBe('Hyper-V Manager');
  expect(root?.children?.map((child) => child.label)).toEqual(['Demo1']);
  show('/hyper-v');
  const page = screen.getByRole('region', { name: 'Hyper-V Manager' });
  expect(within(page).getByRole('link', { name: 'Demo1' })).toBeTruthy();
  expect(page.textContent).toContain('Demo2: the Hyper-V role is installed and waits for a restart of the server.');
  expect(page.textContent).toContain('Server Manager → Roles → Add Roles → Hyper-V');
});

test("a server's Virtual Machines: Name, State, Assigned Memory, Uptime (no CPU Usage), by name", () => {
  show('/hyper-v/Demo1');
  const grid = screen.getByRole('grid', { name: 'Virtual Machines' });
  expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Name', 'State', 'Assigned Memory', 'Uptime']);
  const rows = within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell').map((cell) => cell.textContent));
  expect(rows).toEqual([
    ['VM1', 'Running', '512 MB', '1.01:02:03'],
    ['VM2', 'Off', '', ''],
  ]);
  expect(screen.getByRole('region', { name: 'Summary' }).textContent).toContain('Select a virtual machine');
});

test('uptime is written as a TimeSpan: hh:mm:ss, with days before a dot', () => {
  expect(formatUptime(0)).toBe('');
  expect(formatUptime(3_000)).toBe('00:00:03');
  expect(formatUptime(2 * DAY_MS + 59_999)).toBe('2.00:00:59');
});

test("each machine action is enabled exactly in the states the engine's table accepts", () => {
  const ctxFor = (state: VmState) => {
    labMirror.setState({ virtualMachines: { 'vm-1': vm('vm-1', 'VM1', state, null) } } as never);
    return { node: { href: '/hyper-v/Demo1', label: 'Demo1', kind: 'hyperv.server', key: 'Demo1' }, item: { kind: VM_ITEM_KIND, key: 'VM1', label: 'VM1' }, lab: labMirror.getState(), api: {} } as unknown as ActionContext;
  };
  for (const state of VM_STATES) {
    const listed = listActions(hypervActions, 'item', ctxFor(state));
    const enabled = Object.fromEntries(listed.map((entry) => [entry.action.id, entry.enabled]));
    expect(enabled['hyperv.vm.settings']).toBe(true);
    for (const [action, from] of Object.entries(VM_ACTION_FROM)) expect(enabled[`hyperv.vm.${action}`], `${action} while ${state}`).toBe(from.includes(state));
  }
});
