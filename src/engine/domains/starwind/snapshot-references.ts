// Cross-references of the StarWind part of a snapshot that a restored lab relies on: every target
// and device on a server with the StarWind service, every service with its password, every device
// on its target (and the target listing it), every HA device's sides on their devices, every
// image-file block map on its device and every waiting write inside its device (the extents
// themselves are decoded and judged against their device by snapshot-check.ts). Problems are at
// their path in the snapshot.
import { isRecord, show } from '../../params';
import type { DomainCheckInput, Problems } from '../../snapshot-problems';
import { blocksOfBytes } from './common';

type Item = Record<string, unknown> & { id: string };

function listOf(value: unknown): [Item, number][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index) => (isRecord(item) && typeof item.id === 'string' ? [[item as Item, index] as [Item, number]] : []));
}

export function checkStarWindReferences({ snapshot, problems }: DomainCheckInput): void {
  const entities: Record<string, unknown> = snapshot.entities;
  const services = listOf(entities.starwindServices);
  const targets = new Map(listOf(entities.starwindTargets).map(([item, index]) => [item.id, { item, index }]));
  const devices = new Map(listOf(entities.starwindDevices).map(([item, index]) => [item.id, { item, index }]));
  const haDevices = new Map(listOf(entities.haDevices).map(([item, index]) => [item.id, { item, index }]));
  const servicesByHost = new Set(services.map(([service]) => service.host));
  const internal = isRecord(snapshot.domains.starwind) ? snapshot.domains.starwind : undefined;

  const needsService = (collection: string, item: Item, index: number) => {
    if (typeof item.host === 'string' && !servicesByHost.has(item.host)) {
      problems.add(`entities.${collection}[${index}].host`, `${collection}[${index}] (${item.id}) is on ${item.host}, which has no StarWind service in starwindServices.`);
    }
  };
  for (const [item, index] of listOf(entities.starwindConsoleServers)) needsService('starwindConsoleServers', item, index);
  for (const { item, index } of targets.values()) needsService('starwindTargets', item, index);
  for (const { item, index } of devices.values()) needsService('starwindDevices', item, index);

  if (internal && isRecord(internal.passwords)) {
    const passwords = internal.passwords;
    for (const [service, index] of services) {
      if (typeof passwords[service.id] !== 'string') problems.add(`domains.starwind.passwords.${service.id}`, `starwindServices[${index}] (${service.id}) has no password in starwind.passwords: nobody could log in to it.`);
    }
  }

  for (const { item: device, index } of devices.values()) checkDeviceOnTarget(device, index, targets, haDevices, problems);
  checkDeviceSizes(entities, devices, haDevices, problems);
  for (const { item: target, index } of targets.values()) {
    const ids = Array.isArray(target.deviceIds) ? target.deviceIds : [];
    ids.forEach((id: unknown, at) => {
      if (devices.get(id as string)?.item.targetId !== target.id) problems.add(`entities.starwindTargets[${index}].deviceIds[${at}]`, `starwindTargets[${index}] (${target.id}) lists device ${show(id)}, which is not a device on this target.`);
    });
  }
  for (const { item: ha, index } of haDevices.values()) {
    const sides = Array.isArray(ha.sides) ? ha.sides : [];
    sides.forEach((side: unknown, at) => {
      if (!isRecord(side)) return;
      const device = devices.get(side.deviceId as string)?.item;
      if (device && (device.haDeviceId !== ha.id || device.targetId !== side.targetId)) {
        problems.add(`entities.haDevices[${index}].sides[${at}]`, `haDevices[${index}] (${ha.id}) side ${at}: device ${device.id} must belong to this HA device and be on target ${show(side.targetId)}.`);
      }
    });
  }
  if (internal) checkExtentsInside(internal, haDevices, devices, problems);
}

