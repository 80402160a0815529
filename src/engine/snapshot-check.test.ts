import { describe, expect, test } from 'vitest';
import { createLab, restoreLab } from './lab';
import { validateSnapshot } from './snapshot-check';
import { eventsOf, hostOf } from './testing/lab-helpers';
import { consoleLab, createHa, finishSync, haRequest } from './testing/starwind-helpers';
import type { LabSnapshot } from './types';

/** A lab caught mid-flight: Demo2 stopping to restart, Store1 starting after a hard off, a cable out. */
function busyLab() {
  const lab = createLab({ seed: 1337 });
  lab.advance(10_000);
  lab.dispatch({ type: 'setPower', host: 'SWS-Store1', action: 'off' });
  lab.advance(5_000);
  lab.dispatch({ type: 'setPower', host: 'SWS-Store1', action: 'on' });
  lab.dispatch({ type: 'setPower', host: 'Demo2', action: 'restart' });
  lab.dispatch({ type: 'setNicLink', host: 'Demo1', nic: 'Private', linkUp: false });
  lab.advance(12_345);
  return lab;
}

const jsonCopy = (snapshot: LabSnapshot): LabSnapshot => JSON.parse(JSON.stringify(snapshot)) as LabSnapshot;

describe('restoreLab', () => {
  test('restoreLab(snapshot()) has the same hash and version and continues identically', () => {
    const lab = busyLab();
    const restored = restoreLab(jsonCopy(lab.snapshot()));
    expect(restored.hash()).toBe(lab.hash());
    expect(restored.version()).toBe(lab.version());
    expect(restored.nowMs()).toBe(lab.nowMs());
    expect(restored.nextDueMs()).toBe(lab.nextDueMs());
    for (const target of [lab, restored]) {
      target.advance(200_000);
      target.dispatch({ type: 'setPower', host: 'Demo1', action: 'off' });
      target.dispatch({ type: 'setPower', host: 'Demo1', action: 'on' });
      target.advance(123_456);
    }
    expect(restored.hash()).toBe(lab.hash());
    expect(restored.snapshot()).toEqual(lab.snapshot());
    expect(eventsOf(restored, 'SWS-Store1').map((event) => event.eventId)).toEqual([6005, 6008, 6005]);
    expect(hostOf(restored, 'Demo1').powerState).toBe('on');
  });

  test('the hash ignores version and follows the simulated state', () => {
    const lab = busyLab();
    const snapshot = jsonCopy(lab.snapshot());
    expect(restoreLab({ ...snapshot, version: snapshot.version + 10 }).hash()).toBe(lab.hash());
    const other = busyLab();
    other.advance(1);
    expect(other.hash()).not.toBe(lab.hash());
  });

  test('a restored lab is independent of the snapshot object', () => {
    const lab = busyLab();
    const snapshot = lab.snapshot();
    const restored = restoreLab(snapshot);
    snapshot.entities.hosts[0]!.powerState = 'off';
    expect(hostOf(restored, 'SWS-DC').powerState).toBe('on');
  });

  test('refuses a bad snapshot with the problems in the message', () => {
    const snapshot = jsonCopy(busyLab().snapshot());
    snapshot.entities.hosts[4]!.nics[2]!.ip = '10.1.1.1';
    expect(() => restoreLab(snapshot)).toThrow('hosts[4] (Demo2): NIC iSCSI address 10.1.1.1 is not in network iSCSI 172.30.100.0/24.');
  });
});

