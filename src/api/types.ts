// The API's data types. Engine state types are re-exported (types only): the UI, mocks and e2e
// name them from here and never import the engine.
import type { ClockSpeed } from '../domain/lab';
import type {
  ChangeBatch,
  Command,
  LabParams,
  LabParamsInput,
  LabSnapshot,
  StarWindConsoleServer,
  StarWindDeviceView,
  StarWindService,
  WriteLatency,
} from '../engine';

export type * from '../engine';
export type { ClockSpeed };

/** GET /api/v1/lab */
export interface LabInfo {
  seed: number;
  scenario: LabParams['scenario'];
  options: LabParams['options'];
  nowMs: number;
  version: number;
  hash: string;
}

/** GET|PUT /api/v1/lab/clock */
export interface ClockState {
  paused: boolean;
  speed: ClockSpeed;
}

/** The clock as the page shows it: settings plus where virtual time stands. */
export interface ClockStatus extends ClockState {
  nowMs: number;
}

/** One accepted command with the virtual time it was applied at. */
export interface CommandLogEntry {
  atMs: number;
  command: Command;
}

/** GET /api/v1/lab/export and POST /api/v1/lab/import. */
export interface LabFile {
  kind: 'ha-lab/lab';
  schemaVersion: number;
  seed: number;
  scenario: LabParams['scenario'];
  options: LabParams['options'];
  snapshot: LabSnapshot;
  commandLog: CommandLogEntry[];
  /**
   * Where commandLog starts when the lab's archive dropped its oldest part (its size limit): the
   * state after commandCount commands, with the events the snapshot still holds from then. Absent:
   * the log starts at the lab's start (createLab from seed, scenario and options).
   */
  logBase?: LabLogBase;
}

export interface LabLogBase {
  commandCount: number;
  snapshot: LabSnapshot;
}

/** `window.haLab`: the lab for scripts, Playwright and demos (src/app/ha-lab-global.ts). Declared
 *  here because e2e may import only src/api types, and one declaration keeps page and specs agreed. */
export interface HaLabGlobal {
  /** Calls a route by method and path ("/api/v1/hosts/Demo2/power"); resolves with the parsed
   *  answer once the console shows its result; rejects with an ApiError (`.problem`) on a 4xx. */
  api(method: string, path: string, body?: unknown): Promise<unknown>;
  clock: {
    pause(): Promise<unknown>;
    resume(): Promise<unknown>;
    setSpeed(speed: ClockSpeed): Promise<unknown>;
    advance(ms: number): Promise<unknown>;
    step(): Promise<unknown>;
    /**
     * Above 10×, the console runs the clock at 1× while a dialog waits for input (View → "Slow
     * the clock while a dialog is open"). A script driving the UI at "max" turns it off with false.
     */
    setDialogSlowdown(enabled: boolean): void;
  };
  /** POST /api/v1/lab: a new lab. */
  reset(params?: LabParamsInput): Promise<LabInfo>;
  ready: Promise<void>;
  /** The version the console's mirror has reached. */
  version(): number;
  /**
   * Resolves once the condition holds, with the predicate's value or the route's answer that
   * matched. With the clock running it re-checks on each change; with the clock paused it steps
   * it to each next due event. Rejects when `timeoutSimMs` of simulated time pass first.
   */
  waitFor(condition: WaitForCondition<WaitForMirror>, options?: WaitForOptions): Promise<unknown>;
}

/** What a waitFor predicate sees: the console's mirror of the lab (collections by id, nowMs, version, events). */
export type WaitForMirror = Record<string, unknown> & { nowMs: number; version: number };

/** A predicate on the mirror, or a GET route (`path`, with its query) and a predicate on its answer. */
export type WaitForCondition<Mirror> =
  | ((lab: Mirror) => unknown)
  | { path: string; until(answer: unknown): unknown };

export interface WaitForOptions {
  /** Simulated ms to wait at most (default one hour). */
  timeoutSimMs?: number;
}

declare global {
  interface Window {
    /** Set once the app has started (installHaLabGlobal). */
    haLab?: HaLabGlobal;
  }
}

/** What the host posts to the page. */
export type HostMessage =
  | { type: 'batch'; batch: ChangeBatch }
  | { type: 'clock'; clock: ClockStatus }
  | { type: 'lab'; info: LabInfo };

/** application/problem+json (ARCHITECTURE.md, "Errors"). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: Record<string, string>;
}

/** Every mutating response carries the lab version it produced. */
export interface Versioned {
  version: number;
}

/**
 * A route whose command may start a job answers 202 Accepted with the job's id (collection
 * `jobs`, e.g. "job-0001"), or 200 with `jobId: null` when it started none.
 */
export interface Started {
  jobId: string | null;
}

/**
 * POST /api/v1/starwind/devices/{id}/writes. Acknowledged at once: 200, `jobId: null`,
 * `latency` the batch's modelled distribution (µs). Waiting for a silent synchronized partner: 202,
 * `jobId` of a `starwind.writes` job, `latency: null`; the job's `result.details` then hold the
 * same fields as text (mode, writes, acknowledgedAtMs, waitedMs, perWriteUs, p50Us, p99Us, maxUs,
 * batchUs) once it succeeded, or `reason` (an error code) if it failed.
 */
export type WritesAnswer = StarWindDeviceView & Versioned & Started & { latency: WriteLatency | null };

// ---------------------------------------------------------------------------------------------
// StarWind answers

/** A server in the StarWind Management Console, with the StarWind service of its host. */
export interface StarWindServerView extends StarWindConsoleServer {
  /** Null when the host has no StarWind service (a server that is not a storage server). */
  service: StarWindService | null;
}

/** POST /api/v1/starwind/servers: the server as added; when the login given was refused, why. */
export interface AddStarWindServerAnswer extends StarWindServerView, Versioned {
  /** Present when credentials were given and refused: the server stays in the console, not connected. */
  loginError?: Problem;
}

/** `?validate=only`: every check passed; nothing was changed. */
export interface ValidationAnswer {
  valid: true;
  /** Allowed choices worth a second look, keyed by request field (e.g. "ha.heartbeatLocalIp"). */
  warnings: Record<string, string>;
}
