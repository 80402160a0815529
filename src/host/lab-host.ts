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
import type { KeptAsideLab, Persistence, SavedLab } from './persistence/types';
import { restoreSaved } from './restore';
import type { Scheduler } from './scheduler';
import type { DispatchAnswer, ImportResult, LabHostApi, ValidateResult } from './types';

/** While the clock runs, where virtual time stands is saved at most this often. */
export const META_SAVE_EVERY_WALL_MS = 1000;
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
  /** Persistence writes, in order: a reset never overtakes an append made before it. */
  private writes: Promise<void> = Promise.resolve();
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
    // A new lab's clock runs in real time (1×), as a datacenter's would; only a restored lab comes back paused.
    this.install(lab, [], 0, { paused: false, speed: 1 });
    await this.persist(() => this.deps.persistence.reset(saved));
    return this.labInfo();
  }

  async getClock(): Promise<ClockState> {
    await this.ready;
    return this.clock.settings;
  }

  async setClock(change: Partial<ClockState>): Promise<ClockState & { version: number }> {
    await this.ready;
    const before = this.clock.settings;
    const next: ClockState = { paused: change.paused ?? before.paused, speed: change.speed ?? before.speed };
    this.clock.set(next);
    this.coalescer.noteTime();
    this.broadcast({ type: 'clock', clock: this.clockStatus() });
    // On pause the lab is snapshotted, so a reload returns exactly here without a long replay.
    if (next.paused && !before.paused) await this.saveSnapshot();
    else await this.saveMeta();
    return { ...next, version: this.lab.version() };
  }

  async advance(ms: number): Promise<LabInfo> {
    await this.ready;
    this.lab.advance(ms);
    return this.afterManualMove();
  }

  async step(): Promise<LabInfo> {
    await this.ready;
    const dueMs = this.lab.nextDueMs();
    this.lab.advance(dueMs === null ? STEP_IDLE_MS : Math.max(0, dueMs - this.lab.nowMs()));
    return this.afterManualMove();
  }

  async dispatch(command: Command, answerWith: readonly Query[] = []): Promise<DispatchAnswer> {
    await this.ready;
    const atMs = this.lab.nowMs();
    const dispatched = this.lab.dispatch(command);
    if (!dispatched.ok) return dispatched;
    // Same turn as the command: nothing else has run, so the answers show its version exactly.
    const result: DispatchAnswer = { ...dispatched, answers: answerWith.map((query) => this.lab.query(query)) };
    const index = this.log.length;
    const entry: CommandLogEntry = { atMs, command };
    this.log.push(entry);
    this.commandsSinceSnapshot++;
    // Taken now, in the same turn as the dispatch, so it holds exactly the first index+1 commands.
    const snapshotDue = this.commandsSinceSnapshot >= SNAPSHOT_EVERY_COMMANDS;
    const snapshot = snapshotDue ? { commandCount: this.log.length, snapshot: this.lab.snapshot() } : null;
    if (snapshotDue) this.commandsSinceSnapshot = 0;
    // The answer waits for the log write: an acknowledged command survives a reload.
    await this.persist(async () => {
      await this.deps.persistence.appendCommand(index, entry);
      if (snapshot) await this.deps.persistence.saveSnapshot(snapshot);
    });
    return result;
  }

  async validate(command: Command): Promise<ValidateResult> {
    await this.ready;
    return this.lab.validate(command);
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
      commandLog: this.log.map((entry) => structuredClone(entry)),
    };
  }

  async importLab(input: unknown): Promise<ImportResult> {
    await this.ready;
    const check = checkImport(input);
    if (!check.ok) return check;
    const { file, lab } = check;
    const log = file.commandLog.map((entry) => structuredClone(entry));
    const speed = this.clock.settings.speed;
    this.install(lab, log, 0, { paused: true, speed });
    await this.persist(() =>
      this.deps.persistence.reset({
        params: lab.params,
        commandLog: log,
        // The restored lab's own snapshot: the engine may keep references into file.snapshot.
        snapshot: { commandCount: log.length, snapshot: lab.snapshot() },
        nowMs: lab.nowMs(),
        speed,
      }),
    );
    return { ok: true, info: this.labInfo() };
  }

  async commandLog(): Promise<CommandLogEntry[]> {
    await this.ready;
    return this.log.map((entry) => structuredClone(entry));
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
    await this.writes;
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
        await this.persist(() => this.deps.persistence.keepAside(saved, reason)).catch(() => undefined);
        this.reportError(new Error('The saved lab could not be restored; it was kept aside and a new lab started.', { cause: error }));
      }
    }
    const lab = createLab(DEFAULT_LAB_PARAMS);
    this.install(lab, [], 0, { paused: false, speed: 1 }, false);
    await this.persist(() =>
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

  private async afterManualMove(): Promise<LabInfo> {
    this.coalescer.noteTime();
    await this.saveMeta();
    return this.labInfo();
  }

  private onClockAdvanced(): void {
    this.coalescer.noteTime();
    const nowWallMs = this.deps.scheduler.now();
    if (nowWallMs - this.lastMetaSaveWallMs >= META_SAVE_EVERY_WALL_MS) {
      this.lastMetaSaveWallMs = nowWallMs;
      this.saveMeta().catch(this.reportError);
    }
  }

  private saveMeta(): Promise<void> {
    const meta = { nowMs: this.lab.nowMs(), speed: this.clock.settings.speed };
    return this.persist(() => this.deps.persistence.saveMeta(meta));
  }

  private saveSnapshot(): Promise<void> {
    const stored = { commandCount: this.log.length, snapshot: this.lab.snapshot() };
    const meta = { nowMs: this.lab.nowMs(), speed: this.clock.settings.speed };
    this.commandsSinceSnapshot = 0;
    return this.persist(async () => {
      await this.deps.persistence.saveSnapshot(stored);
      await this.deps.persistence.saveMeta(meta);
    });
  }

  private persist(write: () => Promise<void>): Promise<void> {
    const done = this.writes.then(write);
    // The chain continues past a failed write; the caller of that write sees the failure.
    this.writes = done.catch(this.reportError);
    return done;
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