describe('validateSnapshot', () => {
  const good = () => jsonCopy(busyLab().snapshot());
  type Mutable = Record<string, unknown> & LabSnapshot;

  test('a good snapshot has no problems', () => {
    expect(validateSnapshot(good())).toEqual([]);
  });

  const cases: Array<[string, (snapshot: Mutable) => void, string, string]> = [
    ['not an object', () => undefined, 'The snapshot must be an object.', ''],
    ['unknown snapshotVersion', (s) => ((s as Record<string, unknown>).snapshotVersion = 3), 'snapshotVersion 3 is not one this build reads (it reads 1, 2).', 'snapshotVersion'],
    ['bad params', (s) => (s.params.options.clusterNodes = 99), 'params: options.clusterNodes must be a whole number from 2 to 64, not 99.', 'params'],
    ['nic on unknown network', (s) => (s.entities.hosts[3]!.nics[1]!.network = 'Backup'), 'hosts[3] (Demo1): NIC Private is cabled to network "Backup", which the lab does not have.', 'entities.hosts[3].nics[1]'],
    ['address outside its subnet', (s) => (s.entities.hosts[4]!.nics[2]!.ip = '10.1.1.1'), 'hosts[4] (Demo2): NIC iSCSI address 10.1.1.1 is not in network iSCSI 172.30.100.0/24.', 'entities.hosts[4].nics[2]'],
    ['duplicate address', (s) => (s.entities.hosts[4]!.nics[0]!.ip = '192.168.100.31'), 'hosts[4] (Demo2): NIC Public address 192.168.100.31 is already used by Demo1 (Public).', 'entities.hosts[4].nics[0]'],
    ['duplicate host name, other case', (s) => Object.assign(s.entities.hosts[4]!, { id: 'DEMO1', name: 'DEMO1' }), 'hosts[4] (DEMO1): another host has the same name (names are compared without case).', 'entities.hosts[4]'],
    ['id differs from name', (s) => (s.entities.hosts[0]!.id = 'dc'), 'hosts[0] (SWS-DC): id "dc" must equal the name.', 'entities.hosts[0]'],
    ['bad power state', (s) => ((s.entities.hosts[0] as unknown as Record<string, unknown>).powerState = 'asleep'), 'hosts[0] (SWS-DC): power state "asleep" is not one of on, starting, stopping, off.', 'entities.hosts[0]'],
    ['on with a transition', (s) => (s.entities.hosts[0]!.powerTransition = { action: 'shutdown', startedMs: 0, dueMs: 99_999 }), 'hosts[0] (SWS-DC): a host that is on has no power transition, but one is recorded.', 'entities.hosts[0]'],
    ['starting without a transition', (s) => (s.entities.hosts[1]!.powerTransition = null), 'hosts[1] (SWS-Store1): a host that is starting needs its power transition (action, startedMs, dueMs).', 'entities.hosts[1]'],
    ['wrong transition action', (s) => (s.entities.hosts[1]!.powerTransition!.action = 'shutdown'), 'hosts[1] (SWS-Store1): a host that is starting cannot be in a "shutdown" transition (expected on or restart).', 'entities.hosts[1]'],
    ['transition without its timer', (s) => (s.kernel.timers = s.kernel.timers.filter((timer) => (timer.data as { host: string }).host !== 'Demo2')), 'host Demo2 is stopping but no power.transition timer will complete it.', 'entities.hosts[4]'],
    ['timer of an unknown host', (s) => (s.kernel.timers[0]!.data = { host: 'Ghost' }), 'kernel.timers[0]: the power.transition timer refers to host "Ghost", which the lab does not have.', 'kernel.timers[0]'],
    ['timer in the past', (s) => (s.kernel.timers[0]!.dueMs = 5), `kernel.timers[0]: dueMs 5 is before nowMs 27345.`, 'kernel.timers[0]'],
    ['unknown timer kind', (s) => (s.kernel.timers[0]!.kind = 'mystery'), 'kernel.timers[0]: kind "mystery" is not one of power.transition, starwind.sync, starwind.partner-lost, iscsi.reconnect, disks.pdo-remove, disks.io, validation.test, cluster.create, cluster.heartbeat, cluster.join, cluster.role, cluster.failback, hyperv.vm, hyperv.io-stall, migration.step.', 'kernel.timers[0]'],
    ['bad stream state', (s) => (s.kernel.streams.power = [1, 2, 3]), 'kernel.streams.power must be four unsigned 32-bit words.', 'kernel.streams.power'],
    ['event in the future', (s) => (s.nowMs = 10), 'events[7]: timeMs 15000 must be from 0 (the event before) to nowMs 10.', 'events[7]'],
    ['event with an unknown log', (s) => ((s.events[0] as unknown as Record<string, unknown>).log = 'Security'), 'events[0]: log "Security" is not one of System, Application, FailoverClustering, StarWind.', 'events[0]'],
    ['events out of order', (s) => (s.events[1]!.seq = 1), 'events[1]: seq 1 must be after 1 and no later than kernel.eventSeq 8.', 'events[1]'],
    ['volume with more free than size', (s) => (s.entities.hosts[0]!.volumes[0]!.freeBytes = 2 ** 50), `hosts[0] (SWS-DC): volume C: freeBytes ${2 ** 50} must be from 0 to its size ${100 * 2 ** 30}.`, 'entities.hosts[0].volumes[0]'],
    ['duplicate network', (s) => s.entities.networks.push({ ...s.entities.networks[0]! }), 'networks[3] (Public): another network has the same name.', 'entities.networks[3]'],
  ];

  test.each(cases)('%s', (_name, mutate, message, path) => {
    const snapshot = good() as Mutable;
    const result = _name === 'not an object' ? validateSnapshot(null) : (mutate(snapshot), validateSnapshot(snapshot));
    // Structured: the place is a path into the snapshot, the sentence is for a person.
    expect(result).toContainEqual({ path, message });
  });

  test('a running sync needs its running job', () => {
    const lab = consoleLab({ seed: 3 });
    const created = lab.dispatch({ type: 'starwindCreateDevice', server: 'SWS-Store1', request: haRequest() });
    expect(created).toMatchObject({ ok: true, jobIds: ['job-0001'] });
    const snapshot = jsonCopy(lab.snapshot());
    expect(validateSnapshot(snapshot)).toEqual([]);
    snapshot.entities.jobs = [];
    expect(validateSnapshot(snapshot)).toEqual([{ path: 'entities.haDevices[0].sync.jobId', message: 'haDevices (ha-0001): the sync\'s job "job-0001" is not a running job of the lab.' }]);
  });

  test('garbage of any shape yields problems, never an exception', () => {
    for (const value of [0, 'x', [], { snapshotVersion: 1 }, { snapshotVersion: 1, entities: { hosts: [1, null], networks: 'x' }, kernel: { timers: [null] }, events: [null] }]) {
      expect(validateSnapshot(value).length).toBeGreaterThan(0);
    }
  });
});

