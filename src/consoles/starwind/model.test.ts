import { describe, expect, test } from 'vitest';
import type { HaDevice, HaSide, Host } from '../../api/types';
import { needsAttention, pairStateLabel, resolveHost, sideStateLabel, syncProgress } from './model';

function side(host: string, syncState: HaSide['syncState']): HaSide {
  return {
    host, deviceId: `${host}-dev`, targetId: `${host}-t`, targetAlias: host, iqn: `iqn.2008-08.com.starwindsoftware:${host.toLowerCase()}`,
    priority: 'primary', syncState, blocked: false, maintenance: false, syncChannels: [], heartbeatChannels: [], partnerAlive: true,
    bytesToSyncBytes: 0, connectedInitiators: [],
  };
}

const GIB = 1024 ** 3;
function syncing(): HaDevice {
  return {
    id: 'ha-0001', sizeBytes: 20 * GIB, sectorSizeBytes: 512, cacheMode: 'write-back', cacheSizeMb: 128, failoverStrategy: 'heartbeat', autoSync: true,
    sides: [side('SWS-Store1', 'synchronized'), side('SWS-Store2', 'synchronizing')],
    sync: { type: 'initial', sourceSide: 0, targetSide: 1, startedMs: 10_000, totalBytes: 20 * GIB, rateBytesPerS: 125_000_000, dueMs: 10_000 + 171_799, jobId: 'job-0001' },
    lastSync: null, splitBrainRisk: false,
  splitBrainWinner: 'priority',
  splitBrainWarning: null,
  };
}

describe('StarWind console model', () => {
  test('sync progress is (now − started) × rate against the total, with the time left', () => {
    const ha = syncing();
    expect(syncProgress(ha, 10_000)).toMatchObject({ percent: 0, movedBytes: 0 });
    const half = syncProgress(ha, 10_000 + 85_000)!;
    expect(half.percent).toBe(49);
    expect(half.movedBytes).toBe(85_000 * 125_000);
    expect(half.remainingMs).toBe(Math.ceil(((20 * GIB - 85_000 * 125_000) * 1000) / 125_000_000));
    // Never 100% while the job runs, never more than the total.
    expect(syncProgress(ha, 10_000_000)).toMatchObject({ percent: 99, leftBytes: 0, remainingMs: 0 });
  });

  test('labels per side and for the pair; the triangle until both are synchronized', () => {
    const ha = syncing();
    expect(sideStateLabel(ha, 0, 40_000)).toBe('Synchronized');
    expect(sideStateLabel(ha, 1, 40_000)).toBe('Synchronizing 17%');
    expect(pairStateLabel(ha, 40_000)).toBe('Synchronizing 17%');
    expect(needsAttention(ha)).toBe(true);
    const done: HaDevice = { ...ha, sync: null, sides: [side('SWS-Store1', 'synchronized'), side('SWS-Store2', 'synchronized')] };
    expect(needsAttention(done)).toBe(false);
    const lost: HaDevice = { ...done, sides: [side('SWS-Store1', 'synchronized'), side('SWS-Store2', 'not-synchronized')] };
    expect(pairStateLabel(lost, 0)).toBe('Not synchronized');
  });

  test('a server is found by name, FQDN or address', () => {
    const host = { id: 'SWS-Store2', name: 'SWS-Store2', domain: 'SWS.com', nics: [{ ip: '172.30.100.22' }] } as unknown as Host;
    const hosts = { 'SWS-Store2': host };
    expect(resolveHost(hosts, 'sws-store2')).toBe(host);
    expect(resolveHost(hosts, 'SWS-Store2.SWS.com')).toBe(host);
    expect(resolveHost(hosts, '172.30.100.22')).toBe(host);
    expect(resolveHost(hosts, 'nowhere')).toBeUndefined();
  });
});
