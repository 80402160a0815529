// The lab session of this tab: ownership, then the worker host, the mocks and the API client.
// The shell renders at once and reads this store; `window.haLab` waits on `ready`.
import { create } from 'zustand';
import type { ApiClient } from '../api/client';
import type { KeptAsideLab, LabHostApi } from '../host/types';
import type { BrowserMocks } from '../../mocks/browser';
import { labMirror } from '../stores/lab-mirror';
import { acquireOwnership, takeMovedFlag } from './ownership';
import { createSettlingClient } from './settling-client';

export type SessionPhase = 'starting' | 'ready' | 'other-tab' | 'moved' | 'failed';

export interface SessionState {
  phase: SessionPhase;
  api: ApiClient | null;
  transport: 'service-worker' | 'fallback' | null;
  error: string | null;
  /** The saved lab this start could not restore (the host kept it aside); the UI offers it. */
  keptAside: KeptAsideLab | null;
}

export const useSession = create<SessionState>()(() => ({ phase: 'starting', api: null, transport: null, error: null, keptAside: null }));

let resolveReady!: () => void;
/** Settles when the lab answers and the mirror holds its full state. */
export const sessionReady: Promise<void> = new Promise((resolve) => {
  resolveReady = resolve;
});

let started = false;

async function connectMirror(host: LabHostApi): Promise<void> {
  const mirror = labMirror.getState();
  let unsubscribe: (() => void) | null = null;
  let resubscribing = false;
  const subscribe = async () => {
    unsubscribe?.();
    unsubscribe = await host.subscribe((message) => labMirror.getState().applyMessage(message));
  };
  // A gap in the batches: subscribe again; the first message of a subscription is the full state.
  mirror.setResyncHandler(() => {
    if (resubscribing) return;
    resubscribing = true;
    subscribe()
      .catch((error: unknown) => console.error('[lab] resync failed', error))
      .finally(() => {
        resubscribing = false;
      });
  });
  await subscribe();
}

/** Resolves when the page is idle (after the first render), or after `timeoutMs` at the latest. */
function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}

/** How long the mocks wait for an idle moment once the lab shows, at most. */
const MOCKS_IDLE_TIMEOUT_MS = 1000;

/**
 * The mocks (msw, the handlers and the route table with its zod body schemas: after React, the
 * page's largest code) are not needed to show the lab: the mirror is fed by the worker directly.
 * So they load at the first call, or once the console is shown and the page is idle, whichever
 * comes first: they neither compete with the first render for the two cores nor delay it. A
 * call made before they answer waits for them (answered a little later, never lost).
 */
function lazyMocks(host: LabHostApi): { fetch: (request: Request) => Promise<Response>; preload: () => void } {
  let started: Promise<BrowserMocks> | null = null;
  const start = (): Promise<BrowserMocks> => {
    if (started) return started;
    started = import('../../mocks/browser').then(({ startBrowserMocks }) => startBrowserMocks(host));
    started.then(
      (mocks) => useSession.setState({ transport: mocks.mode }),
      (error: unknown) => {
        console.error('[lab] the API could not start', error);
        // Reported once the start has settled, so the 'ready' it sets cannot hide the failure.
        void sessionReady.then(() => useSession.setState({ phase: 'failed', error: error instanceof Error ? error.message : String(error) }));
      },
    );
    return started;
  };
  return {
    fetch: async (request) => (await start()).fetch(request),
    preload: () => void whenIdle(MOCKS_IDLE_TIMEOUT_MS).then(start),
  };
}

async function runLab(): Promise<void> {
  // Loaded after the first paint: the host client starts the worker, which restores the lab.
  const { startWorkerHost } = await import('../host/client');
  const host = startWorkerHost();
  // Asked together with the subscription: both wait for the restore, neither for the other.
  // A notice is no reason to fail the start: without it the user only misses the offer.
  const keptAsideAnswer = host.keptAside().catch((error: unknown) => {
    console.error('[lab] could not ask for a kept-aside lab', error);
    return null;
  });
  await connectMirror(host);
  const mocks = lazyMocks(host);
  const keptAside = await keptAsideAnswer;
  const api = createSettlingClient(mocks.fetch, labMirror);
  useSession.setState({ phase: 'ready', api, error: null, keptAside });
  resolveReady();
  mocks.preload();
}

async function start(steal: boolean): Promise<void> {
  useSession.setState({ phase: 'starting', error: null });
  try {
    const ownership = await acquireOwnership({ steal });
    if (ownership === 'busy') {
      useSession.setState({ phase: 'other-tab' });
      return;
    }
    await runLab();
  } catch (error) {
    console.error('[lab] failed to start', error);
    useSession.setState({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}

/** Starts the session once, in the background. */
export function startSession(): void {
  if (started) return;
  started = true;
  if (takeMovedFlag()) {
    useSession.setState({ phase: 'moved' });
    return;
  }
  void start(false);
}

/** "Take over": steal the lock from the other tab and run the lab here. */
export function takeOver(): void {
  void start(true);
}

/** The user has seen the kept-aside notice (the lab stays in IndexedDB all the same). */
export function dismissKeptAside(): void {
  useSession.setState({ keptAside: null });
}
