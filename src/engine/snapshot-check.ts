// Semantic checks of a snapshot before it is restored (lab import, persistence): the core's part
// (version, params, time, kernel, timers, events, jobs), then each registered domain's check. Each
// problem is structured: its path in the snapshot and one sentence. [] when it can be restored.
// The snapshot is migrated to this build's format first (migrations.ts).
import { EVENT_LEVELS, EVENT_LOG_CAPACITY, EVENT_LOGS } from '../domain/event-log';
import { JOBS_COLLECTION } from '../domain/jobs';
import { LAB_TIME_MS_MAX, LAB_VERSION_MAX } from '../domain/lab';
import type { DomainModule, SnapshotJson } from './decision';
import { DOMAINS } from './domains';
import { domainVersionProblems, migrateSnapshot, SNAPSHOT_VERSIONS_READ } from './migrations';
import { isRecord, isWholeIn, paramsProblems, show } from './params';
import { Problems, type SnapshotProblem, type TimerAt } from './snapshot-problems';

export type { SnapshotProblem };

const UINT32_MAX = 0xffffffff;
const MS_MAX = Number.MAX_SAFE_INTEGER;

export function validateSnapshot(input: unknown, domains: readonly DomainModule[] = DOMAINS): SnapshotProblem[] {
  if (!isRecord(input)) return [{ path: '', message: 'The snapshot must be an object.' }];
  if (!(SNAPSHOT_VERSIONS_READ as readonly unknown[]).includes(input.snapshotVersion)) {
    return [{ path: 'snapshotVersion', message: `snapshotVersion ${show(input.snapshotVersion)} is not one this build reads (it reads ${SNAPSHOT_VERSIONS_READ.join(', ')}).` }];
  }
  const snapshot = migrateSnapshot(input, domains) as Record<string, unknown>;
  const problems = new Problems();
  for (const problem of domainVersionProblems(snapshot, domains)) problems.add(problem.path, problem.message);
  if (problems.size > 0) return problems.list;
  for (const problem of paramsProblems(snapshot.params)) problems.add('params', `params: ${problem}`);
  const nowMs = isWholeIn(snapshot.nowMs, 0, LAB_TIME_MS_MAX) ? snapshot.nowMs : undefined;
  if (nowMs === undefined) problems.add('nowMs', `nowMs must be a whole number of ms from 0 to ${LAB_TIME_MS_MAX} (100 years), not ${show(snapshot.nowMs)}.`);
  if (!isWholeIn(snapshot.version, 0, LAB_VERSION_MAX)) problems.add('version', `version must be a whole number from 0 to ${LAB_VERSION_MAX}, not ${show(snapshot.version)}.`);
  if (!isRecord(snapshot.entities)) {
    problems.add('entities', 'entities must be an object of collections.');
    return problems.list;
  }
  if (!isRecord(snapshot.domains)) snapshot.domains = {};
  checkJobs(snapshot.entities[JOBS_COLLECTION], problems);
  const timersByKind = new Map<string, TimerAt[]>();
  for (const domain of domains) for (const kind of Object.keys(domain.timers)) timersByKind.set(kind, []);
  const kernel = checkKernel(snapshot.kernel, timersByKind, nowMs ?? 0, problems);
  for (const domain of domains) {
    const timers = Object.keys(domain.timers).flatMap((kind) => timersByKind.get(kind) ?? []);
    domain.check?.({ snapshot: snapshot as SnapshotJson, nowMs: nowMs ?? 0, timers, problems });
  }
  checkEvents(snapshot.events, nowMs ?? MS_MAX, kernel.eventSeq, problems);
  checkIdSeqs(snapshot.entities, (snapshot.kernel as { idSeqs?: unknown } | undefined)?.idSeqs, problems);
  return problems.list;
}

// --- id sequences -----------------------------------------------------------------------------

/** What kernel.nextId makes: a prefix, a dash and the sequence number (at least four digits). */
const SEQUENCED_ID = /^([a-z][a-z0-9]*)-(\d{4,})$/;

/**
 * Every id the kernel handed out is at or below its prefix's sequence: otherwise the next Add
 * Target or Create Device would take an id in use and silently replace that entity.
 */
