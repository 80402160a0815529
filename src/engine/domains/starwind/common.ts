// Helpers shared by the StarWind domain's files: lookups, options, logging, byte arithmetic.
import { EVENT_SOURCES } from '../../../domain/event-log';
import {
  HA_BLOCK_SIZE_BYTES,
  PARTNER_LOSS_DETECTION_MS_DEFAULT,
  partnerStateEventId,
  STARWIND_EVENT_IDS,
  STARWIND_EVENT_LEVELS,
  STARWIND_VERSION_OF_EARLIER_LABS,
  STARWIND_VERSION_RULES,
  starwindMessages,
  SYNC_EFFICIENCY_DEFAULT,
  type StarWindVersion,
  type SyncState,
} from '../../../domain/starwind';
import { logEvent, touch, type LabContext } from '../../context';
import { reject, type Decision } from '../../decision';
import type { LabState } from '../../state';
import { findHost } from '../network/hosts';
import type { EventLevel, HaDevice, HaSide, LabError, StarWindConsoleServer } from '../../types';
import type { ExtentMap } from './extent-map';
import { EXTENT_BLOCK_MAX } from './extent-map-tree';

/** The host the StarWind Management Console runs on (seed document, step 1). */
export const CONSOLE_HOST = 'SWS-DC';

export function serviceRunning(state: LabState, hostId: string): boolean {
  return state.starwind.services.get(hostId)?.running === true;
}

/** A console server by the name of its host (case-insensitive) or the address it was added by. */
export function findConsoleServer(state: LabState, name: unknown): StarWindConsoleServer | undefined {
  if (typeof name !== 'string') return undefined;
  const host = findHost(state, name);
  if (host) return state.starwind.consoleServers.get(host.id);
  const upper = name.toUpperCase();
  return [...state.starwind.consoleServers.values()].find((server) => server.address.toUpperCase() === upper);
}

export function syncEfficiency(state: LabState): number {
  return state.params.options.syncEfficiency ?? SYNC_EFFICIENCY_DEFAULT;
}

export function partnerLossDetectionMs(state: LabState): number {
  return state.params.options.partnerLossDetectionMs ?? PARTNER_LOSS_DETECTION_MS_DEFAULT;
}

/** The StarWind version the lab simulates (always set once params are resolved or migrated). */
export function starwindVersion(state: LabState): StarWindVersion {
  return state.params.options.starwindVersion ?? STARWIND_VERSION_OF_EARLIER_LABS;
}

/** Whether this lab's StarWind version uses heartbeat channels to decide who continues. */
export function usesHeartbeat(state: LabState): boolean {
  return STARWIND_VERSION_RULES[starwindVersion(state)].heartbeat;
}

export function logStarWind(ctx: LabContext, host: string, eventId: number, message: string, level: EventLevel = 'Information'): void {
  logEvent(ctx, { host, log: 'StarWind', source: EVENT_SOURCES.starWind, eventId, level, message });
}

/**
 * A replica's new state in the log: on `observer`'s host as its partner's state (769 Synchronized,
 * 771 Not synchronized), and on the replica's own host as its own (773 / 775), each where the
 * service runs. "Synchronizing" has no id of its own that a source confirms (769, UNVERIFIED) and
 * is logged on the observer only.
 */
export function logPartnerState(ctx: LabContext, observer: HaSide, partner: HaSide, state: SyncState): void {
  const level = state === 'not-synchronized' ? STARWIND_EVENT_LEVELS.partnerNotSynchronized : 'Information';
  if (serviceRunning(ctx.state, observer.host)) logStarWind(ctx, observer.host, partnerStateEventId(state), starwindMessages.partnerStateChanged(observer.iqn, partner.iqn, state), level);
  if (state === 'synchronizing' || !serviceRunning(ctx.state, partner.host)) return;
  const own = state === 'synchronized' ? STARWIND_EVENT_IDS.nodeSynchronized : STARWIND_EVENT_IDS.nodeNotSynchronized;
  logStarWind(ctx, partner.host, own, starwindMessages.nodeStateChanged(partner.iqn, state), state === 'synchronized' ? 'Information' : STARWIND_EVENT_LEVELS.nodeNotSynchronized);
}

export function touchHa(ctx: LabContext, ha: HaDevice): void {
  touch(ctx, 'haDevices', ha.id);
}

/**
 * The largest device, 16 TiB − 4 KiB: its block state keeps block numbers in Uint32 columns
 * (extent-map-tree.ts, EXTENT_BLOCK_MAX), so a device holds at most 2^32 − 1 blocks.
 */
export const DEVICE_SIZE_MAX_BYTES = EXTENT_BLOCK_MAX * HA_BLOCK_SIZE_BYTES;

export function blocksOfBytes(sizeBytes: number): number {
  return Math.ceil(sizeBytes / HA_BLOCK_SIZE_BYTES);
}

/** Bytes of a set of blocks within a device of `sizeBytes` (a last partial block counts partly). */
export function bytesOfBlocks(set: ExtentMap, sizeBytes: number): number {
  const blocks = set.count();
  const lastBlock = blocksOfBytes(sizeBytes) - 1;
  const tailShortBytes = (lastBlock + 1) * HA_BLOCK_SIZE_BYTES - sizeBytes;
  return blocks * HA_BLOCK_SIZE_BYTES - (tailShortBytes > 0 && set.valueAt(lastBlock) !== undefined ? tailShortBytes : 0);
}

export function refuse(error: LabError): Decision {
  return reject(error.code, error.kind, error.message, error.errors);
}

export function otherSide(index: 0 | 1): 0 | 1 {
  return index === 0 ? 1 : 0;
}

/**
 * Domains that follow which replicas take writes (the cluster's CSV access): told after a StarWind
 * change that is not a host's power or link (those reach them by onHostChanged): a device action
 * or removal, a synchronisation's end, a partner declared lost.
 */
export type ReplicaWatcher = (ctx: LabContext) => void;
const replicaWatchers: ReplicaWatcher[] = [];
export function watchReplicas(watcher: ReplicaWatcher): void {
  if (!replicaWatchers.includes(watcher)) replicaWatchers.push(watcher);
}
export function replicasChanged(ctx: LabContext): void {
  for (const watcher of replicaWatchers) watcher(ctx);
}
