// Saved StarWind parts from older builds, each migration one version up (plain JSON, in place).
//   0 → 1: a lab saved before StarWind existed gets its services, as if installed meanwhile
//          (default credentials, running where the server is on), and an empty internal part.
//   1 → 2: a running sync gets the job that follows it (`sync.jobId`, an entity in `jobs`).
//   2 → 3: the internal part gains `pendingWrites` (writes waiting for a partner; none).
//   3 → 4: the lab option starwindVersion: 8, the rules those labs were built with (new labs get
//          5); HA devices get the split-brain policy 'priority' (what resolution did) and no warning.
//   4 → 5: block state as extent text in chunks, not flat triples (extent-map-migration.ts).
//   5 → 6: the service passwords, kept in clear until then, are sealed (passwords.ts).
import { JOBS_COLLECTION, type Job } from '../../../domain/jobs';
import {
  DEFAULT_SPLIT_BRAIN_WINNER,
  ISCSI_TARGET_PORT,
  STARWIND_DEFAULT_LOGIN,
  STARWIND_DEFAULT_PASSWORD,
  STARWIND_MANAGEMENT_PORT,
  STARWIND_PRODUCT,
  STARWIND_VERSION_OF_EARLIER_LABS,
} from '../../../domain/starwind';
import type { Migration, SnapshotJson } from '../../decision';
import { isRecord } from '../../params';
import type { StarWindEngineSnapshot, StarWindService } from '../../types';
import { extentTriplesToText } from './extent-map-migration';
import { isSealedSecret, sealSecret } from '../../secrets';
import { passwordScope } from './passwords';
import { syncJobOf } from './sync-job';
import { addPendingWrites } from './writes-migration';

function installServices(snapshot: SnapshotJson): void {
  const services: StarWindService[] = [];
  const passwords: Record<string, string> = {};
  for (const host of snapshot.entities.hosts ?? []) {
    if (!isRecord(host) || host.role !== 'storage' || typeof host.id !== 'string' || typeof host.name !== 'string') continue;
    services.push({
      id: host.id,
      host: host.name,
      product: STARWIND_PRODUCT,
      running: host.powerState === 'on',
      managementPort: STARWIND_MANAGEMENT_PORT,
      iscsiPort: ISCSI_TARGET_PORT,
      login: STARWIND_DEFAULT_LOGIN,
      usesDefaultCredentials: true,
    });
    passwords[host.id] = STARWIND_DEFAULT_PASSWORD;
  }
  snapshot.entities.starwindServices = services;
  for (const collection of ['starwindConsoleServers', 'starwindTargets', 'starwindDevices', 'haDevices']) snapshot.entities[collection] ??= [];
  const internal: StarWindEngineSnapshot = { passwords, consoleSeq: 0, writeGen: 0, deviceNumbers: {}, imageFiles: {}, haBlocks: {}, plainBlocks: {}, pendingWrites: [] };
  snapshot.domains.starwind = internal;
}

function jobsForRunningSyncs(snapshot: SnapshotJson): void {
  const jobs = (snapshot.entities[JOBS_COLLECTION] ??= []) as Job[];
  const idSeqs = (isRecord(snapshot.kernel.idSeqs) ? snapshot.kernel.idSeqs : (snapshot.kernel.idSeqs = {})) as Record<string, number>;
  for (const ha of snapshot.entities.haDevices ?? []) {
    if (!isRecord(ha) || !isRecord(ha.sync) || typeof ha.sync.jobId === 'string') continue;
    const next = (idSeqs.job ?? 0) + 1;
    idSeqs.job = next;
    const id = `job-${String(next).padStart(4, '0')}`;
    const sync = ha.sync as unknown as Parameters<typeof syncJobOf>[1];
    jobs.push({ ...syncJobOf(String(ha.id), sync, haName(snapshot, ha)), id });
    ha.sync.jobId = id;
  }
}

function haName(snapshot: SnapshotJson, ha: Record<string, unknown>): string {
  const sides = Array.isArray(ha.sides) ? ha.sides : [];
  const target = isRecord(sides[0]) ? sides[0].targetAlias : undefined;
  return typeof target === 'string' ? target : String(ha.id ?? '');
}

function versionAndSplitBrainPolicy(snapshot: SnapshotJson): void {
  if (isRecord(snapshot.params) && isRecord(snapshot.params.options)) snapshot.params.options.starwindVersion ??= STARWIND_VERSION_OF_EARLIER_LABS;
  for (const ha of snapshot.entities.haDevices ?? []) {
    if (!isRecord(ha)) continue;
    ha.splitBrainWinner ??= DEFAULT_SPLIT_BRAIN_WINNER;
    ha.splitBrainWarning ??= null;
  }
}

/** Seals each clear password with the lab's seed and its host, as the engine stores them since. */
function sealPasswords(snapshot: SnapshotJson): void {
  const seed = isRecord(snapshot.params) ? snapshot.params.seed : undefined;
  const internal = snapshot.domains.starwind;
  // Without a seed or passwords the snapshot check refuses the lab: there is nothing to seal with or to seal.
  if (typeof seed !== 'number' || !isRecord(internal) || !isRecord(internal.passwords)) return;
  const passwords = internal.passwords;
  for (const [hostId, password] of Object.entries(passwords)) {
    if (typeof password === 'string' && !isSealedSecret(password)) passwords[hostId] = sealSecret(seed, passwordScope(hostId), password);
  }
}

export const starwindMigrations: readonly Migration[] = [
  { from: 0, migrate: installServices },
  { from: 1, migrate: jobsForRunningSyncs },
  { from: 2, migrate: addPendingWrites },
  { from: 3, migrate: versionAndSplitBrainPolicy },
  { from: 4, migrate: extentTriplesToText },
  { from: 5, migrate: sealPasswords },
];
