// The seed document's StarWind set-up as data: its two storage servers (the seed lab numbers them
// .21 and .22 on the Public and iSCSI networks) and the HA device request of its steps 5–13 (image
// files in D:\HA, synchronization over iSCSI, heartbeat over Public, SWS-Store1 primary). The
// seed-lab-ready scenario runs it; engine and API tests start from it.
import { STARWIND_DEFAULT_LOGIN, STARWIND_DEFAULT_PASSWORD, STARWIND_MANAGEMENT_PORT } from './constants';
import type { CreateDeviceRequest } from './types';

export const STORE1 = { name: 'SWS-Store1', publicIp: '192.168.100.21', iscsiIp: '172.30.100.21' } as const;
export const STORE2 = { name: 'SWS-Store2', publicIp: '192.168.100.22', iscsiIp: '172.30.100.22' } as const;

/** A device's target on SWS-Store1 and its partner's on SWS-Store2, as the document names them. */
export const targetsOf = (alias: string): [target: string, partnerTarget: string] => [
  `iqn.2008-08.com.starwindsoftware:sws-store1-${alias.toLowerCase()}`,
  `iqn.2008-08.com.starwindsoftware:sws-store2-${alias.toLowerCase()}partner`,
];

/** The seed document's HA device `alias` / `<alias>Partner` of `sizeBytes`. */
export function seedHaRequest(alias: string, sizeBytes: number): CreateDeviceRequest {
  const [targetName, partnerTargetName] = targetsOf(alias);
  const image = { folder: 'My Computer\\D\\HA', fileName: `${alias.toLowerCase()}.img`, createNew: true };
  return {
    targetAlias: alias,
    targetName,
    targetType: 'hard-disk',
    deviceType: 'ha',
    sizeBytes,
    sectorSizeBytes: 512,
    cacheMode: 'write-through',
    cacheSizeMb: 128,
    image,
    ha: {
      partnerAddress: STORE2.name,
      partnerPort: STARWIND_MANAGEMENT_PORT,
      partnerLogin: STARWIND_DEFAULT_LOGIN,
      partnerPassword: STARWIND_DEFAULT_PASSWORD,
      partnerTargetAlias: `${alias}Partner`,
      partnerTargetName,
      partnerImage: { ...image },
      syncLocalIp: STORE1.iscsiIp,
      syncPartnerIp: STORE2.iscsiIp,
      heartbeatLocalIp: STORE1.publicIp,
      heartbeatPartnerIp: STORE2.publicIp,
      localPriority: 'primary',
      failoverStrategy: 'heartbeat',
      initMethod: 'clear',
    },
  };
}
