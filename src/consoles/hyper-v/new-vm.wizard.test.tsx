// @vitest-environment jsdom
// The New Virtual Machine Wizard drawn by the wizard frame with its real definition: its pages in
// 2008 R2's order, the name checked at once with the domain's rule, Assign Memory's range from the
// server, the lab's field errors from Next (`?validate=only`) landing on their fields, the disk
// following the name and location, and the body Finish sends.
import '../../ui/testing/jsdom';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../../domain/units';
import type { CheckResult } from '../../wizard/model';
import { WizardFrame } from '../../wizard/wizard-frame';
import { locationFolders, newVmWizard, toCreateRequest, type NewVmContext, type NewVmValues } from './new-vm.wizard';

const ctx: NewVmContext = { host: 'Demo1', memoryMaxBytes: 30_720 * BYTES_PER_MIB, volumes: ['C:\\'], csvPaths: ['C:\\ClusterStorage\\Volume1'] };

afterEach(cleanup);

const title = () => screen.getByTestId('wizard-page-title').textContent;
const field = (name: string) => document.querySelector(`[data-field="${name}"]`) as HTMLElement;
const input = (name: string) => field(name).querySelector('input') as HTMLInputElement;
const type = (name: string, value: string) => {
  fireEvent.change(input(name), { target: { value } });
  fireEvent.blur(input(name));
};
const next = async (expected: string) => {
  fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
  await waitFor(() => expect(title()).toBe(expected));
};

function show(check: (values: NewVmValues) => Promise<CheckResult> = async () => ({})) {
  const submit = vi.fn(async () => ({}));
  const checkSpy = vi.fn(check);
  render(<WizardFrame<NewVmValues, NewVmContext> definition={newVmWizard} context={ctx} check={checkSpy} submit={submit} onClose={() => undefined} />);
  return { submit, check: checkSpy };
}

test('the pages in order, the name checked at once, the disk beside the machine on the CSV, and the body Finish sends', async () => {
  const { submit } = show();
  expect(title()).toBe('Before You Begin');
  await next('Specify Name and Location');
  expect(input('name').value).toBe('New Virtual Machine');
  // Location is greyed until "Store the virtual machine in a different location" is checked.
  expect(input('location').disabled).toBe(true);

  type('name', 'VM:1');
  expect(field('name').textContent).toContain('The name cannot contain any of these characters');
  fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
  expect(title()).toBe('Specify Name and Location');

  type('name', 'VM1');
  fireEvent.click(field('storeElsewhere').querySelector('input')!);
  expect(input('location').disabled).toBe(false);
  type('location', 'C:\\ClusterStorage\\Volume1');
  await next('Assign Memory');
  expect(input('memoryMb').value).toBe('512');
  expect(screen.getByText(/from 8 MB through 30,720 MB/)).toBeTruthy();
  type('memoryMb', '513');
  fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
  await waitFor(() => expect(field('memoryMb').textContent).toContain('multiple of 2 MB from 8 MB to 30,720 MB'));
  type('memoryMb', '1024');
  await next('Configure Networking');
  await next('Connect Virtual Hard Disk');
  expect(input('vhdName').value).toBe('VM1.vhd');
  expect(input('vhdLocation').value).toBe('C:\\ClusterStorage\\Volume1\\VM1');
  expect(input('vhdSizeGb').value).toBe('127');
  await next('Installation Options');
  await next('Completing the New Virtual Machine Wizard');
  expect(document.querySelector('[data-summary-row="diskMode"]')?.textContent).toContain('C:\\ClusterStorage\\Volume1\\VM1\\VM1.vhd (127 GB)');
  fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
  await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
  const values = (submit.mock.calls[0] as unknown as [NewVmValues])[0];
  expect(toCreateRequest(values)).toEqual({
    name: 'VM1',
    location: 'C:\\ClusterStorage\\Volume1',
    memoryBytes: 1024 * BYTES_PER_MIB,
    networkConnection: 'Not Connected',
    hardDisk: { mode: 'create', name: 'VM1.vhd', location: 'C:\\ClusterStorage\\Volume1\\VM1', sizeBytes: 127 * BYTES_PER_GIB },
    isoPath: null,
  });
});

test("the lab's refusal on Next shows on the field that owns its path, and the page stays", async () => {
  const { check } = show(async (values) => (values.name === 'Taken' ? { errors: { name: 'Demo1 already has a virtual machine named "Taken".' } } : {}));
  await next('Specify Name and Location');
  type('name', 'Taken');
  fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
  await waitFor(() => expect(field('name').textContent).toContain('already has a virtual machine named "Taken"'));
  expect(title()).toBe('Specify Name and Location');
  expect(check).toHaveBeenCalled();
});

test('Attach a virtual hard disk later and an ISO image: the request says so', () => {
  const values = { name: 'VM2', storeElsewhere: false, location: '', memoryMb: 512, networkConnection: 'Not Connected', diskMode: 'later', vhdName: '', vhdLocation: '', vhdSizeGb: 127, vhdPath: '', install: 'iso', isoPath: 'C:\\ISO\\w2k8r2.iso', startAfter: true };
  expect(toCreateRequest(values)).toEqual({ name: 'VM2', memoryBytes: 512 * BYTES_PER_MIB, networkConnection: 'Not Connected', hardDisk: { mode: 'later' }, isoPath: 'C:\\ISO\\w2k8r2.iso' });
});

test("Location's Browse… offers the server's volumes with its cluster's CSVs under C:\\ClusterStorage", () => {
  expect(locationFolders({ ...ctx, volumes: ['C:\\', 'D:\\'] })).toEqual([
    { id: 'C:\\', label: 'C:\\', children: [{ id: 'C:\\ClusterStorage', label: 'ClusterStorage', children: [{ id: 'C:\\ClusterStorage\\Volume1', label: 'Volume1' }] }] },
    { id: 'D:\\', label: 'D:\\', children: [] },
  ]);
});
