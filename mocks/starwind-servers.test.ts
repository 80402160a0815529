// Contract of the StarWind Management Console server routes: Add Server (by name, by address,
// twice, unreachable, no service), log in, credentials, disconnect, remove.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ApiError } from '../src/api/client';
import { STARWIND_DEFAULT_LOGIN, STARWIND_DEFAULT_PASSWORD, STARWIND_MANAGEMENT_PORT } from '../src/domain/starwind';
import { resetLab, server } from './node';
import { addAndConnect, api, STORE1, STORE2 } from './starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from './test-support';

const SERVERS = '/api/v1/starwind/servers';
const DEFAULTS = { login: STARWIND_DEFAULT_LOGIN, password: STARWIND_DEFAULT_PASSWORD };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
});

describe('GET|POST /api/v1/starwind/servers', () => {
  test('the console starts empty', async () => {
    expect(await api.call('listStarWindServers')).toEqual({ servers: [] });
  });

  test('Add Server by name: port 3261, not connected, with the service of its host', async () => {
    const before = await getLab();
    const added = await api.call('addStarWindServer', { body: { address: STORE1.name } });
    expect(added).toMatchObject({ host: STORE1.name, address: STORE1.name, port: STARWIND_MANAGEMENT_PORT, connected: false, login: null });
    expect(added.service).toMatchObject({ host: STORE1.name, running: true, managementPort: 3261, iscsiPort: 3260, login: 'root', usesDefaultCredentials: true });
    expect(added.version).toBeGreaterThan(before.version);
    expect(added.version).toBe((await getLab()).version);
    const { servers } = await api.call('listStarWindServers');
    expect(servers.map((entry) => entry.host)).toEqual([STORE1.name]);
    expect(await api.call('getStarWindServer', { params: { host: STORE1.name } })).toMatchObject({ host: STORE1.name, connected: false });
  });

  test('Add Server by address, with credentials: logged in at once', async () => {
    const added = await api.call('addStarWindServer', { body: { address: STORE2.publicIp, port: 3261, ...DEFAULTS } });
    expect(added).toMatchObject({ host: STORE2.name, address: STORE2.publicIp, connected: true, login: 'root' });
    expect(added.loginError).toBeUndefined();
    expect(added.version).toBe((await getLab()).version);
  });

  test('the same server twice, by name and by address, is a 409', async () => {
    await api.call('addStarWindServer', { body: { address: STORE1.name } });
    await expectRefusedUnchanged(() => send('POST', SERVERS, { address: STORE1.publicIp }), 409, 'starwind.server_already_added');
    await expectRefusedUnchanged(() => send('POST', SERVERS, { address: STORE1.name.toLowerCase() }), 409, 'starwind.server_already_added');
  });

  test('a server without the StarWind service cannot be added', async () => {
    const problem = await expectRefusedUnchanged(() => send('POST', SERVERS, { address: 'Demo1' }), 409, 'starwind.no_service');
    expect(problem.detail).toMatch(/Demo1/);
  });

  test('an unknown name, or a server turned off, is unreachable', async () => {
    await expectRefusedUnchanged(() => send('POST', SERVERS, { address: 'Nowhere' }), 409, 'starwind.unreachable');
    await expectRefusedUnchanged(() => send('POST', SERVERS, { address: '192.168.100.99' }), 409, 'starwind.unreachable');
    await api.call('powerHost', { params: { name: STORE2.name }, body: { action: 'off' } });
    await api.call('advanceClock', { body: { ms: 60_000 } });
    const problem = await expectRefusedUnchanged(() => send('POST', SERVERS, { address: STORE2.name }), 409, 'starwind.unreachable');
    expect(problem.detail).toMatch(/SWS-Store2/i);
  });

  test('a wrong password given with Add Server: the server is added, not connected, with the login error', async () => {
    const added = await api.call('addStarWindServer', { body: { address: STORE1.name, login: 'root', password: 'wrong' } });
    expect(added).toMatchObject({ host: STORE1.name, connected: false });
    expect(added.loginError).toMatchObject({ status: 422, code: 'starwind.bad_credentials', type: 'urn:ha-lab:error:starwind.bad_credentials' });
    expect(added.version).toBe((await getLab()).version);
  });

  test('a body of the wrong shape is a 400 naming each field', async () => {
    const problem = await expectRefusedUnchanged(() => send('POST', SERVERS, { address: 7, port: 70000, colour: 'red' }), 400, 'request.invalid_body');
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(['address', 'colour', 'port']);
    const half = await expectRefusedUnchanged(() => send('POST', SERVERS, { address: STORE1.name, login: 'root' }), 400, 'request.invalid_body');
    expect(Object.keys(half.errors ?? {})).toEqual(['password']);
    await expectRefusedUnchanged(() => send('POST', SERVERS, { address: STORE1.name, port: 0 }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('POST', SERVERS, undefined, '{"address":'), 400, 'request.malformed_json');
    await expectRefusedUnchanged(() => send('POST', `${SERVERS}?validate=maybe`, { address: STORE1.name }), 400, 'request.invalid_query');
  });

  test('?validate=only checks Add Server and changes nothing', async () => {
    const before = await getLab();
    expect(await api.call('validateStarWindServer', { body: { address: STORE1.name } })).toEqual({ valid: true, warnings: {} });
    expect(await getLab()).toEqual(before);
    await api.call('addStarWindServer', { body: { address: STORE1.name } });
    await expectRefusedUnchanged(() => send('POST', `${SERVERS}?validate=only`, { address: STORE1.publicIp }), 409, 'starwind.server_already_added');
    await expectRefusedUnchanged(() => send('POST', `${SERVERS}?validate=only`, { address: 'Demo1' }), 409, 'starwind.no_service');
  });

  test('an unknown server is a 404', async () => {
    await expectRefusedUnchanged(() => send('GET', `${SERVERS}/${STORE1.name}`), 404, 'starwind.server_not_found');
    await expect(api.call('getStarWindServer', { params: { host: 'Nowhere' } })).rejects.toBeInstanceOf(ApiError);
  });
});

describe('POST /api/v1/starwind/servers/{host}/connect and /disconnect', () => {
  beforeEach(async () => {
    await api.call('addStarWindServer', { body: { address: STORE1.name } });
  });

  test('log in with root / starwind, then disconnect', async () => {
    const connected = await api.call('connectStarWindServer', { params: { host: STORE1.name }, body: DEFAULTS });
    expect(connected).toMatchObject({ host: STORE1.name, connected: true, login: 'root' });
    expect(connected.service?.usesDefaultCredentials).toBe(true);
    expect(connected.version).toBe((await getLab()).version);
    const disconnected = await api.call('disconnectStarWindServer', { params: { host: STORE1.name } });
    expect(disconnected).toMatchObject({ connected: false });
    expect(disconnected.version).toBeGreaterThan(connected.version);
  });

  test('wrong credentials are a 422 and leave the server disconnected', async () => {
    const problem = await expectRefusedUnchanged(
      () => send('POST', `${SERVERS}/${STORE1.name}/connect`, { login: 'root', password: 'Starwind' }),
      422,
      'starwind.bad_credentials',
    );
    expect(problem.errors?.password).toBeTruthy();
    await expectRefusedUnchanged(() => send('POST', `${SERVERS}/${STORE1.name}/connect`, { login: 'admin', password: 'starwind' }), 422, 'starwind.bad_credentials');
    expect((await api.call('getStarWindServer', { params: { host: STORE1.name } })).connected).toBe(false);
  });

  test('a server not in the console is a 404; a wrong body a 400', async () => {
    await expectRefusedUnchanged(() => send('POST', `${SERVERS}/${STORE2.name}/connect`, DEFAULTS), 404, 'starwind.server_not_found');
    await expectRefusedUnchanged(() => send('POST', `${SERVERS}/${STORE2.name}/disconnect`), 404, 'starwind.server_not_found');
    const problem = await expectRefusedUnchanged(() => send('POST', `${SERVERS}/${STORE1.name}/connect`, { login: 'root' }), 400, 'request.invalid_body');
    expect(Object.keys(problem.errors ?? {})).toEqual(['password']);
  });

  test('a server that went down cannot be logged in to', async () => {
    await api.call('powerHost', { params: { name: STORE1.name }, body: { action: 'off' } });
    await api.call('advanceClock', { body: { ms: 60_000 } });
    await expectRefusedUnchanged(() => send('POST', `${SERVERS}/${STORE1.name}/connect`, DEFAULTS), 409, 'starwind.unreachable');
  });
});

describe('PUT /api/v1/starwind/servers/{host}/credentials', () => {
  beforeEach(async () => {
    await addAndConnect(STORE1.name);
  });

  test('changing them clears the default-credentials warning; the old ones stop working', async () => {
    const changed = await api.call('setStarWindCredentials', {
      params: { host: STORE1.name },
      body: { ...DEFAULTS, newLogin: 'admin', newPassword: 'S3cret!' },
    });
    expect(changed.service).toMatchObject({ login: 'admin', usesDefaultCredentials: false });
    expect(changed.version).toBe((await getLab()).version);
    await api.call('disconnectStarWindServer', { params: { host: STORE1.name } });
    await expectRefusedUnchanged(() => send('POST', `${SERVERS}/${STORE1.name}/connect`, DEFAULTS), 422, 'starwind.bad_credentials');
    const again = await api.call('connectStarWindServer', { params: { host: STORE1.name }, body: { login: 'admin', password: 'S3cret!' } });
    expect(again).toMatchObject({ connected: true, login: 'admin' });
    // And back to the defaults: the warning returns.
    const reset = await api.call('setStarWindCredentials', {
      params: { host: STORE1.name },
      body: { login: 'admin', password: 'S3cret!', newLogin: 'root', newPassword: 'starwind' },
    });
    expect(reset.service?.usesDefaultCredentials).toBe(true);
  });

  test('the wrong current password is a 422; a missing field a 400', async () => {
    await expectRefusedUnchanged(
      () => send('PUT', `${SERVERS}/${STORE1.name}/credentials`, { login: 'root', password: 'nope', newLogin: 'admin', newPassword: 'x' }),
      422,
      'starwind.bad_credentials',
    );
    const problem = await expectRefusedUnchanged(
      () => send('PUT', `${SERVERS}/${STORE1.name}/credentials`, { ...DEFAULTS, newLogin: 'admin' }),
      400,
      'request.invalid_body',
    );
    expect(Object.keys(problem.errors ?? {})).toEqual(['newPassword']);
  });
});

describe('DELETE /api/v1/starwind/servers/{host}', () => {
  test('removes the server from the console; then it may be added again', async () => {
    await addAndConnect(STORE1.name);
    const removed = await api.call('removeStarWindServer', { params: { host: STORE1.name } });
    expect(removed).toEqual({ host: STORE1.name, version: (await getLab()).version });
    expect((await api.call('listStarWindServers')).servers).toEqual([]);
    await expectRefusedUnchanged(() => send('DELETE', `${SERVERS}/${STORE1.name}`), 404, 'starwind.server_not_found');
    expect((await api.call('addStarWindServer', { body: { address: STORE1.publicIp } })).host).toBe(STORE1.name);
  });
});