describe('validateSnapshot: cross-references a restored lab relies on', () => {
  function haLab() {
    const lab = consoleLab({ seed: 5 });
    createHa(lab);
    lab.advance(60_000);
    return jsonCopy(lab.snapshot()) as LabSnapshot & { kernel: { idSeqs: Record<string, number> }; domains: { starwind: { haBlocks: Record<string, { acked: string[] }> } } };
  }
  const paths = (snapshot: unknown) => validateSnapshot(snapshot).map((problem) => problem.path);

  test('a valid HA lab has no problems', () => {
    expect(validateSnapshot(haLab())).toEqual([]);
  });

  test('an id sequence below an id in use, per prefix', () => {
    const snapshot = haLab();
    delete snapshot.kernel.idSeqs.ha;
    snapshot.kernel.idSeqs.device = 1;
    expect(paths(snapshot)).toEqual(['kernel.idSeqs.device', 'kernel.idSeqs.ha']);
  });

  test('an extent beyond its device, a service without its password, a device off its target', () => {
    const snapshot = haLab();
    // [0, 10^15) → 1 as extent text, written out: no ExtentMap holds blocks past 2^32 − 1.
    snapshot.domains.starwind.haBlocks['ha-0001']!.acked = ['x1:A___ssy6vtcC'];
    delete (snapshot.domains.starwind as unknown as { passwords: Record<string, string> }).passwords['SWS-Store2'];
    snapshot.entities.starwindDevices[1]!.targetId = 'target-0001';
    expect(paths(snapshot).sort()).toEqual([
      'domains.starwind.haBlocks.ha-0001.acked',
      'domains.starwind.passwords.SWS-Store2',
      'entities.haDevices[0].sides[1]',
      'entities.starwindDevices[1].targetId',
      'entities.starwindTargets[1].deviceIds[0]',
    ]);
  });

  test('a write waiting for its partner beyond the end of its device', () => {
    const lab = consoleLab({ seed: 5 });
    const id = createHa(lab, { sizeBytes: 64 * 1024 * 1024 });
    finishSync(lab, id);
    lab.dispatch({ type: 'setNicLink', host: 'SWS-Store2', nic: 'iSCSI', linkUp: false });
    const written = lab.dispatch({ type: 'starwindWriteBlocks', device: id, side: 0, offsetBytes: 0, lengthBytes: 4096, count: 2 });
    expect(written.ok).toBe(true);
    const snapshot = jsonCopy(lab.snapshot()) as unknown as { domains: { starwind: { pendingWrites: { toBlock: number }[] } } };
    expect(snapshot.domains.starwind.pendingWrites).toHaveLength(1);
    expect(validateSnapshot(snapshot)).toEqual([]);
    snapshot.domains.starwind.pendingWrites[0]!.toBlock = 1e12;
    expect(paths(snapshot)).toEqual(['domains.starwind.pendingWrites[0].toBlock']);
  });

  test('nowMs beyond 100 years', () => {
    const snapshot = haLab();
    snapshot.nowMs = Number.MAX_SAFE_INTEGER;
    expect(paths(snapshot)).toContain('nowMs');
  });
});
