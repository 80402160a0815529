// @vitest-environment jsdom
// The Add Replica wizard (StarWind 8): its pages in the guide's order, the defaults each page
// starts with, the partner image chosen with Browse…, and the request its Create Replica sends
// (the partner part of an HA device).
import '../../ui/testing/jsdom';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { StarWindDevice, StarWindTarget } from '../../api/types';
import { click } from '../../ui/testing/click';
import { emptyInput, erase, resolveValues, setValue, visiblePages } from '../../wizard/model';
import { WizardFrame } from '../../wizard/wizard-frame';
import { storeHost } from './add-target.fixtures';
import { addReplicaWizard, toAddReplicaRequest, type AddReplicaContext, type AddReplicaValues } from './add-replica.wizard';

const device: StarWindDevice = {
  id: 'device-0001',
  host: 'SWS-Store1',
  name: 'ImageFile1',
  kind: 'image-file',
  sizeBytes: 64 * 1024 ** 2,
  sectorSizeBytes: 512,
  cacheMode: 'write-through',
  cacheSizeMb: 128,
  imageFolder: 'My Computer\\D',
  imageFileName: 'HA1.img',
  targetId: 'target-0001',
  haDeviceId: null,
};
const target: StarWindTarget = { id: 'target-0001', host: 'SWS-Store1', alias: 'HA1', iqn: 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1', deviceIds: [device.id], clustered: true, portals: [] };
/** An image file the partner already holds: Browse… lists its folder and the file. */
const partnerQuorum = { id: 'device-0009', host: 'SWS-Store2', name: 'ImageFile9', imageFolder: 'My Computer\\D\\HA', imageFileName: 'Quorum.img' } as StarWindDevice;
const context: AddReplicaContext = { server: 'SWS-Store1', hosts: { 'SWS-Store1': storeHost(1), 'SWS-Store2': storeHost(2) }, targets: [target], devices: [device, partnerQuorum], device, target };

const PAGE_TITLES = [
  'Replication Mode',
  'Add Partner Node',
  'Failover Strategy',
  'Partner Device Setup',
  'Partner Device Location',
  'Synchronization Journal Strategy',
  'Network Options for Replication',
  'Node Priority',
  'Initialization',
  'Creation Page',
];

afterEach(cleanup);

const title = () => screen.getByTestId('wizard-page-title').textContent;

describe('Add Replica wizard', () => {
  test('pages follow the guide: mode, partner, failover, partner device, location, journal, network, priority, initialization, summary', () => {
    const values = resolveValues(erase(addReplicaWizard), setValue(emptyInput(), 'partnerAddress', 'SWS-Store2'), context);
    expect(visiblePages(erase(addReplicaWizard), values, context).map((page) => page.title)).toEqual([...PAGE_TITLES, 'Completing Add Replica']);
  });

  test('defaults: two-way, port 3261, Heartbeat, Create new, the same image name, HA1Partner, sync on iSCSI, heartbeat on Public, primary, synchronize from existing', () => {
    const values = resolveValues(erase(addReplicaWizard), setValue(emptyInput(), 'partnerAddress', 'SWS-Store2'), context) as AddReplicaValues;
    expect(toAddReplicaRequest(values)).toEqual({
      partnerAddress: 'SWS-Store2',
      partnerPort: 3261,
      partnerLogin: 'root',
      partnerPassword: 'starwind',
      partnerTargetAlias: 'HA1Partner',
      partnerTargetName: 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner',
      partnerImage: { folder: 'My Computer\\D', fileName: 'HA1.img', createNew: true },
      syncLocalIp: '172.30.100.21',
      syncPartnerIp: '172.30.100.22',
      heartbeatLocalIp: '192.168.100.21',
      heartbeatPartnerIp: '192.168.100.22',
      localPriority: 'primary',
      failoverStrategy: 'heartbeat',
      initMethod: 'sync-from-local',
    });
    expect(values.replicationMode).toBe('two-way');
    expect(values.journal).toBe('ram');
  });

  test('walked with Next: each page in order, Node Majority greyed with its reason, Create Replica sends the request', async () => {
    const submit = vi.fn(async (_values: AddReplicaValues) => ({ jobId: 'job-0001' }));
    const check = vi.fn(async () => ({}));
    render(<WizardFrame<AddReplicaValues, AddReplicaContext> definition={addReplicaWizard} context={context} initial={{ partnerAddress: 'SWS-Store2' }} check={check} submit={submit} onClose={vi.fn()} />);
    const seen: string[] = [];
    for (let page = 0; page < 12 && title() !== 'Creation Page'; page++) {
      const before = title()!;
      seen.push(before);
      if (before === 'Failover Strategy') {
        const nodeMajority = document.querySelector('input[type=radio][value="node-majority"]');
        expect(nodeMajority?.hasAttribute('disabled')).toBe(true);
      }
      fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
      await waitFor(() => expect(title()).not.toBe(before));
    }
    expect([...seen, title()]).toEqual(PAGE_TITLES);
    expect(check).toHaveBeenCalledTimes(PAGE_TITLES.length - 1);
    fireEvent.click(screen.getByRole('button', { name: 'Create Replica' }));
    await waitFor(() => expect(title()).toBe('Completing Add Replica'));
    expect(submit).toHaveBeenCalledTimes(1);
    expect(toAddReplicaRequest(submit.mock.calls[0]![0]).partnerTargetAlias).toBe('HA1Partner');
  });

  test('Partner Device Location: the image file is chosen with Browse… over the partner\'s volumes and folders', async () => {
    const submit = vi.fn(async (_values: AddReplicaValues) => ({ jobId: 'job-0001' }));
    render(<WizardFrame<AddReplicaValues, AddReplicaContext> definition={addReplicaWizard} context={context} initial={{ partnerAddress: 'SWS-Store2' }} check={async () => ({})} submit={submit} onClose={vi.fn()} />);
    for (let page = 0; page < 12 && title() !== 'Partner Device Location'; page++) {
      const before = title();
      fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
      await waitFor(() => expect(title()).not.toBe(before));
    }
    const field = document.querySelector<HTMLElement>('[data-field="partnerImagePath"][data-field-type="file"]')!;
    expect(field.querySelector('input')!.value).toBe('My Computer\\D\\HA1.img');
    expect(document.querySelector('select, [data-field-type="select"]')).toBeNull();
    await click(within(field).getByRole('button', { name: /Browse…/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Select Image File' });
    const folders = within(dialog).getByRole('tree', { name: 'Folders' });
    expect(within(folders).getAllByRole('treeitem').map((row) => row.textContent)).toEqual([expect.stringContaining('C:'), expect.stringContaining('D: Storage'), 'HA']);
    await click(within(folders).getByRole('treeitem', { name: 'HA' }));
    expect(within(within(dialog).getByRole('grid', { name: 'Files' })).getAllByRole('row').map((row) => row.textContent)).toContain('Quorum.img');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'File name' }), { target: { value: 'HA1.img' } });
    await click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Select Image File' })).toBeNull());
    expect(field.querySelector('input')!.value).toBe('My Computer\\D\\HA\\HA1.img');
    for (let page = 0; page < 12 && title() !== 'Creation Page'; page++) {
      const before = title();
      fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
      await waitFor(() => expect(title()).not.toBe(before));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Create Replica' }));
    await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    expect(toAddReplicaRequest(submit.mock.calls[0]![0]).partnerImage).toEqual({ folder: 'My Computer\\D\\HA', fileName: 'HA1.img', createNew: true });
  });
});

/** A pointer click as react-aria's press handlers see it. */
