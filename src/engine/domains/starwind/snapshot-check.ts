// Semantic checks of the StarWind part of a snapshot (entities, the internal block state and the
// StarWind timers). Problems are at their path in the snapshot. Every extent map of the block
// state is decoded here and judged: its text well formed, its extents sorted, non-overlapping,
// merged and inside its device, its values write generations the lab has issued (state.ts
// decodes it again when loading, trusting this check).
import { isRecord, isWholeIn, show } from '../../params';
import { isSealedSecret } from '../../secrets';
import type { DomainCheckInput, Problems } from '../../snapshot-problems';
import { blocksOfBytes, DEVICE_SIZE_MAX_BYTES } from './common';
import { EXTENT_CODEC_NUMBER_MAX } from './extent-map-codec';
import { decodeExtentText } from './extent-map-snapshot';
import { partnerLostTimerKey } from './partner-watch';
import { SYNC_TIMER_KIND, syncTimerKey } from './replication';
import { checkStarWindReferences } from './snapshot-references';

const COLLECTIONS = ['starwindServices', 'starwindConsoleServers', 'starwindTargets', 'starwindDevices', 'haDevices'] as const;

/**
 * What the later checks need to know of each HA device: the due time of its running sync, and
 * its size in blocks (null when its size is not a whole number of bytes: refused elsewhere).
 */
export type HaFacts = Map<string, { syncDueMs: number | null; blockCount: number | null }>;

/** Size in blocks of a device of `sizeBytes`, or null when that is not a size. */
function blockCountOf(sizeBytes: unknown): number | null {
  return isWholeIn(sizeBytes, 0, Number.MAX_SAFE_INTEGER) ? blocksOfBytes(sizeBytes as number) : null;
}

/** A device past the largest one (common.ts, DEVICE_SIZE_MAX_BYTES) has blocks its block state cannot hold. */
function checkDeviceSizes(entities: Record<string, unknown>, problems: Problems): void {
  for (const collection of ['starwindDevices', 'haDevices'] as const) {
    const list = entities[collection];
    for (const [index, item] of (Array.isArray(list) ? (list as unknown[]) : []).entries()) {
      if (isRecord(item) && typeof item.sizeBytes === 'number' && item.sizeBytes > DEVICE_SIZE_MAX_BYTES) {
        problems.add(`entities.${collection}[${index}].sizeBytes`, `${collection}[${index}]: ${item.sizeBytes} bytes is past the largest device, ${DEVICE_SIZE_MAX_BYTES} bytes (16 TB less 4 KB).`);
      }
    }
  }
}

