// @vitest-environment jsdom
// Failover Cluster Manager's migration actions against a fake client: Live migrate / Move virtual
// machine(s) are greyed for an offline role and while a migration of it is open (Status says
// Queued); the dialog lists "Best possible node" then "1 - Live migrate to node Demo2" and sends
// POST …/move with the migration type (no node for the best one); Pause → Drain Roles is listed on
// 2016 and not on 2008 R2; the settings dialog checks a range without sending, then asks the lab
// with ?validate=only before the PUT.
import '../../ui/testing/jsdom';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import type { ApiClient } from '../../api/client';
import type { Cluster, ClusterRole } from '../../domain/cluster';
import type { MigrationSettingsView } from '../../domain/migration';
import { listActions, type ActionContext } from '../../shell/registry';
import type { LabMirrorState } from '../../stores/lab-mirror';
import { migrationFixture } from '../../ui/migration/fixtures';
import { click } from '../../ui/testing/click';
import { seedCluster, seedRole } from './fixtures';
import { MigrateRoleDialog } from './migrate-role.dialog';
import { migrateActions } from './migrate.action';
import { MigrationSettingsDialog } from './migration-settings.dialog';
import { roleStatus } from './migrations-model';
import { nodeActions } from './node.action';
import { FCM_NODE_KINDS, memberKey } from './paths';

afterEach(cleanup);

type Call = { id: string; query?: unknown; body?: unknown };
function fakeApi(answer: (call: Call) => unknown) {
  const calls: Call[] = [];
  const api = { call: vi.fn(async (id: string, args?: { query?: unknown; body?: unknown }) => answer((calls[calls.length] = { id, query: args?.query, body: args?.body }))) } as unknown as ApiClient;
  return { api, calls };
}

function context(cluster: Cluster, role: ClusterRole, migrations = {}, kind: string = FCM_NODE_KINDS.role, name = role.name): ActionContext {
  return {
    node: null,
    item: { kind, key: memberKey(cluster.name, name), label: name },
    lab: { clusters: { [cluster.id]: cluster }, clusterRoles: { [role.id]: role }, migrations } as unknown as LabMirrorState,
    api: {} as ApiClient,
    search: new URLSearchParams(),
    navigate: vi.fn(),
    confirm: vi.fn(async () => true),
    showMessage: vi.fn(async () => undefined),
    openDialog: vi.fn(),
  } as unknown as ActionContext;
}
const listed = (ctx: ActionContext) => listActions(migrateActions, 'item', ctx).map((entry) => `${entry.label}${entry.enabled ? '' : ' (greyed)'}`);

test('the migration actions follow the role’s state and an open migration; Status says Queued', () => {
  const cluster = seedCluster();
  const online = seedRole({ state: 'Online' });
  expect(listed(context(cluster, online))).toEqual(['Live migrate virtual machine to another node', 'Move virtual machine(s) to another node', 'Live migration settings…']);
  expect(listed(context(cluster, seedRole()))).toContain('Live migrate virtual machine to another node (greyed)');
  const queued = { 'mig-0001': migrationFixture({ vmId: online.vmId, state: 'Queued', phase: null, timeline: [] }) };
  expect(listed(context(cluster, online, queued))).toContain('Move virtual machine(s) to another node (greyed)');
  expect(roleStatus(queued, online)).toBe('Queued');
  expect(roleStatus({}, online)).toBe('Online');
});

test('Pause → Drain Roles is listed from 2012, not on 2008 R2', () => {
  const labels = (osVersion: Cluster['osVersion']) => {
    const cluster = seedCluster({ osVersion });
    return listActions(nodeActions, 'item', context(cluster, seedRole(), {}, FCM_NODE_KINDS.node, 'Demo1')).map((entry) => entry.label);
  };
  expect(labels('2016')).toContain('Pause → Drain Roles');
  expect(labels('2008R2')).not.toContain('Pause → Drain Roles');
  expect(labels('2008R2')).toContain('Pause');
});

test('Live migrate lists Best possible node and each other node, and sends the type (no node for the best)', async () => {
  const { api, calls } = fakeApi(() => ({ migrationId: 'mig-0001' }));
  const onClose = vi.fn();
  render(<MigrateRoleDialog api={api} cluster={seedCluster()} role={seedRole({ state: 'Online' })} type="live" onClose={onClose} />);
  await click((await screen.findByText('1 - Live migrate to node Demo2')).closest('label')!);
  fireEvent.click(screen.getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(calls).toContainEqual({ id: 'moveClusterRole', query: undefined, body: { migrationType: 'live', node: 'Demo2' } }));
  cleanup();
  const quick = fakeApi(() => ({ migrationId: 'mig-0002' }));
  render(<MigrateRoleDialog api={quick.api} cluster={seedCluster()} role={seedRole({ state: 'Online' })} type="quick" onClose={onClose} />);
  await screen.findByText('1 - Move to node Demo2');
  fireEvent.click(screen.getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(quick.calls).toContainEqual({ id: 'moveClusterRole', query: undefined, body: { migrationType: 'quick' } }));
});

test('the settings dialog names a range without sending, then asks the lab with ?validate=only before the PUT', async () => {
  const view: MigrationSettingsView = { cluster: 'Cluster1', osVersion: '2008R2', passLimit: 10, downtimeTargetMs: 300, tcpTimeoutMs: 20_000, switchOverMs: 60, networkOrder: ['Cluster Network 1', 'Cluster Network 2'], simultaneousLiveMigrations: 1, networkOrderIsDefault: true, simultaneousConfigurable: false };
  const { api, calls } = fakeApi((call) => (call.id === 'getMigrationSettings' ? view : call.query ? { valid: true, warnings: {} } : view));
  const onClose = vi.fn();
  render(<MigrationSettingsDialog api={api} cluster={seedCluster()} role={seedRole()} onClose={onClose} />);
  // Cluster Network 3 is not in the order: listed last, cleared.
  expect(((await screen.findByRole('checkbox', { name: 'Cluster Network 3' })) as HTMLInputElement).checked).toBe(false);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Cluster Network 1' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Cluster Network 2' }));
  fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
  expect(await screen.findByText('Network for live migration: select at least one network.')).toBeTruthy();
  expect(calls.filter((call) => call.id === 'setMigrationSettings')).toEqual([]);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Cluster Network 2' }));
  fireEvent.click(screen.getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(onClose).toHaveBeenCalled());
  const puts = calls.filter((call) => call.id === 'setMigrationSettings');
  expect(puts.map((call) => call.query)).toEqual([{ validate: 'only' }, undefined]);
  expect(puts[1]!.body).toEqual({ networkOrder: ['Cluster Network 2'], downtimeTargetMs: 300, tcpTimeoutMs: 20_000, switchOverMs: 60 });
});
