// The route table: one entry per REST route. The handlers in mocks/, the typed client and the
// tests all take paths, methods and body schemas from here.
import type { z } from 'zod';
import {
  advanceBodySchema,
  clockBodySchema,
  newLabBodySchema,
  nicBodySchema,
  powerBodySchema,
} from './schemas';
import type {
  ClockState,
  Host,
  LabEvent,
  LabFile,
  LabInfo,
  Network,
  Versioned,
} from './types';

export const API_PREFIX = '/api/v1';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteDef {
  method: Method;
  /** msw path syntax: `:name` is a parameter. */
  path: string;
  /** Zod schema of the JSON body, for routes that take one. */
  body?: z.ZodType;
  /** Mutating routes answer with `version`; the client waits for the mirror to reach it. */
  mutates: boolean;
  summary: string;
}

export const routes = {
  getLab: { method: 'GET', path: `${API_PREFIX}/lab`, mutates: false, summary: 'The lab: seed, scenario, options, clock, version, hash' },
  newLab: { method: 'POST', path: `${API_PREFIX}/lab`, body: newLabBodySchema, mutates: true, summary: 'Start a new lab' },
  getClock: { method: 'GET', path: `${API_PREFIX}/lab/clock`, mutates: false, summary: 'Clock settings' },
  setClock: { method: 'PUT', path: `${API_PREFIX}/lab/clock`, body: clockBodySchema, mutates: true, summary: 'Pause, resume, set speed' },
  advanceClock: { method: 'POST', path: `${API_PREFIX}/lab/clock/advance`, body: advanceBodySchema, mutates: true, summary: 'Advance virtual time by ms' },
  stepClock: { method: 'POST', path: `${API_PREFIX}/lab/clock/step`, mutates: true, summary: 'Advance to the next due timer' },
  exportLab: { method: 'GET', path: `${API_PREFIX}/lab/export`, mutates: false, summary: 'The lab file' },
  importLab: { method: 'POST', path: `${API_PREFIX}/lab/import`, mutates: true, summary: 'Replace the lab with a lab file' },
  listEvents: { method: 'GET', path: `${API_PREFIX}/events`, mutates: false, summary: 'Events, oldest first' },
  listHosts: { method: 'GET', path: `${API_PREFIX}/hosts`, mutates: false, summary: 'All servers' },
  getHost: { method: 'GET', path: `${API_PREFIX}/hosts/:name`, mutates: false, summary: 'One server' },
  powerHost: { method: 'POST', path: `${API_PREFIX}/hosts/:name/power`, body: powerBodySchema, mutates: true, summary: 'Start, turn off, shut down or restart a server' },
  setNic: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/nics/:nic`, body: nicBodySchema, mutates: true, summary: 'Plug or unplug a network cable' },
  listNetworks: { method: 'GET', path: `${API_PREFIX}/networks`, mutates: false, summary: 'All networks' },
} as const satisfies Record<string, RouteDef>;

export type RouteId = keyof typeof routes;

/** Bodies by route (inferred from the schemas; importLab takes a whole lab file). */
export type RouteBodies = {
  newLab: z.input<typeof newLabBodySchema>;
  setClock: z.input<typeof clockBodySchema>;
  advanceClock: z.input<typeof advanceBodySchema>;
  powerHost: z.input<typeof powerBodySchema>;
  setNic: z.input<typeof nicBodySchema>;
  importLab: LabFile;
};

/** Answers by route. */
export interface RouteAnswers {
  getLab: LabInfo;
  newLab: LabInfo;
  getClock: ClockState;
  setClock: ClockState & Versioned;
  advanceClock: LabInfo;
  stepClock: LabInfo;
  exportLab: LabFile;
  importLab: LabInfo;
  listEvents: { events: LabEvent[] };
  listHosts: { hosts: Host[] };
  getHost: Host;
  powerHost: Host & Versioned;
  setNic: Host & Versioned;
  listNetworks: { networks: Network[] };
}

/** Fills `:param` placeholders, encoding each value. */
export function routePath(id: RouteId, params: Record<string, string> = {}): string {
  return routes[id].path.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`route ${id} needs :${key}`);
    return encodeURIComponent(value);
  });
}
