// window.haLab: the lab for scripts, Playwright and demos, through the same API client as the
// consoles (ARCHITECTURE.md, "Scripting"). Playwright's `request` fixture does not pass through the
// page's service worker; this does, and in the fallback transport too.
import { ApiError } from '../api/client';
import type { RouteId } from '../api/routes';
import type { HaLabGlobal, LabInfo, WaitForMirror } from '../api/types';
import { labMirror } from '../stores/lab-mirror';
import { useUiStore } from '../stores/ui';
import { sessionReady, useSession } from './session';
import { waitFor, type WaitForDeps } from './wait-for';

interface Matched {
  id: RouteId;
  params: Record<string, string>;
}

interface Matcher {
  id: RouteId;
  method: string;
  names: string[];
  regex: RegExp;
}

let matchers: Promise<Matcher[]> | null = null;

/** Built on a script's first call: the route table (with its body schemas) is not part of the first load. */
function routeMatchers(): Promise<Matcher[]> {
  matchers ??= import('../api/routes').then(({ routes }) =>
    (Object.keys(routes) as RouteId[]).map((id) => {
      const names: string[] = [];
      const pattern = routes[id].path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:([A-Za-z]+)/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { id, method: routes[id].method, names, regex: new RegExp(`^${pattern}/?$`) };
    }),
  );
  return matchers;
}

export async function matchRoute(method: string, pathname: string): Promise<Matched | null> {
  for (const matcher of await routeMatchers()) {
    if (matcher.method !== method.toUpperCase()) continue;
    const match = matcher.regex.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    matcher.names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1] ?? '');
    });
    return { id: matcher.id, params };
  }
  return null;
}

async function client() {
  await sessionReady;
  const api = useSession.getState().api;
  if (!api) throw new Error('The lab is not running in this tab.');
  return api;
}

async function callPath(method: string, path: string, body?: unknown): Promise<unknown> {
  const url = new URL(path, location.origin);
  const matched = await matchRoute(method, url.pathname);
  if (!matched) {
    throw new ApiError({ type: 'urn:ha-lab:error:route.not_found', title: 'Not Found', status: 404, detail: `No route answers ${method} ${url.pathname}.`, code: 'route.not_found' });
  }
  const query = Object.fromEntries(url.searchParams);
  const api = await client();
  // The route table types each body; a script passes whatever it likes and the handlers judge it.
  return api.call(matched.id, { params: matched.params, query, body } as never);
}

/** Resolves at the mirror's next change of version, time or clock settings. */
function nextMirrorChange(): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = labMirror.subscribe((state, previous) => {
      if (state.version === previous.version && state.nowMs === previous.nowMs && state.clock === previous.clock) return;
      unsubscribe();
      resolve();
    });
  });
}

const waitForDeps: WaitForDeps<WaitForMirror> = {
  nowMs: () => labMirror.getState().nowMs,
  labNowMs: async () => ((await (await client()).call('getLab')) as LabInfo).nowMs,
  paused: () => labMirror.getState().clock?.paused ?? true,
  step: async () => (await (await client()).call('stepClock')).nowMs,
  get: (path) => callPath('GET', path),
  nextChange: nextMirrorChange,
  mirror: () => labMirror.getState() as unknown as WaitForMirror,
};

export function installHaLabGlobal(): void {
  const haLab: HaLabGlobal = {
    api: callPath,
    clock: {
      pause: async () => (await client()).call('setClock', { body: { paused: true } }),
      resume: async () => (await client()).call('setClock', { body: { paused: false } }),
      setSpeed: async (speed) => (await client()).call('setClock', { body: { speed } }),
      advance: async (ms) => (await client()).call('advanceClock', { body: { ms } }),
      step: async () => (await client()).call('stepClock'),
      setDialogSlowdown: (enabled) => useUiStore.getState().setSlowClockInDialogs(enabled),
    },
    reset: async (params = {}) => (await client()).call('newLab', { body: params as never }),
    ready: sessionReady,
    version: () => labMirror.getState().version,
    waitFor: async (condition, options) => {
      await sessionReady;
      return waitFor(waitForDeps, condition, options);
    },
  };
  window.haLab = haLab;
}