function checkDeviceOnTarget(device: Item, index: number, targets: Map<string, { item: Item }>, haDevices: Map<string, { item: Item }>, problems: Problems): void {
  const at = `entities.starwindDevices[${index}]`;
  const target = targets.get(device.targetId as string)?.item;
  if (!target) problems.add(`${at}.targetId`, `starwindDevices[${index}] (${device.id}): target ${show(device.targetId)} is not in starwindTargets; every device is on a target.`);
  else if (target.host !== device.host || !Array.isArray(target.deviceIds) || !target.deviceIds.includes(device.id)) {
    problems.add(`${at}.targetId`, `starwindDevices[${index}] (${device.id}): target ${target.id} must be on the same server and list this device.`);
  }
  const kind = device.kind;
  if (kind === 'ha' && !haDevices.has(device.haDeviceId as string)) problems.add(`${at}.haDeviceId`, `starwindDevices[${index}] (${device.id}): an HA replica needs its HA device, not ${show(device.haDeviceId)}.`);
  if (kind === 'image-file' && device.haDeviceId !== null) problems.add(`${at}.haDeviceId`, `starwindDevices[${index}] (${device.id}): an image-file device belongs to no HA device.`);
}

function checkExtentsInside(internal: Record<string, unknown>, haDevices: Map<string, { item: Item }>, devices: Map<string, { item: Item }>, problems: Problems): void {
  if (Array.isArray(internal.pendingWrites)) {
    internal.pendingWrites.forEach((batch: unknown, index) => {
      const ha = isRecord(batch) ? haDevices.get(batch.ha as string)?.item : undefined;
      if (!ha || !isRecord(batch) || typeof batch.toBlock !== 'number' || typeof ha.sizeBytes !== 'number') return;
      const blocks = blocksOfBytes(ha.sizeBytes);
      if (batch.toBlock > blocks) problems.add(`domains.starwind.pendingWrites[${index}].toBlock`, `starwind.pendingWrites[${index}] reaches block ${batch.toBlock}, beyond the ${blocks} blocks of ${ha.id}.`);
    });
  }
  if (isRecord(internal.plainBlocks)) {
    for (const id of Object.keys(internal.plainBlocks)) {
      const device = devices.get(id)?.item;
      if (!device || device.kind !== 'image-file') problems.add(`domains.starwind.plainBlocks.${id}`, `starwind.plainBlocks.${id}: no image-file device has this id.`);
    }
  }
}

/** The largest volume of each host, by name: no image file (so no device) can be larger. */
function largestVolumeBytes(hosts: unknown): Map<string, number> {
  const largest = new Map<string, number>();
  for (const [host] of listOf(hosts)) {
    const sizes = (Array.isArray(host.volumes) ? host.volumes : []).flatMap((volume: unknown) => (isRecord(volume) && typeof volume.sizeBytes === 'number' ? [volume.sizeBytes] : []));
    if (typeof host.name === 'string') largest.set(host.name, Math.max(0, ...sizes));
  }
  return largest;
}

/** A device fits on its server's volume; both replicas of an HA device have its size. */
function checkDeviceSizes(entities: Record<string, unknown>, devices: Map<string, { item: Item; index: number }>, haDevices: Map<string, { item: Item; index: number }>, problems: Problems): void {
  const largest = largestVolumeBytes(entities.hosts);
  for (const { item: device, index } of devices.values()) {
    const volumeBytes = largest.get(device.host as string);
    if (typeof device.sizeBytes === 'number' && volumeBytes !== undefined && device.sizeBytes > volumeBytes) {
      problems.add(`entities.starwindDevices[${index}].sizeBytes`, `starwindDevices[${index}] (${device.id}): ${device.sizeBytes} bytes do not fit on any volume of ${String(device.host)} (the largest holds ${volumeBytes}).`);
    }
  }
  for (const { item: ha, index } of haDevices.values()) {
    (Array.isArray(ha.sides) ? ha.sides : []).forEach((side: unknown, at) => {
      const device = isRecord(side) ? devices.get(side.deviceId as string)?.item : undefined;
      if (device && device.sizeBytes !== ha.sizeBytes) problems.add(`entities.haDevices[${index}].sizeBytes`, `haDevices[${index}] (${ha.id}): its size ${show(ha.sizeBytes)} differs from side ${at}'s device ${device.id} (${show(device.sizeBytes)}).`);
    });
  }
}
