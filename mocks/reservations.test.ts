// Contract of the persistent reservation routes: GET|POST /hosts/{name}/disks/{number}/reservation
// (+ ?validate=only), and the two refusals that follow from a reservation: Disconnect of a target
// whose LUN the node is registered on, and Online of a disk another node has reserved. Demo1 is
// connected to HA1 through SWS-Store1 only and Demo2 through SWS-Store2 only: one LUN, one table.
import { beforeEach, describe, expect, test } from 'vitest';
import { api, STORE1, STORE2, withHa1Lab } from './starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from './test-support';

const T1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const T2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';
const KEY1 = '0123456789abcdef';
const KEY2 = 'fedcba9876543210';
const reservationPath = (host: string, number = '1') => `/api/v1/hosts/${host}/disks/${number}/reservation`;
const reserveOut = (host: string, body: { action: string; key: string; preemptKey?: string }) => api.call('persistentReserveOut', { params: { name: host, number: '1' }, body });

withHa1Lab();
beforeEach(async () => {
  for (const [name, store, iqn] of [['Demo1', STORE1, T1], ['Demo2', STORE2, T2]] as const) {
    await api.call('setIscsi', { params: { name }, body: { startService: true } });
    await api.call('addIscsiPortal', { params: { name }, body: { address: store.iscsiIp } });
    await api.call('connectIscsiTarget', { params: { name, iqn }, body: { multipath: true } });
  }
});

describe('GET|POST /api/v1/hosts/{name}/disks/{number}/reservation', () => {
  test('register, reserve and preempt through either storage server change one table; refusals name the field and change nothing', async () => {
    const empty = await api.call('getDiskReservation', { params: { name: 'Demo1', number: '1' } });
    expect(empty).toMatchObject({ host: 'Demo1', number: 1, generation: 0, registrations: [], reservation: null });
    const before = await getLab();
    const valid = await send('POST', `${reservationPath('Demo1')}?validate=only`, { action: 'register', key: KEY1 });
    expect(await valid.json()).toEqual({ valid: true, warnings: {} });
    expect(await getLab()).toEqual(before);
    const registered = await reserveOut('Demo1', { action: 'register', key: KEY1 });
    expect(registered).toMatchObject({ generation: 1, registrations: [{ key: KEY1, host: 'Demo1', paths: ['172.30.100.31->172.30.100.21:3260'] }], version: before.version + 1 });
    await reserveOut('Demo2', { action: 'register', key: KEY2 });
    await reserveOut('Demo1', { action: 'reserve', key: KEY1 });
    const seen = await api.call('getDiskReservation', { params: { name: 'Demo2', number: '1' } });
    expect(seen.lun).toBe(empty.lun);
    expect(seen).toMatchObject({ generation: 2, reservation: { holderKey: KEY1, holder: 'Demo1', type: 'write-exclusive-registrants-only', typeName: 'Write Exclusive - Registrants Only' } });

    const taken = await expectRefusedUnchanged(() => send('POST', reservationPath('Demo2'), { action: 'reserve', key: KEY2 }), 409, 'reservation.conflict');
    expect(taken.errors?.key).toContain('Demo1');
    await expectRefusedUnchanged(() => send('POST', `${reservationPath('Demo2')}?validate=only`, { action: 'reserve', key: KEY2 }), 409, 'reservation.conflict');
    const badKey = await expectRefusedUnchanged(() => send('POST', reservationPath('Demo2'), { action: 'register', key: 'xyz' }), 422, 'reservation.invalid_key');
    expect(badKey.errors).toHaveProperty('key');
    await expectRefusedUnchanged(() => send('POST', reservationPath('Demo2'), { action: 'reserve' }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('POST', reservationPath('Demo2', 'one'), { action: 'reserve', key: KEY2 }), 404, 'disk.not_found');
    await expectRefusedUnchanged(() => send('POST', reservationPath('Demo2', '4'), { action: 'reserve', key: KEY2 }), 404, 'disk.not_found');
    await expectRefusedUnchanged(() => send('GET', reservationPath('Nowhere')), 404, 'host.not_found');

    const preempted = await reserveOut('Demo2', { action: 'preempt', key: KEY2, preemptKey: KEY1 });
    expect(preempted).toMatchObject({ generation: 3, registrations: [{ key: KEY2, host: 'Demo2' }], reservation: { holderKey: KEY2, holder: 'Demo2' } });
  });

  test('Disconnect is refused while the node is registered; Online is refused on a disk another node reserved', async () => {
    await reserveOut('Demo1', { action: 'register', key: KEY1 });
    await reserveOut('Demo1', { action: 'reserve', key: KEY1 });
    const busy = await expectRefusedUnchanged(() => send('POST', `/api/v1/hosts/Demo1/iscsi/targets/${encodeURIComponent(T1)}/disconnect`), 409, 'iscsi.device_in_use');
    expect(busy.errors?.iqn).toContain('The session cannot be logged out since a device on that session is currently being used.');
    const reserved = await expectRefusedUnchanged(() => send('PUT', '/api/v1/hosts/Demo2/disks/1', { online: true }), 409, 'disk.reserved');
    expect(reserved.errors?.online).toContain('reserved by Demo1');
    await expectRefusedUnchanged(() => send('PUT', '/api/v1/hosts/Demo2/disks/1?validate=only', { online: true }), 409, 'disk.reserved');
    expect(await api.call('setDisk', { params: { name: 'Demo1', number: '1' }, body: { online: true } })).toMatchObject({ state: 'Online' });
    await reserveOut('Demo1', { action: 'register', key: '0000000000000000' });
    expect(await api.call('disconnectIscsiTarget', { params: { name: 'Demo1', iqn: T1 } })).toMatchObject({ sessions: [] });
    expect(await api.call('setDisk', { params: { name: 'Demo2', number: '1' }, body: { online: true } })).toMatchObject({ state: 'Online' });
  });
});
