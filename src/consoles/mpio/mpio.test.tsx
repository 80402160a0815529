// @vitest-environment jsdom
// MPIO's dialogs against a fake client that answers as Demo1 after the seed's claim (one disk, two
// paths, Round Robin): the disk's MPIO tab shows the policy and both paths; a refused policy shows
// its reason and the dialog stays; a weight out of range is refused on its field and nothing is
// sent. MPIO Properties: Add MPIO Support checks the hardware ID, Add asks to reboot (Yes restarts
// through the power route), DSM Install refuses a missing INF file, Capture's report comes from
// the lab's answers.
import '../../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, type ApiClient } from '../../api/client';
import { ISCSI_HARDWARE_ID, type DiskView, type MpioView } from '../../domain/disks';
import { click } from '../../ui/testing/click';
import { draftPath, requestPaths } from './disk-mpio.tab';
import { DiskPropertiesDialog } from './disk-properties.dialog';
import { infProblem } from './dsm.tab';
import { PathEditDialog } from './path-edit.dialog';
import { MpioPropertiesDialog } from './properties.dialog';
import { fileBaseName, mpioReport } from './report';

afterEach(() => cleanup());

const PATHS: DiskView['paths'] = [
  { session: 's1', initiatorAddress: '172.30.100.31', portal: '172.30.100.21:3260', target: 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1', state: 'Active/Optimized', weight: null, counters: { reads: 0, writes: 0, bytes: 0 } },
  { session: 's2', initiatorAddress: '172.30.100.31', portal: '172.30.100.22:3260', target: 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner', state: 'Active/Optimized', weight: null, counters: { reads: 0, writes: 0, bytes: 0 } },
];
const DISK1: DiskView = { number: 1, name: 'Disk 1', kind: 'iscsi', lun: 'SW-ha1', sizeBytes: 2 ** 30, state: 'Online', partitionStyle: 'GPT', volumes: [], multipath: true, policy: 'round-robin', paths: PATHS };
const MPIO: MpioView = { host: 'Demo1', iscsiClaimed: true, claimPending: false, featureInstalled: true, deviceIds: [], pendingDeviceIds: null, hardwareIds: [ISCSI_HARDWARE_ID] };
const ONE_ACTIVE = 'Fail Over Only uses one active path: set the other paths to Standby.';

function fakeApi() {
  const calls: { id: string; body?: unknown }[] = [];
  let mpio = MPIO;
  const api: ApiClient = {
    call: vi.fn(async (id: string, args?: { body?: unknown }) => {
      calls.push({ id, body: args?.body });
      switch (id) {
        case 'getMpio':
          return mpio;
        case 'setMpio': {
          const body = args?.body as { iscsiClaimed?: boolean; deviceIds?: string[] };
          mpio = { ...mpio, claimPending: body.iscsiClaimed !== undefined ? body.iscsiClaimed !== mpio.iscsiClaimed : mpio.claimPending, pendingDeviceIds: body.deviceIds ?? mpio.pendingDeviceIds };
          return { ...mpio, restartRequired: true, version: 2 };
        }
        case 'listDisks':
          return { host: 'Demo1', disks: [DISK1] };
        case 'getDiskMpio':
          return { host: 'Demo1', number: 1, policy: 'round-robin', paths: PATHS };
        case 'setDiskMpio':
          throw new ApiError({ type: 'urn:ha-lab:error:conflict', title: 'Conflict', status: 409, detail: ONE_ACTIVE, code: 'mpio.one_active', errors: { paths: ONE_ACTIVE } });
        case 'powerHost':
          return { host: 'Demo1', version: 3 };
        default:
          throw new Error(`unexpected ${id}`);
      }
    }) as ApiClient['call'],
  };
  return { api, calls };
}

describe("a disk's Properties → MPIO tab", () => {
  test('Round Robin with two paths; Fail Over Only with both active is refused with the reason and the dialog stays', async () => {
    const { api, calls } = fakeApi();
    const onClose = vi.fn();
    render(<DiskPropertiesDialog api={api} host="Demo1" number={1} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Disk 1 Device Properties — Demo1' });
    await click(within(dialog).getByRole('tab', { name: 'MPIO' }));
    // The paths grid draws its rows virtualised (no layout under jsdom): the browser spec reads them.
    await within(dialog).findByRole('grid', { name: 'This device has the following paths:' });
    expect(within(dialog).getByText('Microsoft DSM')).toBeTruthy();
    const policy = dialog.querySelector('[data-field="policy"] button')!;
    expect(policy.textContent).toContain('Round Robin');
    await click(policy);
    await click(await screen.findByRole('option', { name: 'Fail Over Only' }));
    expect(policy.textContent).toContain('Fail Over Only');
    await click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain(ONE_ACTIVE));
    expect(calls.filter((call) => call.id === 'setDiskMpio')).toEqual([{ id: 'setDiskMpio', body: { policy: 'fail-over-only' } }]);
    expect(onClose).not.toHaveBeenCalled();
  });

  test('MPIO Path Details under Weighted Paths: a weight out of range is refused on its field and nothing is saved', async () => {
    const onSave = vi.fn();
    render(<PathEditDialog path={PATHS[0]!} pathId="77030001" policy="weighted-paths" onClose={() => undefined} onSave={onSave} />);
    const edit = await screen.findByRole('dialog', { name: 'MPIO Path Details' });
    const weight = within(edit).getByRole('textbox', { name: 'Weight' });
    await act(async () => {
      fireEvent.change(weight, { target: { value: '-5' } });
      fireEvent.blur(weight);
    });
    await click(within(edit).getByRole('button', { name: 'OK' }));
    expect(edit.textContent).toContain('A path weight is a whole number from 0 to 2147483647.');
    expect(onSave).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.change(weight, { target: { value: '7' } });
      fireEvent.blur(weight);
    });
    await click(within(edit).getByRole('button', { name: 'OK' }));
    expect(onSave).toHaveBeenCalledWith({ weight: 7 });
  });

  test('the draft sends only what the policy uses; a standby edit shows as Standby', () => {
    const edits = { '172.30.100.31->172.30.100.22:3260': { standby: true, weight: 3 } };
    expect(requestPaths('fail-over-only', edits)).toEqual([{ path: '172.30.100.31->172.30.100.22:3260', standby: true }]);
    expect(requestPaths('weighted-paths', edits)).toEqual([{ path: '172.30.100.31->172.30.100.22:3260', weight: 3 }]);
    expect(requestPaths('round-robin', edits)).toEqual([{ path: '172.30.100.31->172.30.100.22:3260' }]);
    expect(draftPath(PATHS[1]!, 'fail-over-only', edits['172.30.100.31->172.30.100.22:3260']).state).toBe('Standby');
    expect(draftPath(PATHS[1]!, 'round-robin', edits['172.30.100.31->172.30.100.22:3260'])).toMatchObject({ state: 'Active/Optimized', weight: null });
  });
});

