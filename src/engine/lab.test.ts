import { describe, expect, test } from 'vitest';
import { DEFAULT_START_EPOCH_MS, OS_DISPLAY_NAMES } from '../domain/lab';
import { ipInCidr } from '../domain/net';
import { BYTES_PER_GIB, BYTES_PER_TIB } from '../domain/units';
import { createLab } from './lab';
import { eventsOf, hostOf } from './testing/lab-helpers';
import type { ChangeBatch, Host } from './types';

const hostsOf = (lab: ReturnType<typeof createLab>): Host[] => {
  const answer = lab.query({ type: 'hosts' });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.hosts;
};

describe('createLab', () => {
  test('defaults', () => {
    const lab = createLab();
    expect(lab.params).toEqual({ seed: 1, scenario: 'seed-lab', options: { osVersion: '2008R2', clusterNodes: 2, startEpochMs: DEFAULT_START_EPOCH_MS, starwindVersion: 5 } });
    expect([lab.nowMs(), lab.version(), lab.nextDueMs()]).toEqual([0, 0, null]);
    expect(createLab({ options: { starwindVersion: 8 } }).params.options.starwindVersion).toBe(8);
  });

  test.each([
    [{ seed: -1 }, /seed must be a whole number from 0 to 4294967295, not -1/],
    [{ seed: 1.5 }, /seed must be/],
    [{ scenario: 'nope' as 'seed-lab' }, /scenario must be one of seed-lab, seed-lab-ready, not "nope"/],
    [{ options: { clusterNodes: 1 } }, /options.clusterNodes must be a whole number from 2 to 64, not 1/],
    [{ options: { clusterNodes: 65 } }, /options.clusterNodes/],
    [{ options: { osVersion: '2003' as '2016' } }, /options.osVersion must be one of 2008R2, 2012R2, 2016/],
    [{ options: { startEpochMs: -5 } }, /options.startEpochMs/],
    [{ options: { starwindVersion: 6 as 5 } }, /options.starwindVersion must be one of 5, 8, not 6/],
  ])('refuses %j', (input, message) => {
    expect(() => createLab(input)).toThrow(message);
  });
});

