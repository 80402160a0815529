// Reads for the API: copies of entities, and the device view with the sync progress computed at
// the current virtual time (percent, bytes left, time left), so nothing has to tick.
import { cloneJson } from '../../kernel/clone';
import type { LabState } from '../../state';
import { findHost } from '../network/hosts';
import { hostNotFoundError } from '../../errors';
import type { HaDeviceView, HaSideView, HaSyncProgress, LabError, Query, QueryAnswers, StarWindDeviceView, StarWindQuery } from '../../types';
import { HA_BLOCK_SIZE_BYTES } from '../../../domain/starwind';
import { imagePath } from './state';
import { answerWriteLatency, findDeviceRef } from './writes';
import { syncDoneBytes } from './replication';
// The iscsi domain's sessions: which initiators are logged on to a target (a read of its slice).
import { connectedInitiators } from '../iscsi/views';

type Answer = { ok: true; value: QueryAnswers[StarWindQuery['type']] } | { ok: false; error: LabError };

export const STARWIND_QUERY_TYPES = ['starwindServices', 'starwindServers', 'starwindTargets', 'starwindDevices', 'haDevices', 'starwindDevice', 'starwindDeviceOfTarget', 'starwindImageFiles', 'starwindWriteLatency'] as const satisfies readonly StarWindQuery['type'][];

const byId = <T extends { id: string }>(items: Iterable<T>): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((item) => cloneJson(item));

export function answerStarWind(state: LabState, nowMs: number, asked: Query): Answer {
  const sw = state.starwind;
  const query = asked as StarWindQuery;
  switch (query.type) {
    case 'starwindWriteLatency':
      return answerWriteLatency(state, nowMs, query);
    case 'starwindServices':
      return { ok: true, value: { services: byId(sw.services.values()) } };
    case 'starwindServers':
      return { ok: true, value: { servers: [...sw.consoleServers.values()].sort((a, b) => a.addedSeq - b.addedSeq).map((server) => cloneJson(server)) } };
    case 'starwindTargets': {
      const host = findHost(state, query.host);
      if (!host) return { ok: false, error: hostNotFoundError(query.host) };
      const targets = byId([...sw.targets.values()].filter((target) => target.host === host.id));
      return { ok: true, value: { targets: targets.map((target) => ({ ...target, initiators: connectedInitiators(state, target.id) })) } };
    }
    case 'starwindDevices': {
      const host = findHost(state, query.host);
      if (!host) return { ok: false, error: hostNotFoundError(query.host) };
      return { ok: true, value: { devices: byId([...sw.devices.values()].filter((device) => device.host === host.id)) } };
    }
    case 'starwindImageFiles': {
      const host = findHost(state, query.host);
      if (!host) return { ok: false, error: hostNotFoundError(query.host) };
      const files = [...(sw.imageFiles.get(host.id)?.values() ?? [])].sort((a, b) => imagePath(a.folder, a.fileName).localeCompare(imagePath(b.folder, b.fileName)));
      return { ok: true, value: { files: files.map((file) => ({ ...file })) } };
    }
    case 'haDevices':
      return { ok: true, value: { devices: byId(sw.haDevices.values()) } };
    case 'starwindDeviceOfTarget': {
      const host = findHost(state, query.host);
      if (!host) return { ok: false, error: hostNotFoundError(query.host) };
      const alias = String(query.alias).toLowerCase();
      const target = [...sw.targets.values()].find((candidate) => candidate.host === host.id && candidate.alias.toLowerCase() === alias);
      const view = target?.deviceIds[0] === undefined ? undefined : deviceView(state, nowMs, target.deviceIds[0]);
      if (!view) {
        const message = `${host.name} has no target "${String(query.alias)}" with a device.`;
        return { ok: false, error: { code: 'starwind.device_not_found', kind: 'not_found', message, errors: { alias: message } } };
      }
      return { ok: true, value: view };
    }
    case 'starwindDevice': {
      const view = deviceView(state, nowMs, query.id);
      if (!view) {
        const message = `There is no StarWind device "${String(query.id)}".`;
        return { ok: false, error: { code: 'starwind.device_not_found', kind: 'not_found', message, errors: { id: message } } };
      }
      return { ok: true, value: view };
    }
  }
}

export function deviceView(state: LabState, nowMs: number, id: string): StarWindDeviceView | undefined {
  const ref = findDeviceRef(state, id);
  if (!ref) return undefined;
  const sw = state.starwind;
  if (ref.kind === 'plain') {
    const target = sw.targets.get(ref.device.targetId);
    if (!target) return undefined;
    const written = sw.plainBlocks.get(ref.device.id)?.count() ?? 0;
    return { kind: 'image-file', id: ref.device.id, nowMs, device: cloneJson(ref.device), target: cloneJson(target), writtenBytes: Math.min(ref.device.sizeBytes, written * HA_BLOCK_SIZE_BYTES) };
  }
  const ha = cloneJson(ref.ha);
  const job = ha.sync;
  let syncProgress: HaSyncProgress | null = null;
  if (job) {
    const bytesDoneBytes = syncDoneBytes(job, nowMs);
    syncProgress = {
      ...job,
      bytesDoneBytes,
      bytesLeftBytes: job.totalBytes - bytesDoneBytes,
      percent: Math.floor((bytesDoneBytes * 100) / job.totalBytes),
      timeLeftMs: Math.max(0, job.dueMs - nowMs),
    };
  }
  const sides = ha.sides.map((side, index): HaSideView => {
    const device = sw.devices.get(side.deviceId);
    const syncing = syncProgress !== null && syncProgress.targetSide === index;
    const bytesLeftBytes = side.syncState === 'synchronized' ? 0 : syncing ? syncProgress!.bytesLeftBytes : side.bytesToSyncBytes;
    return {
      ...side,
      bytesToSyncBytes: bytesLeftBytes,
      deviceName: device?.name ?? '',
      imageFolder: device?.imageFolder ?? '',
      imageFileName: device?.imageFileName ?? '',
      percent: side.syncState === 'synchronized' ? 100 : syncing ? syncProgress!.percent : 0,
      bytesLeftBytes,
      connectedInitiators: connectedInitiators(state, side.targetId).map((entry) => entry.initiator),
    };
  }) as [HaSideView, HaSideView];
  const view: HaDeviceView = { ...ha, kind: 'ha', nowMs, sides, syncProgress };
  return view;
}
