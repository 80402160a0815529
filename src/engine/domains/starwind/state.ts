// The StarWind slice of the lab state: the five entity collections, plus what never leaves the
// engine as an entity: service passwords, image files on the servers' volumes, device name
// counters and the block state of every replica. All of it is in the snapshot and the hash.
import type {
  ExtentText,
  HaDevice,
  PendingWriteBatch,
  StarWindConsoleServer,
  StarWindDevice,
  StarWindEngineSnapshot,
  StarWindImageFile,
  StarWindService,
  StarWindTarget,
} from '../../types';
import { ExtentMap } from './extent-map';
import { EXTENT_CODEC_NUMBER_MAX } from './extent-map-codec';
import { decodeExtentText, encodeExtentText } from './extent-map-snapshot';

/** One replica's blocks: which it holds and at which write generation, and what its partner lacks. */
export interface ReplicaBlocks {
  /** Block → generation of the write it holds (blocks never written are absent: zeros). */
  data: ExtentMap;
  /** Blocks this replica wrote while its partner could not get them (the quick-sync bitmap). */
  dirty: ExtentMap;
  /** This replica can only be brought back by a full synchronisation. */
  needsFull: boolean;
}

export interface HaBlocks {
  sides: [ReplicaBlocks, ReplicaBlocks];
  /** Block → generation of the last acknowledged write (for invariant checks). */
  acked: ExtentMap;
}

export interface StarWindState {
  services: Map<string, StarWindService>;
  /** Service password by host id, sealed (passwords.ts): never in an entity, never in clear. */
  passwords: Map<string, string>;
  consoleServers: Map<string, StarWindConsoleServer>;
  consoleSeq: number;
  targets: Map<string, StarWindTarget>;
  devices: Map<string, StarWindDevice>;
  haDevices: Map<string, HaDevice>;
  /** Host id → lower-cased full path → image file. Files stay when their device is removed. */
  imageFiles: Map<string, Map<string, StarWindImageFile>>;
  /** Host id → last numbers used for "HAImage<n>" and "ImageFile<n>". */
  deviceNumbers: Map<string, { ha: number; image: number }>;
  /** Write generation counter: each accepted write command takes the next one. */
  writeGen: number;
  haBlocks: Map<string, HaBlocks>;
  /** Block state of plain image-file devices, by device id. */
  plainBlocks: Map<string, ExtentMap>;
  /** Write batches waiting for a silent partner, oldest first (writes-wait.ts). */
  pendingWrites: PendingWriteBatch[];
}

declare module '../../state' {
  interface LabState {
    starwind: StarWindState;
  }
}

export function newStarWindState(): StarWindState {
  return {
    services: new Map(),
    passwords: new Map(),
    consoleServers: new Map(),
    consoleSeq: 0,
    targets: new Map(),
    devices: new Map(),
    haDevices: new Map(),
    imageFiles: new Map(),
    deviceNumbers: new Map(),
    writeGen: 0,
    haBlocks: new Map(),
    plainBlocks: new Map(),
    pendingWrites: [],
  };
}

export function newReplicaBlocks(): ReplicaBlocks {
  return { data: new ExtentMap(), dirty: new ExtentMap(), needsFull: false };
}

/** Full path of an image file as StarWind shows it: "My Computer\D\HA\ha1.img". */
export function imagePath(folder: string, fileName: string): string {
  return `${folder.replace(/\\+$/, '')}\\${fileName}`;
}

export function findImageFile(sw: StarWindState, hostId: string, folder: string, fileName: string): StarWindImageFile | undefined {
  return sw.imageFiles.get(hostId)?.get(imagePath(folder, fileName).toLowerCase());
}

export function addImageFile(sw: StarWindState, hostId: string, file: StarWindImageFile): void {
  let files = sw.imageFiles.get(hostId);
  if (!files) {
    files = new Map();
    sw.imageFiles.set(hostId, files);
  }
  files.set(imagePath(file.folder, file.fileName).toLowerCase(), file);
}

