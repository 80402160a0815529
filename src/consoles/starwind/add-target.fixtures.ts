// The two storage servers of the seed lab as the Add Target wizard's context sees them, for the
// wizard's unit and component tests.
import type { Host, Nic, Volume } from '../../api/types';
import type { AddTargetContext } from './add-target.wizard';

const TB = 1024 ** 4;

function nic(name: string, ip: string): Nic {
  return { name, network: name, ip, prefixLength: 24, linkUp: true, speedBitsPerS: 1e9, mac: '00-15-5D-00-00-00' };
}

export function storeHost(n: 1 | 2): Host {
  const volumes: Volume[] = [{ letter: 'C', label: '', sizeBytes: 100 * 1024 ** 3, freeBytes: 87 * 1024 ** 3 }, { letter: 'D', label: 'Storage', sizeBytes: 2 * TB, freeBytes: 2 * TB - 215 * 1024 ** 2 }];
  return {
    id: `SWS-Store${n}`, name: `SWS-Store${n}`, role: 'storage', os: 'Windows Server 2008 R2 Enterprise', osVersion: '2008R2', domain: 'SWS.com', powerState: 'on', powerTransition: null,
    lastBootMs: 0, uncleanShutdownMs: null, nics: [nic('Public', `192.168.100.2${n}`), nic('iSCSI', `172.30.100.2${n}`)], volumes, features: [],
  };
}

/** Version 5, the seed's wizard (a new lab's default). */
export const storesContext: AddTargetContext = { server: 'SWS-Store1', hosts: { 'SWS-Store1': storeHost(1), 'SWS-Store2': storeHost(2) }, targets: [], devices: [], version: 5 };
/** Version 8: the later pages (failover strategy, cache, heartbeat, sector size). */
export const storesContextV8: AddTargetContext = { ...storesContext, version: 8 };
