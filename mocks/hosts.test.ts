// Contract of the server, network and event routes, through the typed client where it fits.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ApiError, createApiClient } from '../src/api/client';
import { resetLab, server } from './node';
import { expectRefusedUnchanged, getLab, ORIGIN, send } from './test-support';

const api = createApiClient({ baseUrl: ORIGIN });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
});

describe('GET /api/v1/hosts and /api/v1/hosts/{name}', () => {
  test('lists the five servers of the seed lab with their NICs and volumes', async () => {
    const { hosts } = await api.call('listHosts');
    expect(hosts.map((host) => host.name)).toEqual(['SWS-DC', 'SWS-Store1', 'SWS-Store2', 'Demo1', 'Demo2']);
    const store1 = hosts.find((host) => host.name === 'SWS-Store1')!;
    expect(store1).toMatchObject({ role: 'storage', domain: 'SWS.com', powerState: 'on', features: expect.any(Array) });
    expect(store1.nics.map((nic) => nic.ip).sort()).toEqual(['172.30.100.21', '192.168.100.21']);
    expect(store1.nics[0]).toEqual(expect.objectContaining({ name: expect.any(String), network: expect.any(String), prefixLength: 24, linkUp: true, speedBitsPerS: expect.any(Number) }));
    expect(store1.volumes.map((volume) => volume.letter)).toEqual(['C', 'D']);
  });

  test('answers one server by name', async () => {
    const demo1 = await api.call('getHost', { params: { name: 'Demo1' } });
    expect(demo1).toMatchObject({ name: 'Demo1', role: 'cluster-node', powerState: 'on' });
  });

  test('an unknown server is a 404', async () => {
    const problem = await expectRefusedUnchanged(() => send('GET', '/api/v1/hosts/Nowhere'), 404, 'host.not_found');
    expect(problem.detail).toContain('Nowhere');
    await expect(api.call('getHost', { params: { name: 'Nowhere' } })).rejects.toBeInstanceOf(ApiError);
  });
});

describe('POST /api/v1/hosts/{name}/power', () => {
  test('shutdown: stopping, then off after 60 s, with 6006 in the System log', async () => {
    const before = await getLab();
    const stopping = await api.call('powerHost', { params: { name: 'Demo2' }, body: { action: 'shutdown' } });
    expect(stopping).toMatchObject({ name: 'Demo2', powerState: 'stopping' });
    expect(stopping.version).toBeGreaterThan(before.version);
    expect(stopping.version).toBe((await getLab()).version);
    await api.call('advanceClock', { body: { ms: 60_000 } });
    expect((await api.call('getHost', { params: { name: 'Demo2' } })).powerState).toBe('off');
    const { events } = await api.call('listEvents', { query: { host: 'Demo2', log: 'System' } });
    expect(events.map((event) => event.eventId)).toContain(6006);
  });

  test('starting a running server or shutting down an off one is a 409', async () => {
    await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Demo1/power', { action: 'on' }), 409, /^power\./);
    await api.call('powerHost', { params: { name: 'Demo1' }, body: { action: 'off' } });
    await api.call('advanceClock', { body: { ms: 60_000 } });
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Demo1/power', { action: 'shutdown' }), 409, /^power\./);
    expect(problem.status).toBe(409);
  });

  test('an unknown server is a 404; a bad action or malformed JSON a 400', async () => {
    await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Nowhere/power', { action: 'on' }), 404, 'host.not_found');
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Demo1/power', { action: 'hibernate' }), 400, 'request.invalid_body');
    expect(problem.errors?.action).toContain('expected one of');
    await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Demo1/power', { action: 'off', force: true }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Demo1/power', undefined, '{"action":'), 400, 'request.malformed_json');
  });
});

describe('PUT /api/v1/hosts/{name}/nics/{nic}', () => {
  test('pulls and plugs a cable, answering the host with the version', async () => {
    const demo1 = await api.call('getHost', { params: { name: 'Demo1' } });
    const nicName = demo1.nics[0]!.name;
    const pulled = await api.call('setNic', { params: { name: 'Demo1', nic: nicName }, body: { linkUp: false } });
    expect(pulled.nics.find((nic) => nic.name === nicName)?.linkUp).toBe(false);
    expect(pulled.version).toBe((await getLab()).version);
    const plugged = await api.call('setNic', { params: { name: 'Demo1', nic: nicName }, body: { linkUp: true } });
    expect(plugged.nics.find((nic) => nic.name === nicName)?.linkUp).toBe(true);
    expect(plugged.version).toBeGreaterThan(pulled.version);
  });

  test('an unknown server or NIC is a 404; a wrong body a 400', async () => {
    await expectRefusedUnchanged(() => send('PUT', '/api/v1/hosts/Nowhere/nics/Public', { linkUp: false }), 404, 'host.not_found');
    await expectRefusedUnchanged(() => send('PUT', '/api/v1/hosts/Demo1/nics/Nowhere', { linkUp: false }), 404, 'nic.not_found');
    await expectRefusedUnchanged(() => send('PUT', '/api/v1/hosts/Demo1/nics/Public', { linkUp: 'no' }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('PUT', '/api/v1/hosts/Demo1/nics/Public', undefined, '[}'), 400, 'request.malformed_json');
  });
});

describe('GET /api/v1/networks', () => {
  test('lists the three networks of the seed lab', async () => {
    const { networks } = await api.call('listNetworks');
    expect(networks.map(({ name, cidr }) => ({ name, cidr }))).toEqual(
      expect.arrayContaining([
        { name: 'Public', cidr: '192.168.100.0/24' },
        { name: 'Private', cidr: '10.10.10.0/24' },
        { name: 'iSCSI', cidr: '172.30.100.0/24' },
      ]),
    );
    expect(networks).toHaveLength(3);
  });
});

describe('GET /api/v1/events', () => {
  test('oldest first, filtered by host, log, source, level, since and limit', async () => {
    await api.call('powerHost', { params: { name: 'Demo2' }, body: { action: 'restart' } });
    await api.call('advanceClock', { body: { ms: 300_000 } });
    const { events: all } = await api.call('listEvents');
    expect(all.length).toBeGreaterThan(5);
    expect(all.map((event) => event.seq)).toEqual([...all.map((event) => event.seq)].sort((a, b) => a - b));
    const { events: demo2 } = await api.call('listEvents', { query: { host: 'Demo2', source: 'EventLog', level: 'Information' } });
    expect(demo2.length).toBeGreaterThan(0);
    expect(demo2.every((event) => event.host === 'Demo2' && event.source === 'EventLog' && event.level === 'Information')).toBe(true);
    const since = all[2]!.seq;
    const { events: later } = await api.call('listEvents', { query: { since, limit: 2 } });
    expect(later.map((event) => event.seq)).toEqual(all.slice(3, 5).map((event) => event.seq));
  });

  test('a bad query value or an unknown parameter is a 400', async () => {
    for (const query of ['level=Critical', 'limit=0', 'since=-1', 'log=Security', 'colour=red', 'limit=ten']) {
      const problem = await expectRefusedUnchanged(() => send('GET', `/api/v1/events?${query}`), 400, 'request.invalid_query');
      expect(Object.keys(problem.errors ?? {})).toEqual([query.split('=')[0]]);
    }
  });
});
