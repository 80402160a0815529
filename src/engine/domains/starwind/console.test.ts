import { describe, expect, test } from 'vitest';
import { createLab } from '../../lab';
import { consoleLab, ok, STORE1, STORE2, starwindEvents } from '../../testing/starwind-helpers';
import type { Lab } from '../../types';

const services = (lab: Lab) => {
  const answer = lab.query({ type: 'starwindServices' });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.services;
};
const servers = (lab: Lab) => {
  const answer = lab.query({ type: 'starwindServers' });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.servers;
};

describe('StarWind services', () => {
  test('one per storage server, started with Windows at t = 0 (ID_257)', () => {
    const lab = createLab();
    expect(services(lab)).toEqual([STORE1.name, STORE2.name].map((host) => ({
      id: host, host, product: 'StarWind 5.0 Enterprise', running: true, managementPort: 3261, iscsiPort: 3260, login: 'root', usesDefaultCredentials: true,
    })));
    expect(starwindEvents(lab).map((event) => [event.host, event.eventId, event.timeMs, event.source, event.message])).toEqual([
      [STORE1.name, 257, 0, 'StarWind', 'Service is started - StarWind 5.0 Enterprise'],
      [STORE2.name, 257, 0, 'StarWind', 'Service is started - StarWind 5.0 Enterprise'],
    ]);
    expect(JSON.stringify(lab.snapshot().entities)).not.toContain('"starwind"');
  });

  test('running follows the host: off when it starts stopping, on (and ID_257) when the boot completes', () => {
    const lab = createLab({ seed: 7 });
    lab.dispatch({ type: 'setPower', host: STORE1.name, action: 'restart' });
    expect(services(lab)[0]!.running).toBe(false);
    lab.advance(300_000);
    expect(services(lab)[0]!.running).toBe(true);
    // A restart is a clean stop: ID_258 while the service can still write, then ID_257 on boot.
    expect(starwindEvents(lab, STORE1.name).map((event) => [event.eventId, event.message])).toEqual([
      [257, 'Service is started - StarWind 5.0 Enterprise'],
      [258, 'Service is stopped - StarWind 5.0 Enterprise'],
      [257, 'Service is started - StarWind 5.0 Enterprise'],
    ]);
    const started = starwindEvents(lab, STORE1.name).filter((event) => event.eventId === 257).map((event) => event.timeMs);
    expect(started).toHaveLength(2);
    expect(started[1]).toBe(lab.query({ type: 'host', name: STORE1.name }).ok && (lab.query({ type: 'host', name: STORE1.name }) as { value: { lastBootMs: number } }).value.lastBootMs);
  });
});