describe('scenario seed-lab', () => {
  test('the five servers of the document, in table order', () => {
    const lab = createLab({ seed: 7 });
    const hosts = hostsOf(lab);
    expect(hosts.map((host) => [host.name, host.role, host.nics.map((nic) => `${nic.name}=${nic.ip}`).join(' '), host.volumes.map((volume) => `${volume.letter}:${volume.sizeBytes}`).join(' ')])).toEqual([
      ['SWS-DC', 'domain-controller', 'Public=192.168.100.10', `C:${100 * BYTES_PER_GIB}`],
      ['SWS-Store1', 'storage', 'Public=192.168.100.21 iSCSI=172.30.100.21', `C:${100 * BYTES_PER_GIB} D:${2 * BYTES_PER_TIB}`],
      ['SWS-Store2', 'storage', 'Public=192.168.100.22 iSCSI=172.30.100.22', `C:${100 * BYTES_PER_GIB} D:${2 * BYTES_PER_TIB}`],
      ['Demo1', 'cluster-node', 'Public=192.168.100.31 Private=10.10.10.31 iSCSI=172.30.100.31', `C:${100 * BYTES_PER_GIB}`],
      ['Demo2', 'cluster-node', 'Public=192.168.100.32 Private=10.10.10.32 iSCSI=172.30.100.32', `C:${100 * BYTES_PER_GIB}`],
    ]);
    for (const host of hosts) {
      expect(host).toMatchObject({ id: host.name, os: 'Windows Server 2008 R2 Enterprise', osVersion: '2008R2', domain: 'SWS.com', powerState: 'on', powerTransition: null, lastBootMs: 0, uncleanShutdownMs: null, features: [] });
      for (const nic of host.nics) expect(nic).toMatchObject({ network: nic.name, prefixLength: 24, linkUp: true, speedBitsPerS: 1_000_000_000 });
      for (const volume of host.volumes) {
        expect(volume.freeBytes).toBeGreaterThan(volume.sizeBytes * 0.8);
        expect(volume.freeBytes).toBeLessThan(volume.sizeBytes);
      }
    }
    expect(hostOf(lab, 'SWS-Store1').nics[0]!.mac).toBe('00-15-5D-A8-64-15');
  });

  test('networks', () => {
    const answer = createLab().query({ type: 'networks' });
    expect(answer.ok && answer.value.networks).toEqual([
      { id: 'Public', name: 'Public', cidr: '192.168.100.0/24', purpose: 'Client access' },
      { id: 'Private', name: 'Private', cidr: '10.10.10.0/24', purpose: 'Cluster heartbeat' },
      { id: 'iSCSI', name: 'iSCSI', cidr: '172.30.100.0/24', purpose: 'iSCSI traffic' },
    ]);
  });

  test('every host logs 6005 at t = 0', () => {
    const events = eventsOf(createLab());
    expect(events.map((event) => [event.seq, event.host, event.eventId, event.timeMs, event.source, event.log, event.level])).toEqual(
      ['SWS-DC', 'SWS-Store1', 'SWS-Store2', 'Demo1', 'Demo2'].map((host, index) => [index + 1, host, 6005, 0, 'EventLog', 'System', 'Information']),
    );
  });

  test('osVersion sets the OS name', () => {
    expect(hostOf(createLab({ options: { osVersion: '2016' } }), 'Demo1').os).toBe(OS_DISPLAY_NAMES['2016']);
  });

  test.each([2, 3, 64])('clusterNodes %i: Demo1..DemoN wired like Demo1 with unique addresses and MACs', (clusterNodes) => {
    const hosts = hostsOf(createLab({ options: { clusterNodes } }));
    expect(hosts).toHaveLength(3 + clusterNodes);
    const last = hosts.at(-1)!;
    expect(last.name).toBe(`Demo${clusterNodes}`);
    expect(last.nics.map((nic) => nic.ip)).toEqual(['192.168.100', '10.10.10', '172.30.100'].map((prefix) => `${prefix}.${30 + clusterNodes}`));
    const ips = hosts.flatMap((host) => host.nics.map((nic) => nic.ip));
    const macs = hosts.flatMap((host) => host.nics.map((nic) => nic.mac));
    expect(new Set(ips).size).toBe(ips.length);
    expect(new Set(macs).size).toBe(macs.length);
    const cidr = { Public: '192.168.100.0/24', Private: '10.10.10.0/24', iSCSI: '172.30.100.0/24' } as Record<string, string>;
    for (const host of hosts) for (const nic of host.nics) expect(ipInCidr(nic.ip, cidr[nic.network]!)).toBe(true);
  });
});

