// The lab file (GET /api/v1/lab/export, POST /api/v1/lab/import) as a zod schema, and the checks
// that need no engine: shape, schema version, the file agreeing with its snapshot, the command log
// in time order. It loops over the registered domains' descriptors and never names a domain. The
// host migrates an older snapshot first and adds the engine's semantic check afterwards.
import { z } from 'zod';
import { LAB_FILE_KIND, LAB_FILE_SCHEMA_VERSION, LAB_TIME_MS_MAX, LAB_VERSION_MAX, OS_VERSIONS, SCENARIOS, SEED_MAX, SEED_MIN, SNAPSHOT_FORMAT_VERSION } from '../domain/lab';
import type { DomainDescriptor, DomainSchemas } from '../domain/descriptor';
import { JOBS_COLLECTION } from '../domain/jobs';
import { jobSchema } from '../domain/job-schema';
import { DOMAIN_DESCRIPTORS, loadDomainSchemas } from '../domain/registry';
import { STARWIND_VERSIONS } from '../domain/starwind';
import { labFileLimitProblem } from './lab-file-limits';
import type { LabFile } from './types';
import { errorsByField, summarizeErrors } from './zod-errors';

// A lab's virtual time is bounded (LAB_TIME_MS_MAX, 100 years); a timer may be due beyond it,
// and counts stay exact integers.
const timeMs = z.number().int().min(0).max(LAB_TIME_MS_MAX);
const dueMs = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const paramsShape = {
  seed: z.number().int().min(SEED_MIN).max(SEED_MAX),
  scenario: z.enum(SCENARIOS),
  options: z.strictObject({
    osVersion: z.enum(OS_VERSIONS),
    clusterNodes: z.number().int().min(1),
    startEpochMs: dueMs,
    // Optional, so files without it keep their params (the engine's defaults apply).
    syncEfficiency: z.number().optional(),
    partnerLossDetectionMs: z.number().int().optional(),
    // Issue 7; optional, so files from before it load: their snapshot's migration sets 8.
    starwindVersion: z.literal(STARWIND_VERSIONS).optional(),
  }),
};

const kernelSchema = z.looseObject({
  timerSeq: count,
  eventSeq: count,
  streams: z.record(z.string(), z.array(z.number().int())),
  idSeqs: z.record(z.string(), count),
  timers: z.array(z.looseObject({ dueMs, seq: count, kind: z.string(), key: z.string().nullable(), data: z.unknown() })),
});

/** A collection a file written before its domain existed does not have: it starts empty. */
const collection = <T extends z.ZodType>(entity: T) => z.array(entity).default([]);

/** A domain with its schemas loaded (they load on first use: src/domain/descriptor.ts). */
interface DomainPart {
  descriptor: DomainDescriptor;
  schemas: DomainSchemas;
}

async function domainParts(descriptors: readonly DomainDescriptor[]): Promise<DomainPart[]> {
  return Promise.all(descriptors.map(async (descriptor) => ({ descriptor, schemas: await loadDomainSchemas(descriptor) })));
}

/**
 * The snapshot of a lab made of these domains, in this build's format (the host migrates older
 * ones first): the core's parts, then each domain's collections and internal part, from its
 * descriptor. Loose objects keep keys this schema does not list; validateSnapshot judges meaning.
 */
function snapshotSchemaOf(parts: readonly DomainPart[]) {
  const entities: Record<string, z.ZodType> = { [JOBS_COLLECTION]: collection(jobSchema) };
  const internals: Record<string, z.ZodType> = {};
  for (const { descriptor, schemas } of parts) {
    for (const name of descriptor.collections) {
      const entity = (schemas.entitySchemas as Readonly<Record<string, z.ZodType | undefined>>)[name];
      if (!entity) throw new Error(`Domain ${descriptor.name} has no schema for its collection ${name}.`);
      entities[name] = collection(entity);
    }
    if (schemas.internalSchema) internals[descriptor.name] = schemas.internalSchema.optional();
  }
  return z.looseObject({
    snapshotVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
    domainVersions: z.record(z.string(), count),
    params: z.strictObject(paramsShape),
    nowMs: timeMs,
    version: count.max(LAB_VERSION_MAX),
    kernel: kernelSchema,
    entities: z.looseObject(entities),
    // Each event is judged by the engine's snapshot check (seq and time order, log, level, id: the
    // one place that knows them); parsed here it would be copied, 200,000 objects per import.
    events: z.array(z.unknown()),
    domains: z.looseObject(internals),
  });
}