describe('console servers', () => {
  test('Add Server by name and by address; the same server twice is refused', () => {
    const lab = createLab();
    ok(lab, { type: 'starwindAddServer', address: 'sws-store1', port: 3261 });
    ok(lab, { type: 'starwindAddServer', address: STORE2.publicIp, port: 3261 });
    expect(servers(lab).map((server) => [server.id, server.address, server.connected, server.addedSeq])).toEqual([
      [STORE1.name, 'sws-store1', false, 1],
      [STORE2.name, STORE2.publicIp, false, 2],
    ]);
    for (const address of [STORE1.publicIp, 'SWS-STORE2', 'sws-store1.sws.com']) {
      const result = lab.dispatch({ type: 'starwindAddServer', address, port: 3261 });
      expect(result).toMatchObject({ ok: false, error: { code: 'starwind.server_already_added', kind: 'conflict', errors: { address: expect.stringContaining('already in the console') } } });
    }
  });

  test.each([
    ['an unknown name', 'SWS-Store9', 3261, 'starwind.unreachable', 'address', /cannot resolve "SWS-Store9": cannot connect to the server/],
    ['an address on a network SWS-DC is not on', STORE1.iscsiIp, 3261, 'starwind.unreachable', 'address', /cannot reach 172.30.100.21: cannot connect to the server/],
    ['a server without StarWind', 'Demo1', 3261, 'starwind.no_service', 'address', /Demo1 is not a StarWind server/],
    ['the wrong port', STORE1.name, 3260, 'starwind.no_service', 'address', /port 3261/],
    ['an empty address', ' ', 3261, 'starwind.invalid_address', 'address', /host name or an IP/],
    ['a bad port', STORE1.name, 70000, 'starwind.invalid_port', 'port', /1 to 65535/],
  ])('Add Server refuses %s', (_name, address, port, code, field, message) => {
    const lab = createLab();
    const result = lab.dispatch({ type: 'starwindAddServer', address, port });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.errors?.[field]).toMatch(message);
    expect(lab.version()).toBe(0);
  });

  test('a stopped service or an unreachable host is refused', () => {
    const lab = createLab();
    lab.dispatch({ type: 'setPower', host: STORE1.name, action: 'off' });
    expect(lab.dispatch({ type: 'starwindAddServer', address: STORE1.name, port: 3261 })).toMatchObject({ ok: false, error: { code: 'starwind.unreachable' } });
    lab.dispatch({ type: 'setNicLink', host: STORE2.name, nic: 'Public', linkUp: false });
    expect(lab.dispatch({ type: 'starwindAddServer', address: STORE2.publicIp, port: 3261 })).toMatchObject({ ok: false, error: { code: 'starwind.unreachable' } });
  });

  test('login: wrong credentials, then root / starwind; sessions end when the server goes down', () => {
    const lab = createLab({ seed: 3 });
    ok(lab, { type: 'starwindAddServer', address: STORE1.name, port: 3261 });
    expect(lab.dispatch({ type: 'starwindConnect', server: STORE1.name, login: 'root', password: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'starwind.bad_credentials', kind: 'invalid', errors: { password: 'The user name or password is incorrect.' } },
    });
    expect(lab.dispatch({ type: 'starwindConnect', server: 'SWS-Store2', login: 'root', password: 'starwind' })).toMatchObject({ ok: false, error: { code: 'starwind.server_not_found', kind: 'not_found' } });
    ok(lab, { type: 'starwindConnect', server: STORE1.name, login: 'root', password: 'starwind' });
    expect(servers(lab)[0]).toMatchObject({ connected: true, login: 'root' });
    lab.dispatch({ type: 'setPower', host: STORE1.name, action: 'shutdown' });
    expect(servers(lab)[0]).toMatchObject({ connected: false, login: null });
    expect(lab.dispatch({ type: 'starwindConnect', server: STORE1.name, login: 'root', password: 'starwind' })).toMatchObject({ ok: false, error: { code: 'starwind.unreachable', errors: { server: expect.stringContaining('cannot connect to the server') } } });
    lab.advance(60_000);
    ok(lab, { type: 'setPower', host: STORE1.name, action: 'on' });
    lab.advance(300_000);
    expect(servers(lab)[0]!.connected).toBe(false);
    ok(lab, { type: 'starwindConnect', server: STORE1.name, login: 'root', password: 'starwind' });
    ok(lab, { type: 'starwindDisconnect', server: STORE1.name });
    expect(servers(lab)[0]).toMatchObject({ connected: false, login: null });
    ok(lab, { type: 'starwindRemoveServer', server: STORE1.name });
    expect(servers(lab)).toEqual([]);
  });

  test('change credentials: checks the current ones, needs a password, clears the default-credentials warning', () => {
    const lab = consoleLab();
    const change = { type: 'starwindChangeCredentials' as const, server: STORE1.name, login: 'root', password: 'starwind', newLogin: 'admin', newPassword: 's3cret' };
    expect(lab.dispatch({ ...change, password: 'x' })).toMatchObject({ ok: false, error: { code: 'starwind.bad_credentials', errors: { password: expect.any(String) } } });
    expect(lab.dispatch({ ...change, newPassword: '' })).toMatchObject({ ok: false, error: { code: 'starwind.invalid_credentials', errors: { newPassword: expect.any(String) } } });
    ok(lab, change);
    expect(services(lab)[0]).toMatchObject({ login: 'admin', usesDefaultCredentials: false });
    expect(servers(lab)[0]).toMatchObject({ connected: true, login: 'admin' });
    expect(JSON.stringify(lab.snapshot().entities)).not.toContain('s3cret');
    expect(lab.dispatch({ type: 'starwindConnect', server: STORE1.name, login: 'root', password: 'starwind' })).toMatchObject({ ok: false, error: { code: 'starwind.bad_credentials' } });
    ok(lab, { type: 'starwindConnect', server: STORE1.name, login: 'admin', password: 's3cret' });
  });
});