function checkIdSeqs(entities: Record<string, unknown>, idSeqs: unknown, problems: Problems): void {
  if (!isRecord(idSeqs)) return;
  const highest = new Map<string, { seq: number; path: string; id: string }>();
  for (const [collection, list] of Object.entries(entities)) {
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => {
      const match = isRecord(item) && typeof item.id === 'string' ? SEQUENCED_ID.exec(item.id) : null;
      if (!match) return;
      const [id, prefix, digits] = match as unknown as [string, string, string];
      const seq = Number(digits);
      if (seq > (highest.get(prefix)?.seq ?? 0)) highest.set(prefix, { seq, path: `entities.${collection}[${index}]`, id });
    });
  }
  for (const [prefix, { seq, path, id }] of highest) {
    const kept = idSeqs[prefix];
    if (!isWholeIn(kept, seq, MS_MAX)) {
      problems.add(`kernel.idSeqs.${prefix}`, `kernel.idSeqs.${prefix} is ${show(kept)}, but ${id} (${path}) is in use: the sequence must be at least ${seq}, or the next ${prefix} would reuse an id.`);
    }
  }
}

// --- jobs -------------------------------------------------------------------------------------

function checkJobs(value: unknown, problems: Problems): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) return problems.add(`entities.${JOBS_COLLECTION}`, `entities.${JOBS_COLLECTION} must be a list.`);
  const seen = new Set<string>();
  value.forEach((job: unknown, index) => {
    const at = `entities.${JOBS_COLLECTION}[${index}]`;
    if (!isRecord(job) || typeof job.id !== 'string' || job.id === '') return problems.add(at, `${JOBS_COLLECTION}[${index}]: a job needs an id.`);
    if (seen.has(job.id)) problems.add(at, `${JOBS_COLLECTION}[${index}]: another job has the id ${job.id}.`);
    seen.add(job.id);
    if (job.state === 'running' ? job.endedMs !== null : !isWholeIn(job.endedMs, 0, MS_MAX)) problems.add(at, `${JOBS_COLLECTION}[${index}] (${job.id}): a ${show(job.state)} job ${job.state === 'running' ? 'has no end time' : 'needs its end time'}.`);
    return undefined;
  });
}

// --- kernel -----------------------------------------------------------------------------------

function checkKernel(value: unknown, timersByKind: Map<string, TimerAt[]>, nowMs: number, problems: Problems): { eventSeq: number } {
  if (!isRecord(value)) {
    problems.add('kernel', 'kernel must be an object with timerSeq, eventSeq, streams, idSeqs and timers.');
    return { eventSeq: MS_MAX };
  }
  const timerSeq = isWholeIn(value.timerSeq, 0, MS_MAX) ? value.timerSeq : undefined;
  if (timerSeq === undefined) problems.add('kernel.timerSeq', `kernel.timerSeq must be a whole number ≥ 0, not ${show(value.timerSeq)}.`);
  const eventSeq = isWholeIn(value.eventSeq, 0, MS_MAX) ? value.eventSeq : undefined;
  if (eventSeq === undefined) problems.add('kernel.eventSeq', `kernel.eventSeq must be a whole number ≥ 0, not ${show(value.eventSeq)}.`);
  if (!isRecord(value.streams)) problems.add('kernel.streams', 'kernel.streams must be an object of stream states.');
  else {
    for (const [name, words] of Object.entries(value.streams)) {
      if (!Array.isArray(words) || words.length !== 4 || !words.every((word) => isWholeIn(word, 0, UINT32_MAX))) {
        problems.add(`kernel.streams.${name}`, `kernel.streams.${name} must be four unsigned 32-bit words.`);
      }
    }
  }
  if (!isRecord(value.idSeqs) || !Object.values(value.idSeqs).every((seq) => isWholeIn(seq, 0, MS_MAX))) problems.add('kernel.idSeqs', 'kernel.idSeqs must map prefixes to whole numbers ≥ 0.');
  checkTimers(value.timers, timersByKind, nowMs, timerSeq ?? MS_MAX, problems);
  return { eventSeq: eventSeq ?? MS_MAX };
}

