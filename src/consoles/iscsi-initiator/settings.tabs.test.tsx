// @vitest-environment jsdom
// The RADIUS, Volumes and Devices and Configuration tabs and Targets → Devices… against a fake
// client that keeps what it is sent, as the lab does: what they show comes from the lab, and
// every change is a request (nothing lives only while the dialog is open).
import '../../ui/testing/jsdom';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { ApiError, type ApiClient } from '../../api/client';
import type { IscsiDeviceView } from '../../domain/iscsi';
import { click } from '../../ui/testing/click';
import { withFakeLayout } from '../../ui/testing/layout';
import { PropertiesDialog } from './properties.dialog';

afterEach(() => cleanup());

withFakeLayout();

const type = (dialog: HTMLElement, name: string, value: string) => fireEvent.change(within(dialog).getByLabelText(name), { target: { value } });

const T1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const DEVICE: IscsiDeviceView = { name: 'Disk 1', diskNumber: 1, address: 'Port 2: Bus 0: Target 0: LUN 0', target: T1, session: 'iscsi-session-0001', devicePath: '\\\\?\\scsi#disk&ven_starwind&prod_starwind#sw-ha1#{53f56307-b6bf-11d0-94f2-00a0c91efb8b}', volumes: ['E:\\'] };
const problem = (code: string, field: string, detail: string) => new ApiError({ type: `urn:ha-lab:error:${code}`, title: 'Unprocessable', status: 422, detail, code, errors: { [field]: detail } });

/** A started Demo1 connected to HA1 (Disk 1, volume E:), keeping RADIUS servers, the CHAP secret and the Volume List. */
function fakeLab() {
  const lab = { servers: [] as { address: string; port: number }[], chapSecretSet: false, volumes: [] as string[], name: 'iqn.1991-05.com.microsoft:demo1.sws.com' };
  const calls: { id: string; body?: unknown }[] = [];
  const api: ApiClient = {
    call: vi.fn(async (id: string, args?: { body?: Record<string, unknown> }) => {
      calls.push({ id, body: args?.body });
      const body = args?.body ?? {};
      const initiator = () => ({ host: 'Demo1', serviceStarted: true, serviceRunning: true, initiatorName: lab.name, defaultInitiatorName: lab.name, chapSecretSet: lab.chapSecretSet });
      switch (id) {
        case 'getIscsi':
          return initiator();
        case 'listIscsiPortals':
          return { host: 'Demo1', portals: [] };
        case 'listIscsiTargets':
          return { host: 'Demo1', targets: [{ iqn: T1, alias: 'HA1', server: 'SWS-Store1', portals: ['172.30.100.21:3260'], status: 'connected', chapRequired: false, favorite: true, sessions: 1 }] };
        case 'listIscsiSessions':
          return { host: 'Demo1', sessions: [] };
        case 'listIscsiRadius':
          return { host: 'Demo1', servers: lab.servers };
        case 'listIscsiDevices':
          return { host: 'Demo1', devices: [DEVICE] };
        case 'listIscsiVolumes':
          return { host: 'Demo1', volumes: lab.volumes };
        case 'addIscsiRadius':
          lab.servers = [...lab.servers, { address: String(body.address), port: Number(body.port) }];
          return { host: 'Demo1', servers: lab.servers, version: 2 };
        case 'removeIscsiRadius':
          lab.servers = lab.servers.filter((server) => server.address !== body.address);
          return { host: 'Demo1', servers: lab.servers, version: 3 };
        case 'validateSetIscsi':
          if (typeof body.initiatorName === 'string' && body.initiatorName !== body.initiatorName.toLowerCase()) throw problem('iscsi.invalid_name', 'initiatorName', 'An iSCSI name is lower case.');
          return { valid: true, warnings: {} };
        case 'setIscsi':
          if (typeof body.initiatorName === 'string') lab.name = body.initiatorName;
          if (typeof body.chapSecret === 'string') lab.chapSecretSet = body.chapSecret !== '';
          return { ...initiator(), version: 4 };
        case 'autoConfigureIscsiVolumes':
          lab.volumes = ['E:\\'];
          return { host: 'Demo1', volumes: lab.volumes, version: 5 };
        case 'bindIscsiVolume':
          if (body.path === 'Z:') throw problem('iscsi.volume_not_found', 'path', 'Z:\\ is not a volume or device of a target Demo1 is connected to.');
          lab.volumes = [...lab.volumes, String(body.path)];
          return { host: 'Demo1', volumes: lab.volumes, version: 6 };
        case 'clearIscsiVolumes':
          lab.volumes = [];
          return { host: 'Demo1', volumes: [], version: 7 };
        default:
          throw new Error(`unexpected ${id}`);
      }
    }) as ApiClient['call'],
  };
  return { api, calls, lab };
}

async function openTab(api: ApiClient, tab: string): Promise<HTMLElement> {
  render(<PropertiesDialog api={api} host="Demo1" onClose={() => undefined} />);
  const properties = await screen.findByRole('dialog', { name: 'iSCSI Initiator Properties — Demo1' });
  await click(within(properties).getByRole('tab', { name: tab }));
  return properties;
}

