// Applying a checked device plan: image files, targets, devices, the HA pair, events, channels and
// the initial synchronisation. Ids come from kernel.nextId ('ha', 'target', 'device').
import {
  HA_DEVICE_NAME_PREFIX,
  IMAGE_FILE_DEVICE_NAME_PREFIX,
  ISCSI_TARGET_PORT,
  STARWIND_EVENT_IDS,
  starwindMessages,
  type CacheMode,
  type FailoverStrategy,
  type HaPriority,
  type InitMethod,
  type SectorSizeBytes,
  type SplitBrainWinner,
} from '../../../domain/starwind';
import { touch, type LabContext } from '../../context';
import { touchHost } from '../network/hosts';
import type { HaDevice, HaSide, Host, StarWindDevice, StarWindTarget } from '../../types';
import { logStarWind, otherSide, touchHa } from './common';
import { ExtentMap } from './extent-map';
import { watchDevice } from './partner-watch';
import { refreshBytesToSync, startSync } from './replication';
import { addImageFile, newReplicaBlocks, type ReplicaBlocks } from './state';

export interface ImagePlan {
  folder: string;
  fileName: string;
  createNew: boolean;
  volume: string;
}

/** What both sides of a device share. */
export interface DeviceShape {
  sizeBytes: number;
  sectorSizeBytes: SectorSizeBytes;
  cacheMode: CacheMode;
  cacheSizeMb: number;
}

/** The partner part of an HA device, checked. */
export interface HaPlan {
  partner: Host;
  partnerTargetAlias: string;
  partnerTargetName: string;
  partnerImage: ImagePlan;
  syncLocalIp: string;
  syncPartnerIp: string;
  heartbeatLocalIp: string;
  heartbeatPartnerIp: string;
  localPriority: HaPriority;
  failoverStrategy: FailoverStrategy;
  initMethod: InitMethod;
  splitBrainWinner: SplitBrainWinner;
}

export interface DevicePlan extends DeviceShape {
  local: Host;
  targetAlias: string;
  targetName: string;
  deviceType: 'image-file' | 'ha';
  image: ImagePlan;
  ha: HaPlan | undefined;
}

/** The target's portals: the server's iSCSI-network addresses (all of them if it has none), port 3260. */
function portalsOf(host: Host): string[] {
  const iscsi = host.nics.filter((nic) => nic.network.toUpperCase() === 'ISCSI');
  return (iscsi.length > 0 ? iscsi : host.nics).map((nic) => `${nic.ip}:${ISCSI_TARGET_PORT}`);
}

export function nextDeviceName(ctx: LabContext, hostId: string, kind: 'ha' | 'image'): string {
  const numbers = ctx.state.starwind.deviceNumbers.get(hostId) ?? { ha: 0, image: 0 };
  numbers[kind] += 1;
  ctx.state.starwind.deviceNumbers.set(hostId, numbers);
  return `${kind === 'ha' ? HA_DEVICE_NAME_PREFIX : IMAGE_FILE_DEVICE_NAME_PREFIX}${numbers[kind]}`;
}

export interface OneSide {
  device: StarWindDevice;
  target: StarWindTarget;
}

function createSide(ctx: LabContext, plan: DeviceShape, host: Host, alias: string, iqn: string, image: ImagePlan, haId: string | null): OneSide {
  const sw = ctx.state.starwind;
  if (image.createNew) {
    // A thick image: the whole size is taken from the volume at once.
    const volume = host.volumes.find((candidate) => candidate.letter === image.volume);
    if (volume) volume.freeBytes -= plan.sizeBytes;
    addImageFile(sw, host.id, { folder: image.folder, fileName: image.fileName, volume: image.volume, sizeBytes: plan.sizeBytes });
    touchHost(ctx, host);
  }
  const targetId = ctx.kernel.nextId('target');
  const deviceId = ctx.kernel.nextId('device');
  const device: StarWindDevice = {
    id: deviceId,
    host: host.id,
    name: nextDeviceName(ctx, host.id, haId ? 'ha' : 'image'),
    kind: haId ? 'ha' : 'image-file',
    sizeBytes: plan.sizeBytes,
    sectorSizeBytes: plan.sectorSizeBytes,
    cacheMode: plan.cacheMode,
    cacheSizeMb: plan.cacheSizeMb,
    imageFolder: image.folder,
    imageFileName: image.fileName,
    targetId,
    haDeviceId: haId,
  };
  const target: StarWindTarget = { id: targetId, host: host.id, alias, iqn, deviceIds: [deviceId], clustered: true, portals: portalsOf(host) };
  sw.devices.set(device.id, device);
  sw.targets.set(target.id, target);
  touch(ctx, 'starwindDevices', device.id);
  touch(ctx, 'starwindTargets', target.id);
  logStarWind(ctx, host.name, STARWIND_EVENT_IDS.deviceAdded, starwindMessages.deviceAdded(device.name));
  logStarWind(ctx, host.name, STARWIND_EVENT_IDS.targetAdded, starwindMessages.targetAdded(iqn, device.name));
  return { device, target };
}

