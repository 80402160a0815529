import { describe, expect, test, vi } from 'vitest';
import { COLLECTION_NAMES, createLabMirror } from './lab-mirror';
import type { ChangeBatch, Host, Job, LabEvent, Network } from '../api/types';

function host(name: string, powerState: Host['powerState'] = 'on'): Host {
  return {
    id: name, name, role: 'cluster-node', os: 'Windows Server 2008 R2 Enterprise', osVersion: '2008R2', domain: 'SWS.com',
    powerState, powerTransition: null, lastBootMs: 0, uncleanShutdownMs: null, nics: [], volumes: [], features: [],
  };
}
const network: Network = { id: 'Public', name: 'Public', cidr: '192.168.100.0/24', purpose: 'Client access' };
function event(seq: number): LabEvent {
  return { seq, timeMs: seq * 1000, host: 'Demo2', log: 'System', source: 'EventLog', eventId: 6005, level: 'Information', message: 'The Event log service was started.' };
}
function batch(partial: Partial<ChangeBatch>): ChangeBatch {
  return { fromVersion: 0, toVersion: 1, nowMs: 0, full: false, changes: {}, events: [], ...partial };
}
const full = (toVersion: number, hosts: Host[]) =>
  batch({ full: true, fromVersion: 0, toVersion, changes: { hosts: { upsert: hosts, remove: [] }, networks: { upsert: [network], remove: [] } } });

describe('lab mirror', () => {
  test('a full batch replaces what the mirror holds', () => {
    const mirror = createLabMirror();
    mirror.getState().applyBatch(full(3, [host('Demo1'), host('Demo2')]));
    mirror.getState().applyBatch(full(7, [host('SWS-DC')]));
    const state = mirror.getState();
    expect(Object.keys(state.hosts)).toEqual(['SWS-DC']);
    expect(state.version).toBe(7);
    expect(state.generation).toBe(2);
    expect(state.networks.Public?.cidr).toBe('192.168.100.0/24');
  });

  test('a batch that follows the version patches upserts, removals and events', () => {
    const mirror = createLabMirror();
    mirror.getState().applyBatch(full(3, [host('Demo1'), host('Demo2')]));
    mirror.getState().applyBatch(batch({ fromVersion: 3, toVersion: 4, nowMs: 5000, changes: { hosts: { upsert: [host('Demo2', 'stopping')], remove: ['Demo1'] } }, events: [event(1)] }));
    const state = mirror.getState();
    expect(state.hosts.Demo2?.powerState).toBe('stopping');
    expect(state.hosts.Demo1).toBeUndefined();
    expect(state.events.map((e) => e.seq)).toEqual([1]);
    expect(state.nowMs).toBe(5000);
  });

  test('a batch with a gap is not applied and asks for a resync once', () => {
    const mirror = createLabMirror();
    const resync = vi.fn();
    mirror.getState().setResyncHandler(resync);
    mirror.getState().applyBatch(full(3, [host('Demo2')]));
    mirror.getState().applyBatch(batch({ fromVersion: 5, toVersion: 6, changes: { hosts: { upsert: [host('Demo2', 'off')], remove: [] } } }));
    mirror.getState().applyBatch(batch({ fromVersion: 6, toVersion: 7 }));
    expect(resync).toHaveBeenCalledTimes(1);
    expect(mirror.getState().hosts.Demo2?.powerState).toBe('on');
    expect(mirror.getState().version).toBe(3);
    // The full batch that answers the resync restores the flow.
    mirror.getState().applyBatch(full(7, [host('Demo2', 'off')]));
    mirror.getState().applyBatch(batch({ fromVersion: 7, toVersion: 8, changes: { hosts: { upsert: [host('Demo2', 'starting')], remove: [] } } }));
    expect(mirror.getState().hosts.Demo2?.powerState).toBe('starting');
  });

  test('events are capped, oldest dropped first', () => {
    const mirror = createLabMirror({ eventCapacity: 3 });
    mirror.getState().applyBatch(full(1, []));
    mirror.getState().applyBatch(batch({ fromVersion: 1, toVersion: 2, events: [event(1), event(2)] }));
    mirror.getState().applyBatch(batch({ fromVersion: 2, toVersion: 3, events: [event(3), event(4)] }));
    expect(mirror.getState().events.map((e) => e.seq)).toEqual([2, 3, 4]);
  });

  test('waitForVersion resolves once the mirror reaches the version', async () => {
    const mirror = createLabMirror();
    mirror.getState().applyBatch(full(1, []));
    let done = false;
    const waiting = mirror.getState().waitForVersion(2).then(() => { done = true; });
    await Promise.resolve();
    expect(done).toBe(false);
    mirror.getState().applyBatch(batch({ fromVersion: 1, toVersion: 2 }));
    await waiting;
    expect(done).toBe(true);
    await expect(mirror.getState().waitForVersion(1)).resolves.toBeUndefined();
  });

  test('waitForGeneration resolves on the next full batch', async () => {
    const mirror = createLabMirror();
    mirror.getState().applyBatch(full(9, []));
    const generation = mirror.getState().generation;
    const waiting = mirror.getState().waitForGeneration(generation);
    mirror.getState().applyBatch(full(1, [host('Demo1')]));
    await waiting;
    expect(mirror.getState().version).toBe(1);
  });

  test('refresh (F5) asks for the full state and resolves when it has replaced the mirror', async () => {
    const mirror = createLabMirror();
    await mirror.getState().refresh(); // nothing wired yet: nothing to ask
    mirror.getState().applyBatch(full(3, [host('Demo1')]));
    const resync = vi.fn(() => mirror.getState().applyBatch(full(4, [host('Demo1'), host('Demo2')])));
    mirror.getState().setResyncHandler(resync);
    await mirror.getState().refresh();
    expect(resync).toHaveBeenCalledTimes(1);
    expect(Object.keys(mirror.getState().hosts).sort()).toEqual(['Demo1', 'Demo2']);
  });

  test('clock messages never move virtual time backwards', () => {
    const mirror = createLabMirror();
    mirror.getState().applyBatch(batch({ full: true, toVersion: 1, nowMs: 10_000 }));
    mirror.getState().applyMessage({ type: 'clock', clock: { paused: true, speed: 1, nowMs: 9_000 } });
    expect(mirror.getState().nowMs).toBe(10_000);
    expect(mirror.getState().clock?.paused).toBe(true);
  });
});