export function checkStarWind({ snapshot, nowMs, timers, problems }: DomainCheckInput): void {
  const facts: HaFacts = new Map();
  const entities: Record<string, unknown> = snapshot.entities;
  const hostNames = new Set((Array.isArray(entities.hosts) ? entities.hosts : []).flatMap((host: unknown) => (isRecord(host) && typeof host.name === 'string' ? [host.name] : [])));
  const ids = new Map<string, Set<string>>();
  for (const collection of COLLECTIONS) {
    const list = entities[collection];
    const seen = new Set<string>();
    ids.set(collection, seen);
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.add(`entities.${collection}`, `entities.${collection} must be a list.`);
      continue;
    }
    list.forEach((item: unknown, index) => {
      const place = `${collection}[${index}]`;
      const at = `entities.${place}`;
      if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') return problems.add(at, `${place}: needs an id.`);
      if (seen.has(item.id)) problems.add(at, `${place}: another item has the id ${item.id}.`);
      seen.add(item.id);
      if (typeof item.host === 'string' && !hostNames.has(item.host)) problems.add(at, `${place} (${item.id}): host ${item.host} is not in the lab.`);
      return undefined;
    });
  }
  // A running sync is followed by a running job of the core collection.
  const runningJobs = new Set((Array.isArray(entities.jobs) ? entities.jobs : []).flatMap((job: unknown) => (isRecord(job) && job.state === 'running' ? [job.id] : [])));
  for (const [index, item] of (Array.isArray(entities.haDevices) ? (entities.haDevices as unknown[]) : []).entries()) {
    if (!isRecord(item) || typeof item.id !== 'string') continue;
    const where = `haDevices (${item.id})`;
    const at = `entities.haDevices[${index}]`;
    const sides = item.sides;
    if (!Array.isArray(sides) || sides.length !== 2 || !sides.every(isRecord)) {
      problems.add(at, `${where}: sides must be two replicas.`);
      continue;
    }
    for (const side of sides as Record<string, unknown>[]) {
      if (!ids.get('starwindDevices')?.has(side.deviceId as string)) problems.add(at, `${where}: device ${show(side.deviceId)} is not in starwindDevices.`);
      if (!ids.get('starwindTargets')?.has(side.targetId as string)) problems.add(at, `${where}: target ${show(side.targetId)} is not in starwindTargets.`);
    }
    const sync = item.sync;
    if (sync !== null && !isRecord(sync)) problems.add(at, `${where}: sync must be null or a sync job.`);
    if (isRecord(sync) && !isWholeIn(sync.dueMs, nowMs, Number.MAX_SAFE_INTEGER)) problems.add(at, `${where}: the sync is due at ${show(sync.dueMs)}, before nowMs ${nowMs}.`);
    if (isRecord(sync) && !runningJobs.has(sync.jobId)) problems.add(`${at}.sync.jobId`, `${where}: the sync's job ${show(sync.jobId)} is not a running job of the lab.`);
    facts.set(item.id, { syncDueMs: isRecord(sync) && typeof sync.dueMs === 'number' ? sync.dueMs : null, blockCount: blockCountOf(item.sizeBytes) });
  }
  const plainDevices = new Map<string, number | null>();
  for (const item of Array.isArray(entities.starwindDevices) ? (entities.starwindDevices as unknown[]) : []) {
    if (isRecord(item) && typeof item.id === 'string' && item.kind === 'image-file') plainDevices.set(item.id, blockCountOf(item.sizeBytes));
  }
  checkDeviceSizes(entities, problems);
  checkInternal(snapshot.domains.starwind, facts, plainDevices, problems);
  checkStarWindReferences({ snapshot, nowMs, timers, problems });
  const syncTimers = new Set<string>();
  for (const { timer, path } of timers) {
    checkStarWindTimer(timer, path, facts, problems);
    if (timer.kind === SYNC_TIMER_KIND && isRecord(timer.data) && typeof timer.data.ha === 'string') syncTimers.add(timer.data.ha);
  }
  checkSyncTimersPresent(facts, syncTimers, problems);
}

