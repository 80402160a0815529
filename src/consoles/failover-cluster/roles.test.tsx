// @vitest-environment jsdom
// The cluster's roles against a fake client: the role actions follow the role's state (and the
// other nodes'), Bring online sends the lab's action and a refusal reaches the shell; the role's
// page and Services and applications read the mirror; Properties checks its ranges (nothing is
// sent), reorders the preferred owners, asks `?validate=only` before the change and shows the
// lab's refusal on its field; Move lists "1 - Move to node Demo2"; the High Availability Wizard
// walks its pages (an ineligible machine greyed with its reason, Next on Select Virtual Machine
// asks the lab) to a Summary made of the lab's answer. The tree holds each role.
import '../../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ApiError, type ApiClient } from '../../api/client';
import type { Cluster, ClusterRole } from '../../domain/cluster';
import { flattenTree, listActions, type ActionContext, type SelectedItem } from '../../shell/registry';
import { ShellProvider } from '../../shell/shell-context';
import { labMirror, type LabMirrorState } from '../../stores/lab-mirror';
import { click } from '../../ui/testing/click';
import { seedCluster, seedRole } from './fixtures';
import { failoverClusterConsole } from './index';
import { MoveRoleDialog } from './move-role.dialog';
import { FCM_ACTION_IDS, FCM_NODE_KINDS, memberKey } from './paths';
import { roleActions } from './role.action';
import { RolePropertiesDialog } from './role-properties.dialog';
import RoleView from './role.view';
import ServicesView, { SERVICES_COLUMNS } from './services.view';
import { ConfigureRoleWizard } from './wizards/configure-role.open';

type Call = { id: string; params?: unknown; query?: unknown; body?: unknown };

function fakeApi(answer: (call: Call) => unknown = () => ({ version: 2 })) {
  const calls: Call[] = [];
  const api: ApiClient = {
    call: vi.fn(async (id: string, args?: { params?: unknown; query?: unknown; body?: unknown }) => {
      const call = { id, params: args?.params, query: args?.query, body: args?.body };
      calls.push(call);
      return answer(call);
    }) as unknown as ApiClient['call'],
  };
  return { api, calls };
}

const refusal = (detail: string, errors: Record<string, string>) => new ApiError({ type: 'urn:ha-lab:error:invalid', title: 'Invalid', status: 422, detail, code: 'cluster.refused', errors });
const rolesById = (...roles: ClusterRole[]) => Object.fromEntries(roles.map((role) => [role.id, role]));

function itemContext(cluster: Cluster, role: ClusterRole, api: ApiClient | null): ActionContext {
  const item: SelectedItem = { kind: FCM_NODE_KINDS.role, key: memberKey(cluster.name, role.name), label: role.name };
  return {
    node: { href: '/failover-cluster/Cluster1/services', label: 'Services and applications', kind: FCM_NODE_KINDS.services, key: cluster.name },
    item,
    lab: { clusters: { [cluster.id]: cluster }, clusterRoles: rolesById(role) } as unknown as LabMirrorState,
    api,
    search: new URLSearchParams(),
    navigate: vi.fn(),
    confirm: vi.fn(async () => true),
    showMessage: vi.fn(async () => undefined),
    openDialog: vi.fn(),
  };
}

const listed = (ctx: ActionContext) => listActions(roleActions, 'item', ctx).map((entry) => `${entry.label}${entry.enabled ? '' : ' (greyed)'}`);

afterEach(() => cleanup());

