// The host: owns the engine lab, its clock, its command log and its persistence, and posts
// coalesced change batches to the page. The same class runs in the worker (real timers, IndexedDB)
// and in Node (manual scheduler, memory or fake IndexedDB); everything environmental is injected.
import { DEFAULT_SCENARIO, DEFAULT_SEED, SNAPSHOT_EVERY_COMMANDS, STEP_IDLE_MS } from '../domain/lab';
import type { ClockState, ClockStatus, CommandLogEntry, HostMessage, LabFile, LabInfo } from '../api/types';
import { LAB_FILE_KIND, LAB_FILE_SCHEMA_VERSION } from '../domain/lab';
import { createLab, heldEventsAfter, snapshotWithoutEvents, type Command, type Lab, type LabParamsInput, type Query, type QueryResult } from '../engine';
import { BatchCoalescer } from './batch-coalescer';
import { ClockDriver } from './clock-driver';
import { sealedLog } from './seal-log';
import type { KeptAsideLab, LabToStore, Persistence, SavedLab } from './persistence/types';
import { restoreSaved } from './restore';
import type { Scheduler } from './scheduler';
import { LabStorageError } from './storage-error';
import type { DispatchAnswer, ImportResult, LabHostApi, ValidateResult } from './types';

/** While the clock runs, where virtual time stands is saved at most this often. */
export const META_SAVE_EVERY_WALL_MS = 1000;
/** After a snapshot write failed, it is tried again this many commands later (and on the next pause). */
export const SNAPSHOT_RETRY_AFTER_COMMANDS = 10;
/**
 * A due snapshot waits for the turn queue to drain (requests first), looking again this often and
 * at most SNAPSHOT_DEFERRALS_MAX times: a steady stream of requests then meets it once, never more
 * than one snapshot at a time.
 */
export const SNAPSHOT_IDLE_RETRY_WALL_MS = 10;
export const SNAPSHOT_DEFERRALS_MAX = 100;
/**
 * Between snapshots the new events are appended (when idle) every this many commands, so that a
 * snapshot's write carries few: a 64-node lab logs about 60 events a cable toggle.
 */
export const EVENTS_APPEND_EVERY_COMMANDS = 20;
export const DEFAULT_LAB_PARAMS: LabParamsInput = { seed: DEFAULT_SEED, scenario: DEFAULT_SCENARIO };

/** What storage holds of the installed lab, as the host tracks it. */
interface StoredState {
  tail: CommandLogEntry[];
  tailStart: number;
  persistedEventSeq: number;
}

export interface LabHostDeps {
  scheduler: Scheduler;
  persistence: Persistence;
  /** Failures nobody awaits (a throttled save, a broken saved lab); defaults to console.error. */
  reportError?: (error: unknown) => void;
}

export class LabHost implements LabHostApi {
  /** Settles once the saved lab is restored (or a new one made); every method waits for it. */
  readonly ready: Promise<void>;
  private lab!: Lab;
  /**
   * The log after the latest stored snapshot (the tail), and where it starts: the entries before
   * are in the persistence's archive, so memory holds about one snapshot interval of commands.
   */
  private tail: CommandLogEntry[] = [];
  private tailStart = 0;
  /** The last event seq in the events store: a snapshot appends the ones after it. */
  private persistedEventSeq = 0;
  private commandsSinceSnapshot = 0;
  private commandsSinceEventsAppend = 0;
  /** A snapshot is due (cadence, pause) and scheduled to run as its own turn when the lab is idle. */
  private snapshotWanted = false;
  private snapshotTimer: number | null = null;
  /** Turns queued or running: a due snapshot waits until none is. */
  private pendingTurns = 0;
  private readonly listeners = new Set<(message: HostMessage) => void>();
  private readonly clock: ClockDriver;
  private readonly coalescer: BatchCoalescer;
  /**
   * Every change to the lab and every write, one at a time and in order (see turn()): a change is
   * stored first and applied after, with nothing in between; a reset never overtakes an append.
   */
  private queue: Promise<unknown> = Promise.resolve();
  private lastMetaSaveWallMs = 0;
  private readonly reportError: (error: unknown) => void;
  /** What open() could not restore, for the page to tell the user (and offer to download). */
  private keptAsideAtOpen: KeptAsideLab | null = null;

