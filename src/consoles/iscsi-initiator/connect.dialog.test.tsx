// @vitest-environment jsdom
// Connect To Target against a fake client: the defaults (favorite checked, multi-path unchecked),
// the body it sends, and a refusal shown on the field it names.
import '../../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { ApiError, type ApiClient } from '../../api/client';
import type { IscsiTargetView } from '../../domain/iscsi';
import { click } from '../../ui/testing/click';
import { ConnectDialog } from './connect.dialog';

afterEach(() => cleanup());

const HA1: IscsiTargetView = { iqn: 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1', alias: 'HA1', server: 'SWS-Store1', portals: ['172.30.100.21:3260'], status: 'connected', chapRequired: false, favorite: true, sessions: 1 };
const ALREADY = 'The target has already been logged in via an iSCSI session. Check "Enable multi-path" to add another path.';

test('Connect sends favorite and multi-path as checked; a refusal shows on the target name', async () => {
  const bodies: unknown[] = [];
  const api: ApiClient = {
    call: vi.fn(async (_id: string, args?: { body?: { multipath?: boolean } }) => {
      bodies.push(args?.body);
      if (!args?.body?.multipath) throw new ApiError({ type: 'urn:ha-lab:error:conflict', title: 'Conflict', status: 409, detail: ALREADY, code: 'iscsi.already_logged_in', errors: { iqn: ALREADY } });
      return {};
    }) as ApiClient['call'],
  };
  const connected = vi.fn();
  render(<ConnectDialog api={api} host="Demo1" target={HA1} onClose={() => undefined} onConnected={connected} />);
  const dialog = screen.getByRole('dialog', { name: 'Connect To Target' });
  const favorite = within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'Add this connection to the list of Favorite Targets.' });
  const multipath = within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'Enable multi-path' });
  expect(favorite.checked).toBe(true);
  expect(multipath.checked).toBe(false);
  await click(within(dialog).getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(within(dialog).getAllByText(ALREADY).length).toBeGreaterThan(0));
  expect(connected).not.toHaveBeenCalled();
  await act(async () => {
    fireEvent.click(multipath);
  });
  await click(within(dialog).getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(connected).toHaveBeenCalled());
  expect(bodies).toEqual([
    { multipath: false, favorite: true },
    { multipath: true, favorite: true },
  ]);
});