function haSide(host: Host, side: OneSide, priority: HaPriority, syncIps: [string, string], heartbeatIps: [string, string]): HaSide {
  return {
    host: host.id,
    deviceId: side.device.id,
    targetId: side.target.id,
    targetAlias: side.target.alias,
    iqn: side.target.iqn,
    priority,
    syncState: 'synchronized',
    blocked: false,
    maintenance: false,
    syncChannels: [{ localIp: syncIps[0], partnerIp: syncIps[1], up: false }],
    // None when the request has no heartbeat addresses (a StarWind 5 device).
    heartbeatChannels: heartbeatIps[0] === '' ? [] : [{ localIp: heartbeatIps[0], partnerIp: heartbeatIps[1], up: false }],
    partnerAlive: false,
    bytesToSyncBytes: 0,
    connectedInitiators: [],
  };
}

export function applyCreateDevice(ctx: LabContext, plan: DevicePlan): void {
  const sw = ctx.state.starwind;
  const ha = plan.ha;
  if (!ha) {
    const side = createSide(ctx, plan, plan.local, plan.targetAlias, plan.targetName, plan.image, null);
    sw.plainBlocks.set(side.device.id, new ExtentMap());
    return;
  }
  const haId = ctx.kernel.nextId('ha');
  const local = createSide(ctx, plan, plan.local, plan.targetAlias, plan.targetName, plan.image, haId);
  pairUp(ctx, plan, plan.local, local, ha, haId, newReplicaBlocks());
}

/**
 * The second half of an HA device: the partner's image, target and device, the pair with its
 * channels and priorities, and the initial synchronisation. Shared by Add Target (the local side
 * was just created, empty) and Add Replica (the local side is an existing device with its data,
 * `localBlocks`, already renamed and attached to `haId`).
 */
export function pairUp(ctx: LabContext, shape: DeviceShape, localHost: Host, local: OneSide, ha: HaPlan, haId: string, localBlocks: ReplicaBlocks): void {
  const sw = ctx.state.starwind;
  const partner = createSide(ctx, shape, ha.partner, ha.partnerTargetAlias, ha.partnerTargetName, ha.partnerImage, haId);
  const partnerPriority: HaPriority = ha.localPriority === 'primary' ? 'secondary' : 'primary';
  const device: HaDevice = {
    id: haId,
    sizeBytes: shape.sizeBytes,
    sectorSizeBytes: shape.sectorSizeBytes,
    cacheMode: shape.cacheMode,
    cacheSizeMb: shape.cacheSizeMb,
    failoverStrategy: ha.failoverStrategy,
    autoSync: true,
    sides: [
      haSide(localHost, local, ha.localPriority, [ha.syncLocalIp, ha.syncPartnerIp], [ha.heartbeatLocalIp, ha.heartbeatPartnerIp]),
      haSide(ha.partner, partner, partnerPriority, [ha.syncPartnerIp, ha.syncLocalIp], [ha.heartbeatPartnerIp, ha.heartbeatLocalIp]),
    ],
    sync: null,
    lastSync: null,
    splitBrainRisk: false,
    splitBrainWinner: ha.splitBrainWinner,
    splitBrainWarning: null,
  };
  sw.haDevices.set(device.id, device);
  // Writes the local device acknowledged before it had a partner stay acknowledged.
  sw.haBlocks.set(device.id, { sides: [localBlocks, newReplicaBlocks()], acked: localBlocks.data.clone() });
  // Initial synchronisation: "clear" and "synchronize from local" copy the whole device from the
  // first server; "from partner" from the second; "do not synchronize" trusts both as they are.
  const source: 0 | 1 | null = ha.initMethod === 'do-not-synchronize' ? null : ha.initMethod === 'sync-from-partner' ? 1 : 0;
  if (source !== null) {
    const target = device.sides[otherSide(source)];
    target.syncState = 'not-synchronized';
    sw.haBlocks.get(device.id)!.sides[otherSide(source)].needsFull = true;
  }
  touchHa(ctx, device);
  watchDevice(ctx, device, false);
  if (source !== null) startSync(ctx, device, source, true);
  refreshBytesToSync(ctx.state, device, ctx.kernel.nowMs());
}