  constructor(private readonly deps: LabHostDeps) {
    this.reportError = deps.reportError ?? ((error) => console.error('[lab host]', error));
    this.clock = new ClockDriver(deps.scheduler, () => this.lab, () => this.onClockAdvanced());
    this.coalescer = new BatchCoalescer(deps.scheduler, (batch) => this.broadcast({ type: 'batch', batch }));
    this.ready = this.open();
  }

  // -------------------------------------------------------------------------------------------
  // LabHostApi

  async info(): Promise<LabInfo> {
    await this.ready;
    return this.labInfo();
  }

  async newLab(params: LabParamsInput): Promise<LabInfo> {
    await this.ready;
    const lab = createLab(params);
    const saved: LabToStore = { params: lab.params, snapshot: null, commandLog: [], archive: [], nowMs: lab.nowMs(), speed: 1 };
    return this.turn(async () => {
      // Swapped only once stored: a failed save leaves the current lab, in memory and in storage.
      await this.store('The new lab', () => this.deps.persistence.reset(saved));
      // A new lab's clock runs in real time (1×), as a datacenter's would; only a restored lab comes back paused.
      this.install(lab, { tail: [], tailStart: 0, persistedEventSeq: 0 }, { paused: false, speed: 1 });
      return this.labInfo();
    });
  }

  async getClock(): Promise<ClockState> {
    await this.ready;
    return this.clock.settings;
  }

  async setClock(change: Partial<ClockState>): Promise<ClockState & { version: number }> {
    await this.ready;
    return this.turn(async () => {
      const before = this.clock.settings;
      const next: ClockState = { paused: change.paused ?? before.paused, speed: change.speed ?? before.speed };
      // Where time stands and the speed are stored first: a reload comes back exactly here.
      await this.store('The clock setting', () => this.deps.persistence.saveMeta({ nowMs: this.lab.nowMs(), speed: next.speed }));
      this.clock.set(next);
      this.coalescer.noteTime();
      this.broadcast({ type: 'clock', clock: this.clockStatus() });
      // On pause the lab is snapshotted (when idle, after this answer), so a reload returns here without a long replay.
      if (next.paused && !before.paused) this.requestSnapshot();
      return { ...next, version: this.lab.version() };
    });
  }

  async advance(ms: number): Promise<LabInfo> {
    await this.ready;
    return this.turn(() => this.moveBy(ms));
  }

  async step(): Promise<LabInfo> {
    await this.ready;
    return this.turn(() => {
      const dueMs = this.lab.nextDueMs();
      return this.moveBy(dueMs === null ? STEP_IDLE_MS : Math.max(0, dueMs - this.lab.nowMs()));
    });
  }

  async dispatch(command: Command, answerWith: readonly Query[] = []): Promise<DispatchAnswer> {
    await this.ready;
    return this.turn(async () => {
      // Seal, decide, store, apply: the log and the lab get the command with its secrets hashed
      // (no log entry holds a password); the decision is pure, so a refusal changes and stores nothing.
      const sealed = this.lab.seal(command);
      if (!sealed.ok) return sealed;
      command = sealed.command;
      const decision = this.lab.validate(command);
      if (!decision.ok) return decision;
      const index = this.tailStart + this.tail.length;
      const entry: CommandLogEntry = { atMs: this.lab.nowMs(), command: structuredClone(command) };
      // The log entry is stored before the command applies: a failed write leaves the lab as it was.
      await this.store('The command', () => this.deps.persistence.appendCommand(index, entry));
      // This turn holds the queue and the clock: the lab is as it was decided on, at entry.atMs.
      const dispatched = this.lab.dispatch(command);
      if (!dispatched.ok) throw new Error(`The stored command ${command.type} was refused when applied: ${dispatched.error.message}`);
      // Same turn as the command: nothing else has run, so the answers show its version exactly.
      const result: DispatchAnswer = { ...dispatched, answers: answerWith.map((query) => this.lab.query(query)) };
      this.tail.push(entry);
      this.commandsSinceSnapshot++;
      this.commandsSinceEventsAppend++;
      if (this.commandsSinceSnapshot >= SNAPSHOT_EVERY_COMMANDS) this.requestSnapshot();
      else if (this.commandsSinceEventsAppend >= EVENTS_APPEND_EVERY_COMMANDS) this.scheduleIdleWork();
      return result;
    });
  }

