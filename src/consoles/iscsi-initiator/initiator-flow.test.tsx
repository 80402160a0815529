// @vitest-environment jsdom
// The iSCSI Initiator's first open and its checks, against a fake client: No to the service
// prompt leaves the service stopped and Discover Portal's refusal shows on its address field; Yes
// to both prompts starts the service through PUT; the Advanced Settings and RADIUS rules.
import '../../ui/testing/jsdom';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, type ApiClient } from '../../api/client';
import { click } from '../../ui/testing/click';
import { advancedBody, advancedProblems, DEFAULT_ADVANCED } from './advanced.dialog';
import { InitiatorFlow } from './initiator-flow';
import { radiusAddressProblem as addressProblem } from '../../domain/iscsi';

afterEach(() => cleanup());

const STOPPED = 'The Microsoft iSCSI Initiator Service is not running on Demo1. Open the iSCSI Initiator and click Yes to start it.';

/** A client answering as a lab whose Demo1 initiator was never started. */
function fakeApi() {
  const calls: { id: string; body?: unknown }[] = [];
  const api: ApiClient = {
    call: vi.fn(async (id: string, args?: { body?: unknown }) => {
      calls.push({ id, body: args?.body });
      const initiator = { host: 'Demo1', serviceStarted: false, serviceRunning: false, initiatorName: 'iqn.1991-05.com.microsoft:demo1.sws.com', defaultInitiatorName: 'iqn.1991-05.com.microsoft:demo1.sws.com' };
      switch (id) {
        case 'getIscsi':
          return initiator;
        case 'setIscsi':
          return { ...initiator, serviceStarted: true, serviceRunning: true, version: 2 };
        case 'listIscsiPortals':
          return { host: 'Demo1', portals: [] };
        case 'listIscsiTargets':
          return { host: 'Demo1', targets: [] };
        case 'listIscsiSessions':
          return { host: 'Demo1', sessions: [] };
        case 'listIscsiRadius':
          return { host: 'Demo1', servers: [] };
        case 'listIscsiDevices':
          return { host: 'Demo1', devices: [] };
        case 'listIscsiVolumes':
          return { host: 'Demo1', volumes: [] };
        case 'addIscsiPortal':
          throw new ApiError({ type: 'urn:ha-lab:error:conflict', title: 'Conflict', status: 409, detail: STOPPED, code: 'iscsi.service_stopped', errors: { address: STOPPED } });
        default:
          throw new Error(`unexpected ${id}`);
      }
    }) as ApiClient['call'],
  };
  return { api, calls };
}

describe('iSCSI Initiator first open', () => {
  test('No leaves the service stopped; Discover Portal then fails with the reason on its address field', async () => {
    const { api, calls } = fakeApi();
    render(<InitiatorFlow api={api} host="Demo1" onClose={() => undefined} />);
    const prompt = await screen.findByRole('alertdialog');
    expect(prompt.textContent).toContain('The Microsoft iSCSI service is not running.');
    await click(within(prompt).getByRole('button', { name: 'No' }));
    const properties = await screen.findByRole('dialog', { name: 'iSCSI Initiator Properties — Demo1' });
    expect(calls.some((call) => call.id === 'setIscsi')).toBe(false);
    await click(within(properties).getByRole('tab', { name: 'Discovery' }));
    await click(await within(properties).findByRole('button', { name: 'Discover Portal...' }));
    const discover = await screen.findByRole('dialog', { name: 'Discover Target Portal' });
    fireEvent.change(within(discover).getByRole('textbox', { name: 'IP address or DNS name:' }), { target: { value: '172.30.100.21' } });
    await click(within(discover).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(within(discover).getByText(STOPPED)).toBeTruthy());
    expect(calls.find((call) => call.id === 'addIscsiPortal')?.body).toEqual({ address: '172.30.100.21', port: 3260 });
  });

  test('Yes to the service and to the firewall starts the service through PUT', async () => {
    const { api, calls } = fakeApi();
    render(<InitiatorFlow api={api} host="Demo1" onClose={() => undefined} />);
    await click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Yes' }));
    const firewall = await screen.findByRole('alertdialog');
    await waitFor(() => expect(firewall.textContent).toContain('Windows Firewall'));
    await click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Yes' }));
    await screen.findByRole('dialog', { name: 'iSCSI Initiator Properties — Demo1' });
    expect(calls.filter((call) => call.id === 'setIscsi').map((call) => call.body)).toEqual([{ startService: true }]);
  });
});

describe('Advanced Settings and RADIUS checks', () => {
  test('CHAP needs a name and a secret of 12 to 16 characters', () => {
    const chap = { ...DEFAULT_ADVANCED, chap: true, chapName: 'demo1' };
    expect(advancedProblems({ ...chap, chapSecret: 'a'.repeat(11) })['chap.secret']).toMatch(/12 to 16/);
    expect(advancedProblems({ ...chap, chapSecret: 'a'.repeat(17) })['chap.secret']).toMatch(/12 to 16/);
    expect(advancedProblems({ ...chap, chapSecret: 'a'.repeat(12) })).toEqual({});
    expect(advancedProblems({ ...chap, chapName: ' ', chapSecret: 'a'.repeat(16) })['chap.name']).toBeDefined();
    expect(advancedProblems({ ...DEFAULT_ADVANCED, chapSecret: 'short' })).toEqual({});
  });

  test('the body carries only what was chosen', () => {
    expect(advancedBody(DEFAULT_ADVANCED)).toEqual({});
    expect(advancedBody({ initiatorAddress: '172.30.100.31', portalAddress: '172.30.100.21', chap: true, chapName: 'n', chapSecret: 's' })).toEqual({
      initiatorAddress: '172.30.100.31',
      portalAddress: '172.30.100.21',
      chap: { name: 'n', secret: 's' },
    });
  });

  test('a RADIUS server is an IPv4 address or a DNS name', () => {
    expect(addressProblem('')).toBeDefined();
    expect(addressProblem('10.0.0.300')).toBeDefined();
    expect(addressProblem('bad name!')).toBeDefined();
    expect(addressProblem('10.0.0.5')).toBeUndefined();
    expect(addressProblem('radius.sws.com')).toBeUndefined();
  });
});