describe('queries', () => {
  test('host by name without case; unknown host is not_found', () => {
    const lab = createLab();
    expect(hostOf(lab, 'sws-dc').name).toBe('SWS-DC');
    expect(lab.query({ type: 'host', name: 'Demo3' })).toEqual({
      ok: false,
      error: { code: 'host.not_found', kind: 'not_found', message: 'There is no server named "Demo3" in the lab.', errors: { host: 'There is no server named "Demo3" in the lab.' } },
    });
  });

  test('answers are copies', () => {
    const lab = createLab();
    hostOf(lab, 'Demo1').nics[0]!.linkUp = false;
    expect(hostOf(lab, 'Demo1').nics[0]!.linkUp).toBe(true);
  });

  test('events filter by host, log, source, level, since and limit', () => {
    const lab = createLab({ seed: 7 });
    lab.dispatch({ type: 'setNicLink', host: 'Demo1', nic: 'Public', linkUp: false });
    lab.dispatch({ type: 'setPower', host: 'Demo2', action: 'restart' });
    lab.advance(300_000);
    const query = (filter: object) => {
      const answer = lab.query({ type: 'events', filter });
      return answer.ok ? answer.value.events.map((event) => `${event.host}:${event.eventId}`) : [];
    };
    expect(query({ source: 'Tcpip' })).toEqual(['Demo1:4202']);
    expect(query({ level: 'Warning' })).toEqual(['Demo1:4202']);
    expect(query({ host: 'DEMO2' })).toEqual(['Demo2:6005', 'Demo2:6006', 'Demo2:6005']);
    expect(query({ log: 'System', since: 7 })).toEqual(['Demo1:4202', 'Demo2:6006', 'Demo2:6005']);
    expect(query({ log: 'StarWind' })).toEqual(['SWS-Store1:257', 'SWS-Store2:257']);
    expect(query({ limit: 2 })).toEqual(['SWS-DC:6005', 'SWS-Store1:6005']);
  });

  test('a malformed command is refused, not a crash', () => {
    const lab = createLab();
    expect(lab.dispatch({ type: 'setPower', host: 5, action: 'on' } as never)).toMatchObject({ ok: false, error: { code: 'host.not_found' } });
    expect(lab.dispatch({ type: 'setNicLink', host: 'Demo1', nic: null, linkUp: true } as never)).toMatchObject({ ok: false, error: { code: 'nic.not_found' } });
    expect(lab.dispatch({ type: 'setNicLink', host: 'Demo1', nic: 'Public', linkUp: 'no' } as never)).toMatchObject({ ok: false, error: { code: 'nic.invalid_link', kind: 'invalid' } });
    expect(lab.dispatch(null as never)).toMatchObject({ ok: false, error: { code: 'command.unknown' } });
    expect(lab.version()).toBe(0);
  });

  test('an unknown command is refused as invalid', () => {
    const lab = createLab();
    const result = lab.dispatch({ type: 'explode' } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'command.unknown', kind: 'invalid' } });
    expect(lab.version()).toBe(0);
  });
});

describe('subscribe', () => {
  test('full state first, then one batch per change with whole entities and events', () => {
    const lab = createLab({ seed: 7 });
    lab.dispatch({ type: 'setNicLink', host: 'Demo1', nic: 'Public', linkUp: false });
    const batches: ChangeBatch[] = [];
    const unsubscribe = lab.subscribe((batch) => batches.push(batch));
    expect(batches).toHaveLength(1);
    const full = batches[0]!;
    expect(full).toMatchObject({ fromVersion: 0, toVersion: 1, nowMs: 0, full: true });
    expect(full.changes.hosts!.upsert).toHaveLength(5);
    expect(full.changes.networks!.upsert).toHaveLength(3);
    expect(full.events).toHaveLength(8);
    expect(full).toEqual(lab.fullBatch());

    lab.advance(1_000); // nothing due: no batch, no version
    expect(batches).toHaveLength(1);
    lab.dispatch({ type: 'setNicLink', host: 'Demo1', nic: 'Public', linkUp: true });
    lab.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' });
    const dueMs = hostOf(lab, 'Demo2').powerTransition!.dueMs;
    lab.advance(dueMs - lab.nowMs());
    expect(batches.map((batch) => [batch.fromVersion, batch.toVersion, batch.nowMs, batch.full])).toEqual([
      [0, 1, 0, true],
      [1, 2, 1_000, false],
      [2, 3, 1_000, false],
      [3, 4, dueMs, false],
    ]);
    expect(batches[1]!.changes).toEqual({ hosts: { upsert: [hostOf(lab, 'Demo1')], remove: [] } });
    expect(batches[1]!.events.map((event) => event.eventId)).toEqual([4201]);
    expect(batches[3]!.changes.hosts!.upsert.map((host) => [host.name, host.powerState])).toEqual([['Demo2', 'off']]);
    expect(batches[3]!.events.map((event) => event.eventId)).toEqual([6006]);

    // Copies: mutating a batch does not touch the lab.
    batches[3]!.changes.hosts!.upsert[0]!.powerState = 'on';
    expect(hostOf(lab, 'Demo2').powerState).toBe('off');

    unsubscribe();
    lab.dispatch({ type: 'setPower', host: 'Demo2', action: 'on' });
    expect(batches).toHaveLength(4);
  });
});
