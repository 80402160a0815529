// Saved labs from older builds: the core's format migrations, then each domain's, in order. A
// snapshot records its format (`snapshotVersion`) and each domain's part version
// (`domainVersions`); a domain this lab was saved without starts at version 0, and its migration
// from 0 creates its part. Migrations rewrite plain JSON, on a copy, before any check runs.
import { JOBS_COLLECTION } from '../domain/jobs';
import { SNAPSHOT_FORMAT_VERSION } from '../domain/lab';
import { cloneJson } from './kernel/clone';
import type { DomainModule, SnapshotJson } from './decision';
import { DOMAINS } from './domains';
import { isRecord } from './params';

/** The core's current format. 1: before domain plug-ins (internal parts at the top, no jobs). */
export const SNAPSHOT_VERSION = SNAPSHOT_FORMAT_VERSION;
export const SNAPSHOT_VERSIONS_READ = [1, 2] as const;

/** Format 1 → 2: internal parts move under `domains`, versions per domain, the core's `jobs` collection. */
function coreFrom1(snapshot: Record<string, unknown>, domains: readonly DomainModule[]): void {
  const entities = isRecord(snapshot.entities) ? snapshot.entities : {};
  const parts: Record<string, unknown> = {};
  const versions: Record<string, number> = {};
  for (const domain of domains) {
    const { name, collections } = domain.descriptor;
    // Format 1 kept a domain's internal part at the top level, under the domain's name.
    if (name in snapshot) {
      parts[name] = snapshot[name];
      delete snapshot[name];
    }
    const present = name in parts || collections.some((collection) => collection in entities) || (collections.length === 0 && !domain.internal);
    // Format 1 labs hold each domain's first version, or none of it (saved before it existed).
    versions[name] = present ? 1 : 0;
  }
  entities[JOBS_COLLECTION] ??= [];
  snapshot.entities = entities;
  snapshot.domains = parts;
  snapshot.domainVersions = versions;
  snapshot.snapshotVersion = 2;
}

function needsMigration(snapshot: Record<string, unknown>, domains: readonly DomainModule[]): boolean {
  if (snapshot.snapshotVersion !== SNAPSHOT_VERSION) return true;
  const versions = isRecord(snapshot.domainVersions) ? snapshot.domainVersions : {};
  return domains.some((domain) => versions[domain.descriptor.name] !== domain.descriptor.schemaVersion);
}

/**
 * The snapshot in this build's format, or the input unchanged when it is not one this build can
 * migrate (the snapshot check then says why). Never mutates the input.
 */
export function migrateSnapshot(input: unknown, domains: readonly DomainModule[] = DOMAINS): unknown {
  if (!isRecord(input) || !(SNAPSHOT_VERSIONS_READ as readonly unknown[]).includes(input.snapshotVersion)) return input;
  if (!needsMigration(input, domains)) return input;
  const snapshot = cloneJson(input);
  if (snapshot.snapshotVersion === 1) coreFrom1(snapshot, domains);
  if (!isRecord(snapshot.entities) || !isRecord(snapshot.kernel)) return snapshot;
  if (!isRecord(snapshot.domains)) snapshot.domains = {};
  if (!isRecord(snapshot.domainVersions)) snapshot.domainVersions = {};
  const versions = snapshot.domainVersions as Record<string, unknown>;
  for (const domain of domains) {
    const { name, schemaVersion, collections } = domain.descriptor;
    let version = typeof versions[name] === 'number' ? (versions[name] as number) : 0;
    // A domain saved by a later build: left as it is, the check refuses it.
    if (version > schemaVersion) continue;
    for (const migration of domain.migrations ?? []) {
      if (migration.from !== version) continue;
      migration.migrate(snapshot as SnapshotJson);
      version += 1;
    }
    const entities = snapshot.entities as Record<string, unknown>;
    if (version === 0) version = schemaVersion;
    for (const collection of collections) entities[collection] ??= [];
    versions[name] = version;
  }
  return snapshot;
}

/** Domain parts this build cannot read (saved by a later build, or a migration missing). */
export function domainVersionProblems(snapshot: Record<string, unknown>, domains: readonly DomainModule[]): { path: string; message: string }[] {
  const versions = isRecord(snapshot.domainVersions) ? snapshot.domainVersions : {};
  return domains.flatMap((domain) => {
    const { name, schemaVersion } = domain.descriptor;
    const version = versions[name];
    return version === schemaVersion ? [] : [{ path: `domainVersions.${name}`, message: `The ${name} part is version ${String(version)}; this build reads version ${schemaVersion}.` }];
  });
}