function checkInternal(value: unknown, facts: HaFacts, plainDevices: Map<string, number | null>, problems: Problems): void {
  const at = 'domains.starwind';
  if (value === undefined) {
    if (facts.size > 0) problems.add(at, 'starwind: HA devices need their block state (the snapshot has no StarWind part).');
    return;
  }
  if (!isRecord(value)) return void problems.add(at, 'starwind must be an object.');
  if (!isRecord(value.passwords) || !Object.values(value.passwords).every((password) => typeof password === 'string')) problems.add(at, 'starwind.passwords must map host ids to text.');
  else {
    // A lab file is handed out: it may carry a password's salted hash, never the password.
    for (const [host, password] of Object.entries(value.passwords)) {
      if (!isSealedSecret(password)) problems.add(`${at}.passwords.${host}`, `starwind.passwords.${host} is not sealed: a service password is kept as "sha256:" and 64 hex digits, never in clear.`);
    }
  }
  if (!isWholeIn(value.consoleSeq, 0, Number.MAX_SAFE_INTEGER) || !isWholeIn(value.writeGen, 0, Number.MAX_SAFE_INTEGER)) problems.add(at, 'starwind.consoleSeq and starwind.writeGen must be whole numbers ≥ 0.');
  if (!isRecord(value.deviceNumbers) || !isRecord(value.imageFiles) || !isRecord(value.plainBlocks)) problems.add(at, 'starwind.deviceNumbers, imageFiles and plainBlocks must be objects.');
  // Data values are write generations (1 … writeGen); a dirty map is a set (value 1).
  const writeGen = isWholeIn(value.writeGen, 0, EXTENT_CODEC_NUMBER_MAX) ? (value.writeGen as number) : EXTENT_CODEC_NUMBER_MAX;
  const extents = (path: string, text: unknown, blockCount: number | null | undefined, valueMax: number) => checkExtentText(`${at}.${path}`, text, blockCount ?? EXTENT_CODEC_NUMBER_MAX, valueMax, problems);
  if (isRecord(value.plainBlocks)) for (const [id, text] of Object.entries(value.plainBlocks)) extents(`plainBlocks.${id}`, text, plainDevices.get(id), writeGen);
  if (!isRecord(value.haBlocks)) return void problems.add(at, 'starwind.haBlocks must be an object.');
  for (const id of facts.keys()) if (!isRecord(value.haBlocks[id])) problems.add(at, `starwind.haBlocks has no block state for ${id}.`);
  for (const [id, blocks] of Object.entries(value.haBlocks)) {
    if (!facts.has(id)) problems.add(`${at}.haBlocks.${id}`, `starwind.haBlocks.${id}: no HA device has this id.`);
    if (!isRecord(blocks) || !Array.isArray(blocks.sides) || blocks.sides.length !== 2) {
      problems.add(`${at}.haBlocks.${id}`, `starwind.haBlocks.${id} must hold acked and two sides.`);
      continue;
    }
    const blockCount = facts.get(id)?.blockCount;
    extents(`haBlocks.${id}.acked`, blocks.acked, blockCount, writeGen);
    (blocks.sides as unknown[]).forEach((side, index) => {
      if (!isRecord(side) || typeof side.needsFull !== 'boolean') return void problems.add(`${at}.haBlocks.${id}`, `starwind.haBlocks.${id}.sides[${index}] must hold data, dirty and needsFull.`);
      extents(`haBlocks.${id}.sides[${index}].data`, side.data, blockCount, writeGen);
      extents(`haBlocks.${id}.sides[${index}].dirty`, side.dirty, blockCount, 1);
    });
  }
}

/** One extent map's text, decoded against its device's size and its values' range. */
function checkExtentText(path: string, text: unknown, blockCount: number, valueMax: number, problems: Problems): void {
  const result = decodeExtentText(text, { blockCount, valueMin: 1, valueMax });
  if (result.ok) return;
  const { rule, chunk, offset, message } = result.problem;
  problems.add(path, `${path.slice('domains.'.length)} (rule ${rule}, chunk ${chunk}, offset ${offset}): ${message}`);
}

/** Checks one StarWind timer; the caller checked dueMs, seq and key uniqueness. */
function checkStarWindTimer(timer: Record<string, unknown>, place: string, facts: HaFacts, problems: Problems): void {
  const data = isRecord(timer.data) ? timer.data : {};
  const haId = data.ha;
  const fact = typeof haId === 'string' ? facts.get(haId) : undefined;
  if (!fact) return void problems.add(place, `${place}: the ${String(timer.kind)} timer refers to HA device ${show(haId)}, which the lab does not have.`);
  if (timer.kind === SYNC_TIMER_KIND) {
    if (timer.key !== syncTimerKey(haId as string)) problems.add(place, `${place}: the sync timer of ${String(haId)} must have the key ${syncTimerKey(haId as string)}.`);
    if (fact.syncDueMs !== timer.dueMs) problems.add(place, `${place}: the sync timer of ${String(haId)} is due at ${show(timer.dueMs)}, but its sync is due at ${show(fact.syncDueMs)}.`);
    return;
  }
  if (data.side !== 0 && data.side !== 1) return void problems.add(place, `${place}: the partner-lost timer needs side 0 or 1.`);
  if (timer.key !== partnerLostTimerKey(haId as string, data.side)) problems.add(place, `${place}: the partner-lost timer must have the key ${partnerLostTimerKey(haId as string, data.side)}.`);
}

/** HA devices whose running sync has no timer to complete it. */
function checkSyncTimersPresent(facts: HaFacts, syncTimerHas: Set<string>, problems: Problems): void {
  for (const [id, fact] of facts) if (fact.syncDueMs !== null && !syncTimerHas.has(id)) problems.add('entities.haDevices', `HA device ${id} is synchronizing but no ${SYNC_TIMER_KIND} timer will complete it.`);
}