  async validate(command: Command): Promise<ValidateResult> {
    await this.ready;
    // Checked as dispatch will apply it: sealed first (rules comparing secrets refuse here).
    const sealed = this.lab.seal(command);
    return sealed.ok ? this.lab.validate(sealed.command) : sealed;
  }

  async query(query: Query): Promise<QueryResult> {
    await this.ready;
    return this.lab.query(query);
  }

  async exportLab(): Promise<LabFile> {
    await this.ready;
    // A turn: the archive and the tail are read as one (a snapshot turn moves entries between them).
    return this.turn(async () => {
      const archived = await this.deps.persistence.archivedLog();
      const { seed, scenario, options } = this.lab.params;
      const snapshot = this.lab.snapshot();
      const file: LabFile = {
        kind: LAB_FILE_KIND,
        schemaVersion: LAB_FILE_SCHEMA_VERSION,
        seed,
        scenario,
        options,
        // The current state, so an import resumes exactly here; the log from the lab's start, so
        // createLab(seed, scenario, options) plus the log replays to any past moment.
        snapshot,
        // Sealed: a log stored by a build that kept passwords in clear gives none away (seal-log.ts).
        commandLog: sealedLog(this.lab.params, [...archived.entries, ...this.tail], this.lab).map((entry) => structuredClone(entry)),
      };
      if (!archived.base) return file;
      // The archive dropped its oldest part: the log starts at a checkpoint, which carries the
      // events of that moment the lab still holds (older ones were evicted since, as a replay evicts them).
      const baseSeq = archived.base.snapshot.kernel.eventSeq;
      const events = snapshot.events.filter((event) => event.seq <= baseSeq);
      return { ...file, logBase: { commandCount: archived.base.commandCount, snapshot: { ...archived.base.snapshot, events } } };
    });
  }

  async importLab(input: unknown): Promise<ImportResult> {
    await this.ready;
    // Loaded with the first import: the lab file's zod schemas are not needed to run a lab.
    const { checkImport } = await import('./import-check');
    const check = await checkImport(input);
    if (!check.ok) return check;
    const { file, lab } = check;
    const log = file.commandLog.map((entry) => structuredClone(entry));
    // A log from a base (logBase) is numbered from it; without entries the base says nothing.
    const base = log.length > 0 ? file.logBase : undefined;
    // The restored lab's own snapshot, with the file's events: the engine copied each one it took,
    // and the snapshot check bounds them to what the log holds, so they are the lab's (200,000
    // events are not copied once more).
    const snapshot = { commandCount: (base?.commandCount ?? 0) + log.length, snapshot: { ...snapshotWithoutEvents(lab), events: file.snapshot.events } };
    // The file's log goes straight to the archive: the snapshot already contains it.
    const archive = log.length > 0 ? [{ fromCount: base?.commandCount ?? 0, checkpoint: base ? structuredClone(base.snapshot) : null, entries: log }] : [];
    return this.turn(async () => {
      const speed = this.clock.settings.speed;
      // Swapped only once stored: a failed save leaves the current lab, in memory and in storage.
      await this.store('The imported lab', () =>
        this.deps.persistence.reset({ params: lab.params, commandLog: [], archive, snapshot, nowMs: lab.nowMs(), speed }),
      );
      this.install(lab, { tail: [], tailStart: snapshot.commandCount, persistedEventSeq: snapshot.snapshot.kernel.eventSeq }, { paused: true, speed });
      return { ok: true, info: this.labInfo() } as const;
    });
  }

