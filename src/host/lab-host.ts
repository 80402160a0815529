// The host: owns the engine lab, its clock, its command log and its persistence, and posts
// coalesced change batches to the page. The same class runs in the worker (real timers, IndexedDB)
// and in Node (manual scheduler, memory or fake IndexedDB); everything environmental is injected.
import { DEFAULT_SCENARIO, DEFAULT_SEED, SNAPSHOT_EVERY_COMMANDS, STEP_IDLE_MS } from '../domain/lab';
import type { ClockState, ClockStatus, CommandLogEntry, HostMessage, LabFile, LabInfo } from '../api/types';
import { LAB_FILE_KIND, LAB_FILE_SCHEMA_VERSION } from '../domain/lab';
import { createLab, type Command, type Lab, type LabParamsInput, type Query, type QueryResult } from '../engine';
import { BatchCoalescer } from './batch-coalescer';
import { ClockDriver } from './clock-driver';
import { checkImport } from './import-check';
import { sealedLog } from './seal-log';
import type { KeptAsideLab, Persistence, SavedLab } from './persistence/types';
import { restoreSaved } from './restore';
import type { Scheduler } from './scheduler';
import { LabStorageError } from './storage-error';
import type { DispatchAnswer, ImportResult, LabHostApi, ValidateResult } from './types';

