// @vitest-environment jsdom
// Create Cluster drawn by the wizard frame with its real definition: Browse… is the object picker
// (Check Names resolves typed names, an unknown one is named), "No" on Validation Warning goes on
// without the child, Confirmation carries "Add all eligible storage to the cluster" (checked, sent
// with the request), and the Summary's View Report… opens the full report in its own window.
import '../../../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Cluster } from '../../../domain/cluster';
import type { Job } from '../../../domain/jobs';
import type { Host, Network } from '../../../domain/network';
import { labMirror } from '../../../stores/lab-mirror';
import { click } from '../../../ui/testing/click';
import type { ChildWizard } from '../../../wizard/model';
import { WizardFrame } from '../../../wizard/wizard-frame';
import { createClusterWizard, type CreateClusterContext } from './create-cluster.wizard';

const nic = (network: string, ip: string) => ({ name: network, network, ip, prefixLength: 24, linkUp: true, speedBitsPerS: 1e9, mac: '00-15-5D-00-00-01' });
const host = (name: string, role: string, nics: ReturnType<typeof nic>[]) => ({ id: name, name, role, domain: 'SWS.com', nics }) as unknown as Host;
const hosts = [
  host('SWS-DC', 'domain-controller', [nic('Public', '192.168.100.10')]),
  host('Demo1', 'cluster-node', [nic('Public', '192.168.100.31'), nic('Private', '10.10.10.31')]),
  host('Demo2', 'cluster-node', [nic('Public', '192.168.100.32'), nic('Private', '10.10.10.32')]),
];
const networks: Network[] = [
  { id: 'Public', name: 'Public', cidr: '192.168.100.0/24', purpose: 'Client access' },
  { id: 'Private', name: 'Private', cidr: '10.10.10.0/24', purpose: 'Cluster heartbeat' },
];
const cluster = { id: 'CLUSTER1', name: 'Cluster1', address: '192.168.100.50', quorum: { mode: 'NodeMajority', witnessDisk: null, fileShare: null }, disks: [], networks: [] } as unknown as Cluster;
const job: Job = {
  id: 'job-0009',
  kind: 'cluster.create',
  title: 'Creating cluster Cluster1',
  subject: { collection: 'clusters', id: 'CLUSTER1' },
  state: 'succeeded',
  startedMs: 0,
  markMs: 0,
  doneAtMarkUnits: 1,
  unitsPerMs: 0.001,
  totalUnits: 1,
  unit: 'steps',
  dueMs: null,
  endedMs: 1000,
  steps: [{ name: 'Form cluster Cluster1 on Demo1', state: 'succeeded', result: 'Completed' }],
  result: { message: 'Cluster Cluster1 was created.', details: {} },
};

const ctx: CreateClusterContext = {
  computers: ['Demo1', 'Demo2', 'SWS-DC'],
  hosts,
  networks,
  startEpochMs: 0,
  validationOf: () => undefined,
  clusterOf: (id) => (id === 'CLUSTER1' ? cluster : undefined),
  validate: () => ({}) as ChildWizard,
};

afterEach(() => {
  cleanup();
  act(() => labMirror.setState({ jobs: {}, nowMs: 0 } as never));
});

const title = () => screen.getByTestId('wizard-page-title').textContent;
const field = (name: string) => document.querySelector(`[data-field="${name}"]`) as HTMLElement;
const next = async (expected: string) => {
  fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
  await waitFor(() => expect(title()).toBe(expected));
};

describe('Create Cluster in the wizard frame', () => {
  test('object picker, no validation, the storage checkbox sent, View Report…', async () => {
    const submit = vi.fn(async () => ({ jobId: job.id }));
    render(<WizardFrame definition={createClusterWizard} context={ctx} submit={submit} onClose={() => undefined} />);
    await next('Select Servers');

    // Browse…: Check Names resolves "demo1" and the FQDN, and names what it cannot find.
    fireEvent.click(within(field('servers')).getByRole('button', { name: 'Browse…' }));
    const picker = await screen.findByRole('dialog', { name: 'Select Computers' });
    const names = within(picker).getByRole('textbox', { name: 'Enter the object names to select' });
    fireEvent.change(names, { target: { value: 'demo1; Nowhere' } });
    fireEvent.click(within(picker).getByRole('button', { name: 'Check Names' }));
    await waitFor(() => expect(within(picker).getByRole('alert').textContent).toContain('"Nowhere" cannot be found'));
    fireEvent.change(names, { target: { value: 'demo1; DEMO2.sws.com' } });
    fireEvent.click(within(picker).getByRole('button', { name: 'Check Names' }));
    await waitFor(() => expect((names as HTMLInputElement).value).toBe('Demo1; Demo2'));
    fireEvent.click(within(picker).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect([...field('servers').querySelectorAll('[role="row"]')].map((row) => row.getAttribute('data-key'))).toEqual(['Demo1', 'Demo2']));
    // A name already listed is refused in the picker, which stays open.
    fireEvent.click(within(field('servers')).getByRole('button', { name: 'Browse…' }));
    const again = await screen.findByRole('dialog', { name: 'Select Computers' });
    fireEvent.change(within(again).getByRole('textbox', { name: 'Enter the object names to select' }), { target: { value: 'DEMO1' } });
    fireEvent.click(within(again).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(within(again).getByRole('alert').textContent).toBe('Demo1: It is in the list already.'));
    fireEvent.click(within(again).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Select Computers' })).toBeNull());

    await next('Validation Warning');
    await click(field('runValidation').querySelector('input[value="no"]')!.closest('label')!);
    await next('Access Point for Administering the Cluster');
    expect(field('accessNetwork').textContent).toContain('192.168.100.0/24');
    fireEvent.change(field('clusterName').querySelector('input')!, { target: { value: 'Cluster1' } });
    fireEvent.change(field('address').querySelector('input')!, { target: { value: '192.168.100.50' } });
    await next('Confirmation');

    // The checkbox is drawn on the confirmation, checked; unchecking it is what the request carries.
    const box = screen.getByRole('checkbox', { name: 'Add all eligible storage to the cluster.' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    await click(box);
    await waitFor(() => expect(box.checked).toBe(false));
    act(() => labMirror.setState({ jobs: { [job.id]: job }, nowMs: 1000 } as never));
    fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
    await waitFor(() => expect(title()).toBe('Creating New Cluster'));
    expect(submit).toHaveBeenCalledWith(expect.objectContaining({ servers: ['Demo1', 'Demo2'], runValidation: 'no', validation: '', clusterName: 'Cluster1', address: '192.168.100.50', addStorage: false }));

    await next('Summary');
    expect(document.querySelector('[data-report-text]')?.textContent).toContain('You have successfully completed the Create Cluster Wizard.');
    fireEvent.click(screen.getByRole('button', { name: 'View Report…' }));
    const full = await screen.findByRole('dialog', { name: 'Create Cluster' });
    expect(full.querySelector('[data-report-text]')?.textContent).toContain('Form cluster Cluster1 on Demo1: Completed');
    fireEvent.click(within(full).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Create Cluster' })).toBeNull());
  });
});