test('RADIUS: Add checks the fields, then the lab adds the server; the list is read from the lab; Remove asks the lab', async () => {
  const { api, calls } = fakeLab();
  const properties = await openTab(api, 'RADIUS');
  expect(within(properties).queryByText(/lasts while this dialog is open/)).toBeNull();
  await click(within(properties).getByRole('button', { name: 'Add...' }));
  const add = await screen.findByRole('dialog', { name: 'Add RADIUS Server' });
  expect((within(add).getByLabelText('Port:') as HTMLInputElement).value).toBe('1812');
  type(add, 'RADIUS server name or IP address:', '10.0.0.300');
  await click(within(add).getByRole('button', { name: 'OK' }));
  expect(within(add).getByText('10.0.0.300 is not a valid IP address.')).toBeTruthy();
  expect(within(add).getByText('Enter the RADIUS shared secret.')).toBeTruthy();
  type(add, 'RADIUS server name or IP address:', '10.10.10.5');
  type(add, 'RADIUS shared secret:', 'shared');
  await click(within(add).getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add RADIUS Server' })).toBeNull());
  expect(calls.find((call) => call.id === 'addIscsiRadius')?.body).toEqual({ address: '10.10.10.5', port: 1812, secret: 'shared' });
  const grid = within(properties).getByRole('grid', { name: 'RADIUS servers' });
  await waitFor(() => expect(within(grid).getByText('10.10.10.5')).toBeTruthy());
  await click(within(grid).getByText('10.10.10.5'));
  await click(within(properties).getByRole('button', { name: 'Remove' }));
  await waitFor(() => expect(within(grid).queryByText('10.10.10.5')).toBeNull());
});

test('Volumes and Devices: the devices of connected targets; Auto Configure, Add and Clear go through the lab; a refused path shows on its field', async () => {
  const { api, calls } = fakeLab();
  const properties = await openTab(api, 'Volumes and Devices');
  const devices = within(properties).getByRole('grid', { name: 'Devices of connected targets' });
  await waitFor(() => expect(within(devices).getByText('Port 2: Bus 0: Target 0: LUN 0')).toBeTruthy());
  const list = within(properties).getByRole('grid', { name: 'Volume List' });
  await click(within(properties).getByRole('button', { name: 'Auto Configure' }));
  await waitFor(() => expect(within(list).getByText('E:\\')).toBeTruthy());
  await click(within(properties).getByRole('button', { name: 'Add...' }));
  const add = await screen.findByRole('dialog', { name: 'Add Volume Or Device' });
  type(add, 'Volume/mount point/device:', 'not a path');
  await click(within(add).getByRole('button', { name: 'OK' }));
  expect(within(add).getByText(/is not a drive letter/)).toBeTruthy();
  type(add, 'Volume/mount point/device:', 'Z:');
  await click(within(add).getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(within(add).getByText('Z:\\ is not a volume or device of a target Demo1 is connected to.')).toBeTruthy());
  await click(within(add).getByRole('button', { name: 'Cancel' }));
  await click(within(properties).getByRole('button', { name: 'Clear' }));
  await waitFor(() => expect(within(list).queryByText('E:\\')).toBeNull());
  expect(calls.map((call) => call.id).filter((id) => !id.startsWith('list') && id !== 'getIscsi')).toEqual(['autoConfigureIscsiVolumes', 'bindIscsiVolume', 'clearIscsiVolumes']);
});

test('Configuration: the name is checked by the lab before it changes; the CHAP secret is sent and shown only as set', async () => {
  const { api, calls } = fakeLab();
  const properties = await openTab(api, 'Configuration');
  await waitFor(() => expect(within(properties).getByTestId('chap-secret-state').textContent).toBe('No initiator CHAP secret is set.'));
  await click(within(properties).getByRole('button', { name: 'Change...' }));
  const rename = await screen.findByRole('dialog', { name: 'iSCSI Initiator Name' });
  type(rename, 'New initiator name:', 'IQN.1991-05.com.microsoft:Upper');
  await click(within(rename).getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(within(rename).getByText('An iSCSI name is lower case.')).toBeTruthy());
  expect(calls.some((call) => call.id === 'setIscsi')).toBe(false);
  await click(within(rename).getByRole('button', { name: 'Cancel' }));
  await click(within(properties).getByRole('button', { name: 'CHAP...' }));
  const chap = await screen.findByRole('dialog', { name: 'iSCSI Initiator Mutual CHAP Secret' });
  type(chap, 'Initiator CHAP secret:', 'short');
  await click(within(chap).getByRole('button', { name: 'OK' }));
  expect(within(chap).getByText('The CHAP secret must be 12 to 16 characters long.')).toBeTruthy();
  type(chap, 'Initiator CHAP secret:', 'initiator-1234');
  await click(within(chap).getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(within(properties).getByTestId('chap-secret-state').textContent).toBe('An initiator CHAP secret is set.'));
  expect(calls.find((call) => call.id === 'setIscsi')?.body).toEqual({ chapSecret: 'initiator-1234' });
});

test('Targets → Devices… lists the target\'s devices with their addresses and volumes', async () => {
  const { api } = fakeLab();
  const properties = await openTab(api, 'Targets');
  const targets = within(properties).getByRole('grid', { name: 'Discovered targets' });
  await waitFor(() => expect(within(targets).getByText(T1)).toBeTruthy());
  await click(within(targets).getByText(T1));
  await click(within(properties).getByRole('button', { name: 'Devices...' }));
  const dialog = await screen.findByRole('dialog', { name: 'Devices' });
  expect(within(dialog).getByText('Disk 1')).toBeTruthy();
  expect(within(dialog).getByText('Port 2: Bus 0: Target 0: LUN 0')).toBeTruthy();
  expect(within(dialog).getByTestId('device-volumes').textContent).toBe('Volume path names: E:\\');
});