  /** The archived log and the tail (from the lab's start, or from the archive's base when its oldest part was dropped). */
  async commandLog(): Promise<CommandLogEntry[]> {
    await this.ready;
    // Not a turn (a read waits for no write): the tail is taken as it stands, then the archive read;
    // a snapshot stored in between moved some of the tail there, which are then taken from the archive.
    const lab = this.lab;
    const tail = this.tail.slice();
    const tailStart = this.tailStart;
    const archived = await this.deps.persistence.archivedLog();
    // A new lab or an import swapped in meanwhile: read again in order with the changes.
    if (lab !== this.lab) return this.turn(() => this.commandLog());
    const archiveEnd = (archived.base?.commandCount ?? 0) + archived.entries.length;
    // Sealed: a log stored by a build that kept passwords in clear gives none away (seal-log.ts).
    return sealedLog(lab.params, [...archived.entries, ...tail.slice(Math.max(0, archiveEnd - tailStart))], lab).map((entry) => structuredClone(entry));
  }

  /** How many log entries memory holds: the tail after the latest stored snapshot (tests, the bench). */
  tailLength(): number {
    return this.tail.length;
  }

  /** Settles once every queued turn has run, a snapshot already started included (tests, the bench). */
  async settled(): Promise<void> {
    await this.ready;
    await this.queue;
  }

  async keptAside(): Promise<KeptAsideLab | null> {
    await this.ready;
    return this.keptAsideAtOpen && structuredClone(this.keptAsideAtOpen);
  }