/**
 * Every command of these domains, strictly: a log entry the engine does not know is refused.
 * Each domain's schemas module checks its command schemas against its command types at compile
 * time. Route bodies that are also commands (StarWind's create request) share one schema, so the
 * log and the API agree; defaults are filled before a command is logged, so a logged one has every field.
 */
function commandSchemaOf(parts: readonly DomainPart[]) {
  const commands = parts.flatMap(({ schemas }) => schemas.commandSchemas) as unknown as [z.ZodObject, ...z.ZodObject[]];
  return z.discriminatedUnion('type', commands);
}

function labFileSchemaOf(parts: readonly DomainPart[]) {
  const snapshot = snapshotSchemaOf(parts);
  return z.strictObject({
    kind: z.literal(LAB_FILE_KIND),
    schemaVersion: z.literal(LAB_FILE_SCHEMA_VERSION),
    ...paramsShape,
    snapshot,
    commandLog: z.array(z.strictObject({ atMs: timeMs, command: commandSchemaOf(parts) })),
    logBase: z.strictObject({ commandCount: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), snapshot }).optional(),
  });
}

type LabFileSchema = ReturnType<typeof labFileSchemaOf>;
/** Built once per set of domains (the registry's, or a test's), on the first check. */
const labFileSchemas = new WeakMap<readonly DomainDescriptor[], Promise<{ schema: LabFileSchema; parts: DomainPart[] }>>();

function labFileSchemaFor(descriptors: readonly DomainDescriptor[]): Promise<{ schema: LabFileSchema; parts: DomainPart[] }> {
  let built = labFileSchemas.get(descriptors);
  if (!built) {
    built = domainParts(descriptors).then((parts) => ({ schema: labFileSchemaOf(parts), parts }));
    built.catch(() => labFileSchemas.delete(descriptors));
    labFileSchemas.set(descriptors, built);
  }
  return built;
}

export type LabFileCheck =
  | { ok: true; file: LabFile }
  | { ok: false; message: string; errors: Record<string, string> };

function refuse(message: string, errors: Record<string, string>): LabFileCheck {
  return { ok: false, message, errors };
}

export interface LabFileCheckOptions {
  /** Brings an older snapshot to this build's format first (the host passes the engine's migrateSnapshot). */
  migrate?: (snapshot: unknown) => unknown;
  /** The domains the lab is made of (default: the registry's). */
  descriptors?: readonly DomainDescriptor[];
}

/**
 * Shape, schema version and internal consistency of a lab file; no engine involved. Asynchronous
 * because the domains' schemas load on the first check (src/domain/descriptor.ts).
 */
export async function checkLabFile(input: unknown, options: LabFileCheckOptions = {}): Promise<LabFileCheck> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return refuse('The lab file must be a JSON object.', { '(root)': 'expected a lab file object' });
  }
  const { kind, schemaVersion } = input as { kind?: unknown; schemaVersion?: unknown };
  if (kind !== LAB_FILE_KIND) {
    return refuse(`This is not an HA Lab file: kind must be "${LAB_FILE_KIND}".`, { kind: `expected "${LAB_FILE_KIND}"` });
  }
  if (schemaVersion !== LAB_FILE_SCHEMA_VERSION) {
    const message = `Lab file schema version ${JSON.stringify(schemaVersion)} is not supported; this build reads schema version ${LAB_FILE_SCHEMA_VERSION}.`;
    return refuse(message, { schemaVersion: `expected ${LAB_FILE_SCHEMA_VERSION}` });
  }
  const limit = labFileLimitProblem(input);
  if (limit) return refuse(`The lab file is beyond this build's limits: ${limit.field}: ${limit.message}.`, { [limit.field]: limit.message });
  const { schema, parts } = await labFileSchemaFor(options.descriptors ?? DOMAIN_DESCRIPTORS);
  const missing = currentPartsMissing((input as { snapshot?: unknown }).snapshot, parts);
  if (Object.keys(missing).length > 0) return refuse(`The lab file lacks parts a restored lab needs: ${summarizeErrors(missing)}.`, missing);
  const file0 = input as { snapshot?: unknown; logBase?: { snapshot?: unknown } };
  const migrate = options.migrate;
  const logBase = migrate && isObject(file0.logBase) && 'snapshot' in file0.logBase ? { logBase: { ...file0.logBase, snapshot: migrate(file0.logBase.snapshot) } } : {};
  const migrated = migrate && 'snapshot' in file0 ? { ...file0, snapshot: migrate(file0.snapshot), ...logBase } : input;
  const parsed = schema.safeParse(migrated);
  if (!parsed.success) {
    const errors = errorsByField(parsed.error.issues);
    return refuse(`The lab file is malformed: ${summarizeErrors(errors)}.`, errors);
  }
  const file = parsed.data as unknown as LabFile;
  const errors = consistencyErrors(file);
  if (Object.keys(errors).length > 0) return refuse(`The lab file is inconsistent: ${summarizeErrors(errors)}.`, errors);
  return { ok: true, file };
}