/** The internal part of the snapshot, as plain JSON with sorted keys where order is free. */
export function starwindInternalSnapshot(sw: StarWindState): StarWindEngineSnapshot {
  const sortedEntries = <V>(map: Map<string, V>): [string, V][] => [...map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    passwords: Object.fromEntries(sortedEntries(sw.passwords)),
    consoleSeq: sw.consoleSeq,
    writeGen: sw.writeGen,
    deviceNumbers: Object.fromEntries(sortedEntries(sw.deviceNumbers).map(([host, numbers]) => [host, { ...numbers }])),
    imageFiles: Object.fromEntries(sortedEntries(sw.imageFiles).map(([host, files]) => [host, sortedEntries(files).map(([, file]) => ({ ...file }))])),
    haBlocks: Object.fromEntries(
      sortedEntries(sw.haBlocks).map(([id, blocks]) => [
        id,
        {
          acked: encodeExtentText(blocks.acked),
          sides: blocks.sides.map((side) => ({ data: encodeExtentText(side.data), dirty: encodeExtentText(side.dirty), needsFull: side.needsFull })) as StarWindEngineSnapshot['haBlocks'][string]['sides'],
        },
      ]),
    ),
    plainBlocks: Object.fromEntries(sortedEntries(sw.plainBlocks).map(([id, data]) => [id, encodeExtentText(data)])),
    pendingWrites: sw.pendingWrites.map((batch) => ({ ...batch })),
  };
}

export interface StarWindEntities {
  starwindServices: StarWindService[];
  starwindConsoleServers: StarWindConsoleServer[];
  starwindTargets: StarWindTarget[];
  starwindDevices: StarWindDevice[];
  haDevices: HaDevice[];
}

/** Rebuilds the slice from snapshot entities (copies) and the internal part. */
export function loadStarWindState(entities: Partial<StarWindEntities>, internal: StarWindEngineSnapshot | undefined): StarWindState {
  const sw = newStarWindState();
  for (const service of entities.starwindServices ?? []) sw.services.set(service.id, service);
  for (const server of entities.starwindConsoleServers ?? []) sw.consoleServers.set(server.id, server);
  for (const target of entities.starwindTargets ?? []) sw.targets.set(target.id, target);
  for (const device of entities.starwindDevices ?? []) sw.devices.set(device.id, device);
  for (const ha of entities.haDevices ?? []) sw.haDevices.set(ha.id, ha);
  if (!internal) return sw;
  for (const [host, password] of Object.entries(internal.passwords)) sw.passwords.set(host, password);
  sw.consoleSeq = internal.consoleSeq;
  sw.writeGen = internal.writeGen;
  for (const [host, numbers] of Object.entries(internal.deviceNumbers)) sw.deviceNumbers.set(host, { ...numbers });
  for (const [host, files] of Object.entries(internal.imageFiles)) for (const file of files) addImageFile(sw, host, { ...file });
  for (const [id, blocks] of Object.entries(internal.haBlocks)) {
    sw.haBlocks.set(id, {
      acked: loadExtents(blocks.acked),
      sides: blocks.sides.map((side) => ({ data: loadExtents(side.data), dirty: loadExtents(side.dirty), needsFull: side.needsFull })) as [ReplicaBlocks, ReplicaBlocks],
    });
  }
  for (const [id, data] of Object.entries(internal.plainBlocks)) sw.plainBlocks.set(id, loadExtents(data));
  sw.pendingWrites = internal.pendingWrites.map((batch) => ({ ...batch }));
  return sw;
}

/** A map of a snapshot the check has passed (snapshot-check.ts judged the text against its device). */
function loadExtents(text: ExtentText): ExtentMap {
  const result = decodeExtentText(text, { blockCount: EXTENT_CODEC_NUMBER_MAX });
  if (!result.ok) throw new Error(`Unchecked block state: ${result.problem.message}`);
  return result.map;
}
