// @vitest-environment jsdom
// The HA device view: the per-device split-brain policy and the warning naming the acknowledged
// blocks a split brain discarded (issue 7); version 5 shows no failover strategy or heartbeat row.
import '../../ui/testing/jsdom';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { HaDevice, HaSide, StarWindDevice } from '../../api/types';
import { labMirror } from '../../stores/lab-mirror';
import { DeviceDetails } from './device-details';

function side(host: string, deviceId: string): HaSide {
  return {
    host, deviceId, targetId: `${host}-t`, targetAlias: host === 'SWS-Store1' ? 'HA1' : 'HA1Partner', iqn: `iqn.2008-08.com.starwindsoftware:${host.toLowerCase()}`,
    priority: host === 'SWS-Store1' ? 'primary' : 'secondary', syncState: 'synchronized', blocked: false, maintenance: false,
    syncChannels: [{ localIp: '172.30.100.21', partnerIp: '172.30.100.22', up: true }], heartbeatChannels: [], partnerAlive: true, bytesToSyncBytes: 0, connectedInitiators: [],
  };
}

const device = { id: 'dev-1', host: 'SWS-Store1', name: 'HAImage1', kind: 'ha', haDeviceId: 'ha-1', imageFolder: 'My Computer\\D', imageFileName: 'HA1.img', sizeBytes: 1024 ** 3, sectorSizeBytes: 512, cacheMode: 'write-back', cacheSizeMb: 128 } as unknown as StarWindDevice;

function showDevice(extra: Record<string, unknown>, starwindVersion: 5 | 8 = 5) {
  const ha = {
    id: 'ha-1', sizeBytes: 1024 ** 3, sectorSizeBytes: 512, cacheMode: 'write-back', cacheSizeMb: 128, failoverStrategy: 'heartbeat', autoSync: true,
    sides: [side('SWS-Store1', 'dev-1'), side('SWS-Store2', 'dev-2')], sync: null, lastSync: null, splitBrainRisk: false, splitBrainWinner: 'priority', splitBrainWarning: null, ...extra,
  } as HaDevice;
  const lab = { seed: 1, scenario: 'seed', options: { osVersion: '2008R2', clusterNodes: 2, startEpochMs: 0, starwindVersion }, nowMs: 0, version: 1, hash: '' };
  act(() => labMirror.setState({ haDevices: { 'ha-1': ha }, starwindDevices: { 'dev-1': device }, nowMs: 0, lab } as never));
  render(<DeviceDetails device={device} />);
}

/** A property's value: the dd after its "Label:" dt. */
const valueOf = (label: string) => screen.getByText(`${label}:`).nextElementSibling?.textContent ?? '';

afterEach(() => {
  cleanup();
  act(() => labMirror.setState({ haDevices: {}, starwindDevices: {}, lab: null } as never));
});

describe('HA device view: split brain', () => {
  test('the policy by priority (the default), no warning, and in version 5 no failover strategy or heartbeat row', () => {
    showDevice({});
    expect(valueOf('After a split brain, keep')).toContain('The higher priority (by priority)');
    expect(screen.queryByTestId('split-brain-warning')).toBeNull();
    expect(screen.queryByText('Failover strategy:')).toBeNull();
    expect(screen.queryByText('Heartbeat channel')).toBeNull();
  });

  test('the most recent writes policy, and the warning with the count of discarded acknowledged blocks', () => {
    showDevice({ splitBrainWinner: 'most-recent-writes', splitBrainWarning: { atMs: 5, policy: 'most-recent-writes', winnerSide: 1, loserSide: 0, discardedBlocks: 1234, discardedBytes: 1234 * 4096, message: 'engine words', logged: true } }, 8);
    expect(valueOf('After a split brain, keep')).toContain('The side with the most recent writes');
    const warning = screen.getByTestId('split-brain-warning');
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.textContent).toContain('1,234 acknowledged blocks (4 KiB each) written on SWS-Store1 alone were discarded.');
    expect(warning.textContent).toContain('engine words');
    expect(screen.getByText('Failover strategy:')).toBeTruthy();
    expect(screen.getByText('Heartbeat channel')).toBeTruthy();
  });
});