describe('lab mirror: every collection of a batch', () => {
  test('StarWind collections are carried generically: replaced on a full batch, patched after', () => {
    const mirror = createLabMirror();
    const server = { id: 'SWS-Store1', host: 'SWS-Store1', address: 'SWS-Store1', port: 3261, connected: false, login: null, addedSeq: 1 };
    mirror.getState().applyBatch(batch({ full: true, toVersion: 1, changes: { starwindConsoleServers: { upsert: [server], remove: [] } } }));
    const hostsBefore = mirror.getState().hosts;
    expect(mirror.getState().starwindConsoleServers['SWS-Store1']?.connected).toBe(false);
    mirror.getState().applyBatch(batch({ fromVersion: 1, toVersion: 2, changes: { starwindConsoleServers: { upsert: [{ ...server, connected: true, login: 'root' }], remove: [] } } }));
    expect(mirror.getState().starwindConsoleServers['SWS-Store1']?.login).toBe('root');
    // Collections a batch does not touch keep their identity, so selectors do not re-render.
    expect(mirror.getState().hosts).toBe(hostsBefore);
    mirror.getState().applyBatch(batch({ fromVersion: 2, toVersion: 3, changes: { starwindConsoleServers: { upsert: [], remove: ['SWS-Store1'] } } }));
    expect(mirror.getState().starwindConsoleServers).toEqual({});
    expect(mirror.getState().haDevices).toEqual({});
  });

  test('keeps every registered collection, jobs included, and only the collections it was made for', () => {
    const mirror = createLabMirror();
    expect(COLLECTION_NAMES[0]).toBe('jobs');
    for (const name of COLLECTION_NAMES) expect(mirror.getState()[name]).toEqual({});
    const job = { id: 'job-0001', state: 'running' } as unknown as Job;
    mirror.getState().applyBatch(batch({ full: true, toVersion: 2, changes: { jobs: { upsert: [job], remove: [] } } }));
    expect(mirror.getState().jobs['job-0001']).toBe(job);

    const widgets = createLabMirror({ collections: ['jobs', 'widgets'] });
    const changes = { widgets: { upsert: [{ id: 'widget-0001' }], remove: [] }, hosts: { upsert: [host('Demo1')], remove: [] } } as unknown as ChangeBatch['changes'];
    widgets.getState().applyBatch(batch({ full: true, toVersion: 1, changes }));
    const state = widgets.getState() as unknown as Record<string, unknown>;
    expect(state.widgets).toEqual({ 'widget-0001': { id: 'widget-0001' } });
    expect(state.hosts).toBeUndefined();
  });
});