describe('role actions', () => {
  test('an Offline role can be brought online and moved; an Online one taken offline; a Pending one waits; no other node Up: no move', () => {
    const { api } = fakeApi();
    expect(listed(itemContext(seedCluster(), seedRole(), api))).toEqual([
      'Bring this service or application online',
      'Take this service or application offline (greyed)',
      'Move this service or application to another node',
      'Properties',
    ]);
    expect(listed(itemContext(seedCluster(), seedRole({ state: 'Online' }), api)).slice(0, 2)).toEqual([
      'Bring this service or application online (greyed)',
      'Take this service or application offline',
    ]);
    expect(listed(itemContext(seedCluster(), seedRole({ state: 'Pending' }), api)).slice(0, 3).every((label) => label.endsWith('(greyed)'))).toBe(true);
    const demo2Down = seedCluster();
    demo2Down.nodes[1] = { ...demo2Down.nodes[1]!, state: 'Down', downReason: 'off' };
    expect(listed(itemContext(demo2Down, seedRole(), api))).toContain('Move this service or application to another node (greyed)');
  });

  test("Bring online on the selected row (the seed's step 6 link) sends start; the lab's refusal reaches the shell", async () => {
    const { api, calls } = fakeApi();
    const start = roleActions.find((action) => action.id === FCM_ACTION_IDS.roleStart)!;
    await start.perform(itemContext(seedCluster(), seedRole(), api));
    expect(calls).toEqual([{ id: 'clusterRoleAction', params: { name: 'Cluster1', role: 'VM1' }, query: undefined, body: { action: 'start' } }]);
    const words = 'Demo1 does not reach the storage of VM1.';
    const refused = fakeApi(() => {
      throw refusal(words, {});
    });
    await expect(start.perform(itemContext(seedCluster(), seedRole(), refused.api))).rejects.toThrow(words);
  });

  test('Move lists the other nodes as 2008 R2 numbers them and sends the move to the one chosen', async () => {
    const { api, calls } = fakeApi();
    const onClose = vi.fn();
    render(<MoveRoleDialog api={api} cluster={seedCluster()} role={seedRole({ state: 'Online' })} onClose={onClose} />);
    const option = await screen.findByText('1 - Move to node Demo2');
    await click(option.closest('label')!);
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(calls).toContainEqual({ id: 'clusterRoleAction', params: { name: 'Cluster1', role: 'VM1' }, query: undefined, body: { action: 'move', node: 'Demo2' } }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});

describe('views from the mirror', () => {
  const before = labMirror.getState();
  beforeEach(() =>
    act(() =>
      labMirror.setState({
        loaded: true,
        clusters: { CLUSTER1: seedCluster() },
        clusterRoles: rolesById(seedRole(), seedRole({ id: 'CLUSTER1/VM2', name: 'VM2', state: 'Online', ownerNode: 'Demo2', preferredOwners: ['Demo2', 'Demo1'] })),
      } as never),
    ),
  );
  afterEach(() => labMirror.setState(before, true));

  function show(path: string) {
    return render(
      <MemoryRouter initialEntries={[path]}>
        <ShellProvider api={null} actions={[]} node={null}>
          <Routes>
            <Route path="/failover-cluster/:cluster/services" element={<ServicesView />} />
            <Route path="/failover-cluster/:cluster/services/:role" element={<RoleView />} />
          </Routes>
        </ShellProvider>
      </MemoryRouter>,
    );
  }

  test('Services and applications: Name, Status, Type, Current Owner of each role', () => {
    show('/failover-cluster/Cluster1/services');
    // jsdom lays nothing out, so the virtualised grid draws no row: its count, headers and cells are read instead.
    const grid = screen.getByRole('grid', { name: 'Services and applications' });
    expect(grid.getAttribute('aria-rowcount')).toBe('3');
    expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Name', 'Status', 'Type', 'Current Owner']);
    const roles = Object.values(labMirror.getState().clusterRoles);
    expect(roles.map((role) => SERVICES_COLUMNS.map((column) => column.cell(role)))).toEqual([
      ['VM1', 'Offline', 'Virtual Machine', 'Demo1'],
      ['VM2', 'Online', 'Virtual Machine', 'Demo2'],
    ]);
  });

  test("a role's page: summary, resources with their status, and why an action is greyed", () => {
    show('/failover-cluster/Cluster1/services/vm2');
    const page = screen.getByRole('region', { name: 'Summary of VM2' });
    expect(within(page).getByTestId('role-state').textContent).toBe('Online');
    expect(within(page).getByTestId('role-owner').textContent).toBe('Demo2');
    expect(page.textContent).toContain('Demo2, Demo1');
    expect(page.querySelector('[data-resource-state="Virtual Machine VM2"]')?.textContent).toBe('Offline');
    expect(page.textContent).toContain('Virtual Machine Configuration VM2');
    expect(page.textContent).toContain('The service or application is online already.');
  });

  test('the tree holds each role under Services and applications', () => {
    const tree = failoverClusterConsole.tree(labMirror.getState());
    const services = flattenTree(tree).find((node) => node.kind === FCM_NODE_KINDS.services)!;
    expect(services.children?.map((node) => [node.label, node.href, node.key])).toEqual([
      ['VM1', '/failover-cluster/Cluster1/services/VM1', 'Cluster1/VM1'],
      ['VM2', '/failover-cluster/Cluster1/services/VM2', 'Cluster1/VM2'],
    ]);
  });
});

describe('Properties', () => {
  const field = (name: string) => document.querySelector(`[data-field="${name}"]`) as HTMLElement;
  const setNumber = (name: string, value: string) => {
    const input = field(name).querySelector('input')!;
    fireEvent.change(input, { target: { value } });
    fireEvent.blur(input);
  };

  test('an out-of-range period is named with its range and nothing is sent; the owners reordered are checked, then set', async () => {
    const { api, calls } = fakeApi((call) => (call.query ? { valid: true, warnings: {} } : { ...seedRole({ preferredOwners: ['Demo2', 'Demo1'] }), version: 3 }));
    const onClose = vi.fn();
    render(<RolePropertiesDialog api={api} cluster={seedCluster()} role={seedRole()} onClose={onClose} />);
    // The Failover tab: "nodes − 1" shows as 1 for two nodes, the period 6 hours.
    await click(screen.getByRole('tab', { name: 'Failover' }));
    expect((field('failoverThreshold').querySelector('input') as HTMLInputElement).value).toBe('1');
    setNumber('failoverPeriodHours', '2000');
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(field('failoverPeriodHours').textContent).toContain('Period (hours) must be a whole number from 1 to 1193.'));
    expect(calls).toEqual([]);
    setNumber('failoverPeriodHours', '6');

    await click(screen.getByRole('tab', { name: 'General' }));
    await click(screen.getByRole('checkbox', { name: 'Demo1' }));
    await click(screen.getByRole('checkbox', { name: 'Demo2' }));
    await click(screen.getByRole('button', { name: 'Up: Demo2' }));
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls.map((call) => [call.id, call.query, call.body])).toEqual([
      ['setClusterRole', { validate: 'only' }, { preferredOwners: ['Demo2', 'Demo1'] }],
      ['setClusterRole', undefined, { preferredOwners: ['Demo2', 'Demo1'] }],
    ]);
  });

  test("the lab's refusal lands on the failback window's field and the dialog stays open", async () => {
    const words = 'Failback between two hours: each is a whole hour from 0 to 23, and both are set.';
    const { api, calls } = fakeApi(() => {
      throw refusal(words, { 'failback.window.endHour': words });
    });
    const onClose = vi.fn();
    render(<RolePropertiesDialog api={api} cluster={seedCluster()} role={seedRole({ preferredOwners: ['Demo1'] })} onClose={onClose} />);
    await click(screen.getByRole('tab', { name: 'Failover' }));
    await click(field('failback').querySelector('input[value="allow"]')!.closest('label')!);
    await click(field('failbackWhen').querySelector('input[value="window"]')!.closest('label')!);
    setNumber('windowStartHour', '22');
    setNumber('windowEndHour', '5');
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(field('windowEndHour').textContent).toContain(words));
    expect(calls[0]).toMatchObject({ id: 'setClusterRole', query: { validate: 'only' }, body: { failback: { mode: 'allow', window: { startHour: 22, endHour: 5 } } } });
    expect(calls).toHaveLength(1);
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('Configure a Service or Application (High Availability Wizard)', () => {
  test('Virtual Machine, an ineligible machine greyed with its reason, the lab asked on Next, and a Summary of what it made', async () => {
    const made = seedRole({ id: 'CLUSTER1/VM2', name: 'VM2' });
    const notOnCsv = "VM3's files are not all on storage of the cluster (C:\\VMs\\VM3).";
    const { api, calls } = fakeApi((call) => {
      if (call.id === 'listClusterRoleCandidates') {
        return {
          candidates: [
            { host: 'Demo1', vm: 'VM2', state: 'Off', notEligible: null },
            { host: 'Demo2', vm: 'VM3', state: 'Off', notEligible: notOnCsv },
          ],
        };
      }
      return call.query ? { valid: true, warnings: {} } : { roles: [made], version: 4 };
    });
    const navigate = vi.fn();
    render(<ConfigureRoleWizard api={api} cluster={seedCluster()} navigate={navigate} onClose={() => undefined} />);
    const title = () => screen.getByTestId('wizard-page-title').textContent;
    const next = async (expected: string) => {
      fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
      await waitFor(() => expect(title()).toBe(expected));
    };
    const row = (field: string, key: string) => document.querySelector(`[data-field="${field}"] [role="row"][data-key="${key}"]`) as HTMLElement;
    await waitFor(() => expect(title()).toBe('Before You Begin'));
    await next('Select Service or Application');
    await next('Select Service or Application');
    await click(row('roleType', 'VirtualMachine'));
    await next('Select Virtual Machine');
    expect(row('vms', 'Demo2/VM3').getAttribute('aria-disabled')).toBe('true');
    expect(row('vms', 'Demo2/VM3').textContent).toContain(notOnCsv);
    await click(row('vms', 'Demo1/VM2'));
    await next('Confirmation');
    expect(calls.filter((call) => call.id === 'createClusterRole')).toEqual([
      { id: 'createClusterRole', params: { name: 'Cluster1' }, query: { validate: 'only' }, body: { roleType: 'VirtualMachine', vms: [{ host: 'Demo1', vm: 'VM2' }] } },
    ]);
    expect(screen.getByTestId('wizard-summary').textContent).toContain('VM2');
    await next('Summary');
    const report = document.querySelector('[data-report-text]')?.textContent ?? '';
    expect(report).toContain('You have successfully completed the High Availability Wizard.');
    expect(report).toContain('VM2: Offline, current owner Demo1');
    fireEvent.click(screen.getByRole('button', { name: 'View Report…' }));
    const full = await screen.findByRole('dialog', { name: 'High Availability' });
    expect(full.querySelector('[data-report-text]')?.textContent).toContain('Virtual Machine Configuration VM2: Offline');
    fireEvent.click(within(full).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'High Availability' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/failover-cluster/Cluster1/services/VM2'));
  });
});