/** While the clock runs, where virtual time stands is saved at most this often. */
export const META_SAVE_EVERY_WALL_MS = 1000;
/** After a snapshot write failed, it is tried again this many commands later (and on the next pause). */
export const SNAPSHOT_RETRY_AFTER_COMMANDS = 10;
export const DEFAULT_LAB_PARAMS: LabParamsInput = { seed: DEFAULT_SEED, scenario: DEFAULT_SCENARIO };

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
  private log: CommandLogEntry[] = [];
  private commandsSinceSnapshot = 0;
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
    const saved: SavedLab = { params: lab.params, snapshot: null, commandLog: [], nowMs: lab.nowMs(), speed: 1 };
    return this.turn(async () => {
      // Swapped only once stored: a failed save leaves the current lab, in memory and in storage.
      await this.store('The new lab', () => this.deps.persistence.reset(saved));
      // A new lab's clock runs in real time (1×), as a datacenter's would; only a restored lab comes back paused.
      this.install(lab, [], 0, { paused: false, speed: 1 });
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
      // On pause the lab is snapshotted, so a reload returns here without a long replay.
      if (next.paused && !before.paused) await this.trySnapshot();
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
      const index = this.log.length;
      const entry: CommandLogEntry = { atMs: this.lab.nowMs(), command: structuredClone(command) };
      // The log entry is stored before the command applies: a failed write leaves the lab as it was.
      await this.store('The command', () => this.deps.persistence.appendCommand(index, entry));
      // This turn holds the queue and the clock: the lab is as it was decided on, at entry.atMs.
      const dispatched = this.lab.dispatch(command);
      if (!dispatched.ok) throw new Error(`The stored command ${command.type} was refused when applied: ${dispatched.error.message}`);
      // Same turn as the command: nothing else has run, so the answers show its version exactly.
      const result: DispatchAnswer = { ...dispatched, answers: answerWith.map((query) => this.lab.query(query)) };
      this.log.push(entry);
      this.commandsSinceSnapshot++;
      if (this.commandsSinceSnapshot >= SNAPSHOT_EVERY_COMMANDS) await this.trySnapshot();
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
    const { seed, scenario, options } = this.lab.params;
    return {
      kind: LAB_FILE_KIND,
      schemaVersion: LAB_FILE_SCHEMA_VERSION,
      seed,
      scenario,
      options,
      // The current state, so an import resumes exactly here; the log from the lab's start, so
      // createLab(seed, scenario, options) plus the log replays to any past moment.
      snapshot: this.lab.snapshot(),
      // Sealed: a log stored by a build that kept passwords in clear gives none away (seal-log.ts).
      commandLog: sealedLog(this.lab.params, this.log, this.lab).map((entry) => structuredClone(entry)),
    };
  }

  async importLab(input: unknown): Promise<ImportResult> {
    await this.ready;
    const check = checkImport(input);
    if (!check.ok) return check;
    const { file, lab } = check;
    const log = file.commandLog.map((entry) => structuredClone(entry));
    // The restored lab's own snapshot: the engine may keep references into file.snapshot.
    const snapshot = { commandCount: log.length, snapshot: lab.snapshot() };
    return this.turn(async () => {
      const speed = this.clock.settings.speed;
      // Swapped only once stored: a failed save leaves the current lab, in memory and in storage.
      await this.store('The imported lab', () =>
        this.deps.persistence.reset({ params: lab.params, commandLog: log, snapshot, nowMs: lab.nowMs(), speed }),
      );
      this.install(lab, log, 0, { paused: true, speed });
      return { ok: true, info: this.labInfo() } as const;
    });
  }

  async commandLog(): Promise<CommandLogEntry[]> {
    await this.ready;
    return sealedLog(this.lab.params, this.log, this.lab).map((entry) => structuredClone(entry));
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
    await this.queue;
    this.deps.persistence.close();
  }

  // -------------------------------------------------------------------------------------------

  private async open(): Promise<void> {
    const saved = await this.loadSaved();
    if (saved) {
      try {
        const lab = restoreSaved(saved);
        // A restored lab comes back paused (ARCHITECTURE.md, "Persistence").
        this.install(lab, saved.commandLog, saved.commandLog.length - (saved.snapshot?.commandCount ?? 0), { paused: true, speed: saved.speed }, false);
        return;
      } catch (error) {
        // A saved lab this build cannot replay must not leave the console dead: keep it aside
        // (nothing the user did is thrown away), then start afresh.
        const reason = error instanceof Error ? error.message : String(error);
        // Reported even if the write below fails: this session still holds it and can hand it over.
        this.keptAsideAtOpen = { reason, lab: saved };
        await this.deps.persistence.keepAside(saved, reason).catch(this.reportError);
        this.reportError(new Error('The saved lab could not be restored; it was kept aside and a new lab started.', { cause: error }));
      }
    }
    const lab = createLab(DEFAULT_LAB_PARAMS);
    this.install(lab, [], 0, { paused: false, speed: 1 }, false);
    // Without this write no command could be stored: every request then answers the storage failure.
    await this.store('The new lab', () =>
      this.deps.persistence.reset({ params: lab.params, snapshot: null, commandLog: [], nowMs: lab.nowMs(), speed: 1 }),
    );
  }

  private async loadSaved(): Promise<SavedLab | null> {
    try {
      return await this.deps.persistence.load();
    } catch (error) {
      this.reportError(new Error('The saved lab could not be read; starting a new lab.', { cause: error }));
      return null;
    }
  }

  /** Makes lab the current one; the page is told to replace its mirror. */
  private install(lab: Lab, log: CommandLogEntry[], commandsSinceSnapshot: number, clock: ClockState, announce = true): void {
    this.clock.stop();
    this.lab = lab;
    this.log = log;
    this.commandsSinceSnapshot = commandsSinceSnapshot;
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
    const run = this.queue.then(async () => {
      this.clock.hold();
      try {
        return await change();
      } finally {
        this.clock.release();
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
   * Snapshots are best-effort (the log is the source of truth; a snapshot only shortens the replay
   * at start): a failed write is reported and tried again a few commands later, never fails the
   * command that was already applied and logged. Called within a turn, after the log write.
   */
  private async trySnapshot(): Promise<void> {
    const stored = { commandCount: this.log.length, snapshot: this.lab.snapshot() };
    this.commandsSinceSnapshot = 0;
    try {
      await this.deps.persistence.saveSnapshot(stored);
    } catch (error) {
      this.commandsSinceSnapshot = Math.max(this.commandsSinceSnapshot, SNAPSHOT_EVERY_COMMANDS - SNAPSHOT_RETRY_AFTER_COMMANDS);
      this.reportError(new Error('The lab snapshot could not be saved; the command log still holds every command, and the snapshot is tried again later.', { cause: error }));
    }
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