/**
 * A part written by this build's version of its domain is never filled in by a migration, so a
 * file that claims that version must carry every collection and the internal part: without them
 * the lab would restore without its services, passwords or block state.
 */
function currentPartsMissing(snapshot: unknown, parts: readonly DomainPart[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isObject(snapshot) || snapshot.snapshotVersion !== SNAPSHOT_FORMAT_VERSION || !isObject(snapshot.domainVersions)) return errors;
  const entities = isObject(snapshot.entities) ? snapshot.entities : {};
  const domains = isObject(snapshot.domains) ? snapshot.domains : {};
  if (!(JOBS_COLLECTION in entities)) errors[`snapshot.entities.${JOBS_COLLECTION}`] = `required: snapshot format ${SNAPSHOT_FORMAT_VERSION} has the ${JOBS_COLLECTION} collection`;
  for (const { descriptor, schemas } of parts) {
    const version = snapshot.domainVersions[descriptor.name];
    if (version !== descriptor.schemaVersion) continue;
    const rule = `required: ${descriptor.name} version ${descriptor.schemaVersion} has it`;
    for (const name of descriptor.collections) if (!(name in entities)) errors[`snapshot.entities.${name}`] = rule;
    if (schemas.internalSchema && !(descriptor.name in domains)) errors[`snapshot.domains.${descriptor.name}`] = rule;
  }
  return errors;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file's parameters are its snapshot's; the log is in time order and ends by the snapshot. */
function consistencyErrors(file: LabFile): Record<string, string> {
  const errors: Record<string, string> = {};
  const { params, nowMs } = file.snapshot;
  if (file.seed !== params.seed) errors.seed = `expected ${params.seed}, the seed of snapshot.params`;
  if (file.scenario !== params.scenario) errors.scenario = `expected "${params.scenario}", the scenario of snapshot.params`;
  for (const key of Object.keys(params.options) as (keyof typeof params.options)[]) {
    // An option the file does not list came after the build that wrote it: the snapshot's
    // migration gave it the value that keeps that lab's behaviour (starwindVersion → 8).
    if (!(key in file.options)) continue;
    if (file.options[key] !== params.options[key]) errors[`options.${key}`] = `expected ${JSON.stringify(params.options[key])}, as in snapshot.params`;
  }
  let previousAtMs = 0;
  if (file.logBase) {
    const base = file.logBase.snapshot;
    if (JSON.stringify(base.params) !== JSON.stringify(params)) errors['logBase.snapshot.params'] = 'expected the parameters of snapshot.params';
    if (base.nowMs > nowMs) errors['logBase.snapshot.nowMs'] = `${base.nowMs} is after the snapshot's time (snapshot.nowMs ${nowMs})`;
    previousAtMs = base.nowMs;
  }
  file.commandLog.forEach((entry, index) => {
    const field = `commandLog[${index}].atMs`;
    if (entry.atMs < previousAtMs) errors[field] ??= `${entry.atMs} is before the previous entry (${previousAtMs}); the log must be in time order`;
    if (entry.atMs > nowMs) errors[field] ??= `${entry.atMs} is after the snapshot's time (snapshot.nowMs ${nowMs})`;
    previousAtMs = Math.max(previousAtMs, entry.atMs);
  });
  return errors;
}