  async subscribe(listener: (message: HostMessage) => void): Promise<() => void> {
    await this.ready;
    // Older deltas go to the existing listeners first: after its full batch, the new listener
    // must only receive batches that start where the full one ends.
    this.coalescer.flushNow();
    listener({ type: 'batch', batch: this.lab.fullBatch() });
    listener({ type: 'lab', info: this.labInfo() });
    listener({ type: 'clock', clock: this.clockStatus() });
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Stops the clock and the coalescer (tests, a worker about to close). */
  async close(): Promise<void> {
    await this.ready;
    this.clock.stop();
    this.coalescer.detach();
    if (this.snapshotTimer !== null) this.deps.scheduler.clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
    await this.queue;
    this.deps.persistence.close();
  }

  // -------------------------------------------------------------------------------------------

  private async open(): Promise<void> {
    const saved = await this.loadSaved();
    if (saved) {
      try {
        const lab = restoreSaved(saved);
        // Events stored after the snapshot's are the replayed tail's, already in the store.
        const persistedEventSeq = Math.max(saved.snapshot?.snapshot.kernel.eventSeq ?? 0, saved.eventsStoredToSeq ?? 0);
        const stored = { tail: saved.commandLog, tailStart: saved.snapshot?.commandCount ?? 0, persistedEventSeq };
        // A restored lab comes back paused (ARCHITECTURE.md, "Persistence").
        this.install(lab, stored, { paused: true, speed: saved.speed }, false);
        await this.sealStoredLog();
        if (this.commandsSinceSnapshot >= SNAPSHOT_EVERY_COMMANDS) this.requestSnapshot();
        return;
      } catch (error) {
        // A saved lab this build cannot replay must not leave the console dead: keep it aside
        // (nothing the user did is thrown away), then start afresh.
        const reason = error instanceof Error ? error.message : String(error);
        // The kept copy carries the whole log: the new lab's reset clears the archive.
        const kept = saved.damage ? saved : await this.withArchivedLog(saved);
        // Reported even if the write below fails: this session still holds it and can hand it over.
        this.keptAsideAtOpen = { reason, lab: kept };
        await this.deps.persistence.keepAside(kept, reason).catch(this.reportError);
        this.reportError(new Error('The saved lab could not be restored; it was kept aside and a new lab started.', { cause: error }));
      }
    }
    const lab = createLab(DEFAULT_LAB_PARAMS);
    this.install(lab, { tail: [], tailStart: 0, persistedEventSeq: 0 }, { paused: false, speed: 1 }, false);
    // Without this write no command could be stored: every request then answers the storage failure.
    await this.store('The new lab', () =>
      this.deps.persistence.reset({ params: lab.params, snapshot: null, commandLog: [], archive: [], nowMs: lab.nowMs(), speed: 1 }),
    );
  }

  /**
   * A lab stored by a build that kept passwords in clear still holds them in its stored log. On
   * this build's first start it is stored again with every secret sealed (the same lab: the sealed
   * log replays to it), so nothing in this browser's storage carries a secret. Best-effort: if the
   * write fails, the lab stays as it was stored, and exports seal its log anyway.
   */
  private async sealStoredLog(): Promise<void> {
    try {
      const archived = await this.deps.persistence.archivedLog();
      const log = [...archived.entries, ...this.tail];
      const sealed = sealedLog(this.lab.params, log, this.lab);
      if (sealed === log) return;
      const fromCount = archived.base?.commandCount ?? 0;
      const snapshot = { commandCount: fromCount + sealed.length, snapshot: this.lab.snapshot() };
      const archive = [{ fromCount, checkpoint: archived.base ? archived.base.snapshot : null, entries: [...sealed] }];
      const speed = this.clock.settings.speed;
      await this.deps.persistence.reset({ params: this.lab.params, commandLog: [], archive, snapshot, nowMs: this.lab.nowMs(), speed });
      this.install(this.lab, { tail: [], tailStart: snapshot.commandCount, persistedEventSeq: snapshot.snapshot.kernel.eventSeq }, { paused: true, speed }, false);
    } catch (error) {
      this.reportError(new Error('The stored command log could not be stored again with its passwords sealed; exports still seal them.', { cause: error }));
    }
  }

  /** The saved lab with the archived log before its tail (a lab kept aside is handed over whole). */
  private async withArchivedLog(saved: SavedLab): Promise<SavedLab> {
    try {
      const archived = await this.deps.persistence.archivedLog();
      return { ...saved, commandLog: [...archived.entries, ...saved.commandLog] };
    } catch (error) {
      this.reportError(error);
      return saved;
    }
  }

  private async loadSaved(): ReturnType<Persistence['load']> {
    try {
      return await this.deps.persistence.load();
    } catch (error) {
      this.reportError(new Error('The saved lab could not be read; starting a new lab.', { cause: error }));
      return null;
    }
  }

  /** Makes lab the current one, with what storage holds of it; the page is told to replace its mirror. */
  private install(lab: Lab, stored: StoredState, clock: ClockState, announce = true): void {
    this.clock.stop();
    this.lab = lab;
    this.tail = stored.tail;
    this.tailStart = stored.tailStart;
    this.persistedEventSeq = stored.persistedEventSeq;
    this.commandsSinceSnapshot = stored.tail.length;
    this.commandsSinceEventsAppend = 0;
    this.snapshotWanted = false;
    this.coalescer.attach(lab);
    this.clock.set(clock);
    this.lastMetaSaveWallMs = this.deps.scheduler.now();
    if (announce) {
      this.broadcast({ type: 'lab', info: this.labInfo() });
      this.broadcast({ type: 'clock', clock: this.clockStatus() });
    }
  }

  /** advance and step: the time reached is stored first, then the lab moves to it. */
  private async moveBy(ms: number): Promise<LabInfo> {
    const meta = { nowMs: this.lab.nowMs() + ms, speed: this.clock.settings.speed };
    await this.store('The new time', () => this.deps.persistence.saveMeta(meta));
    this.lab.advance(ms);
    this.coalescer.noteTime();
    return this.labInfo();
  }

  private onClockAdvanced(): void {
    this.coalescer.noteTime();
    const nowWallMs = this.deps.scheduler.now();
    if (nowWallMs - this.lastMetaSaveWallMs >= META_SAVE_EVERY_WALL_MS) {
      this.lastMetaSaveWallMs = nowWallMs;
      // Best-effort: time the running clock reached is no command; a failed save only means a
      // reload lands a little earlier. Queued behind any pending change, never between.
      const meta = { nowMs: this.lab.nowMs(), speed: this.clock.settings.speed };
      this.turn(() => this.deps.persistence.saveMeta(meta)).catch(this.reportError);
    }
  }

  /**
   * Runs change after every earlier turn, holding the clock: nothing moves the lab between a
   * write and the change it stores, so a change applies exactly as it was stored. The queue goes
   * on past a failed turn; its caller sees the failure.
   */
  private turn<T>(change: () => Promise<T> | T): Promise<T> {
    this.pendingTurns++;
    const run = this.queue.then(async () => {
      this.clock.hold();
      try {
        return await change();
      } finally {
        this.clock.release();
        this.pendingTurns--;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A write the answer depends on: when it fails, the caller has changed nothing and answers 507. */
  private async store(what: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      throw new LabStorageError(what, error);
    }
  }

  /**
   * A snapshot is never on the path of a request: it is due after SNAPSHOT_EVERY_COMMANDS commands
   * or a pause, and runs as its own turn once the queue has drained (a zero-delay timeout, so the
   * answer that made it due is already on its way). A request arriving meanwhile waits for one.
   */
  private requestSnapshot(): void {
    this.snapshotWanted = true;
    this.scheduleIdleWork();
  }

  /** A snapshot, or else the events appended since the last write: one turn when the lab is idle. */
  private scheduleIdleWork(): void {
    if (this.snapshotTimer === null) this.snapshotTimer = this.deps.scheduler.setTimeout(() => this.workWhenIdle(0), 0);
  }

  private workWhenIdle(deferrals: number): void {
    this.snapshotTimer = null;
    if (this.pendingTurns > 0 && deferrals < SNAPSHOT_DEFERRALS_MAX) {
      this.snapshotTimer = this.deps.scheduler.setTimeout(() => this.workWhenIdle(deferrals + 1), SNAPSHOT_IDLE_RETRY_WALL_MS);
      return;
    }
    this.turn(() => (this.snapshotWanted ? this.trySnapshot() : this.tryAppendEvents())).catch(this.reportError);
  }

  /** Best-effort like a snapshot: events not appended now go with the next append or snapshot. */
  private async tryAppendEvents(): Promise<void> {
    if (this.commandsSinceEventsAppend < EVENTS_APPEND_EVERY_COMMANDS) return;
    this.commandsSinceEventsAppend = 0;
    const held = heldEventsAfter(this.lab, this.persistedEventSeq);
    const lastSeq = held.events.at(-1)?.seq;
    if (lastSeq === undefined) return;
    try {
      await this.deps.persistence.appendEvents({ append: held.events, keepFromSeq: held.oldestSeq ?? lastSeq + 1 });
    } catch (error) {
      this.reportError(new Error('The lab events could not be saved; they are tried again with the next snapshot.', { cause: error }));
      return;
    }
    this.persistedEventSeq = lastSeq;
  }

  /**
   * Snapshots are best-effort (the log is the source of truth; a snapshot only shortens the replay
   * at start): a failed write is reported and tried again a few commands later. Without its events
   * (they are appended to their own store) it costs the entities and timers, not the event log.
   * Once stored, the entries it covers are in the archive and leave memory.
   */
  private async trySnapshot(): Promise<void> {
    if (!this.snapshotWanted) return;
    this.snapshotWanted = false;
    const commandCount = this.tailStart + this.tail.length;
    const stored = { commandCount, snapshot: snapshotWithoutEvents(this.lab) };
    const lastSeq = stored.snapshot.kernel.eventSeq;
    const held = heldEventsAfter(this.lab, this.persistedEventSeq);
    this.commandsSinceSnapshot = 0;
    this.commandsSinceEventsAppend = 0;
    try {
      await this.deps.persistence.saveSnapshot(stored, { append: held.events, keepFromSeq: held.oldestSeq ?? lastSeq + 1 });
    } catch (error) {
      this.commandsSinceSnapshot = Math.max(this.commandsSinceSnapshot, SNAPSHOT_EVERY_COMMANDS - SNAPSHOT_RETRY_AFTER_COMMANDS);
      this.reportError(new Error('The lab snapshot could not be saved; the command log still holds every command, and the snapshot is tried again later.', { cause: error }));
      return;
    }
    this.persistedEventSeq = lastSeq;
    this.tail = this.tail.slice(commandCount - this.tailStart);
    this.tailStart = commandCount;
  }

  private broadcast(message: HostMessage): void {
    for (const listener of this.listeners) {
      try {
        listener(message);
      } catch (error) {
        this.reportError(error);
      }
    }
  }

  private labInfo(): LabInfo {
    const { seed, scenario, options } = this.lab.params;
    return { seed, scenario, options, nowMs: this.lab.nowMs(), version: this.lab.version(), hash: this.lab.hash() };
  }

  private clockStatus(): ClockStatus {
    return { ...this.clock.settings, nowMs: this.lab.nowMs() };
  }
}