describe('MPIO Properties', () => {
  test('Add MPIO Support checks the hardware ID; a good one is sent with the list and the reboot prompt follows', async () => {
    const { api, calls } = fakeApi();
    render(<MpioPropertiesDialog api={api} host="Demo1" onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'MPIO Properties — Demo1' });
    await within(dialog).findByRole('grid', { name: 'Devices' });
    await click(within(dialog).getByRole('button', { name: 'Add' }));
    const add = await screen.findByRole('dialog', { name: 'Add MPIO Support' });
    const field = within(add).getByRole('textbox', { name: 'Device Hardware ID:' });
    await act(async () => fireEvent.change(field, { target: { value: 'DELL' } }));
    await click(within(add).getByRole('button', { name: 'OK' }));
    expect(add.textContent).toContain('8 characters');
    expect(calls.some((call) => call.id === 'setMpio')).toBe(false);
    await act(async () => fireEvent.change(field, { target: { value: 'DELL    MD32xxi' } }));
    await click(within(add).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(calls.find((call) => call.id === 'setMpio')?.body).toEqual({ deviceIds: ['DELL    MD32xxi'] }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Reboot Required' });
    await click(within(prompt).getByRole('button', { name: 'No' }));
    await waitFor(() => expect(within(dialog).getAllByText(/Restart pending/).length).toBeGreaterThan(0));
    expect(calls.some((call) => call.id === 'powerHost')).toBe(false);
  });

  test('Discover Multi-Paths: Add support for iSCSI devices, Add, Yes restarts through the power route', async () => {
    const { api, calls } = fakeApi();
    const onClose = vi.fn();
    render(<MpioPropertiesDialog api={api} host="Demo1" onClose={onClose} initialTab="discover" />);
    const dialog = await screen.findByRole('dialog', { name: 'MPIO Properties — Demo1' });
    // Add is greyed until the server's MPIO settings are read: a click before that does nothing
    // (on a loaded machine the read can come after the dialog is drawn).
    const add = within(dialog).getByRole('button', { name: 'Add' });
    await waitFor(() => expect(add.hasAttribute('disabled')).toBe(false));
    await click(add);
    // The refusal is drawn after the click's state update settles: on a loaded machine that is a tick later.
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Add support for iSCSI devices');
    await click(within(dialog).getByRole('checkbox', { name: 'Add support for iSCSI devices' }));
    await click(within(dialog).getByRole('button', { name: 'Add' }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Reboot Required' });
    await click(within(prompt).getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls.filter((call) => call.id === 'setMpio' || call.id === 'powerHost').map((call) => [call.id, call.body])).toEqual([
      ['setMpio', { iscsiClaimed: true }],
      ['powerHost', { action: 'restart' }],
    ]);
  });

  test('DSM Install refuses an empty or non-INF path, and names the missing file', () => {
    expect(infProblem('')).toBe('Enter the path of the DSM INF file.');
    expect(infProblem('C:\\dsm\\vendor.sys')).toMatch(/is not an INF file/);
    expect(infProblem('C:\\dsm\\vendor.inf')).toMatch(/was not found/);
  });

  test("Capture's report lists the claimed IDs and each MPIO disk with its policy and paths", () => {
    const text = mpioReport({ host: 'Demo1', mpio: MPIO, disks: [DISK1], capturedAt: '6/1/2010 8:01:30 AM' });
    expect(text).toContain('MPIO Storage Snapshot on Demo1, at 6/1/2010 8:01:30 AM');
    expect(text).toContain(ISCSI_HARDWARE_ID);
    expect(text).toContain('MPIO Disk1: 02 Paths, Round Robin');
    expect(text.match(/Active\/Optimized/g)).toHaveLength(2);
    expect(text).toContain('172.30.100.22:3260');
    expect(fileBaseName('C:\\Windows\\System32\\MPIO_Configuration.txt')).toBe('MPIO_Configuration.txt');
  });
});