function checkTimers(value: unknown, timersByKind: Map<string, TimerAt[]>, nowMs: number, timerSeq: number, problems: Problems): void {
  if (!Array.isArray(value)) return problems.add('kernel.timers', 'kernel.timers must be a list.');
  const seqs = new Set<number>();
  const keys = new Set<string>();
  const kinds = [...timersByKind.keys()];
  value.forEach((timer: unknown, index) => {
    const place = `kernel.timers[${index}]`;
    if (!isRecord(timer)) return problems.add(place, `${place} must be an object.`);
    if (!isWholeIn(timer.dueMs, nowMs, MS_MAX)) problems.add(place, `${place}: dueMs ${show(timer.dueMs)} is before nowMs ${nowMs}.`);
    if (!isWholeIn(timer.seq, 1, timerSeq)) problems.add(place, `${place}: seq ${show(timer.seq)} must be from 1 to kernel.timerSeq ${timerSeq}.`);
    else if (seqs.has(timer.seq)) problems.add(place, `${place}: another timer has seq ${timer.seq}.`);
    else seqs.add(timer.seq);
    if (timer.key !== null && typeof timer.key !== 'string') problems.add(place, `${place}: key must be text or null.`);
    else if (typeof timer.key === 'string') {
      if (keys.has(timer.key)) problems.add(place, `${place}: another live timer has the key ${timer.key}.`);
      keys.add(timer.key);
    }
    const mine = typeof timer.kind === 'string' ? timersByKind.get(timer.kind) : undefined;
    if (!mine) return problems.add(place, `${place}: kind ${show(timer.kind)} is not one of ${kinds.join(', ')}.`);
    // The domain that handles this kind checks what the timer refers to.
    mine.push({ timer, path: place });
    return undefined;
  });
}

// --- events -----------------------------------------------------------------------------------

function checkEvents(value: unknown, nowMs: number, eventSeq: number, problems: Problems): void {
  if (!Array.isArray(value)) return problems.add('events', 'events must be a list.');
  if (value.length > EVENT_LOG_CAPACITY) problems.add('events', `events holds ${value.length} events; the log keeps at most ${EVENT_LOG_CAPACITY}.`);
  let previousSeq = 0;
  let previousTimeMs = 0;
  const reported = { count: 0 };
  const report = (path: string, problem: string) => {
    // A corrupt log could yield 200,000 sentences; the first few say enough.
    if (++reported.count <= 20) problems.add(path, problem);
  };
  value.forEach((event: unknown, index) => {
    const place = `events[${index}]`;
    if (!isRecord(event)) {
      report(place, `${place} must be an object.`);
      return;
    }
    if (!isWholeIn(event.seq, previousSeq + 1, eventSeq)) report(place, `${place}: seq ${show(event.seq)} must be after ${previousSeq} and no later than kernel.eventSeq ${eventSeq}.`);
    else previousSeq = event.seq;
    if (!isWholeIn(event.timeMs, previousTimeMs, nowMs)) report(place, `${place}: timeMs ${show(event.timeMs)} must be from ${previousTimeMs} (the event before) to nowMs ${nowMs}.`);
    else previousTimeMs = event.timeMs;
    if (typeof event.host !== 'string' || event.host === '') report(place, `${place}: host must be a server name.`);
    if (!(EVENT_LOGS as readonly unknown[]).includes(event.log)) report(place, `${place}: log ${show(event.log)} is not one of ${EVENT_LOGS.join(', ')}.`);
    if (!(EVENT_LEVELS as readonly unknown[]).includes(event.level)) report(place, `${place}: level ${show(event.level)} is not one of ${EVENT_LEVELS.join(', ')}.`);
    if (typeof event.source !== 'string' || event.source === '') report(place, `${place}: source must be text.`);
    if (!isWholeIn(event.eventId, 0, 65535)) report(place, `${place}: eventId ${show(event.eventId)} must be a whole number from 0 to 65535.`);
    if (typeof event.message !== 'string') report(place, `${place}: message must be text.`);
  });
  if (reported.count > 20) problems.add('events', `... and ${reported.count - 20} more problems in events.`);
}
